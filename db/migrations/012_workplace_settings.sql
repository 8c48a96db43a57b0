-- 012: «Робоче місце» settings per branch (contracts/src/workplace.ts). No row = the defaults.
-- finish_without_start: «Завершити» may follow the call directly (two clicks per visitor);
-- the service is then counted from the call (the ticket's started_at is its called_at).
CREATE TABLE IF NOT EXISTS branch_workplace_settings (
  branch_id INTEGER PRIMARY KEY REFERENCES branches(id),
  finish_without_start INTEGER NOT NULL DEFAULT 0 CHECK (finish_without_start IN (0, 1))
);
