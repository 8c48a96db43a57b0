-- 001: the whole first schema. Forward-only; applied inside one transaction at boot.
-- Times are ISO-8601 UTC text; service_day is the branch-local date (YYYY-MM-DD).

CREATE TABLE branches (
  id INTEGER PRIMARY KEY,
  name_uk TEXT NOT NULL,
  name_en TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  time_zone TEXT NOT NULL DEFAULT 'Europe/Kyiv',
  strategy TEXT NOT NULL DEFAULT '{"name":"aging","ordinaryPerPriority":2,"priorityBonusMinutes":20}',
  target_wait_minutes INTEGER NOT NULL DEFAULT 15,
  ticket_header TEXT NOT NULL DEFAULT '',
  ticket_footer TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1,
  -- live-state revision: +1 per committed change; clients resync on a gap
  revision INTEGER NOT NULL DEFAULT 0,
  -- ratio strategy: ordinary calls since the last priority call
  ordinary_since_priority INTEGER NOT NULL DEFAULT 0,
  alert_since TEXT,
  -- the last service day whose leftovers were closed
  closed_through_day TEXT
);

CREATE TABLE branch_hours (
  branch_id INTEGER NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens TEXT NOT NULL,
  closes TEXT NOT NULL,
  PRIMARY KEY (branch_id, weekday)
);

CREATE TABLE branch_hours_exceptions (
  branch_id INTEGER NOT NULL REFERENCES branches(id) ON DELETE CASCADE,
  date TEXT NOT NULL,
  opens TEXT,
  closes TEXT,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (branch_id, date)
);

-- Time spent in air-raid alerts, so reports can tell it apart.
CREATE TABLE branch_alerts (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL REFERENCES branches(id),
  started_at TEXT NOT NULL,
  ended_at TEXT,
  started_by TEXT NOT NULL,
  ended_by TEXT
);
CREATE INDEX branch_alerts_branch ON branch_alerts(branch_id, started_at);

CREATE TABLE categories (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL REFERENCES branches(id),
  parent_id INTEGER REFERENCES categories(id),
  name_uk TEXT NOT NULL,
  name_en TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX categories_branch ON categories(branch_id);

CREATE TABLE services (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL REFERENCES branches(id),
  category_id INTEGER NOT NULL REFERENCES categories(id),
  name_uk TEXT NOT NULL,
  name_en TEXT NOT NULL,
  prefix TEXT NOT NULL,
  range_start INTEGER NOT NULL DEFAULT 1,
  range_end INTEGER NOT NULL DEFAULT 999,
  daily_cap INTEGER,
  opens_at TEXT,
  closes_at TEXT,
  stop_issuing_minutes_before_close INTEGER NOT NULL DEFAULT 0,
  expected_minutes INTEGER NOT NULL DEFAULT 10,
  active INTEGER NOT NULL DEFAULT 1,
  sort_order INTEGER NOT NULL DEFAULT 0,
  CHECK (range_start BETWEEN 1 AND 999 AND range_end BETWEEN range_start AND 999)
);
CREATE INDEX services_branch ON services(branch_id);

-- A supervisor closed this service for the rest of this day.
CREATE TABLE service_day_closures (
  service_id INTEGER NOT NULL REFERENCES services(id),
  service_day TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  closed_by TEXT NOT NULL,
  PRIMARY KEY (service_id, service_day)
);

CREATE TABLE priority_categories (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL REFERENCES branches(id),
  name_uk TEXT NOT NULL,
  name_en TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER REFERENCES branches(id),
  login TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('operator', 'supervisor', 'admin')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE windows (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL REFERENCES branches(id),
  label TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  paused INTEGER NOT NULL DEFAULT 0,
  operator_id INTEGER REFERENCES users(id),
  active INTEGER NOT NULL DEFAULT 1,
  UNIQUE (branch_id, label)
);

CREATE TABLE window_services (
  window_id INTEGER NOT NULL REFERENCES windows(id) ON DELETE CASCADE,
  service_id INTEGER NOT NULL REFERENCES services(id),
  level INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (window_id, service_id)
);
CREATE INDEX window_services_service ON window_services(service_id);

CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL REFERENCES branches(id),
  kind TEXT NOT NULL CHECK (kind IN ('kiosk', 'display', 'print_agent', 'rating_terminal')),
  name TEXT NOT NULL,
  token_hash TEXT UNIQUE,
  pairing_code_hash TEXT,
  pairing_expires_at TEXT,
  paired_at TEXT,
  last_seen_at TEXT,
  -- pre-paired demo devices with well-known tokens; refused when demo devices are off
  is_demo INTEGER NOT NULL DEFAULT 0,
  -- JSON printer config for kiosks (transport, profile…), null = no printer
  printer TEXT,
  -- the print agent that prints this kiosk's tickets
  print_agent_id INTEGER REFERENCES devices(id),
  revoked INTEGER NOT NULL DEFAULT 0
);

-- Daily numbering per branch and prefix. The row is the lock: the UPSERT inside the
-- issuing transaction makes numbering race-free.
CREATE TABLE ticket_counters (
  branch_id INTEGER NOT NULL,
  service_day TEXT NOT NULL,
  prefix TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (branch_id, service_day, prefix)
);

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL REFERENCES branches(id),
  service_id INTEGER NOT NULL REFERENCES services(id),
  service_day TEXT NOT NULL,
  prefix TEXT NOT NULL,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('waiting','called','serving','done','no_show','cancelled','postponed','closed')),
  priority_category_id INTEGER REFERENCES priority_categories(id),
  target_window_id INTEGER REFERENCES windows(id),
  window_id INTEGER REFERENCES windows(id),
  operator_id INTEGER REFERENCES users(id),
  issued_at TEXT NOT NULL,
  queued_at TEXT NOT NULL,
  called_at TEXT,
  started_at TEXT,
  finished_at TEXT,
  recall_count INTEGER NOT NULL DEFAULT 0,
  people_ahead_at_issue INTEGER NOT NULL DEFAULT 0,
  estimated_wait_minutes_at_issue INTEGER NOT NULL DEFAULT 0,
  language TEXT NOT NULL DEFAULT 'uk',
  public_code TEXT NOT NULL UNIQUE,
  idempotency_key TEXT,
  issued_by TEXT NOT NULL,
  UNIQUE (branch_id, service_day, prefix, seq),
  UNIQUE (branch_id, idempotency_key)
);
-- the hot path: "who is waiting in this branch today", in queue order
CREATE INDEX tickets_open ON tickets(branch_id, status, queued_at) WHERE status IN ('waiting','called','serving','postponed');
CREATE INDEX tickets_day ON tickets(branch_id, service_day);
CREATE INDEX tickets_service_finished ON tickets(service_id, finished_at) WHERE status = 'done';

-- Append-only log of every state change: reports, audits and exports derive from it.
CREATE TABLE ticket_events (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  branch_id INTEGER NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('issued','called','recalled','started','finished','no_show','transferred','postponed','returned','cancelled','closed')),
  at TEXT NOT NULL,
  window_id INTEGER,
  operator_id INTEGER,
  actor TEXT NOT NULL,
  data TEXT
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, id);
CREATE INDEX ticket_events_branch_at ON ticket_events(branch_id, at);
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;

-- Print jobs: a ticket is committed first and printed after; the job row tracks the outcome.
CREATE TABLE print_jobs (
  id TEXT PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  device_id INTEGER REFERENCES devices(id),
  status TEXT NOT NULL CHECK (status IN ('queued','sent','printed','failed','uncertain')),
  message TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX print_jobs_ticket ON print_jobs(ticket_id);
