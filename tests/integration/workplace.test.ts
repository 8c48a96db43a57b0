// «Робоче місце»: a branch may let its windows finish a called ticket without «Почати
// обслуговування» (two clicks per visitor). Real server, real SQLite, real sockets: the
// setting's access and validation, the refusal while it is off (a clear 409), the transition
// while it is on, and what the records keep — the service counted from the call (the ticket's
// started time, the reports and the national export), and the visitor may still rate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { next, PASSWORDS, type Harness, type TestClock } from '../src/harness';
import { issue, ratingWorld, serviceOf, step, type WindowInfo } from '../src/rating-flow';

let h: Harness;
let clock: TestClock;
let op1: string;
let w1: WindowInfo;
let admin: string;
let sup: string;
const SETTINGS = '/api/branches/1/workplace-settings';

beforeAll(async () => {
  ({ h, clock, op1, w1 } = await ratingWorld());
  admin = await h.login('admin', PASSWORDS.admin!);
  sup = await h.login('supervisor', PASSWORDS.supervisor!);
});
afterAll(() => h.close());

const finish = (id: number) => h.http('POST', `/api/tickets/${id}/finish`, { cookie: op1, body: {} });
const eventsOf = async (id: number) => (await h.http('GET', `/api/tickets/${id}/events`, { cookie: sup })).body.events as { type: string; data: Record<string, unknown> | null }[];

describe('finish without «Почати обслуговування»', () => {
  it('is off by default: a called ticket is refused with a clear 409 and stays called', async () => {
    expect((await h.http('GET', SETTINGS, { cookie: op1 })).body).toEqual({ finishWithoutStart: false });
    const t = await issue(h, serviceOf(w1));
    await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: t.id });
    const r = await finish(t.id);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('INVALID_STATE');
    expect(r.body.error.message).toBe(`Талон ${t.number} не можна завершити без «Почати обслуговування»: у цьому офісі спершу починають обслуговування`);
    // the normal way still works
    await step(h, op1, `/api/tickets/${t.id}/start`);
    expect((await finish(t.id)).body.ticket.status).toBe('done');
  });

  it('is changed by an admin only, validated, and every staff screen takes a fresh snapshot', async () => {
    expect((await h.http('PUT', SETTINGS, { cookie: op1, body: { finishWithoutStart: true } })).status).toBe(403);
    expect((await h.http('PUT', SETTINGS, { cookie: sup, body: { finishWithoutStart: true } })).status).toBe(403);
    const bad = await h.http('PUT', SETTINGS, { cookie: admin, body: { finishWithoutStart: 'так' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION');
    expect((await h.http('PUT', SETTINGS, { cookie: admin, body: {} })).status).toBe(400);
    expect((await h.http('PUT', '/api/branches/999/workplace-settings', { cookie: admin, body: { finishWithoutStart: true } })).status).toBe(404);
    expect((await h.http('GET', SETTINGS, { cookie: op1 })).body).toEqual({ finishWithoutStart: false });

    const { sock } = await h.socket({}, op1);
    const resync = next(sock, 'operator:snapshot');
    const ok = await h.http('PUT', SETTINGS, { cookie: admin, body: { finishWithoutStart: true } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ finishWithoutStart: true });
    await resync;
    sock.disconnect();
    expect((await h.http('GET', SETTINGS, { cookie: op1 })).body).toEqual({ finishWithoutStart: true });
    // the change is in the audit log with who made it
    const audit = await h.http('GET', '/api/audit', { cookie: admin });
    expect(JSON.stringify(audit.body)).toContain('updateWorkplaceSettings');
  });

  it('when on: call, then finish; the service is counted from the call in the ticket, reports and export; the visitor may rate', async () => {
    const t = await issue(h, serviceOf(w1));
    const calledAt = new Date(clock.now().getTime() + 60_000);
    clock.set(calledAt.toISOString());
    await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: t.id });
    const finishedAt = new Date(calledAt.getTime() + 4 * 60_000);
    clock.set(finishedAt.toISOString());
    const r = await finish(t.id);
    expect(r.status).toBe(200);
    expect(r.body.ticket).toMatchObject({ status: 'done', calledAt: calledAt.toISOString(), startedAt: calledAt.toISOString(), finishedAt: finishedAt.toISOString() });

    // no «started» event is invented: the finish says it came straight from the call
    const events = await eventsOf(t.id);
    expect(events.map((e) => e.type)).toEqual(['issued', 'called', 'finished']);
    expect(events.find((e) => e.type === 'finished')?.data).toEqual({ withoutStart: true });

    const day = '2026-11-24';
    const report = await h.http('GET', `/api/reports?from=${day}&to=${day}&windowId=${w1.id}`, { cookie: sup });
    expect(report.status).toBe(200);
    // two tickets at window 1 this day: the first started and finished at the same minute (0), this one 4 minutes from the call
    expect(report.body.totals.service).toEqual({ count: 2, meanMinutes: 2 });
    const csv = await h.http('GET', `/api/reports/export/tickets.csv?from=${day}&to=${day}`, { cookie: sup });
    expect(String(csv.body)).toContain(`,${calledAt.toISOString()},${calledAt.toISOString()},${finishedAt.toISOString()},`);

    const rated = await h.http('POST', `/api/public/tickets/${t.publicCode}/rating`, { body: { value: 'satisfied' } });
    expect(rated.status).toBe(201);
  });

  it('still refuses what the table never allows, and refuses again once switched off', async () => {
    const waiting = await issue(h, serviceOf(w1));
    const r = await finish(waiting.id);
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain('його стан — «очікує»');

    await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: waiting.id });
    expect((await h.http('PUT', SETTINGS, { cookie: admin, body: { finishWithoutStart: false } })).status).toBe(200);
    const refused = await finish(waiting.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('без «Почати обслуговування»');
  });
});
