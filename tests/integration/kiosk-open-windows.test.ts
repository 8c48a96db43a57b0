// The issue answer tells the kiosk how many windows take the service right now, so its result
// screen can say plainly that none does instead of «no wait».
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KIOSK, key, startHarness, type Harness } from '../src/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('openWindows 0 while nobody sits at a window serving it, then the staffed count; a replay answers it too', async () => {
  const { repos } = h.cherha.services;
  const w = repos.windows.list(1).find((x) => x.label === '4')!;
  const serviceId = w.services.find((x) => x.level === 1)!.serviceId;
  const issue = (idempotencyKey = key()) => h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey } });

  const first = await issue();
  expect(first.status).toBe(201);
  expect(first.body.openWindows).toBe(0);
  expect(first.body.peopleAhead).toBe(0);

  const op = await h.login('operator4', 'operator123');
  expect((await h.http('POST', `/api/windows/${w.id}/call-next`, { cookie: op })).status).toBe(200);
  const k = key();
  const second = await issue(k);
  expect(second.status).toBe(201);
  const open = repos.windows.openCountsByService(1).get(serviceId) ?? 0;
  expect(open).toBeGreaterThanOrEqual(1);
  expect(second.body.openWindows).toBe(open);
  const replay = await issue(k);
  expect(replay.status).toBe(200);
  expect(replay.body.openWindows).toBe(open);
});
