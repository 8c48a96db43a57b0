// Queries that run on every board connect or issue must not grow with the history: their
// plans use an index and need no sort of the whole branch (checked on the real migrations).
import { createTestDb } from '@cherha/db';
import { expect, it } from 'vitest';

const plan = (sql: string, ...args: unknown[]) =>
  (createTestDb().prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail);

it('the board\'s recent calls read the newest call events by index, without sorting the branch\'s history', () => {
  const steps = plan(
    `SELECT e.ticket_id, t.number, w.label, e.at, e.type FROM ticket_events e
       JOIN tickets t ON t.id = e.ticket_id JOIN windows w ON w.id = e.window_id
      WHERE e.branch_id = ? AND e.type IN ('called','recalled') ORDER BY e.id DESC LIMIT ?`, 1, 8);
  expect(steps[0]).toMatch(/USING INDEX ticket_events_calls/);
  expect(steps.join('\n')).not.toMatch(/TEMP B-TREE|SCAN e\b/);
});
