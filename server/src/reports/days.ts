// Service days are local dates in the branch's zone; their bounds in UTC follow DST.
import { localTime } from '../time';

const DAY_MS = 86_400_000;

/** the UTC instant of local midnight starting `day` (YYYY-MM-DD) in `timeZone` */
export function dayStartUtc(day: string, timeZone: string): number {
  const noonUtc = Date.parse(`${day}T12:00:00Z`);
  // the zone's offset at local noon of that day (DST changes happen at night)
  const local = localTime(new Date(noonUtc), timeZone);
  const offsetMin = local.minutes - 12 * 60 + (local.date > day ? 1440 : local.date < day ? -1440 : 0);
  let start = Date.parse(`${day}T00:00:00Z`) - offsetMin * 60_000;
  // a DST change between midnight and noon: step to the real local midnight
  for (let i = 0; i < 3; i++) {
    const lt = localTime(new Date(start), timeZone);
    if (lt.date === day && lt.minutes === 0) break;
    start -= (lt.date === day ? lt.minutes : lt.minutes - 1440) * 60_000;
  }
  return start;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

export const monthOf = (day: string) => day.slice(0, 7);
export const lastDayOfMonth = (month: string) => addDays(`${nextMonth(month)}-01`, -1);
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The fewest roll-up periods covering [from, to]: whole years as year rows (unless `years` is
 * false), whole months as month rows, the rest as days. A calendar year is one period.
 */
export function coveringPeriods(from: string, to: string, years = true): string[] {
  const out: string[] = [];
  let d = from;
  while (d <= to) {
    const year = d.slice(0, 4);
    const month = monthOf(d);
    const last = lastDayOfMonth(month);
    if (years && d === `${year}-01-01` && `${year}-12-31` <= to) {
      out.push(year);
      d = `${Number(year) + 1}-01-01`;
    } else if (d === `${month}-01` && last <= to) {
      out.push(month);
      d = addDays(last, 1);
    } else {
      out.push(d);
      d = addDays(d, 1);
    }
  }
  return out;
}
