// What an operator sees as "next" is what call-next will really call; the board is told
// of an air-raid alert at once; demo devices stop working when production turns them off.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Delta } from '@cherha/contracts';
import { DISPLAY, KIOSK, key, next, startHarness, type Harness } from '../src/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('the window queue preview matches the order call-next follows, priority visitors included', async () => {
  const op = await h.login('operator1', 'operator123');
  const windows = (await h.http('GET', '/api/branches/1/windows', { cookie: op })).body as { id: number; services: { serviceId: number; level: number }[] }[];
  const w = windows[0]!;
  const serviceId = w.services.find((s) => s.level === 1)!.serviceId;
  const priorityId = (await h.http('GET', '/api/branches/1/catalog')).body.priorityCategories[0].id;
  const ordinary = [];
  for (let i = 0; i < 3; i++) ordinary.push((await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } })).body.ticket);
  const prio = (await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, priorityCategoryId: priorityId, idempotencyKey: key() } })).body;
  expect(prio.ticket.priorityCategoryId).toBe(priorityId);
  expect(prio.peopleAhead).toBe(0); // only other priority visitors are ahead of a priority visitor
  const page = (await h.http('GET', `/api/windows/${w.id}/queue?limit=2`, { cookie: op })).body;
  expect(page.tickets).toHaveLength(2);
  expect(page.total).toBeGreaterThanOrEqual(4);
  const preview = (await h.http('GET', `/api/windows/${w.id}/queue?limit=10`, { cookie: op })).body.tickets as { id: number; priority: boolean }[];
  expect(preview[0]).toMatchObject({ id: prio.ticket.id, priority: true }); // aging: 20 minutes head start
  expect((await h.http('GET', `/api/windows/${w.id}/queue?limit=0`, { cookie: op })).status).toBe(400);
  for (const expected of preview.slice(0, 4)) {
    const called = await h.http('POST', `/api/windows/${w.id}/call-next`, { cookie: op });
    expect(called.body.ticket.id).toBe(expected.id);
    await h.http('POST', `/api/tickets/${expected.id}/no-show`, { cookie: op });
  }
});

it('every screen hears of an air-raid alert at once', async () => {
  const { sock: board } = await h.socket({ token: DISPLAY });
  const sup = await h.login('supervisor', 'super12345');
  const got = next(board, 'delta');
  await h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: true } });
  const d = (await got) as Delta;
  expect(d.alert.active).toBe(true);
  expect(d.services.length).toBeGreaterThan(30); // every service now says why it cannot issue
  expect(d.services.every((s) => !s.available && s.reason === 'ALERT_ACTIVE')).toBe(true);
  const off = next(board, 'delta');
  await h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: false } });
  expect(((await off) as Delta).alert).toEqual({ active: false, since: null });
});

it('with EQUEUE_DEMO_DEVICES off, the well-known demo tokens stop working', async () => {
  const prod = await startHarness({ config: { demoDevices: false } });
  try {
    expect((await prod.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } })).status).toBe(401);
    await expect(prod.socket({ token: DISPLAY })).rejects.toThrow();
  } finally {
    await prod.close();
  }
});
