// Migration 008 moves "which device issued this ticket" out of the `issued_by` text into a field,
// for tickets issued before it too.
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { loadMigrations, migrate } from '../src/index';

it('tickets issued by a device before 008 get issued_by_device_id; staff and system tickets stay null', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  const all = loadMigrations();
  migrate(db, all.filter((m) => m.version < 8));
  db.exec(`INSERT INTO branches (id, name_uk, name_en) VALUES (1, 'ЦНАП', 'ASC')`);
  // plain SQL: the repositories already expect the newest schema
  db.exec(`INSERT INTO categories (id, branch_id, name_uk, name_en) VALUES (1, 1, 'К', 'C');
    INSERT INTO services (id, branch_id, category_id, name_uk, name_en, prefix) VALUES (1, 1, 1, 'П', 'S', 'А');
    INSERT INTO devices (id, branch_id, kind, name) VALUES (3, 1, 'kiosk', 'Термінал');`);
  const svc = 1;
  const device = 3;
  const insert = db.prepare(`INSERT INTO tickets (branch_id, service_id, service_day, prefix, seq, number, status, issued_at, queued_at,
      people_ahead_at_issue, estimated_wait_minutes_at_issue, language, public_code, issued_by)
    VALUES (1, ?, '2026-11-29', 'А', ?, ?, 'waiting', '2026-11-29T08:00:00Z', '2026-11-29T08:00:00Z', 0, 0, 'uk', ?, ?)`);
  insert.run(svc, 1, 'А001', 'code-000000001', `device:${device}`);
  insert.run(svc, 2, 'А002', 'code-000000002', 'user:1');
  insert.run(svc, 3, 'А003', 'code-000000003', 'device:999');
  migrate(db, all);
  const rows = db.prepare('SELECT number, issued_by_device_id FROM tickets ORDER BY seq').all();
  // a device that does not exist (a hand-edited label) is not invented
  expect(rows).toEqual([{ number: 'А001', issued_by_device_id: device }, { number: 'А002', issued_by_device_id: null }, { number: 'А003', issued_by_device_id: null }]);
});
