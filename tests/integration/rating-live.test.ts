// The live feeds of the rating feature over real sockets: the phone ticket page (handshake
// with the public code only) and the small display at a window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicTicketLiveViewSchema, WindowDisplayUpdateSchema } from '@cherha/contracts';
import { DISPLAY, KIOSK, PASSWORDS, type Harness, type TestClock } from '../src/harness';
import { issue, pairDevice, ratingWorld, record, refusal, serve, serviceOf, step, type WindowInfo } from '../src/rating-flow';

let clock: TestClock;
let h: Harness;
let op1: string;
let w1: WindowInfo;

beforeAll(async () => {
  ({ h, clock, op1, w1 } = await ratingWorld());
});
afterAll(() => h.close());

/** words that only staff data has: operator ids and names, the ticket list, window states */
const STAFF_WORDS = ['operatorId', 'operatorName', 'Ірина', 'Савчук', 'queue', 'windows', 'tickets'];

describe('the ticket page socket', () => {
  it('gets its ticket on connect, the window when called, rating allowed when finished — and nothing else', async () => {
    const t = await issue(h, serviceOf(w1));
    const page = record(h, { ticket: t.publicCode });
    const first = await page.next('ticket:update');
    expect(first).toMatchObject({ number: t.number, status: 'waiting', windowLabel: null, rating: { allowed: false, given: false, scale: 'binary' } });

    await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: t.id });
    const called = await page.next('ticket:update');
    expect(called).toMatchObject({ status: 'called', windowLabel: '1', peopleAhead: 0, rating: { allowed: false } });

    await step(h, op1, `/api/tickets/${t.id}/recall`);
    expect(await page.next('ticket:update')).toMatchObject({ status: 'called', windowLabel: '1' });
    await step(h, op1, `/api/tickets/${t.id}/start`);
    expect(await page.next('ticket:update')).toMatchObject({ status: 'serving' });
    await step(h, op1, `/api/tickets/${t.id}/finish`);
    const finished = await page.next('ticket:update');
    expect(finished).toMatchObject({ status: 'done', rating: { allowed: true, given: false, scale: 'binary', askRecommend: false, reasons: true } });

    // rated from the page itself: told at once that it was given
    expect((await h.http('POST', `/api/public/tickets/${t.publicCode}/rating`, { body: { value: 'satisfied' } })).status).toBe(201);
    expect(await page.next('ticket:update')).toMatchObject({ rating: { allowed: false, given: true } });

    // an admin's new settings reach the open page at once
    const admin = await h.login('admin', PASSWORDS.admin!);
    await h.http('PUT', '/api/branches/1/rating-settings', { cookie: admin, body: { scale: 'four', askRecommend: true } });
    expect(await page.next('ticket:update')).toMatchObject({ rating: { given: true, scale: 'four', askRecommend: true, reasons: true } });
    await h.http('PUT', '/api/branches/1/rating-settings', { cookie: admin, body: {} });
    expect(await page.next('ticket:update')).toMatchObject({ rating: { scale: 'binary', askRecommend: false } });

    // another visitor's service changes nothing on this page
    await serve(h, op1, w1);
    const sup = await h.login('supervisor', PASSWORDS.supervisor!);
    await h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: true } });
    await h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: false } });
    expect(page.events.map((e) => e.name)).toEqual(Array(8).fill('ticket:update'));
    const text = JSON.stringify(page.events);
    for (const word of STAFF_WORDS) expect(text).not.toContain(word);
    // every push is the contract's live view, field for field (the REST answer's schema)
    for (const e of page.events) PublicTicketLiveViewSchema.strict().parse(e.payload);
    page.sock.close();
  });

  it('follows the queue: people ahead go down as others are called, at most once per change', async () => {
    const serviceId = serviceOf(w1);
    const ahead1 = await issue(h, serviceId);
    const ahead2 = await issue(h, serviceId);
    const mine = await issue(h, serviceId);
    const page = record(h, { ticket: mine.publicCode });
    expect((await page.next('ticket:update')).peopleAhead).toBe(2);
    await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: ahead1.id });
    expect((await page.next('ticket:update')).peopleAhead).toBe(1);
    await step(h, op1, `/api/tickets/${ahead1.id}/no-show`);
    await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: ahead2.id });
    expect((await page.next('ticket:update')).peopleAhead).toBe(0);
    // the no-show changed nothing on this page: not sent again
    expect(page.events).toHaveLength(3);
    // the same figure as the page over HTTP
    expect((await h.http('GET', `/api/public/tickets/${mine.publicCode}`)).body.peopleAhead).toBe(0);
    page.sock.close();
    await step(h, op1, `/api/tickets/${ahead2.id}/no-show`);
  });

  it('refuses an unknown or malformed code with one generic message; a device token is not a ticket', async () => {
    const messages = [];
    for (const ticket of ['AAAAAAAAAAAAAAAAAAAA', 'x', 42, '../../etc/passwd']) messages.push(await refusal(h, { ticket }));
    expect(new Set(messages)).toEqual(new Set(['Талон не знайдено']));
    expect(await refusal(h, { ticket: KIOSK })).toBe('Талон не знайдено');
  });
});

