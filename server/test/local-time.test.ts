// localTime remembers its last answer per zone for the current UTC minute: the remembered
// answer must be the one a fresh Intl computation gives, across DST changes and zones.
import { expect, it } from 'vitest';
import { localTime } from '../src/time';

function fresh(at: Date, timeZone: string) {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23',
  });
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

it('follows the local clock minute by minute through both DST changes, whatever the order of zones and seconds', () => {
  const zones = ['Europe/Kyiv', 'Asia/Kolkata', 'America/St_Johns', 'UTC'];
  // 2026-03-29 01:00 UTC: Kyiv 02:59 → 04:00; 2026-10-25 01:00 UTC: Kyiv 03:59 → 03:00
  for (const around of [Date.UTC(2026, 2, 29, 1, 0), Date.UTC(2026, 9, 25, 1, 0)]) {
    for (let m = -3; m <= 3; m++) {
      for (const second of [0, 59.999, 30]) {
        for (const zone of zones) {
          const at = new Date(around + m * 60_000 + second * 1000);
          const got = localTime(at, zone);
          expect({ date: got.date, time: got.time }, `${zone} ${at.toISOString()}`).toEqual(fresh(at, zone));
        }
      }
    }
  }
  expect(localTime(new Date(Date.UTC(2026, 2, 29, 0, 59, 59)), 'Europe/Kyiv').time).toBe('02:59');
  expect(localTime(new Date(Date.UTC(2026, 2, 29, 1, 0, 0)), 'Europe/Kyiv').time).toBe('04:00');
  // and back in time (a test clock moved backwards) gives the earlier minute again
  expect(localTime(new Date(Date.UTC(2026, 2, 29, 0, 59, 30)), 'Europe/Kyiv').time).toBe('02:59');
});

it('computes instants before 1973 every time (offsets with seconds, e.g. Kyiv +2:02:04 in 1900)', () => {
  // one UTC minute, two local days: 23:59:59 and 00:00:00
  const before = new Date(Date.UTC(1900, 0, 1, 21, 57, 55));
  const after = new Date(before.getTime() + 1000);
  expect(fresh(before, 'Europe/Kyiv')).toEqual({ date: '1900-01-01', time: '23:59' });
  expect(localTime(before, 'Europe/Kyiv')).toMatchObject(fresh(before, 'Europe/Kyiv'));
  expect(localTime(after, 'Europe/Kyiv')).toMatchObject({ date: '1900-01-02', time: '00:00' });
});
