import { describe, expect, it } from 'vitest';
import type { Branch, Service } from '@cherha/contracts';
import { estimateWaitMinutes, typicalMinutes } from '../src/queue/estimate';
import { issuingVerdict } from '../src/queue/hours';
import { localTime } from '../src/time';

describe('estimated wait', () => {
  it('people ahead × typical minutes ÷ open windows, rounded up', () => {
    expect(estimateWaitMinutes(0, 10, 2)).toBe(0);
    expect(estimateWaitMinutes(5, 10, 2)).toBe(25);
    expect(estimateWaitMinutes(3, 7, 0)).toBe(21); // nobody at a window yet: counts as one
  });
  it('typical minutes: the median of recent services, the expected time until there are enough', () => {
    expect(typicalMinutes([4, 5], 12)).toBe(12);
    expect(typicalMinutes([4, 5, 6, 300], 12)).toBe(5); // a forgotten "finish" is ignored
    expect(typicalMinutes([2, 4, 6, 8], 12)).toBe(5);
  });
});

describe('local time and hours (Europe/Kyiv)', () => {
  it('service day follows Kyiv, across DST', () => {
    expect(localTime(new Date('2026-11-23T22:30:00Z'), 'Europe/Kyiv')).toMatchObject({ date: '2026-11-24', time: '00:30', weekday: 2 });
    expect(localTime(new Date('2026-07-01T21:30:00Z'), 'Europe/Kyiv')).toMatchObject({ date: '2026-07-02', time: '00:30' });
  });
  const branch: Branch = {
    id: 1, name: { uk: 'Ц', en: 'C' }, address: '', timeZone: 'Europe/Kyiv', strategy: { name: 'aging', ordinaryPerPriority: 2, priorityBonusMinutes: 20 },
    targetWaitMinutes: 15, ticketHeader: '', ticketFooter: '', active: true,
    hours: [{ weekday: 4, opens: '08:00', closes: '20:00' }, { weekday: 6, opens: '09:00', closes: '16:00' }],
    exceptions: [{ date: '2026-12-31', opens: '08:00', closes: '15:00', note: 'Передсвятковий день' }],
  };
  const service = { name: { uk: 'Паспорт', en: 'Passport' }, opensAt: null, closesAt: null, stopIssuingMinutesBeforeClose: 15 } as Service;
  const at = (iso: string) => issuingVerdict(branch, service, localTime(new Date(iso), 'Europe/Kyiv'));
  it('late Thursday, short Saturday, closed Sunday, a shortened day', () => {
    expect(at('2026-11-26T17:30:00Z').ok).toBe(true); // Thu 19:30
    expect(at('2026-11-26T17:50:00Z')).toMatchObject({ ok: false, code: 'SERVICE_CLOSED' }); // Thu 19:50, 15 min before close
    expect(at('2026-11-28T13:00:00Z').ok).toBe(true); // Sat 15:00, last ticket at 15:45
    expect(at('2026-11-28T13:50:00Z')).toMatchObject({ ok: false, code: 'SERVICE_CLOSED' }); // Sat 15:50
  });
  it('closed days and exceptions', () => {
    expect(at('2026-11-29T10:00:00Z')).toMatchObject({ ok: false, code: 'BRANCH_CLOSED' }); // Sunday
    expect(at('2026-12-31T12:50:00Z')).toMatchObject({ ok: false, code: 'SERVICE_CLOSED' }); // 14:50 on a day closing at 15:00
  });
});
