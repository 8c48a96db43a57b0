// The core loop over real HTTP and real sockets: kiosk issues → board sees it →
// operator calls → board shows and announces the call → start → finish, with the
// event log in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardSnapshot, Delta, OperatorSnapshot } from '@cherha/contracts';
import { DISPLAY, KIOSK, key, next, startHarness, type Harness } from '../src/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('kiosk → board → operator → board', () => {
  it('runs one visitor through the whole life of a ticket', async () => {
    const { sock: board, snapshot } = await h.socket({ token: DISPLAY });
    const first = snapshot as BoardSnapshot;
    expect(first.branchName.uk).toBe('ЦНАП (демо)');
    const serviceId = first.services[0]!.serviceId;

    const issuedDelta = next(board, 'delta');
    const issued = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });
    expect(issued.status).toBe(201);
    const ticket = issued.body.ticket;
    expect(ticket.number).toMatch(/^[АБВГДЕЖКЛМНПРСТФХЦШ]001$/);
    expect(issued.body.statusUrl).toContain(`/t/${ticket.publicCode}`);
    const d1 = (await issuedDelta) as Delta;
    expect(d1.revision).toBe(first.revision + 1);
    expect(d1.services.find((s) => s.serviceId === serviceId)?.waiting).toBe(1);
    expect(d1).not.toHaveProperty('tickets'); // the board's delta carries no ticket list, and nothing about staff
    expect(d1).not.toHaveProperty('windows');

    const cookie = await h.login('operator1', 'operator123');
    const { sock: staff, snapshot: opSnap } = await h.socket({}, cookie);
    const snap = opSnap as OperatorSnapshot;
    expect(snap.queue.map((t) => t.id)).toContain(ticket.id);

    const windowId = snap.windows.find((w) => w.label === '1')!.id;
    // window 1 must serve this service for call-next to find it: call it explicitly instead
    const callDelta = next(board, 'delta');
    const staffDelta = next(staff, 'delta');
    const called = await h.http('POST', `/api/windows/${windowId}/call`, { cookie, body: { ticketId: ticket.id } });
    expect(called.status).toBe(200);
    expect(called.body.ticket.status).toBe('called');
    const d2 = (await callDelta) as Delta;
    expect(d2.calls).toEqual([expect.objectContaining({ number: ticket.number, windowLabel: '1', recall: false })]);
    const sd2 = (await staffDelta) as Delta;
    expect(sd2.tickets.find((t) => t.id === ticket.id)?.status).toBe('called');
    expect(sd2.windows.find((w) => w.id === windowId)?.current?.number).toBe(ticket.number);

    const recallDelta = next(board, 'delta');
    expect((await h.http('POST', `/api/tickets/${ticket.id}/recall`, { cookie })).status).toBe(200);
    expect(((await recallDelta) as Delta).calls[0]?.recall).toBe(true);

    expect((await h.http('POST', `/api/tickets/${ticket.id}/start`, { cookie })).body.ticket.status).toBe('serving');
    const finishDelta = next(board, 'delta');
    expect((await h.http('POST', `/api/tickets/${ticket.id}/finish`, { cookie })).body.ticket.status).toBe('done');
    const d5 = (await finishDelta) as Delta;
    expect(d5.services.find((s) => s.serviceId === serviceId)?.waiting).toBe(0);

    const log = await h.http('GET', `/api/tickets/${ticket.id}/events`, { cookie });
    expect(log.body.events.map((e: { type: string }) => e.type)).toEqual(['issued', 'called', 'recalled', 'started', 'finished']);
    const times = log.body.events.map((e: { at: string }) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(log.body.events[1].windowId).toBe(windowId);

    const pub = await h.http('GET', `/api/public/tickets/${ticket.publicCode}`);
    expect(pub.body).toMatchObject({ number: ticket.number, status: 'done' });
  });

  it('calls next by the strategy, only from services the window serves', async () => {
    const cookie = await h.login('operator2', 'operator123');
    const windows = (await h.http('GET', '/api/branches/1/windows', { cookie })).body as { id: number; label: string; services: { serviceId: number; level: number }[] }[];
    const w = windows.find((x) => x.label === '2')!;
    const served = w.services.filter((s) => s.level === 1).map((s) => s.serviceId);
    const all = (await h.http('GET', '/api/branches/1/catalog')).body.services as { id: number }[];
    const notServed = all.find((s) => !w.services.some((ws) => ws.serviceId === s.id))!;
    const a = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: notServed.id, idempotencyKey: key() } });
    const b = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: served[0], idempotencyKey: key() } });
    const r = await h.http('POST', `/api/windows/${w.id}/call-next`, { cookie });
    expect(r.status).toBe(200);
    expect(r.body.ticket.id).toBe(b.body.ticket.id);
    // the window still has a called ticket: the next call must not silently drop it
    const again = await h.http('POST', `/api/windows/${w.id}/call-next`, { cookie });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain(b.body.ticket.number);
    await h.http('POST', `/api/tickets/${b.body.ticket.id}/no-show`, { cookie });
    const empty = await h.http('POST', `/api/windows/${w.id}/call-next`, { cookie });
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('QUEUE_EMPTY');
    await h.http('POST', `/api/tickets/${a.body.ticket.id}/cancel`, { cookie: await h.login('supervisor', 'super12345') });
  });

  it('a retried issue with the same idempotency key returns the same ticket', async () => {
    const k = key();
    const r1 = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: k } });
    const r2 = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: k } });
    expect(r1.status).toBe(201);
    expect(r2.status).toBe(200);
    expect(r2.body.replayed).toBe(true);
    expect(r2.body.ticket.id).toBe(r1.body.ticket.id);
  });

  it('transfer keeps the number and joins the other queue; postpone and return', async () => {
    const cookie = await h.login('operator3', 'operator123');
    const t = (await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 2, idempotencyKey: key() } })).body.ticket;
    const windows = (await h.http('GET', '/api/branches/1/windows', { cookie })).body as { id: number; label: string }[];
    const w3 = windows.find((x) => x.label === '3')!;
    const w4 = windows.find((x) => x.label === '4')!;
    await h.http('POST', `/api/windows/${w3.id}/call`, { cookie, body: { ticketId: t.id } });
    const tr = await h.http('POST', `/api/tickets/${t.id}/transfer`, { cookie, body: { serviceId: 3, windowId: w4.id, placement: 'first' } });
    expect(tr.status).toBe(200);
    expect(tr.body.ticket).toMatchObject({ number: t.number, status: 'waiting', serviceId: 3, targetWindowId: w4.id });
    // window 4 gets it first (sent to this very window)
    const op4 = await h.login('operator1', 'operator123');
    const c = await h.http('POST', `/api/windows/${w4.id}/call-next`, { cookie: op4 });
    expect(c.body.ticket.id).toBe(t.id);
    expect((await h.http('POST', `/api/tickets/${t.id}/postpone`, { cookie: op4 })).body.ticket.status).toBe('postponed');
    expect((await h.http('POST', `/api/tickets/${t.id}/return`, { cookie: op4, body: { placement: 'last' } })).body.ticket.status).toBe('waiting');
    const log = await h.http('GET', `/api/tickets/${t.id}/events`, { cookie });
    expect(log.body.events.map((e: { type: string }) => e.type)).toEqual(['issued', 'called', 'transferred', 'called', 'postponed', 'returned']);
  });
});
