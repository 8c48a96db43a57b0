-- 011: service cards (what to bring, fee, how long, who may apply — Ukrainian and English),
-- and notifications through a city's own channels: signed webhooks delivered from an outbox.

-- One card per service; no row = no card yet. Lists of documents are JSON arrays of
-- single-line strings (one document per item), so a kiosk can print them as a list.
CREATE TABLE service_cards (
  service_id INTEGER PRIMARY KEY REFERENCES services(id),
  documents_uk TEXT NOT NULL DEFAULT '[]',
  documents_en TEXT NOT NULL DEFAULT '[]',
  fee_uk TEXT NOT NULL DEFAULT '',
  fee_en TEXT NOT NULL DEFAULT '',
  duration_uk TEXT NOT NULL DEFAULT '',
  duration_en TEXT NOT NULL DEFAULT '',
  applicants_uk TEXT NOT NULL DEFAULT '',
  applicants_en TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

-- Where events go. branch_id NULL = every office (set up by a network admin). The secret is
-- the HMAC key: kept as is (it must sign), shown to the admin once, never sent back by the API.
CREATE TABLE webhook_endpoints (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER REFERENCES branches(id),
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  -- JSON array of event types, e.g. ["ticket.called","booking.created"]
  events TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);

-- The outbox: one row per (endpoint, event), written in the same transaction as the change
-- that caused it (a crash cannot keep the change and lose the notification, or the other way
-- round). The body is fixed when the row is written; the delivery loop only sends it.
CREATE TABLE webhook_outbox (
  id INTEGER PRIMARY KEY,
  endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
  -- the same for every endpoint and every retry: receivers drop repeats by it
  event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  delivered_at TEXT,
  UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_outbox_due ON webhook_outbox(next_attempt_at) WHERE status = 'pending';

-- The delivery log: every attempt, with the receiver's HTTP status or what went wrong.
CREATE TABLE webhook_attempts (
  id INTEGER PRIMARY KEY,
  outbox_id INTEGER NOT NULL REFERENCES webhook_outbox(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  http_status INTEGER,
  error TEXT,
  duration_ms INTEGER NOT NULL
);
CREATE INDEX webhook_attempts_outbox ON webhook_attempts(outbox_id);

-- Ticket events reach the outbox from the one place every ticket change passes through: the
-- append-only ticket_events table. A trigger runs inside the command's own transaction, so
-- "called" and "finished" are enqueued atomically with the change, whichever command made it
-- (call next, call a chosen ticket, finish — now and in commands added later). Only endpoints
-- that subscribed get a row; with none configured nothing is written.
CREATE TRIGGER webhook_ticket_events AFTER INSERT ON ticket_events
WHEN NEW.type IN ('called', 'finished')
BEGIN
  INSERT INTO webhook_outbox (endpoint_id, event_id, type, payload, created_at, next_attempt_at)
  SELECT e.id, 'ticket-event-' || NEW.id, 'ticket.' || NEW.type,
    json_object(
      'id', 'ticket-event-' || NEW.id,
      'type', 'ticket.' || NEW.type,
      'occurredAt', NEW.at,
      'branchId', NEW.branch_id,
      'data', json_object(
        'ticketId', t.id, 'number', t.number, 'serviceId', t.service_id,
        'service', json_object('uk', s.name_uk, 'en', s.name_en),
        'window', (SELECT label FROM windows WHERE id = NEW.window_id),
        'language', t.language, 'publicCode', t.public_code)),
    NEW.at, NEW.at
  FROM webhook_endpoints e
  JOIN tickets t ON t.id = NEW.ticket_id
  JOIN services s ON s.id = t.service_id
  WHERE e.active = 1 AND (e.branch_id IS NULL OR e.branch_id = NEW.branch_id)
    AND EXISTS (SELECT 1 FROM json_each(e.events) WHERE value = 'ticket.' || NEW.type);
END;

-- The visitor's rating (first one only: ratings has one row per ticket). The comment is not
-- sent: it is free text a visitor wrote for the centre, not for a messaging service.
CREATE TRIGGER webhook_ticket_rated AFTER INSERT ON ratings
BEGIN
  INSERT INTO webhook_outbox (endpoint_id, event_id, type, payload, created_at, next_attempt_at)
  SELECT e.id, 'rating-' || NEW.id, 'ticket.rated',
    json_object(
      'id', 'rating-' || NEW.id,
      'type', 'ticket.rated',
      'occurredAt', NEW.created_at,
      'branchId', NEW.branch_id,
      'data', json_object(
        'ticketId', t.id, 'number', t.number, 'serviceId', t.service_id,
        'service', json_object('uk', s.name_uk, 'en', s.name_en),
        'window', (SELECT label FROM windows WHERE id = NEW.window_id),
        'value', NEW.value, 'satisfied', json(CASE NEW.satisfied WHEN 1 THEN 'true' ELSE 'false' END),
        'channel', NEW.channel)),
    NEW.created_at, NEW.created_at
  FROM webhook_endpoints e
  JOIN tickets t ON t.id = NEW.ticket_id
  JOIN services s ON s.id = t.service_id
  WHERE e.active = 1 AND (e.branch_id IS NULL OR e.branch_id = NEW.branch_id)
    AND EXISTS (SELECT 1 FROM json_each(e.events) WHERE value = 'ticket.rated');
END;
