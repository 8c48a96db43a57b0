// A client that drops and comes back ends on the server's latest revision.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BoardSnapshot } from '@cherha/contracts';
import { DISPLAY, KIOSK, key, startHarness, type Harness } from '../src/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('reconnect brings a fresh snapshot at the latest revision', async () => {
  const { sock, snapshot } = await h.socket({ token: DISPLAY });
  const start = (snapshot as BoardSnapshot).revision;
  sock.disconnect();
  for (let i = 0; i < 5; i++) await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
  const fresh = new Promise<BoardSnapshot>((resolve) => sock.once('board:snapshot', resolve));
  sock.connect();
  const snap = await fresh;
  expect(snap.revision).toBe(start + 5);
  expect(snap.revision).toBe(h.cherha.services.repos.branches.runtime(1)!.revision);
  expect(snap.services.find((s) => s.serviceId === 1)?.waiting).toBe(5);
});

it('snapshot:get answers the latest state; a gap in deltas can be healed', async () => {
  const { sock } = await h.socket({ token: DISPLAY });
  await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
  const res = await sock.timeout(5000).emitWithAck('snapshot:get', {});
  expect(res.ok).toBe(true);
  if (res.ok) expect(res.data.revision).toBe(h.cherha.services.repos.branches.runtime(1)!.revision);
  const bad = await sock.timeout(5000).emitWithAck('snapshot:get', { branchId: 'drop table' });
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(bad.error.code).toBe('VALIDATION');
});

it('a socket without a valid token or session is refused', async () => {
  await expect(h.socket({ token: 'not-a-token' })).rejects.toThrow(/Потрібно увійти/);
  await expect(h.socket({ token: 42, view: { $ne: 1 } })).rejects.toThrow();
});

it('the board’s snapshot and deltas do not grow with the queue', async () => {
  const size = (x: unknown) => JSON.stringify(x).length;
  const { snapshot: small } = await h.socket({ token: DISPLAY });
  for (let i = 0; i < 300; i++) await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 2 + (i % 3), idempotencyKey: key() } });
  const { sock, snapshot: big } = await h.socket({ token: DISPLAY });
  // only digits of counters and estimates may differ
  expect(Math.abs(size(big) - size(small))).toBeLessThan(400);
  const delta = new Promise((resolve) => sock.once('delta', resolve));
  await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 2, idempotencyKey: key() } });
  expect(size(await delta)).toBeLessThan(1500);
  // staff see the queue, but only its first page
  const cookie = await h.login('operator1', 'operator123');
  const { snapshot: staff } = await h.socket({}, cookie);
  expect(staff.queueTotal).toBeGreaterThanOrEqual(300);
  expect(staff.queue.length).toBe(100);
});
