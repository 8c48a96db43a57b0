// Reports against a history made by hand over the real API on a movable clock: every figure
// below is worked out in the comments from the times of the steps. One day (Tuesday
// 24 November 2026, Kyiv = UTC+2) with an air-raid alert, a transferred ticket, a postponed
// one, a no-show, a cancellation, a priority visitor, a pause and two ratings; the day before
// has one ticket for the comparison.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PASSWORDS, startHarness, TestClock, type Harness } from '../src/harness';
import { issue, serviceOf, step, windows, type WindowInfo } from '../src/rating-flow';
import { KIOSK, key } from '../src/harness';

const T0 = Date.parse('2026-11-24T09:00:00Z'); // 11:00 in Kyiv
const clock = new TestClock(Date.parse('2026-11-23T09:00:00Z'));
const at = (minute: number) => clock.set(new Date(T0 + minute * 60_000).toISOString());
let h: Harness;
let w1: WindowInfo;
let w3: WindowInfo;
let s1: number;
let s3: number;
let sup: string;
let admin: string;
const ids: Record<string, number> = {};
const tickets: Record<string, { id: number; number: string; publicCode: string }> = {};

beforeAll(async () => {
  h = await startHarness({ clock });
  const all = await windows(h);
  w1 = all.find((w) => w.label === '1')!;
  w3 = all.find((w) => w.label === '3')!;
  [s1, s3] = [serviceOf(w1), serviceOf(w3)];
  let op1 = await h.login('operator1', PASSWORDS.operator1!);
  ids.op1 = (await h.http('GET', '/api/auth/me', { cookie: op1 })).body.user.id;

  // the day before (23rd): G waits 3 min, is served 10 min; operator1 then leaves window 1
  const g = await issue(h, s1);
  clock.set('2026-11-23T09:03:00Z');
  await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: g.id });
  await step(h, op1, `/api/tickets/${g.id}/start`);
  clock.set('2026-11-23T09:13:00Z');
  await step(h, op1, `/api/tickets/${g.id}/finish`);
  clock.set('2026-11-23T09:14:00Z');
  await step(h, op1, `/api/windows/${w1.id}/leave`);

  // the 24th
  at(0); // sessions last 12 hours: sign in again on the 24th
  sup = await h.login('supervisor', PASSWORDS.supervisor!);
  admin = await h.login('admin', PASSWORDS.admin!);
  op1 = await h.login('operator1', PASSWORDS.operator1!);
  const op2 = await h.login('operator2', PASSWORDS.operator2!);
  ids.op2 = (await h.http('GET', '/api/auth/me', { cookie: op2 })).body.user.id;
  const catalog = (await h.http('GET', '/api/branches/1/catalog', { token: KIOSK })).body;
  const priorityId = catalog.priorityCategories[0].id as number;
  const web = (code: string, value: string) => h.http('POST', `/api/public/tickets/${code}/rating`, { body: { value } });

  tickets.A = await issue(h, s1); // 0'
  at(1); tickets.B = await issue(h, s1);
  at(2);
  const c = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: s1, priorityCategoryId: priorityId, idempotencyKey: key() } });
  expect(c.status).toBe(201);
  tickets.C = c.body.ticket;
  at(5); await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: tickets.A.id }); // op1 takes window 1
  at(6); await step(h, op1, `/api/tickets/${tickets.A.id}/start`);
  at(16); await step(h, op1, `/api/tickets/${tickets.A.id}/finish`);
  expect((await web(tickets.A.publicCode, 'satisfied')).status).toBe(201);
  at(17); await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: tickets.B.id });
  at(18); tickets.D = await issue(h, s1);
  at(19); await step(h, op1, `/api/tickets/${tickets.B.id}/no-show`);
  await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: tickets.C!.id });
  await step(h, op1, `/api/tickets/${tickets.C!.id}/start`);
  at(20); await step(h, sup, '/api/branches/1/alert', { active: true });
  at(25); await step(h, op1, `/api/tickets/${tickets.C!.id}/finish`);
  at(30); await step(h, sup, '/api/branches/1/alert', { active: false });
  at(35); await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: tickets.D.id });
  await step(h, op1, `/api/tickets/${tickets.D.id}/start`);
  at(36); tickets.E = await issue(h, s1);
  at(40); await step(h, op1, `/api/tickets/${tickets.D.id}/transfer`, { serviceId: s3, placement: 'last' });
  at(41); tickets.F = await issue(h, s3);
  await step(h, op1, `/api/windows/${w1.id}/pause`);
  at(42); await step(h, op2, `/api/windows/${w3.id}/call`, { ticketId: tickets.F.id }); // op2 takes window 3
  at(43); await step(h, op2, `/api/tickets/${tickets.F.id}/postpone`);
  at(44); await step(h, op2, `/api/windows/${w3.id}/call`, { ticketId: tickets.D.id });
  at(45); await step(h, op2, `/api/tickets/${tickets.D.id}/start`);
  at(46); await step(h, op1, `/api/windows/${w1.id}/resume`);
  at(50); await step(h, sup, `/api/tickets/${tickets.E.id}/cancel`);
  at(55); await step(h, op2, `/api/tickets/${tickets.D.id}/finish`);
  expect((await web(tickets.D.publicCode, 'dissatisfied')).status).toBe(201);
  at(56); await step(h, op2, `/api/tickets/${tickets.F.id}/return`, { placement: 'first' });
  at(57); await step(h, op2, `/api/windows/${w3.id}/call`, { ticketId: tickets.F.id });
  await step(h, op2, `/api/tickets/${tickets.F.id}/start`);
  at(60); await step(h, op2, `/api/tickets/${tickets.F.id}/finish`);
  await step(h, op1, `/api/windows/${w1.id}/leave`);
  await step(h, op2, `/api/windows/${w3.id}/leave`);
  at(61);
});
afterAll(() => h.close());

