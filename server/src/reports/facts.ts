// One ticket's figures, from its events (the append-only log is the source of truth).
// Definitions (docs/reports.md):
// - waiting: every stretch in the queue that ended with a call (from issue, a transfer or a
//   return to that call), minus the parts under an air-raid alert: during an alert nobody
//   may call, so that time is not waiting held against the staff. Stretches ended by a
//   cancellation or the day end are not waits (nobody was called); a postponed ticket is not
//   waiting until it is returned.
// - service: from "started" (or the call, when it was never started) to the finish or transfer.
// - busy time of a window and operator: from each call to what ended it (finish, no-show,
//   transfer, postponement, cancellation, day end) — counted for whoever made that call.
import type { ReportEventRow, ReportTicketRow } from '@cherha/db';

export type Interval = readonly [number, number];

export interface BusySegment {
  serviceId: number;
  windowId: number;
  operatorId: number;
  from: number;
  to: number;
  seconds: number;
}

export interface TicketFacts {
  ticketId: number;
  /** the final service, and the window and operator of the last call (0 = none) */
  serviceId: number;
  windowId: number;
  operatorId: number;
  priority: boolean;
  outcome: 'done' | 'no_show' | 'cancelled' | 'closed' | 'open';
  visitor: boolean;
  transferred: boolean;
  postponed: boolean;
  issuedAt: number;
  firstCalledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  /** null: never called */
  waitSeconds: number | null;
  /** null: never served */
  serviceSeconds: number | null;
  busy: BusySegment[];
}

/** seconds of [a, b) not covered by the (sorted, non-overlapping) alert intervals */
export function secondsOutside(a: number, b: number, alerts: readonly Interval[]): number {
  let ms = Math.max(0, b - a);
  for (const [s, e] of alerts) {
    const lo = Math.max(a, s);
    const hi = Math.min(b, e);
    if (hi > lo) ms -= hi - lo;
  }
  return ms / 1000;
}

const OUTCOMES: Record<string, TicketFacts['outcome']> = { done: 'done', no_show: 'no_show', cancelled: 'cancelled', closed: 'closed' };

export function ticketFacts(t: ReportTicketRow, events: readonly ReportEventRow[], alerts: readonly Interval[]): TicketFacts {
  const f: TicketFacts = {
    ticketId: t.id, serviceId: t.service_id, windowId: 0, operatorId: 0, priority: t.priority_category_id !== null,
    outcome: OUTCOMES[t.status] ?? 'open', visitor: false, transferred: false, postponed: false, issuedAt: Date.parse(t.issued_at),
    firstCalledAt: null, startedAt: null, finishedAt: null, waitSeconds: null, serviceSeconds: null, busy: [],
  };
  let service = t.service_id;
  /** since when the ticket waits in a queue (null: not waiting) */
  let waitingSince: number | null = f.issuedAt;
  let wait = 0;
  let serviceSecs = 0;
  let served = false;
  let call: { at: number; windowId: number; operatorId: number; serviceId: number; startedAt: number | null } | null = null;
  const endCall = (at: number, countService: boolean) => {
    if (!call) return;
    f.busy.push({ serviceId: call.serviceId, windowId: call.windowId, operatorId: call.operatorId, from: call.at, to: at, seconds: Math.max(0, at - call.at) / 1000 });
    if (countService && call.startedAt !== null) {
      serviceSecs += Math.max(0, at - call.startedAt) / 1000;
      served = true;
    }
    call = null;
  };
  for (const e of events) {
    const at = Date.parse(e.at);
    switch (e.type) {
      case 'called':
        if (waitingSince !== null) {
          wait += secondsOutside(waitingSince, at, alerts);
          f.waitSeconds = wait;
          waitingSince = null;
        }
        endCall(at, false); // a second call without an end (should not happen): close the first
        call = { at, windowId: e.window_id ?? 0, operatorId: e.operator_id ?? 0, serviceId: service, startedAt: null };
        f.windowId = call.windowId;
        f.operatorId = call.operatorId;
        f.firstCalledAt ??= at;
        break;
      case 'started':
        if (call) call.startedAt = at;
        f.startedAt ??= at;
        f.visitor = true;
        break;
      case 'finished':
        if (call && call.startedAt === null) {
          // finished straight from the call (a branch that allows it): the service starts at the call
          call.startedAt = call.at;
          f.startedAt ??= call.at;
        }
        f.visitor = true;
        endCall(at, true);
        f.finishedAt = at;
        break;
      case 'no_show':
        endCall(at, false);
        f.finishedAt = at;
        break;
      case 'transferred': {
        const data = e.data ? (JSON.parse(e.data) as { toServiceId?: number; reason?: string }) : {};
        if (data.reason !== 'window_closed') f.transferred = true;
        if (call) {
          endCall(at, true);
          waitingSince = at;
        }
        if (typeof data.toServiceId === 'number') service = data.toServiceId;
        break;
      }
      case 'postponed':
        f.postponed = true;
        endCall(at, false);
        waitingSince = null;
        break;
      case 'returned':
        waitingSince = at;
        break;
      case 'cancelled':
      case 'closed':
        endCall(at, false);
        waitingSince = null;
        f.finishedAt ??= at;
        break;
      default:
        break;
    }
  }
  if (served) f.serviceSeconds = serviceSecs;
  // the final key: where the last call happened, for tickets that ended there
  if (f.outcome !== 'done' && f.outcome !== 'no_show') {
    f.windowId = 0;
    f.operatorId = 0;
  }
  return f;
}
