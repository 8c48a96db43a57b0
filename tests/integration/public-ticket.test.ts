// The ticket's public page tells the truth about the wait: people ahead as the windows will
// call, the estimate from the windows open now, and plainly that no window takes the service
// when none does (no invented minutes).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KIOSK, key, startHarness, type Harness } from '../src/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('no open window: said so; a staffed window: people ahead and minutes from the service time', async () => {
  const { repos } = h.cherha.services;
  const w = repos.windows.list(1).find((x) => x.label === '4')!;
  const serviceId = w.services.find((x) => x.level === 1)!.serviceId;
  const service = repos.catalog.service(serviceId)!;
  const issue = async () => (await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } })).body.ticket as { id: number; publicCode: string };
  const a = await issue();
  await issue();
  const c = await issue();
  const page = async (code: string) => (await h.http('GET', `/api/public/tickets/${code}`)).body;

  const before = await page(c.publicCode);
  expect(before.status).toBe('waiting');
  expect(before.peopleAhead).toBe(2);
  // nobody sits at any window serving it yet
  const open = repos.windows.openCountsByService(1).get(serviceId) ?? 0;
  expect(before.openWindows).toBe(open);

  const op = await h.login('operator4', 'operator123');
  const called = await h.http('POST', `/api/windows/${w.id}/call-next`, { cookie: op });
  expect(called.status).toBe(200);
  expect(called.body.ticket.id).toBe(a.id);
  const after = await page(c.publicCode);
  expect(after.peopleAhead).toBe(1);
  const openNow = repos.windows.openCountsByService(1).get(serviceId) ?? 0;
  expect(openNow).toBeGreaterThanOrEqual(1);
  expect(after.openWindows).toBe(openNow);
  // fewer than three finished visits today: the service's expected minutes per visitor
  expect(after.estimatedWaitMinutes).toBe(Math.ceil((1 * service.expectedMinutes) / openNow));

  // called: no waiting figures at all
  const first = await page(a.publicCode);
  expect(first.status).toBe('called');
  expect(first).not.toHaveProperty('estimatedWaitMinutes');
  expect(first).not.toHaveProperty('openWindows');
});

it('a service no staffed window takes: openWindows 0 on the page', async () => {
  const { repos } = h.cherha.services;
  // a service that only window 9 serves, where nobody sits
  const counts = repos.windows.openCountsByService(1);
  const lonely = repos.catalog.services(1).find((s) => s.active && !counts.has(s.id));
  expect(lonely).toBeDefined();
  const r = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: lonely!.id, idempotencyKey: key() } });
  expect(r.status).toBe(201);
  const view = (await h.http('GET', `/api/public/tickets/${r.body.ticket.publicCode}`)).body;
  expect(view.openWindows).toBe(0);
});
