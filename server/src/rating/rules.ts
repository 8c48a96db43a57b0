// When a ticket may be rated. Pure: the caller reads the ticket, its events and the settings.
import { WINDOW_RATING_MINUTES, type RatingSettings, type Ticket, type TicketEvent } from '@cherha/contracts';

export type RatingVerdict = { ok: true } | { ok: false; message: string };

export const NOT_STARTED = 'Оцінити можна після того, як вас почали обслуговувати';
export const WINDOW_OVER = 'Час для оцінювання цього талону минув';
export const NO_WINDOW_TICKET = 'Немає талону для оцінювання';

/** Who served and where: from the last `finished` event, else the last `started` one; null when service never started. */
export function servedBy(events: readonly TicketEvent[]): { windowId: number | null; operatorId: number | null } | null {
  const last = (type: TicketEvent['type']) => [...events].reverse().find((e) => e.type === type);
  const e = last('finished') ?? last('started');
  return e ? { windowId: e.windowId, operatorId: e.operatorId } : null;
}

/**
 * A ticket may be rated once its service has started (the visitor met the operator), until
 * `windowMinutes` after it ended, or — with no minutes set — until its service day is over
 * in the branch's zone. `today` is that local date now.
 */
export function ratingVerdict(t: Ticket, started: boolean, settings: RatingSettings, now: Date, today: string): RatingVerdict {
  if (!started) return { ok: false, message: NOT_STARTED };
  if (settings.windowMinutes !== null) {
    if (t.finishedAt !== null && now.getTime() > Date.parse(t.finishedAt) + settings.windowMinutes * 60_000) return { ok: false, message: WINDOW_OVER };
  } else if (t.serviceDay !== today) {
    return { ok: false, message: WINDOW_OVER };
  }
  return { ok: true };
}

/** The ticket a window's terminal or display rates: finished there within the last 5 minutes. */
export function windowTargetUntil(t: Ticket | undefined, now: Date): Date | null {
  if (!t || t.status !== 'done' || t.finishedAt === null) return null;
  const until = new Date(Date.parse(t.finishedAt) + WINDOW_RATING_MINUTES * 60_000);
  return now.getTime() <= until.getTime() ? until : null;
}
