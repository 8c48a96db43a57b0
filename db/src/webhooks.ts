// Webhook endpoints, the outbox and the delivery log (migration 011). Ticket events are put in
// the outbox by triggers on ticket_events and ratings (see the migration); other events
// (bookings) by enqueue(), called inside the command's own transaction.
import type { DeliveryStatus, NotifyEventType, WebhookDeliveryView, WebhookEndpointView } from '@cherha/contracts';
import type { Db } from './open';

interface EndpointRow {
  id: number; branch_id: number | null; name: string; url: string; secret: string; events: string; active: number; created_at: string;
  pending: number; failed: number;
}

export interface EndpointInput {
  name: string;
  url: string;
  events: readonly NotifyEventType[];
  active: boolean;
}

/** an outbox row due for delivery, with where it goes */
export interface DueDelivery {
  id: number;
  endpointId: number;
  eventId: string;
  type: string;
  payload: string;
  attempts: number;
  url: string;
  secret: string;
}

export interface AttemptOutcome {
  at: string;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
  status: DeliveryStatus;
  /** the next try (pending) or null */
  nextAttemptAt: string | null;
}

interface LogRow {
  id: number; endpoint_id: number; name: string; event_id: string; type: string; created_at: string; status: DeliveryStatus; attempts: number;
  next_attempt_at: string; delivered_at: string | null; last_error: string | null; http_status: number | null;
}

const ENDPOINT = `SELECT e.*,
  (SELECT count(*) FROM webhook_outbox o WHERE o.endpoint_id = e.id AND o.status = 'pending') AS pending,
  (SELECT count(*) FROM webhook_outbox o WHERE o.endpoint_id = e.id AND o.status = 'failed') AS failed
  FROM webhook_endpoints e`;

const toView = (r: EndpointRow): WebhookEndpointView => ({
  id: r.id, branchId: r.branch_id, name: r.name, url: r.url, events: JSON.parse(r.events) as NotifyEventType[], active: r.active === 1,
  createdAt: r.created_at, pending: r.pending, failed: r.failed,
});

