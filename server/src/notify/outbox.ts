// The one call other features use to notify: put an event in the outbox, inside the same
// transaction as the change it reports (better-sqlite3 statements join the transaction that
// is open on the connection). Nothing is sent here: the delivery loop (delivery.ts) sends it
// later, off the request path. Ticket events (called, finished, rated) need no call: triggers
// of migration 011 enqueue them.
import type { NotifyEventType, WebhookBody } from '@cherha/contracts';
import { webhookRepo, type Db, type WebhookRepo } from '@cherha/db';

export interface NotifyEvent {
  type: NotifyEventType;
  branchId: number;
  /**
   * Unique per event and stable across retries, e.g. `booking-17-created`,
   * `booking-17-reminder`: receivers drop repeats by it, and enqueueing the same id twice
   * for an endpoint keeps the first.
   */
  id: string;
  /** ISO time of the change (the server's clock) */
  occurredAt: string;
  /** what a receiver needs; nothing a city's channel should not see (docs/notifications.md) */
  data: Record<string, unknown>;
}

const repos = new WeakMap<Db, WebhookRepo>();
/** prepared once per connection */
export function webhooksOf(db: Db): WebhookRepo {
  let r = repos.get(db);
  if (!r) {
    r = webhookRepo(db);
    repos.set(db, r);
  }
  return r;
}

const nudges = new WeakMap<Db, () => void>();
/** the delivery loop of this connection, told when something was enqueued (notify/index.ts) */
export function onEnqueue(db: Db, nudge: () => void): void {
  nudges.set(db, nudge);
}

/** Enqueues `event` for every active endpoint of its branch that subscribed; returns how many. */
export function enqueueEvent(db: Db, event: NotifyEvent): number {
  const body: WebhookBody = { id: event.id, type: event.type, occurredAt: event.occurredAt, branchId: event.branchId, data: event.data };
  const n = webhooksOf(db).enqueue({ eventId: event.id, type: event.type, payload: JSON.stringify(body), at: event.occurredAt, branchId: event.branchId });
  // not now: the caller's transaction is still open (a rollback must send nothing); the next
  // turn of the event loop comes after it, committed or not
  const nudge = nudges.get(db);
  if (n > 0 && nudge) setImmediate(nudge);
  return n;
}
