// Day end with an injected clock: tickets left open are closed with a reason, numbering
// restarts on the next service day (Europe/Kyiv), and the alert pauses issuing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KIOSK, key, startHarness, TestClock, type Harness } from '../src/harness';

const clock = new TestClock(Date.parse('2026-11-23T21:30:00Z')); // 23:30 in Kyiv (UTC+2)
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock });
});
afterAll(() => h.close());

const issue = (serviceId = 1) => h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });

it('closes yesterday’s leftovers and restarts numbering after Kyiv midnight', async () => {
  const a = (await issue()).body.ticket;
  const b = (await issue()).body.ticket;
  expect(a.serviceDay).toBe('2026-11-23');
  expect(b.number.slice(1)).toBe('002');
  const op = await h.login('operator1', 'operator123');
  const w = (await h.http('GET', '/api/branches/1/windows', { cookie: op })).body[0];
  await h.http('POST', `/api/windows/${w.id}/call`, { cookie: op, body: { ticketId: a.id } });

  clock.set('2026-11-23T22:00:30Z'); // 00:00:30 on the 24th in Kyiv
  expect(h.cherha.services.queue.closeStaleDays(1)).toBe(2);
  const c = (await issue()).body.ticket;
  expect(c.serviceDay).toBe('2026-11-24');
  expect(c.number.slice(1)).toBe('001');
  for (const t of [a, b]) {
    const log = (await h.http('GET', `/api/tickets/${t.id}/events`, { cookie: op })).body;
    expect(log.ticket.status).toBe('closed');
    expect(log.events.at(-1)).toMatchObject({ type: 'closed', actor: 'system', data: { reason: 'day_end' } });
  }
  // the operator's window was freed for the new day
  expect(h.cherha.services.repos.windows.get(w.id)!.operatorId).toBeNull();
  expect(h.cherha.services.queue.closeStaleDays(1)).toBe(0);
});

it('an air-raid alert pauses issuing and calling, keeps the order, and records its time', async () => {
  const sup = await h.login('supervisor', 'super12345');
  const op = await h.login('operator2', 'operator123');
  const first = (await issue()).body.ticket;
  expect((await h.http('POST', '/api/branches/1/alert', { cookie: op, body: { active: true } })).status).toBe(403);
  expect((await h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: true } })).status).toBe(200);
  const refused = await issue();
  expect(refused.status).toBe(409);
  expect(refused.body.error.code).toBe('ALERT_ACTIVE');
  const windows = (await h.http('GET', '/api/branches/1/windows', { cookie: op })).body as { id: number; services: { serviceId: number }[] }[];
  const w = windows.find((x) => x.services.some((s) => s.serviceId === 1))!;
  expect((await h.http('POST', `/api/windows/${w.id}/call-next`, { cookie: op })).body.error.code).toBe('ALERT_ACTIVE');
  clock.advance(40 * 60_000);
  await h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: false } });
  const called = await h.http('POST', `/api/windows/${w.id}/call-next`, { cookie: op });
  expect(called.body.ticket.id).toBeLessThanOrEqual(first.id); // the waiting order was kept
  const alerts = h.cherha.services.repos.branches.alerts(1);
  expect(alerts).toHaveLength(1);
  expect(Date.parse(alerts[0]!.endedAt!) - Date.parse(alerts[0]!.startedAt)).toBe(40 * 60_000);
});

it('respects branch hours: closed days and "stop issuing before closing"', async () => {
  const admin = await h.login('admin', 'admin12345');
  const catalog = (await h.http('GET', '/api/branches/1/catalog')).body;
  const branch = catalog.branch;
  const { id: _id, ...body } = branch;
  const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' }));
  const put = await h.http('PUT', '/api/branches/1', { cookie: admin, body: { ...body, hours, exceptions: [{ date: '2026-11-25', opens: null, closes: null, note: 'Свято' }] } });
  expect(put.status).toBe(200);
  clock.set('2026-11-24T17:50:00Z'); // Tue 19:50 Kyiv
  const service = catalog.services.find((s: { stopIssuingMinutesBeforeClose: number }) => s.stopIssuingMinutesBeforeClose >= 15);
  const late = await issue(service.id);
  expect(late.status).toBe(409);
  expect(late.body.error.code).toBe('SERVICE_CLOSED');
  clock.set('2026-11-25T10:00:00Z'); // the holiday
  expect((await issue()).body.error.code).toBe('BRANCH_CLOSED');
  clock.set('2026-11-26T04:00:00Z'); // Thu 06:00 Kyiv, before opening
  const early = await issue();
  expect(early.body.error).toMatchObject({ code: 'BRANCH_CLOSED' });
  expect(early.body.error.message).toContain('08:00');
});

it('a staff screen whose session expired is disconnected', async () => {
  const cookie = await h.login('operator3', 'operator123');
  const { sock } = await h.socket({}, cookie);
  const { sock: board } = await h.socket({ token: 'demo-display-token' });
  expect(h.cherha.services.live!.dropExpiredSessions()).toBe(0);
  const gone = new Promise((resolve) => sock.once('disconnect', resolve));
  clock.advance(13 * 3_600_000); // sessions last 12 hours
  expect(h.cherha.services.live!.dropExpiredSessions()).toBe(1);
  await gone;
  expect(board.connected).toBe(true); // devices have no sessions: boards never "log out"
});