const report = (query: string, cookie = sup) => h.http('GET', `/api/reports?${query}`, { cookie });

it('gives the day\'s figures worked out by hand, with the alert not counted as waiting', async () => {
  const r = await report('from=2026-11-24&to=2026-11-24&compare=1');
  expect(r.status).toBe(200);
  const t = r.body.totals;
  // tickets A B C D E F; served A C D F; B no-show; E cancelled; D transferred; F postponed; C priority
  expect(t).toMatchObject({ tickets: 6, visitors: 4, served: 4, noShow: 1, cancelled: 1, closed: 0, transferred: 1, postponed: 1, priority: 1 });
  expect([t.noShowRate, t.transferRate, t.postponeRate, t.cancelRate]).toEqual([1 / 6, 1 / 6, 1 / 6, 1 / 6]);
  // waits: A 0'→5' = 5; B 1'→17' = 16; C 2'→19' = 17;
  // D 18'→35' = 17 minus the alert 20'–30' = 7, then after the transfer 40'→44' = 4: 11;
  // F 41'→42' = 1, postponed (not waiting), returned 56'→57' = 1: 2.  E was never called.
  // n 5, sum 51 → mean 10.2; sorted 2 5 11 16 17: median (rank 3) 11, p90 (rank 5) 17;
  // within the 15-minute target: A D F = 3/5
  expect(r.body.targetWaitMinutes).toEqual([15]);
  expect(t.wait).toEqual({ count: 5, meanMinutes: 10.2, medianMinutes: 11, p90Minutes: 17, withinTargetShare: 0.6 });
  // service: A 6'→16' = 10; C 19'→25' = 6; D 35'→40' at window 1 + 45'→55' at window 3 = 15; F 57'→60' = 3 → 34 / 4
  expect(t.service).toEqual({ count: 4, meanMinutes: 8.5 });
  expect(t.satisfaction).toEqual({ rated: 2, satisfied: 1, share: 0.5 });
  // the alert: one period of 10 minutes
  expect(r.body.alerts).toEqual([{ branchId: 1, startedAt: new Date(T0 + 20 * 60_000).toISOString(), endedAt: new Date(T0 + 30 * 60_000).toISOString(), minutes: 10 }]);
  expect(r.body.alertMinutes).toBe(10);
  // all six issued between 11:00 and 11:41 on a Tuesday (row 1, hour 11)
  expect(r.body.heatmap[1][11]).toBe(6);
  expect(r.body.heatmap.flat().reduce((a: number, b: number) => a + b, 0)).toBe(6);
  // the day before: G waited 3, served 10
  expect(r.body.previous).toMatchObject({ from: '2026-11-23', to: '2026-11-23', totals: { tickets: 1, served: 1, wait: { count: 1, meanMinutes: 3, medianMinutes: 3 }, service: { count: 1, meanMinutes: 10 } } });
  // by service: s1 keeps A B C E; D moved to s3 with F
  const byService = Object.fromEntries(r.body.byService.map((x: { id: number; figures: { tickets: number } }) => [x.id, x.figures.tickets]));
  expect(byService).toEqual({ [s1]: 4, [s3]: 2 });
  const byWindow = Object.fromEntries(r.body.byWindow.map((x: { id: number; figures: { tickets: number } }) => [x.id, x.figures.tickets]));
  expect(byWindow).toEqual({ [w1.id]: 3, [w3.id]: 2 });
  expect(r.body.series).toHaveLength(1);
  expect(r.body.series[0]).toMatchObject({ period: '2026-11-24', tickets: 6 });
});

