// The bookable times of one service on one day, from: the office's hours for that date (a
// dated exception wins over the weekday), the service's own narrower hours, its expected
// duration (one slot per duration), the switched-on windows that serve it, and the share of
// their capacity the centre gives to bookings. Pure: the caller brings the taken places.
import type { Branch, Service } from '@cherha/contracts';
import { hhmmToMinutes, localTime, minutesToHhmm } from '../time';
import { branchHoursOn } from '../queue/hours';

export interface Slot {
  startsAt: string;
  time: string;
  /** places of this slot: 0…capacity−1 */
  capacity: number;
  free: number;
  /** the lowest free place, or null */
  firstFreePlace: number | null;
}

export interface SlotInput {
  branch: Branch;
  service: Service;
  /** YYYY-MM-DD, office-local */
  date: string;
  windows: number;
  sharePercent: number;
  taken: Map<string, Set<number>>;
  /** slots starting at or before this are not offered */
  now: Date;
}

const DAY_MS = 86_400_000;

/** ISO weekday (1 = Monday) of a calendar date */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The UTC instant of a wall-clock time in a zone (DST-safe: corrected twice by the zone's own offset). */
export function zonedInstant(date: string, minutes: number, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const local = localTime(new Date(guess), timeZone);
    const shown = Date.parse(`${local.date}T00:00:00Z`) + local.minutes * 60_000;
    guess += wall - shown;
  }
  return new Date(guess);
}

/** the office-local date `days` after `date` */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Capacity of slot k when each slot has `windows × share` places on average: the fraction is
 * spread over the day (1 window at 30 % gives a place in about every third slot), in whole
 * numbers so no rounding ever sells more than the share.
 */
export function slotCapacity(k: number, windows: number, sharePercent: number): number {
  const per100 = windows * sharePercent;
  return Math.floor(((k + 1) * per100) / 100) - Math.floor((k * per100) / 100);
}

export function daySlots(x: SlotInput): Slot[] {
  if (!x.branch.active || !x.service.active || x.windows === 0 || x.sharePercent <= 0) return [];
  const hours = branchHoursOn(x.branch, { date: x.date, time: '00:00', minutes: 0, weekday: weekdayOf(x.date) });
  if (!hours) return [];
  const opens = Math.max(hours.opens, x.service.opensAt ? hhmmToMinutes(x.service.opensAt) : 0);
  const closes = Math.min(hours.closes, x.service.closesAt ? hhmmToMinutes(x.service.closesAt) : 24 * 60);
  const duration = Math.max(1, x.service.expectedMinutes);
  // the kiosk stops issuing this service N minutes before closing: a later time could not be checked in
  const lastStart = closes - x.service.stopIssuingMinutesBeforeClose;
  const out: Slot[] = [];
  const now = x.now.getTime();
  for (let k = 0, start = opens; start + duration <= closes && start < lastStart; k++, start += duration) {
    const capacity = slotCapacity(k, x.windows, x.sharePercent);
    if (capacity === 0) continue;
    const at = zonedInstant(x.date, start, x.branch.timeZone);
    if (at.getTime() <= now) continue;
    const startsAt = at.toISOString();
    const taken = x.taken.get(startsAt) ?? new Set<number>();
    let firstFreePlace: number | null = null;
    let free = 0;
    for (let p = 0; p < capacity; p++) {
      if (taken.has(p)) continue;
      free++;
      firstFreePlace ??= p;
    }
    out.push({ startsAt, time: minutesToHhmm(start), capacity, free, firstFreePlace });
  }
  return out;
}
