// The database turns read-only under a running server (a disk remounted read-only after an
// error, a permissions mistake): SQLite answers SQLITE_READONLY. Made here with SQLite's own
// `PRAGMA query_only` on the server's real connection (a remount of a busy mount point is not
// possible while the file is open). Issuing is refused with the same clear 503 as a full disk,
// nothing is written, and issuing resumes by itself when writing is possible again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KIOSK, key, startHarness, type Harness } from '../src/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const count = () => (h.cherha.services.repos.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;

it('a read-only database refuses new tickets with STORAGE_UNAVAILABLE and recovers without a restart', async () => {
  const serviceId = h.cherha.services.repos.catalog.services(1)[0]!.id;
  const first = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });
  expect(first.status).toBe(201);
  const before = count();

  h.cherha.services.repos.db.pragma('query_only = ON');
  const refusedKey = key();
  const refused = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: refusedKey } });
  expect(refused.status).toBe(503);
  expect(refused.body.error.code).toBe('STORAGE_UNAVAILABLE');
  expect(refused.body.error.message).toMatch(/Талон не видано/);
  expect(count()).toBe(before);
  // the rest of the server still answers
  expect((await h.http('GET', '/api/health')).status).toBe(200);

  h.cherha.services.repos.db.pragma('query_only = OFF');
  // the kiosk's retry with the same key now gets its ticket, numbered right after the last one
  const retried = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: refusedKey } });
  expect(retried.status).toBe(201);
  expect(Number(retried.body.ticket.number.slice(1))).toBe(Number(first.body.ticket.number.slice(1)) + 1);
  expect(h.cherha.services.repos.db.pragma('integrity_check', { simple: true })).toBe('ok');
});
