// Branch-local time. The queue runs on the branch's wall clock (Europe/Kyiv by default):
// the service day, opening hours and the day end all follow it, DST included.

/** Injected so tests can move time (day rollover, waiting-time aging). */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** minutes since local midnight */
  minutes: number;
  /** ISO weekday 1 = Monday … 7 = Sunday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/**
 * The last answer per time zone, by UTC minute. Every command and every delta asks for the
 * local time, and formatToParts costs more than the rest of an issue's JS; the answer only
 * changes when the minute does. Since 1973 every zone's offset is whole minutes (Liberia's
 * −0:44:30 was the last exception), so a UTC minute is one local minute; earlier instants are
 * always computed.
 */
const lastByZone = new Map<string, { minute: number; value: Readonly<LocalTime> }>();
const WHOLE_MINUTE_OFFSETS_SINCE = Date.UTC(1973, 0, 1);

export function localTime(at: Date, timeZone: string): Readonly<LocalTime> {
  const ms = at.getTime();
  if (!(ms >= WHOLE_MINUTE_OFFSETS_SINCE)) return computeLocalTime(at, timeZone);
  const minute = Math.floor(ms / 60_000);
  const last = lastByZone.get(timeZone);
  if (last?.minute === minute) return last.value;
  const value = computeLocalTime(at, timeZone);
  lastByZone.set(timeZone, { minute, value });
  return value;
}

function computeLocalTime(at: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    minutes: hour * 60 + minute,
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 1,
  };
}

export function hhmmToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function minutesToHhmm(minutes: number): string {
  const m = Math.max(0, minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
