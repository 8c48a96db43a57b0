// Visitor rating over the real server: the rules (one per ticket, only after service started,
// only within the rating time), the three ways in (phone page, terminal scan, terminal or
// display at a window), one 404 for every code that is not a ticket, and the rows in SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPLAY, KIOSK, PASSWORDS, type Harness, type TestClock } from '../src/harness';
import { issue, pairDevice, ratingWorld, serve, serviceOf, step, type WindowInfo } from '../src/rating-flow';

// 11:00 in Kyiv: the demo centre is open around the clock, the service day is the 24th
let clock: TestClock;
let h: Harness;
let op1: string;
let admin: string;
let w1: WindowInfo;
let w3: WindowInfo;
let terminal: { token: string; id: number };

beforeAll(async () => {
  ({ h, clock, op1, w1, w3 } = await ratingWorld());
  admin = await h.login('admin', PASSWORDS.admin!);
  terminal = await pairDevice(h, 'rating_terminal', 'Термінал оцінювання');
});
afterAll(() => h.close());

const row = (ticketId: number) => h.cherha.services.repos.db.prepare('SELECT * FROM ratings WHERE ticket_id = ?').get(ticketId) as Record<string, unknown> | undefined;
const count = () => (h.cherha.services.repos.db.prepare('SELECT count(*) AS n FROM ratings').get() as { n: number }).n;
const rateWeb = (code: string, body: unknown) => h.http('POST', `/api/public/tickets/${encodeURIComponent(code)}/rating`, { body });

