-- 006: reports (server/src/reports, docs/reports.md).
-- Roll-ups of the append-only event log, rebuilt per (branch, service day) whenever new
-- events, ratings or window states of that day appear; a month row is the sum of its days,
-- so a year's report reads twelve rows per (office, service, window, operator).
-- `period` is 'YYYY-MM-DD' (a day) or 'YYYY-MM' (a month); window_id / operator_id 0 = none.
-- `cut` says which keys the row keeps (the others are 0 = all): 0 the office as a whole,
-- 1 by service, 2 by window, 3 by operator, 4 all three. A report reads the coarsest cut its
-- filter and grouping allow: a year of the network is 36 × 12 rows, not 600 000.
CREATE TABLE report_rollup (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL,
  period TEXT NOT NULL,
  cut INTEGER NOT NULL CHECK (cut BETWEEN 0 AND 4),
  service_id INTEGER NOT NULL,
  window_id INTEGER NOT NULL,
  operator_id INTEGER NOT NULL,
  tickets INTEGER NOT NULL DEFAULT 0,
  visitors INTEGER NOT NULL DEFAULT 0,
  served INTEGER NOT NULL DEFAULT 0,
  no_show INTEGER NOT NULL DEFAULT 0,
  cancelled INTEGER NOT NULL DEFAULT 0,
  closed INTEGER NOT NULL DEFAULT 0,
  transferred INTEGER NOT NULL DEFAULT 0,
  postponed INTEGER NOT NULL DEFAULT 0,
  priority INTEGER NOT NULL DEFAULT 0,
  wait_n INTEGER NOT NULL DEFAULT 0,
  wait_sum_s INTEGER NOT NULL DEFAULT 0,
  wait_within INTEGER NOT NULL DEFAULT 0,
  service_n INTEGER NOT NULL DEFAULT 0,
  service_sum_s INTEGER NOT NULL DEFAULT 0,
  busy_s INTEGER NOT NULL DEFAULT 0,
  rated INTEGER NOT NULL DEFAULT 0,
  satisfied INTEGER NOT NULL DEFAULT 0,
  -- waiting minutes histogram: little-endian uint32 pairs (minute bucket, count)
  wait_hist BLOB,
  -- arrivals: uint32 pairs (ISO weekday-1)*24 + local hour, count
  arrivals BLOB
);
-- a rowid table, not WITHOUT ROWID: a month's histogram can exceed the ~1 KB an index b-tree
-- keeps in the page, and overflow pages made every row a second read
CREATE UNIQUE INDEX report_rollup_key ON report_rollup(branch_id, period, cut, service_id, window_id, operator_id);
CREATE INDEX report_rollup_period ON report_rollup(period, cut);

-- Time at a window per operator: open or paused (from report_window_log).
CREATE TABLE report_shift (
  branch_id INTEGER NOT NULL,
  period TEXT NOT NULL,
  window_id INTEGER NOT NULL,
  operator_id INTEGER NOT NULL,
  shift_s INTEGER NOT NULL DEFAULT 0,
  paused_s INTEGER NOT NULL DEFAULT 0,
  alert_s INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (branch_id, period, window_id, operator_id)
) WITHOUT ROWID;
CREATE INDEX report_shift_period ON report_shift(period);

-- Who held which window in which state, appended after each committed change of a window
-- (the queue keeps only the current state). state: open | paused | closed (nobody there).
CREATE TABLE report_window_log (
  id INTEGER PRIMARY KEY,
  branch_id INTEGER NOT NULL,
  window_id INTEGER NOT NULL,
  operator_id INTEGER,
  state TEXT NOT NULL CHECK (state IN ('open', 'paused', 'closed')),
  at TEXT NOT NULL
);
CREATE INDEX report_window_log_branch_at ON report_window_log(branch_id, at);
CREATE INDEX report_window_log_window_at ON report_window_log(window_id, at);

-- How far the roll-ups have read: last ticket_events.id, ratings.id, report_window_log.id.
CREATE TABLE report_state (
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);

-- Tokens for the national quality monitoring's automatic collection (export routes only).
CREATE TABLE export_tokens (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);
