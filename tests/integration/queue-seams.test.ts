// The rules the queue's command modules share (server/src/queue/guards.ts and friends), each
// checked through every command that applies it, on the real server: a window someone else
// works at (pause, call, leave), a window left with a visitor at it (leave, moving to another
// window), a switched-off service (issuing, transfer), and a served ticket finished by the
// next call. One place per rule: if one command drifted from the others, these would differ.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK, PASSWORDS, key, startHarness, type Harness } from '../src/harness';
import { issue, serviceOf, windows, type WindowInfo } from '../src/rating-flow';

let h: Harness;
let op1: string;
let op2: string;
let supervisor: string;
let w1: WindowInfo;
let w2: WindowInfo;

beforeAll(async () => {
  h = await startHarness();
  op1 = await h.login('operator1', PASSWORDS.operator1!);
  op2 = await h.login('operator2', PASSWORDS.operator2!);
  supervisor = await h.login('supervisor', PASSWORDS.supervisor!);
  const all = await windows(h);
  w1 = all.find((w) => w.label === '1')!;
  w2 = all.find((w) => w.label === '2')!;
  // the day's first ticket runs the day end, which frees every window: get it over with first
  await issue(h, serviceOf(w1));
});
afterAll(() => h.close());

const post = (cookie: string, path: string, body: unknown = {}) => h.http('POST', path, { cookie, body });
const events = async (ticketId: number) =>
  (await h.http('GET', `/api/tickets/${ticketId}/events`, { cookie: supervisor })).body.events as { type: string; data: unknown }[];

describe('a window someone else works at', () => {
  it('another operator can neither pause it, nor call from it, nor leave it; the same sentence each time', async () => {
    expect((await post(op1, `/api/windows/${w1.id}/take`)).status).toBe(200);
    for (const path of ['pause', 'call-next', 'leave']) {
      const r = await post(op2, `/api/windows/${w1.id}/${path}`);
      expect(r.status, path).toBe(403);
      expect(r.body.error, path).toEqual({ code: 'FORBIDDEN', message: 'За вікном 1 працює інший адміністратор' });
    }
    // nothing changed: operator1 still sits there, the window is not paused, the ticket waits
    const w = h.cherha.services.repos.windows.get(w1.id)!;
    expect(w.paused).toBe(false);
    expect(w.operatorId).toBe(h.cherha.services.repos.people.credentials('operator1')!.id);
    expect(h.cherha.services.repos.tickets.atWindow(w1.id)).toEqual([]);
  });

  it('a supervisor may pause it (and so sits at it), then resume it', async () => {
    const paused = await post(supervisor, `/api/windows/${w1.id}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.body.window.paused).toBe(true);
    expect(paused.body.window.operatorId).toBe(h.cherha.services.repos.people.credentials('supervisor')!.id);
    const resumed = await post(supervisor, `/api/windows/${w1.id}/resume`);
    expect(resumed.status).toBe(200);
    expect(resumed.body.window.paused).toBe(false);
    // operator1 takes it back for the next part (the supervisor leaves it first)
    expect((await post(supervisor, `/api/windows/${w1.id}/leave`)).status).toBe(200);
    expect((await post(op1, `/api/windows/${w1.id}/take`)).status).toBe(200);
  });
});

describe('a window with a visitor at it', () => {
  it('is not left, nor swapped for another window, until the visitor is dealt with', async () => {
    const called = await post(op1, `/api/windows/${w1.id}/call-next`);
    expect(called.status).toBe(200);
    const number = called.body.ticket.number as string;
    const leave = await post(op1, `/api/windows/${w1.id}/leave`);
    expect(leave.status).toBe(409);
    expect(leave.body.error).toEqual({ code: 'INVALID_STATE', message: `Спершу завершіть талон ${number}, потім залишайте вікно` });
    const move = await post(op1, `/api/windows/${w2.id}/take`);
    expect(move.status).toBe(409);
    expect(move.body.error).toEqual({ code: 'INVALID_STATE', message: `Спершу завершіть талон ${number} у вікні 1, потім переходьте до іншого вікна` });
    // the next call is refused too while the visitor is only called
    const next = await post(op1, `/api/windows/${w1.id}/call-next`);
    expect(next.status).toBe(409);
    expect(next.body.error.message).toContain(`Спершу завершіть талон ${number}`);
    expect((await post(op1, `/api/tickets/${called.body.ticket.id}/no-show`)).status).toBe(200);
    expect((await post(op1, `/api/windows/${w1.id}/leave`)).status).toBe(200);
    expect(h.cherha.services.repos.windows.get(w1.id)!.operatorId).toBeNull();
  });

  it('calling the next one while serving finishes the current ticket (auto)', async () => {
    const first = await issue(h, serviceOf(w1));
    await issue(h, serviceOf(w1));
    expect((await post(op1, `/api/windows/${w1.id}/call`, { ticketId: first.id })).status).toBe(200);
    expect((await post(op1, `/api/tickets/${first.id}/start`)).status).toBe(200);
    const next = await post(op1, `/api/windows/${w1.id}/call-next`);
    expect(next.status).toBe(200);
    expect(next.body.ticket.id).not.toBe(first.id);
    expect(h.cherha.services.repos.tickets.get(first.id)!.status).toBe('done');
    expect((await events(first.id)).map((e) => [e.type, e.data])).toEqual([
      ['issued', null], ['called', null], ['started', null], ['finished', { auto: true }],
    ]);
  });
});

describe('a switched-off service', () => {
  it('is neither issued nor transferred to, with one sentence for both', async () => {
    // the passport service: window 3 takes it, window 1 does not
    const target = serviceOf((await windows(h)).find((w) => w.label === '3')!);
    expect(w1.services.map((s) => s.serviceId)).not.toContain(target);
    const admin = await h.login('admin', PASSWORDS.admin!);
    const svc = h.cherha.services.repos.catalog.service(target)!;
    // the admin switches it off: the body PUT takes is the stored service without its ids
    const { id: _id, branchId: _b, ...body } = svc;
    const off = await h.http('PUT', `/api/services/${target}`, { cookie: admin, body: { ...body, active: false } });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    const sentence = { code: 'SERVICE_CLOSED', message: `Послуга «${svc.name.uk}» зараз не надається` };

    const issued = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: target, idempotencyKey: key() } });
    expect(issued.status).toBe(409);
    expect(issued.body.error).toEqual(sentence);

    // the ticket called at window 1 stays where it is
    const current = h.cherha.services.repos.tickets.atWindow(w1.id)[0]!;
    const moved = await post(op1, `/api/tickets/${current.id}/transfer`, { serviceId: target, placement: 'last' });
    expect(moved.status).toBe(409);
    expect(moved.body.error).toEqual(sentence);
    const after = h.cherha.services.repos.tickets.get(current.id)!;
    expect([after.status, after.serviceId, after.windowId]).toEqual(['called', current.serviceId, w1.id]);
  });
});