describe('the phone ticket page', () => {
  it('stores the rating with the ticket, who served it, where, which service and the channel', async () => {
    const t = await serve(h, op1, w1);
    const opId = (await h.http('GET', '/api/auth/me', { cookie: op1 })).body.user.id as number;
    const r = await rateWeb(t.publicCode, { value: 'satisfied', reasons: ['fast', 'polite'], comment: 'Дякую!\nУсе швидко.' });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ status: 'saved' });
    expect(row(t.id)).toMatchObject({
      ticket_id: t.id, branch_id: 1, service_id: serviceOf(w1), window_id: w1.id, operator_id: opId, channel: 'web', device_id: null,
      value: 'satisfied', satisfied: 1, recommend: null, reasons: '["fast","polite"]', comment: 'Дякую!\nУсе швидко.', service_day: '2026-11-24',
      created_at: clock.now().toISOString(),
    });
    // the address is kept only as a keyed hash
    expect(row(t.id)!.client_hash).toMatch(/^[0-9a-f]{32}$/);
    expect(String(row(t.id)!.client_hash)).not.toContain('127.0.0.1');
    // the public page now says it was given
    const page = await h.http('GET', `/api/public/tickets/${t.publicCode}`);
    expect(page.body.rating).toEqual({ allowed: false, given: true, scale: 'binary', askRecommend: false, reasons: true });
  });

  it('the answer is saved on the first tap; reasons, the 0–10 answer and a comment are added once, later', async () => {
    const t = await serve(h, op1, w1);
    const patch = (body: unknown) => h.http('PATCH', `/api/public/tickets/${t.publicCode}/rating`, { body });
    // nothing to add to before a rating exists
    const early = await patch({ comment: 'Швидко' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('RATING_NOT_ALLOWED');
    expect((await rateWeb(t.publicCode, { value: 'satisfied' })).status).toBe(201);
    expect(row(t.id)).toMatchObject({ value: 'satisfied', reasons: '[]', comment: null, recommend: null });
    // an empty addition, or a bad one, is refused and changes nothing
    expect((await patch({})).status).toBe(400);
    expect((await patch({ comment: 'A\u202EB' })).status).toBe(400);
    expect((await patch({ value: 'dissatisfied' })).status).toBe(400);
    const added = await patch({ reasons: ['fast'], comment: 'Дякую', recommend: 10 });
    expect(added.status).toBe(200);
    expect(added.body).toEqual({ status: 'saved' });
    expect(row(t.id)).toMatchObject({ value: 'satisfied', reasons: '["fast"]', comment: 'Дякую', recommend: 10 });
    // once: the first details stay
    const again = await patch({ comment: 'Інше' });
    expect(again.body).toEqual({ status: 'already_given' });
    expect(row(t.id)!.comment).toBe('Дякую');
    // a code that is not a ticket: the same 404 as everywhere
    const none = await h.http('PATCH', '/api/public/tickets/NoSuchTicketCode1/rating', { body: { comment: 'x' } });
    expect(none.status).toBe(404);
  });

  it('the first rating wins: a second is answered politely and changes nothing', async () => {
    const t = await serve(h, op1, w1);
    expect((await rateWeb(t.publicCode, { value: 'dissatisfied', reasons: ['wait_long'] })).status).toBe(201);
    const before = row(t.id);
    const n = count();
    const again = await rateWeb(t.publicCode, { value: 'satisfied', comment: 'передумав' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ status: 'already_rated' });
    expect(row(t.id)).toEqual(before);
    expect(count()).toBe(n);
    // the same through the terminal: still the first one
    const scanned = await h.http('POST', '/api/rating/scan', { token: terminal.token, body: { code: t.publicCode, value: 'excellent' } });
    expect(scanned.status).toBe(200);
    expect(scanned.body).toEqual({ status: 'already_rated' });
    expect(row(t.id)).toEqual(before);
  });

  it('refuses a ticket whose service never started (409 RATING_NOT_ALLOWED, Ukrainian message)', async () => {
    const waiting = await issue(h, serviceOf(w1));
    const r1 = await rateWeb(waiting.publicCode, { value: 'satisfied' });
    expect(r1.status).toBe(409);
    expect(r1.body.error.code).toBe('RATING_NOT_ALLOWED');
    expect(r1.body.error.message).toMatch(/почали обслуговувати/);
    // called to the window but not started yet: still not
    await step(h, op1, `/api/windows/${w1.id}/call`, { ticketId: waiting.id });
    expect((await rateWeb(waiting.publicCode, { value: 'satisfied' })).status).toBe(409);
    expect((await h.http('GET', `/api/public/tickets/${waiting.publicCode}`)).body.rating.allowed).toBe(false);
    // a visitor who never came
    await step(h, op1, `/api/tickets/${waiting.id}/no-show`);
    expect((await rateWeb(waiting.publicCode, { value: 'dissatisfied' })).status).toBe(409);
    expect(row(waiting.id)).toBeUndefined();
  });

  it('refuses once the rating time is over: minutes set by the admin, else the end of the service day', async () => {
    const put = await h.http('PUT', '/api/branches/1/rating-settings', { cookie: admin, body: { scale: 'binary', askRecommend: false, windowMinutes: 10, reasons: true } });
    expect(put.status).toBe(200);
    try {
      const late = await serve(h, op1, w1);
      const onTime = await serve(h, op1, w1);
      clock.advance(9 * 60_000);
      expect((await rateWeb(onTime.publicCode, { value: 'satisfied' })).status).toBe(201);
      clock.advance(2 * 60_000); // 11 minutes after «Завершити»
      const r = await rateWeb(late.publicCode, { value: 'satisfied' });
      expect(r.status).toBe(409);
      expect(r.body.error).toEqual({ code: 'RATING_NOT_ALLOWED', message: 'Час для оцінювання цього талону минув' });
      expect(row(late.id)).toBeUndefined();
    } finally {
      await h.http('PUT', '/api/branches/1/rating-settings', { cookie: admin, body: { scale: 'binary', askRecommend: false, windowMinutes: null, reasons: true } });
    }
    // no minutes: until the service day ends in Kyiv
    const t = await serve(h, op1, w1);
    clock.set('2026-11-24T21:59:00Z'); // 23:59 in Kyiv
    expect((await h.http('GET', `/api/public/tickets/${t.publicCode}`)).body.rating.allowed).toBe(true);
    clock.set('2026-11-24T22:01:00Z'); // 00:01 on the 25th
    expect((await rateWeb(t.publicCode, { value: 'satisfied' })).status).toBe(409);
    clock.set('2026-11-25T09:00:00Z');
    op1 = await h.login('operator1', PASSWORDS.operator1!);
    admin = await h.login('admin', PASSWORDS.admin!);
  });

  it('answers every code that is not a ticket with the same 404', async () => {
    const bodies = [];
    for (const code of ['AAAAAAAAAAAAAAAA', 'zzzzzzzzzzzzzzzzzzzzzzzz', 'x', '..%2F..%2Fetc', 'A'.repeat(90), '%00', 'SELECT*']) {
      const r = await rateWeb(decodeURIComponent(code), { value: 'satisfied' });
      expect(r.status).toBe(404);
      bodies.push(r.body);
    }
    for (const b of bodies) expect(b).toEqual({ error: { code: 'NOT_FOUND', message: 'Талон не знайдено' } });
    // the terminal: a scanned text that is no ticket of this office
    for (const code of ['http://localhost:3000/t/AAAAAAAAAAAAAAAA', 'hello', 'http://evil.example/x', `https://diia.example/${'q'.repeat(1500)}`]) {
      const r = await h.http('POST', '/api/rating/scan', { token: terminal.token, body: { code, value: 'satisfied' } });
      expect(r.status).toBe(404);
      expect(r.body).toEqual(bodies[0]);
    }
  });

  it('validates the body: values, reasons, the 0–10 answer and comments', async () => {
    const t = await serve(h, op1, w1);
    const bad = [
      { value: 'great' },
      { value: 'satisfied', recommend: 11 },
      { value: 'satisfied', recommend: 7.5 },
      { value: 'satisfied', reasons: ['fast', 'fast'] },
      { value: 'satisfied', reasons: ['bribe'] },
      { value: 'satisfied', reasons: ['fast', 'polite', 'helpful', 'wait_long', 'rude', 'unclear'] },
      { value: 'satisfied', comment: 'x'.repeat(501) },
      { value: 'satisfied', comment: 'abc\u202edef' },
      { value: 'satisfied', comment: 'bell\u0007' },
      { value: 'satisfied', extra: 1 },
    ];
    for (const body of bad) {
      const r = await rateWeb(t.publicCode, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION');
    }
    expect(row(t.id)).toBeUndefined();
    // a four-level value counts whatever the scale is now: excellent is «задоволений»
    expect((await rateWeb(t.publicCode, { value: 'good', recommend: 0 })).status).toBe(201);
    expect(row(t.id)).toMatchObject({ value: 'good', satisfied: 1, recommend: 0 });
  });
});

describe('the rating terminal with a scanner', () => {
  it('takes the full address of the QR code or the bare code, and shows the number first', async () => {
    const a = await serve(h, op1, w1);
    const b = await serve(h, op1, w1);
    const look = await h.http('POST', '/api/rating/lookup', { token: terminal.token, body: { code: `http://localhost:3000/t/${a.publicCode}` } });
    expect(look.status).toBe(200);
    expect(look.body).toMatchObject({ number: a.number, canRate: true, alreadyRated: false });
    expect(look.body.serviceName.uk).toBeTruthy();
    const r1 = await h.http('POST', '/api/rating/scan', { token: terminal.token, body: { code: `http://localhost:3000/t/${a.publicCode}`, value: 'excellent' } });
    expect(r1.status).toBe(201);
    const r2 = await h.http('POST', '/api/rating/scan', { token: terminal.token, body: { code: ` ${b.publicCode}\n`, value: 'bad', reasons: ['not_solved'] } });
    expect(r2.status).toBe(201);
    expect(row(a.id)).toMatchObject({ channel: 'terminal', device_id: terminal.id, value: 'excellent', satisfied: 1, window_id: w1.id });
    expect(row(b.id)).toMatchObject({ channel: 'terminal', device_id: terminal.id, value: 'bad', satisfied: 0 });
    expect((await h.http('POST', '/api/rating/lookup', { token: terminal.token, body: { code: a.publicCode } })).body).toMatchObject({ canRate: false, alreadyRated: true });
  });

  it('only rating terminals and displays may rate for others', async () => {
    const t = await serve(h, op1, w1);
    expect((await h.http('POST', '/api/rating/scan', { token: KIOSK, body: { code: t.publicCode, value: 'satisfied' } })).status).toBe(403);
    expect((await h.http('POST', '/api/rating/scan', { cookie: op1, body: { code: t.publicCode, value: 'satisfied' } })).status).toBe(403);
    expect((await h.http('POST', '/api/rating/scan', { body: { code: t.publicCode, value: 'satisfied' } })).status).toBe(401);
    expect(row(t.id)).toBeUndefined();
  });
});

describe('at the window: a terminal without scanner, the small display', () => {
  it('rates the ticket most recently finished at that window, within 5 minutes, once', async () => {
    const older = await serve(h, op1, w1);
    clock.advance(60_000);
    const latest = await serve(h, op1, w1);
    const target = await h.http('GET', `/api/windows/${w1.id}/rating-target`, { token: terminal.token });
    expect(target.body).toEqual({ ticket: { number: latest.number, finishedAt: clock.now().toISOString() }, scale: 'binary' });
    const r = await h.http('POST', `/api/windows/${w1.id}/rating`, { token: terminal.token, body: { value: 'satisfied' } });
    expect(r.status).toBe(201);
    expect(row(latest.id)).toMatchObject({ channel: 'terminal_window', device_id: terminal.id, window_id: w1.id });
    expect(row(older.id)).toBeUndefined();
    // rated: nothing left to rate at this window
    expect((await h.http('GET', `/api/windows/${w1.id}/rating-target`, { token: terminal.token })).body).toEqual({ ticket: null, scale: 'binary' });
    const again = await h.http('POST', `/api/windows/${w1.id}/rating`, { token: terminal.token, body: { value: 'dissatisfied' } });
    expect(again.status).toBe(409);
    expect(again.body.error).toEqual({ code: 'RATING_NOT_ALLOWED', message: 'Немає талону для оцінювання' });
    expect(row(older.id)).toBeUndefined();
  });

  it('refuses after 5 minutes; a display rates as window_display', async () => {
    const t = await serve(h, op1, w1);
    clock.advance(5 * 60_000 + 1000);
    const late = await h.http('POST', `/api/windows/${w1.id}/rating`, { token: DISPLAY, body: { value: 'satisfied' } });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe('Немає талону для оцінювання');
    expect(row(t.id)).toBeUndefined();
    const fresh = await serve(h, op1, w1);
    clock.advance(4 * 60_000);
    expect((await h.http('POST', `/api/windows/${w1.id}/rating`, { token: DISPLAY, body: { value: 'dissatisfied', reasons: ['wait_long'] } })).status).toBe(201);
    expect(row(fresh.id)).toMatchObject({ channel: 'window_display', value: 'dissatisfied', satisfied: 0 });
  });

  it('a window still serving has nothing to rate; a window of another office is not found', async () => {
    await serve(h, op1, w3, { finish: false });
    clock.advance(10 * 60_000);
    expect((await h.http('GET', `/api/windows/${w3.id}/rating-target`, { token: terminal.token })).body).toEqual({ ticket: null, scale: 'binary' });
    expect((await h.http('POST', `/api/windows/${w3.id}/rating`, { token: terminal.token, body: { value: 'satisfied' } })).status).toBe(409);
    expect((await h.http('GET', '/api/windows/99999/rating-target', { token: terminal.token })).status).toBe(404);
    expect((await h.http('POST', `/api/windows/${w3.id}/rating`, { token: KIOSK, body: { value: 'satisfied' } })).status).toBe(403);
  });
});

describe('settings', () => {
  it('operators read, only admins change; defaults until changed', async () => {
    const got = await h.http('GET', '/api/branches/1/rating-settings', { cookie: op1 });
    expect(got.body).toEqual({ scale: 'binary', askRecommend: false, windowMinutes: null, reasons: true });
    expect((await h.http('GET', '/api/branches/1/rating-settings', { token: terminal.token })).status).toBe(200);
    expect((await h.http('PUT', '/api/branches/1/rating-settings', { cookie: op1, body: { scale: 'four' } })).status).toBe(403);
    const sup = await h.login('supervisor', PASSWORDS.supervisor!);
    expect((await h.http('PUT', '/api/branches/1/rating-settings', { cookie: sup, body: { scale: 'four' } })).status).toBe(403);
    expect((await h.http('PUT', '/api/branches/1/rating-settings', { cookie: admin, body: { scale: 'five' } })).status).toBe(400);
    expect((await h.http('PUT', '/api/branches/1/rating-settings', { cookie: admin, body: { windowMinutes: 0 } })).status).toBe(400);
    expect((await h.http('GET', '/api/branches/1/rating-settings')).status).toBe(401);
  });
});