it('computes the operators\' workload from the window log and the calls', async () => {
  const r = await report('from=2026-11-24&to=2026-11-24');
  const op = (id: number) => r.body.workload.find((w: { operatorId: number }) => w.operatorId === id);
  // operator1 at window 1 from 5' to 60' = 55, paused 41'–46' = 5; with visitors: A 5'→16' 11, B 17'→19' 2,
  // C 19'→25' 6, D 35'→40' 5 = 24; the alert 20'–30' at an open window minus C's service until 25' = 5;
  // idle 55 − 5 − 24 − 5 = 21; served (ended at this window) A C; per hour 2 / (50/60) = 2.4; service A 10, C 6 → 8
  expect(op(ids.op1!)).toEqual({
    operatorId: ids.op1, operatorName: expect.any(String), shiftMinutes: 55, servingMinutes: 24, pausedMinutes: 5, alertMinutes: 5, idleMinutes: 21,
    servingShare: 0.44, pausedShare: 0.09, idleShare: 0.38, served: 2, visitorsPerHour: 2.4, serviceMeanMinutes: 8,
  });
  // operator2 at window 3 from 42' to 60' = 18; F 42'→43' 1, D 44'→55' 11, F 57'→60' 3 = 15; idle 3;
  // served D F; per hour 2 / (18/60) = 6.67; service D 15, F 3 → 9
  expect(op(ids.op2!)).toEqual({
    operatorId: ids.op2, operatorName: expect.any(String), shiftMinutes: 18, servingMinutes: 15, pausedMinutes: 0, alertMinutes: 0, idleMinutes: 3,
    servingShare: 0.83, pausedShare: 0, idleShare: 0.17, served: 2, visitorsPerHour: 6.67, serviceMeanMinutes: 9,
  });
});

it('filters by service, window and operator, and spans days by month', async () => {
  const bySvc = (await report(`from=2026-11-24&to=2026-11-24&serviceId=${s3}`)).body.totals;
  // D (waits 11, service 15) and F (2, 3)
  expect(bySvc).toMatchObject({ tickets: 2, served: 2, transferred: 1, postponed: 1, wait: { count: 2, meanMinutes: 6.5, medianMinutes: 2, p90Minutes: 11 }, service: { count: 2, meanMinutes: 9 } });
  const byOp = (await report(`from=2026-11-24&to=2026-11-24&operatorId=${ids.op1}`)).body.totals;
  // ended with operator1: A C (done), B (no-show)
  expect(byOp).toMatchObject({ tickets: 3, served: 2, noShow: 1, wait: { count: 3, meanMinutes: 12.67 } }); // waits A 5, B 16, C 17: 38 / 3
  const byWin = (await report(`from=2026-11-24&to=2026-11-24&windowId=${w3.id}`)).body.totals;
  expect(byWin).toMatchObject({ tickets: 2, served: 2 });
  // the whole month (a month row) holds both days: 7 tickets, waits 3 5 16 17 11 2 → median (rank 3) 5
  const month = await report('from=2026-11-01&to=2026-11-30&grain=month');
  expect(month.status).toBe(200);
  expect(month.body.totals).toMatchObject({ tickets: 7, served: 5, wait: { count: 6, medianMinutes: 5, p90Minutes: 17 } });
  expect(month.body.series).toEqual([expect.objectContaining({ period: '2026-11', tickets: 7 })]);
  // days from a month row and single days give the same totals
  const days = await report('from=2026-11-01&to=2026-11-30&grain=day');
  expect(days.body.totals).toEqual(month.body.totals);
  expect(days.body.series).toHaveLength(30);
  // the network's month (computed in the report worker) equals the office's (computed inline)
  const network = await report('from=2026-11-01&to=2026-11-30&grain=day', admin);
  expect(network.status).toBe(200);
  expect(network.body.totals).toEqual(days.body.totals);
  expect(network.body.series).toEqual(days.body.series);
});

it('lets supervisors and admins in, keeps operators and other offices out, and checks the period', async () => {
  const op1 = await h.login('operator1', PASSWORDS.operator1!);
  expect((await report('from=2026-11-24&to=2026-11-24', op1)).status).toBe(403);
  expect((await h.http('GET', '/api/reports?from=2026-11-24&to=2026-11-24')).status).toBe(401);
  expect((await report('from=2026-11-24&to=2026-11-24&branchId=2')).status).toBe(403);
  const bad = await report('from=2026-11-25&to=2026-11-24');
  expect(bad.status).toBe(400);
  expect(bad.body.error.code).toBe('VALIDATION');
  expect((await report('from=2026-02-30&to=2026-03-01')).status).toBe(400);
  const net = await report('from=2026-11-24&to=2026-11-24', admin);
  expect(net.status).toBe(200);
  expect(net.body.branchId).toBeNull();
  expect(net.body.byBranch).toEqual([expect.objectContaining({ id: 1, figures: expect.objectContaining({ tickets: 6 }) })]);
  const filters = await h.http('GET', '/api/reports/filters', { cookie: sup });
  expect(filters.status).toBe(200);
  expect(filters.body.windows.map((w: { id: number }) => w.id)).toContain(w3.id);
});

