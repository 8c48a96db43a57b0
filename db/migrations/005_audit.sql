-- 005: the audit log of admin and supervisor actions (configuration, devices, people,
-- alerts, service closures, printer settings, backups). Written by the server's central
-- response hook; append-only like ticket_events. `summary` is a whitelisted JSON of the
-- request (never passwords, tokens or pairing codes).
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_user_id INTEGER,
  actor_login TEXT,
  actor_device_id INTEGER,
  branch_id INTEGER,
  action TEXT NOT NULL,
  method TEXT NOT NULL,
  target_id INTEGER,
  status INTEGER NOT NULL,
  summary TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_branch_at ON audit_log(branch_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