describe('the display at a window', () => {
  it('gets window:update on connect, when called and served, with rateTicket after «Завершити» until rated', async () => {
    // the tickets finished here by the tests above are past their 5 minutes
    clock.advance(6 * 60_000);
    const screen = record(h, { token: DISPLAY, windowId: w1.id });
    const first = await screen.next('window:update');
    expect(first).toMatchObject({ windowId: w1.id, label: '1', rateTicket: null });
    expect(JSON.stringify(first)).not.toContain('operator');

    const t = await issue(h, serviceOf(w1));
    await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: t.id });
    expect(await screen.next('window:update')).toMatchObject({ state: 'called', ticketNumber: t.number });
    await step(h, op1, `/api/tickets/${t.id}/start`);
    expect(await screen.next('window:update')).toMatchObject({ state: 'serving', ticketNumber: t.number, rateTicket: null });
    await step(h, op1, `/api/tickets/${t.id}/finish`);
    const done = await screen.next('window:update');
    expect(done).toMatchObject({ state: 'free', ticketNumber: null, rateTicket: { number: t.number, until: new Date(clock.now().getTime() + 5 * 60_000).toISOString() } });

    // rated at the display: the screen clears
    expect((await h.http('POST', `/api/windows/${w1.id}/rating`, { token: DISPLAY, body: { value: 'satisfied' } })).status).toBe(201);
    expect(await screen.next('window:update')).toMatchObject({ rateTicket: null });
    await step(h, op1, `/api/windows/${w1.id}/pause`);
    expect(await screen.next('window:update')).toMatchObject({ state: 'paused' });
    await step(h, op1, `/api/windows/${w1.id}/resume`);
    expect(await screen.next('window:update')).toMatchObject({ state: 'free' });
    await step(h, op1, `/api/windows/${w1.id}/leave`);
    expect(await screen.next('window:update')).toMatchObject({ state: 'closed' });
    // the display gets the board's feed too; every window:update is the contract's shape, field for field
    const updates = screen.events.filter((e) => e.name === 'window:update');
    expect(updates.length).toBe(8);
    for (const e of updates) WindowDisplayUpdateSchema.strict().parse(e.payload);
    screen.sock.close();
  });

  it('refuses a window of no use to the device, and devices that are not displays or rating terminals', async () => {
    expect(await refusal(h, { token: DISPLAY, windowId: 99999 })).toMatch(/Вікно не знайдено/);
    expect(await refusal(h, { token: KIOSK, windowId: w1.id })).toMatch(/Вікно не знайдено/);
    expect(await refusal(h, { token: 'not-a-token', windowId: w1.id })).toMatch(/Вікно не знайдено/);
    expect(await refusal(h, { token: DISPLAY, windowId: '1' })).toBe('Неправильні дані підключення');
    const terminal = await pairDevice(h, 'rating_terminal', 'Термінал біля вікна 1');
    const s = record(h, { token: terminal.token, windowId: w1.id });
    expect((await s.next('window:update')).windowId).toBe(w1.id);
    s.sock.close();
  });
});

describe('time alone', () => {
  it('a page is told when its rating time is over, with no other change', async () => {
    // the day-end check runs every second here; it also looks at open ticket pages
    const world = await ratingWorld({ dayCheckSeconds: 1 });
    try {
      const admin = await world.h.login('admin', PASSWORDS.admin!);
      await world.h.http('PUT', '/api/branches/1/rating-settings', { cookie: admin, body: { windowMinutes: 10 } });
      const t = await serve(world.h, world.op1, world.w1);
      const page = record(world.h, { ticket: t.publicCode });
      expect(await page.next('ticket:update')).toMatchObject({ status: 'done', rating: { allowed: true } });
      world.clock.advance(11 * 60_000);
      expect(await page.next('ticket:update', 10_000)).toMatchObject({ status: 'done', rating: { allowed: false, given: false } });
      page.sock.close();
    } finally {
      await world.h.close();
    }
  });
});