/** RFC 4180, enough for the export (quoted cells may hold commas and doubled quotes) */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.trim().split('\r\n')) {
    const cells: string[] = [];
    for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      const cell = m[1]!;
      cells.push(cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
      if (m[2] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

it('exports anonymised tickets and daily aggregates for the national monitoring', async () => {
  const r = await h.http('GET', '/api/reports/export/tickets.csv?from=2026-11-24&to=2026-11-24', { cookie: sup });
  expect(r.status).toBe(200);
  const text = typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  const [head, ...rows] = parseCsv(text);
  expect(head).toEqual(['office_id', 'office', 'service_day', 'service_id', 'service', 'priority', 'issued_at', 'first_called_at', 'started_at', 'finished_at',
    'wait_minutes', 'service_minutes', 'outcome', 'transferred', 'postponed', 'rating']);
  expect(rows).toHaveLength(6);
  const col = (row: string[], name: string) => row[head!.indexOf(name)];
  const d = rows.find((row) => col(row, 'issued_at') === new Date(T0 + 18 * 60_000).toISOString())!;
  expect([col(d, 'service_id'), col(d, 'wait_minutes'), col(d, 'service_minutes'), col(d, 'outcome'), col(d, 'transferred'), col(d, 'rating')])
    .toEqual([String(s3), '11', '15', 'done', '1', 'dissatisfied']);
  const e = rows.find((row) => col(row, 'outcome') === 'cancelled')!;
  expect(col(e, 'wait_minutes')).toBe('');
  // nothing that points to a person or a ticket: no numbers, codes or staff
  for (const t of Object.values(tickets)) {
    expect(text).not.toContain(t.publicCode);
    expect(text).not.toContain(`,${t.number},`);
  }
  expect(text).not.toMatch(/operator|Савчук|Литвиненко/);

  const daily = await h.http('GET', '/api/reports/export/daily.csv?from=2026-11-23&to=2026-11-24', { cookie: sup });
  const [dh, ...drows] = parseCsv(daily.body as string);
  expect(drows).toHaveLength(2);
  const day24 = Object.fromEntries(dh!.map((c, i) => [c, drows[1]![i]]));
  expect(day24).toMatchObject({
    service_day: '2026-11-24', tickets: '6', visitors: '4', served: '4', no_show: '1', cancelled: '1', transferred: '1', postponed: '1', priority: '1',
    wait_count: '5', wait_mean_minutes: '10.2', wait_median_minutes: '11', wait_p90_minutes: '17', within_target_share: '0.6', target_wait_minutes: '15',
    service_count: '4', service_mean_minutes: '8.5', rated: '2', satisfied: '1', satisfied_share: '0.5', alert_minutes: '10',
  });
});

it('lets an export token of a network admin collect the export, and nothing else; revoked, it is refused', async () => {
  expect((await h.http('POST', '/api/reports/export-tokens', { cookie: sup, body: { name: 'x' } })).status).toBe(403);
  const created = await h.http('POST', '/api/reports/export-tokens', { cookie: admin, body: { name: 'Національний моніторинг' } });
  expect(created.status).toBe(201);
  const token = created.body.token as string;
  expect(token.length).toBeGreaterThan(30);
  const list = await h.http('GET', '/api/reports/export-tokens', { cookie: admin });
  expect(JSON.stringify(list.body)).not.toContain(token);
  const byToken = await h.http('GET', '/api/reports/export/daily.csv?from=2026-11-24&to=2026-11-24', { token });
  expect(byToken.status).toBe(200);
  expect(parseCsv(byToken.body as string)).toHaveLength(2);
  expect((await h.http('GET', '/api/reports/export/tickets.csv?from=2026-11-24&to=2026-11-24', { token })).status).toBe(200);
  // the token opens the export routes only
  expect((await h.http('GET', '/api/reports?from=2026-11-24&to=2026-11-24', { token })).status).toBe(401);
  expect((await h.http('GET', '/api/branches/1/snapshot', { token })).status).toBe(401);
  expect((await h.http('GET', '/api/reports/export/daily.csv?from=2026-11-24&to=2026-11-24', { token: 'not-a-token' })).status).toBe(401);
  expect((await h.http('POST', `/api/reports/export-tokens/${created.body.id}/revoke`, { cookie: admin, body: {} })).status).toBe(200);
  expect((await h.http('GET', '/api/reports/export/daily.csv?from=2026-11-24&to=2026-11-24', { token })).status).toBe(401);
});