export function webhookRepo(db: Db) {
  const st = {
    list: db.prepare<[number], EndpointRow>(`${ENDPOINT} WHERE e.branch_id = ? ORDER BY e.id`),
    get: db.prepare<[number], EndpointRow>(`${ENDPOINT} WHERE e.id = ?`),
    insert: db.prepare<[number | null, string, string, string, string, number, string, string]>(
      'INSERT INTO webhook_endpoints (branch_id, name, url, secret, events, active, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    update: db.prepare<[string, string, string, number, number]>('UPDATE webhook_endpoints SET name = ?, url = ?, events = ?, active = ? WHERE id = ?'),
    setSecret: db.prepare<[string, number]>('UPDATE webhook_endpoints SET secret = ? WHERE id = ?'),
    remove: db.prepare<[number]>('DELETE FROM webhook_endpoints WHERE id = ?'),
    // one row per active endpoint of the branch (or of every branch) that asked for this event
    enqueue: db.prepare<{ eventId: string; type: string; payload: string; at: string; branchId: number }>(`
      INSERT OR IGNORE INTO webhook_outbox (endpoint_id, event_id, type, payload, created_at, next_attempt_at)
      SELECT e.id, @eventId, @type, @payload, @at, @at FROM webhook_endpoints e
      WHERE e.active = 1 AND (e.branch_id IS NULL OR e.branch_id = @branchId)
        AND EXISTS (SELECT 1 FROM json_each(e.events) WHERE value = @type)`),
    enqueueTo: db.prepare<[number, string, string, string, string, string]>(
      'INSERT INTO webhook_outbox (endpoint_id, event_id, type, payload, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)'),
    due: db.prepare<[string, number], { id: number; endpoint_id: number; event_id: string; type: string; payload: string; attempts: number; url: string; secret: string }>(`
      SELECT o.id, o.endpoint_id, o.event_id, o.type, o.payload, o.attempts, e.url, e.secret
      FROM webhook_outbox o JOIN webhook_endpoints e ON e.id = o.endpoint_id
      WHERE o.status = 'pending' AND o.next_attempt_at <= ? AND e.active = 1
      ORDER BY o.next_attempt_at, o.id LIMIT ?`),
    nextDue: db.prepare<[], { at: string | null }>(`
      SELECT min(o.next_attempt_at) AS at FROM webhook_outbox o JOIN webhook_endpoints e ON e.id = o.endpoint_id
      WHERE o.status = 'pending' AND e.active = 1`),
    attempt: db.prepare<[number, string, number | null, string | null, number]>(
      'INSERT INTO webhook_attempts (outbox_id, at, http_status, error, duration_ms) VALUES (?, ?, ?, ?, ?)'),
    settle: db.prepare<[DeliveryStatus, string | null, string | null, string | null, number]>(`
      UPDATE webhook_outbox SET status = ?, attempts = attempts + 1, next_attempt_at = coalesce(?, next_attempt_at),
        last_error = ?, delivered_at = ? WHERE id = ? AND status = 'pending'`),
    log: db.prepare<[number, number | null, number | null, number], LogRow>(`
      SELECT o.id, o.endpoint_id, e.name, o.event_id, o.type, o.created_at, o.status, o.attempts, o.next_attempt_at, o.delivered_at, o.last_error,
        (SELECT a.http_status FROM webhook_attempts a WHERE a.outbox_id = o.id ORDER BY a.id DESC LIMIT 1) AS http_status
      FROM webhook_outbox o JOIN webhook_endpoints e ON e.id = o.endpoint_id
      WHERE e.branch_id = ? AND (? IS NULL OR o.endpoint_id = ?)
      ORDER BY o.id DESC LIMIT ?`),
    prune: db.prepare<[string]>('DELETE FROM webhook_outbox WHERE created_at < ?'),
    attemptsOf: db.prepare<[number], { at: string; http_status: number | null; error: string | null; duration_ms: number }>(
      'SELECT at, http_status, error, duration_ms FROM webhook_attempts WHERE outbox_id = ? ORDER BY id'),
  };
  const update = db.transaction((id: number, input: EndpointInput, secret: string | null) => {
    st.update.run(input.name, input.url, JSON.stringify(input.events), input.active ? 1 : 0, id);
    if (secret !== null) st.setSecret.run(secret, id);
  });
  const settle = db.transaction((id: number, o: AttemptOutcome) => {
    st.attempt.run(id, o.at, o.httpStatus, o.error, o.durationMs);
    st.settle.run(o.status, o.nextAttemptAt, o.error, o.status === 'delivered' ? o.at : null, id);
  });

  return {
    list: (branchId: number): WebhookEndpointView[] => st.list.all(branchId).map(toView),
    get: (id: number): WebhookEndpointView | null => {
      const r = st.get.get(id);
      return r ? toView(r) : null;
    },
    create(branchId: number, input: EndpointInput, secret: string, at: string, by: string): number {
      return Number(st.insert.run(branchId, input.name, input.url, secret, JSON.stringify(input.events), input.active ? 1 : 0, at, by).lastInsertRowid);
    },
    /** changes the endpoint; a new secret replaces the old one in the same transaction */
    update: (id: number, input: EndpointInput, secret: string | null): void => update(id, input, secret),
    /** the endpoint with its outbox rows and their log (ON DELETE CASCADE) */
    remove: (id: number): void => void st.remove.run(id),
    /**
     * Puts one event in the outbox for every endpoint that wants it; returns how many rows.
     * Call it inside the transaction of the change it reports. A repeated event id is ignored.
     */
    enqueue(e: { eventId: string; type: string; payload: string; at: string; branchId: number }): number {
      return st.enqueue.run(e).changes;
    },
    /** one event for one endpoint (the admin's «Перевірити») */
    enqueueTo(endpointId: number, e: { eventId: string; type: string; payload: string; at: string }): number {
      return Number(st.enqueueTo.run(endpointId, e.eventId, e.type, e.payload, e.at, e.at).lastInsertRowid);
    },
    due(now: string, limit: number): DueDelivery[] {
      return st.due.all(now, limit).map((r) => ({
        id: r.id, endpointId: r.endpoint_id, eventId: r.event_id, type: r.type, payload: r.payload, attempts: r.attempts, url: r.url, secret: r.secret,
      }));
    },
    /** when the earliest pending row is due (null: nothing pending) */
    nextDueAt: (): string | null => st.nextDue.get()?.at ?? null,
    /** records an attempt in the log and moves the row on, in one transaction */
    settle: (id: number, outcome: AttemptOutcome): void => settle(id, outcome),
    log(branchId: number, limit: number, endpointId?: number): WebhookDeliveryView[] {
      return st.log.all(branchId, endpointId ?? null, endpointId ?? null, limit).map((r) => ({
        id: r.id, webhookId: r.endpoint_id, webhookName: r.name, eventId: r.event_id, type: r.type, createdAt: r.created_at, status: r.status,
        attempts: r.attempts, nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null, deliveredAt: r.delivered_at,
        lastHttpStatus: r.http_status, lastError: r.last_error,
      }));
    },
    /** deletes what was enqueued before `before` (with its log): booking events carry a phone number */
    prune: (before: string): number => st.prune.run(before).changes,
    attemptsOf: (outboxId: number) => st.attemptsOf.all(outboxId).map((a) => ({ at: a.at, httpStatus: a.http_status, error: a.error, durationMs: a.duration_ms })),
  };
}
export type WebhookRepo = ReturnType<typeof webhookRepo>;
