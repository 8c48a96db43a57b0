-- 004: visitors rate the service with their ticket («задоволений / незадоволений»).
-- Settings per branch (no row = the defaults: binary scale, no 0–10 question, until the end
-- of the service day, reason chips offered).
CREATE TABLE branch_rating_settings (
  branch_id INTEGER PRIMARY KEY REFERENCES branches(id),
  scale TEXT NOT NULL DEFAULT 'binary' CHECK (scale IN ('binary', 'four')),
  ask_recommend INTEGER NOT NULL DEFAULT 0 CHECK (ask_recommend IN (0, 1)),
  -- minutes after the end of service; NULL = until the end of the branch's service day
  window_minutes INTEGER CHECK (window_minutes IS NULL OR window_minutes BETWEEN 1 AND 1440),
  reasons INTEGER NOT NULL DEFAULT 1 CHECK (reasons IN (0, 1))
);

-- One rating per ticket (the first wins: UNIQUE ticket_id). Who served and where are copied
-- from the ticket's finished (or started) event, so a later transfer cannot move the rating
-- to someone else.
CREATE TABLE ratings (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
  branch_id INTEGER NOT NULL REFERENCES branches(id),
  service_id INTEGER NOT NULL REFERENCES services(id),
  window_id INTEGER REFERENCES windows(id),
  operator_id INTEGER REFERENCES users(id),
  -- the ticket's service day: summaries are asked per local day
  service_day TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('web', 'terminal', 'terminal_window', 'window_display')),
  device_id INTEGER REFERENCES devices(id),
  value TEXT NOT NULL CHECK (value IN ('satisfied', 'dissatisfied', 'excellent', 'good', 'acceptable', 'bad')),
  satisfied INTEGER NOT NULL CHECK (satisfied IN (0, 1)),
  recommend INTEGER CHECK (recommend IS NULL OR recommend BETWEEN 0 AND 10),
  -- JSON array of reason codes
  reasons TEXT NOT NULL DEFAULT '[]',
  comment TEXT,
  created_at TEXT NOT NULL,
  -- keyed hash of the client address (web ratings), never the address itself
  client_hash TEXT
);
CREATE INDEX ratings_branch_day ON ratings(branch_id, service_day);
CREATE INDEX ratings_operator_day ON ratings(operator_id, service_day);
-- "the ticket most recently finished at this window" for window terminals and displays
CREATE INDEX tickets_window_finished ON tickets(window_id, finished_at) WHERE status = 'done';
