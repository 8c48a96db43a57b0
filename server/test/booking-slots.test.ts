// Free booking times (server/src/booking/slots.ts): hours of the date (a holiday or shortened
// day wins over the weekday), the service's own hours and duration, the windows × share
// capacity spread in whole places (never more than the share), taken places, the past, and
// Kyiv's clock change.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Branch, Service } from '@cherha/contracts';
import { daySlots, slotCapacity, zonedInstant } from '../src/booking/slots';

const branch: Branch = {
  id: 1, name: { uk: 'ЦНАП', en: 'ASC' }, address: '', timeZone: 'Europe/Kyiv',
  strategy: { name: 'aging', ordinaryPerPriority: 2, priorityBonusMinutes: 20 }, targetWaitMinutes: 15, ticketHeader: '', ticketFooter: '',
  // Monday–Friday 09:00–17:00; 2026-12-31 shortened, 2026-12-25 closed
  hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })),
  exceptions: [{ date: '2026-12-25', opens: null, closes: null, note: 'Різдво' }, { date: '2026-12-31', opens: '09:00', closes: '12:00', note: '' }],
  active: true,
};
const service: Service = {
  id: 7, branchId: 1, categoryId: 1, name: { uk: 'Паспорт', en: 'Passport' }, prefix: 'П', rangeStart: 1, rangeEnd: 999, dailyCap: null,
  opensAt: null, closesAt: null, stopIssuingMinutesBeforeClose: 0, expectedMinutes: 30, active: true, sortOrder: 0,
};
const EARLY = new Date('2026-11-01T00:00:00Z');
const slots = (date: string, extra: Partial<Parameters<typeof daySlots>[0]> = {}) =>
  daySlots({ branch, service, date, windows: 2, sharePercent: 50, taken: new Map(), now: EARLY, ...extra });

it('follows the hours of the date: weekday, holiday, shortened day, weekend, the service’s own hours', () => {
  const tue = slots('2026-12-01');
  expect(tue.map((s) => s.time)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30']);
  expect(tue[0]!.startsAt).toBe('2026-12-01T07:00:00.000Z');
  expect(slots('2026-12-25')).toEqual([]);
  expect(slots('2026-12-05')).toEqual([]); // Saturday
  expect(slots('2026-12-31').at(-1)!.time).toBe('11:30');
  expect(daySlots({ branch, service: { ...service, opensAt: '10:00', closesAt: '12:00', expectedMinutes: 45 }, date: '2026-12-01', windows: 1, sharePercent: 100, taken: new Map(), now: EARLY })
    .map((s) => s.time)).toEqual(['10:00', '10:45']);
  // issuing stops 45 minutes before closing: no time the kiosk could not check in
  expect(daySlots({ branch, service: { ...service, stopIssuingMinutesBeforeClose: 45 }, date: '2026-12-01', windows: 1, sharePercent: 100, taken: new Map(), now: EARLY })
    .at(-1)!.time).toBe('16:00');
  expect(slots('2026-12-01', { sharePercent: 0 })).toEqual([]);
  expect(slots('2026-12-01', { windows: 0 })).toEqual([]);
});

it('offers only times that have not started, and counts taken places', () => {
  const at10 = slots('2026-12-01', { now: new Date('2026-12-01T08:00:00Z') });
  expect(at10[0]!.time).toBe('10:30');
  const taken = new Map([['2026-12-01T07:00:00.000Z', new Set([0])]]);
  const first = slots('2026-12-01', { taken })[0]!;
  expect(first).toMatchObject({ capacity: 1, free: 0, firstFreePlace: null });
});

it('spreads windows × share over the day in whole places, never more than the share', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 60 }), (windows, share, n) => {
    let total = 0;
    for (let k = 0; k < n; k++) {
      const c = slotCapacity(k, windows, share);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(Math.ceil((windows * share) / 100));
      total += c;
    }
    expect(total).toBe(Math.floor((n * windows * share) / 100));
  }));
});

it('names slot starts in UTC across Kyiv’s clock changes', () => {
  // summer (UTC+3) and winter (UTC+2), and the days the clocks move
  expect(zonedInstant('2026-07-01', 9 * 60, 'Europe/Kyiv').toISOString()).toBe('2026-07-01T06:00:00.000Z');
  expect(zonedInstant('2026-12-01', 9 * 60, 'Europe/Kyiv').toISOString()).toBe('2026-12-01T07:00:00.000Z');
  expect(zonedInstant('2026-03-29', 9 * 60, 'Europe/Kyiv').toISOString()).toBe('2026-03-29T06:00:00.000Z');
  expect(zonedInstant('2026-10-25', 9 * 60, 'Europe/Kyiv').toISOString()).toBe('2026-10-25T07:00:00.000Z');
});
