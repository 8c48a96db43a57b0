// Rating summaries against figures worked out by hand: three operators at three windows, three
// services, the four-level scale with the 0–10 question (NPS), three channels, two days; and an
// operator's own page that shows only their own figures.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PASSWORDS, startHarness, TestClock, type Harness } from '../src/harness';
import { pairDevice, serve, serviceOf, windows, type WindowInfo } from '../src/rating-flow';

const clock = new TestClock(Date.parse('2026-11-23T08:00:00Z')); // 10:00 in Kyiv on the 23rd
let h: Harness;
const ids: Record<string, number> = {};

beforeAll(async () => {
  h = await startHarness({ clock });
});
afterAll(() => h.close());

const byId = <T extends Record<string, unknown>>(list: T[], key: keyof T) => [...list].sort((a, b) => Number(a[key]) - Number(b[key]));

it('adds up by operator, window, service and channel, with NPS, for the period asked', async () => {
  const all = await windows(h);
  const [w1, w3, w5] = ['1', '3', '5'].map((l) => all.find((w) => w.label === l)!) as [WindowInfo, WindowInfo, WindowInfo];
  const [s1, s3, s5] = [serviceOf(w1), serviceOf(w3), serviceOf(w5)];
  const web = (code: string, body: unknown) => h.http('POST', `/api/public/tickets/${code}/rating`, { body });
  const terminal = await pairDevice(h, 'rating_terminal', 'Термінал у холі');

  // the day before: one rating, outside today's summary
  let op1 = await h.login('operator1', PASSWORDS.operator1!);
  const z = await serve(h, op1, w1);
  expect((await web(z.publicCode, { value: 'satisfied' })).status).toBe(201);

  clock.set('2026-11-24T09:00:00Z');
  const admin = await h.login('admin', PASSWORDS.admin!);
  expect((await h.http('PUT', '/api/branches/1/rating-settings', { cookie: admin, body: { scale: 'four', askRecommend: true, windowMinutes: null, reasons: true } })).status).toBe(200);
  op1 = await h.login('operator1', PASSWORDS.operator1!);
  const op2 = await h.login('operator2', PASSWORDS.operator2!);
  const op3 = await h.login('operator3', PASSWORDS.operator3!);
  for (const [login, cookie] of [['operator1', op1], ['operator2', op2], ['operator3', op3]] as const) {
    ids[login] = (await h.http('GET', '/api/auth/me', { cookie })).body.user.id;
  }

  const rate = async (cookie: string, w: WindowInfo, serviceId: number, how: 'web' | 'scan' | 'window', body: Record<string, unknown>) => {
    clock.advance(60_000);
    const t = await serve(h, cookie, w, { serviceId });
    const r = how === 'web' ? await web(t.publicCode, body)
      : how === 'scan' ? await h.http('POST', '/api/rating/scan', { token: terminal.token, body: { code: `http://localhost:3000/t/${t.publicCode}`, ...body } })
        : await h.http('POST', `/api/windows/${w.id}/rating`, { token: terminal.token, body });
    expect(r.status).toBe(201);
    return t;
  };
  await rate(op1, w1, s1, 'web', { value: 'excellent', recommend: 10 }); // a
  await rate(op1, w1, s1, 'web', { value: 'good', recommend: 9 }); // b
  await rate(op1, w1, s1, 'scan', { value: 'bad', recommend: 3 }); // c
  const d = await rate(op1, w1, s3, 'web', { value: 'acceptable', comment: 'Довго шукали документи' }); // d
  const e = await rate(op2, w3, s3, 'web', { value: 'excellent', recommend: 8, reasons: ['fast', 'polite'] }); // e
  await rate(op2, w3, s3, 'window', { value: 'bad', recommend: 6 }); // f
  await rate(op3, w5, s5, 'web', { value: 'good' }); // g
  await rate(op3, w5, s5, 'web', { value: 'satisfied', recommend: 10 }); // h: a two-level answer counts too

  const sup = await h.login('supervisor', PASSWORDS.supervisor!);
  const today = await h.http('GET', '/api/branches/1/ratings/summary', { cookie: sup });
  expect(today.status).toBe(200);
  const sum = today.body;
  // by hand: satisfied = a b e g h, not = c d f
  expect(sum).toMatchObject({ from: '2026-11-24', to: '2026-11-24', total: 8, satisfied: 5, dissatisfied: 3, satisfiedShare: 5 / 8 });
  expect(sum.byScale).toEqual({ satisfied: 1, dissatisfied: 0, excellent: 2, good: 2, acceptable: 1, bad: 2 });
  // answers 10 9 3 8 6 10: promoters a b h, passives e, detractors c f → (3 − 2) / 6 = 16.7 %
  expect(sum.nps).toEqual({ promoters: 3, passives: 1, detractors: 2, score: 17 });
  expect(byId(sum.byOperator, 'operatorId')).toEqual(byId([
    { operatorId: ids.operator1, name: 'Ірина Савчук', total: 4, satisfied: 2, dissatisfied: 2, share: 0.5 },
    { operatorId: ids.operator2, name: 'Андрій Литвиненко', total: 2, satisfied: 1, dissatisfied: 1, share: 0.5 },
    { operatorId: ids.operator3, name: 'Наталія Бондар', total: 2, satisfied: 2, dissatisfied: 0, share: 1 },
  ], 'operatorId'));
  expect(byId(sum.byWindow, 'windowId')).toEqual([
    { windowId: w1.id, label: '1', total: 4, satisfied: 2, dissatisfied: 2, share: 0.5 },
    { windowId: w3.id, label: '3', total: 2, satisfied: 1, dissatisfied: 1, share: 0.5 },
    { windowId: w5.id, label: '5', total: 2, satisfied: 2, dissatisfied: 0, share: 1 },
  ]);
  const services = byId(sum.byService as { serviceId: number; name: { uk: string } }[], 'serviceId').map(({ name, ...rest }) => ({ ...rest, named: name.uk.length > 0 }));
  expect(services).toEqual(byId([
    { serviceId: s1, total: 3, satisfied: 2, dissatisfied: 1, share: 2 / 3, named: true },
    { serviceId: s3, total: 3, satisfied: 1, dissatisfied: 2, share: 1 / 3, named: true },
    { serviceId: s5, total: 2, satisfied: 2, dissatisfied: 0, share: 1, named: true },
  ], 'serviceId'));
  expect(byId(sum.byChannel.map((c: { channel: string }) => ({ ...c, order: ['web', 'terminal', 'terminal_window'].indexOf(c.channel) })), 'order')).toEqual([
    { channel: 'web', total: 6, satisfied: 5, dissatisfied: 1, share: 5 / 6, order: 0 },
    { channel: 'terminal', total: 1, satisfied: 0, dissatisfied: 1, share: 0, order: 1 },
    { channel: 'terminal_window', total: 1, satisfied: 0, dissatisfied: 1, share: 0, order: 2 },
  ]);
  // only ratings with words or reasons, latest first
  expect(sum.comments).toEqual([
    { ticketNumber: e.number, serviceName: expect.any(Object), windowLabel: '3', operatorName: 'Андрій Литвиненко', value: 'excellent', reasons: ['fast', 'polite'], comment: null, createdAt: expect.any(String) },
    { ticketNumber: d.number, serviceName: expect.any(Object), windowLabel: '1', operatorName: 'Ірина Савчук', value: 'acceptable', reasons: [], comment: 'Довго шукали документи', createdAt: expect.any(String) },
  ]);

  const both = (await h.http('GET', '/api/branches/1/ratings/summary?from=2026-11-23&to=2026-11-24', { cookie: sup })).body;
  expect(both).toMatchObject({ total: 9, satisfied: 6, dissatisfied: 3 });
  expect(both.byOperator.find((o: { operatorId: number }) => o.operatorId === ids.operator1)).toMatchObject({ total: 5, satisfied: 3 });
  const before = (await h.http('GET', '/api/branches/1/ratings/summary?from=2026-11-23&to=2026-11-23', { cookie: sup })).body;
  expect(before).toMatchObject({ total: 1, satisfied: 1, nps: null, comments: [] });
  const empty = (await h.http('GET', '/api/branches/1/ratings/summary?from=2026-11-01&to=2026-11-02', { cookie: sup })).body;
  expect(empty).toMatchObject({ total: 0, satisfiedShare: null, nps: null, byOperator: [] });

  // who may ask, and what is a period
  expect((await h.http('GET', '/api/branches/1/ratings/summary', { cookie: op1 })).status).toBe(403);
  expect((await h.http('GET', '/api/branches/1/ratings/summary', { token: terminal.token })).status).toBe(403);
  expect((await h.http('GET', '/api/branches/1/ratings/summary')).status).toBe(401);
  for (const q of ['from=2026-11-25&to=2026-11-24', 'from=24.11.2026', 'from=2020-01-01&to=2026-11-24', 'day=2026-11-24']) {
    expect((await h.http('GET', `/api/branches/1/ratings/summary?${q}`, { cookie: sup })).status, q).toBe(400);
  }

  // an operator's own page: their figures only, nobody else's name
  const mine = await h.http('GET', '/api/me/ratings', { cookie: op2 });
  expect(mine.status).toBe(200);
  expect(mine.body).toMatchObject({ total: 2, satisfied: 1, dissatisfied: 1, satisfiedShare: 0.5, nps: { promoters: 0, passives: 1, detractors: 1, score: -50 } });
  expect(mine.body.byOperator).toEqual([{ operatorId: ids.operator2, name: 'Андрій Литвиненко', total: 2, satisfied: 1, dissatisfied: 1, share: 0.5 }]);
  expect(mine.body.byWindow).toHaveLength(1);
  expect(mine.body.comments).toHaveLength(1);
  const text = JSON.stringify(mine.body);
  for (const other of ['Ірина', 'Савчук', 'Наталія', 'Бондар', 'Довго шукали']) expect(text).not.toContain(other);
  expect((await h.http('GET', '/api/me/ratings?from=2026-11-23&to=2026-11-24', { cookie: op1 })).body).toMatchObject({ total: 5, satisfied: 3 });
  expect((await h.http('GET', '/api/me/ratings', { token: terminal.token })).status).toBe(403);
  expect((await h.http('GET', '/api/me/ratings')).status).toBe(401);
});
