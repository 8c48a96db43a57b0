// A server started on a new day (a fresh install, off overnight, restarted after an outage)
// closes what earlier days left open when it starts, not at the first ticket: operators who sit
// down before the first visitor keep their windows, and yesterday's leftovers are closed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localTime } from '../../server/src/time';
import { KIOSK, PASSWORDS, key, startHarness, type Harness } from '../src/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('an operator who sits down before the first ticket of the day keeps the window', async () => {
  const op = await h.login('operator1', PASSWORDS.operator1!);
  const taken = await h.http('POST', '/api/windows/1/take', { cookie: op });
  expect(taken.status).toBe(200);
  const me = (taken.body as { window: { operatorId: number | null } }).window.operatorId;
  expect(me).not.toBeNull();
  const issued = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
  expect(issued.status).toBe(201);
  const list = (await h.http('GET', '/api/branches/1/windows', { cookie: op })).body as { id: number; operatorId: number | null }[];
  expect(list.find((w) => w.id === 1)?.operatorId).toBe(me);
  // and the call that follows is made from that window without taking it again
  const called = await h.http('POST', '/api/windows/1/call-next', { cookie: op, body: {} });
  expect(called.status).toBe(200);
});

it('the day end has already run for today when the server answers', () => {
  const s = h.cherha.services;
  const branch = s.queue.branch(1);
  const today = localTime(s.queue.now(), branch.timeZone).date;
  expect(s.repos.branches.runtime(1)?.closedThroughDay).toBe(today);
});
