// What the office screen reads off the live operator snapshot, as plain functions.
// Waiting times come from the snapshot's queue list (the first 100 tickets in queue order,
// views.ts QUEUE_PAGE): the oldest tickets are at its head, so the longest waits are there.
import type { OperatorSnapshot, ServiceLoad, TicketView } from '@cherha/contracts';

export interface OldestTicket {
  number: string;
  serviceId: number;
  /** when the visitor took the ticket */
  since: number;
}

/** the visitor waiting longest (issued earliest), among tickets still waiting */
export function oldestWaiting(queue: readonly TicketView[]): OldestTicket | null {
  let best: OldestTicket | null = null;
  for (const t of queue) {
    if (t.status !== 'waiting') continue;
    const since = Date.parse(t.issuedAt);
    if (best === null || since < best.since) best = { number: t.number, serviceId: t.serviceId, since };
  }
  return best;
}

/** per service: when its longest-waiting visitor took the ticket */
export function oldestByService(queue: readonly TicketView[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of queue) {
    if (t.status !== 'waiting') continue;
    const since = Date.parse(t.issuedAt);
    const prev = out.get(t.serviceId);
    if (prev === undefined || since < prev) out.set(t.serviceId, since);
  }
  return out;
}

export interface OfficeTotals {
  waiting: number;
  windowsStaffed: number;
  windowsPaused: number;
  windowsTotal: number;
  serving: number;
}

export function officeTotals(snap: OperatorSnapshot): OfficeTotals {
  const staffed = snap.windows.filter((w) => w.operatorId !== null);
  return {
    waiting: snap.services.reduce((n, s) => n + s.waiting, 0),
    windowsStaffed: staffed.length,
    windowsPaused: staffed.filter((w) => w.paused).length,
    windowsTotal: snap.windows.length,
    serving: snap.windows.filter((w) => w.current !== null).length,
  };
}

/** services people wait for while no open window takes them: nobody will call them */
export function stranded(services: readonly ServiceLoad[]): ServiceLoad[] {
  return services.filter((s) => s.waiting > 0 && s.openWindows === 0);
}

/** the services table: the longest queues first, then by letter */
export function byLoad(services: readonly ServiceLoad[]): ServiceLoad[] {
  return [...services].sort((a, b) => b.waiting - a.waiting || a.prefix.localeCompare(b.prefix, 'uk'));
}

/**
 * A wait in whole hours and minutes, said as «24 хв» / «1 год 5 хв»: «24:17» on the office
 * screen read like a time of day. Minutes are rounded down (a visitor who waited 59 s: 0 хв).
 */
export function waitParts(ms: number): { h: number; m: number } {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  return { h: Math.floor(minutes / 60), m: minutes % 60 };
}
