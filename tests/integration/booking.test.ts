// Booking a time and checking in, with the real server and SQLite: book → check in at the kiosk
// → called first at its time; the last free time under 20 concurrent requests; late check-in →
// the normal queue; no-shows; retention deletes the name and contact; refusals say why.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '@cherha/server/config';
import { KIOSK, PASSWORDS, key, startHarness, TestClock, type Harness } from '../src/harness';

// 09:00 in Kyiv (UTC+2 in December)
const START = '2026-12-01T07:00:00.000Z';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

interface Setup { h: Harness; clock: TestClock; admin: string; operator: string; serviceId: number; windowId: number }

/** a harness at 09:00 with the first service of window 1 open for booking at `share` % */
async function setup(share = 100, config: { bookingsPerAddressPerDay?: number } = {}): Promise<Setup> {
  const clock = new TestClock(Date.parse(START));
  h = await startHarness({ clock, config: { dayCheckSeconds: 86_400, ...config } });
  const admin = await h.login('admin', PASSWORDS.admin!);
  const operator = await h.login('operator1', PASSWORDS.operator1!);
  const windows = await h.http('GET', '/api/branches/1/windows', { cookie: admin });
  const w1 = (windows.body as { id: number; services: { serviceId: number; level: number }[] }[]).find((w) => w.id === 1)!;
  const serviceId = w1.services.find((s) => s.level === 1)!.serviceId;
  const settings = await h.http('GET', '/api/branches/1/booking-settings', { cookie: admin });
  expect(settings.status).toBe(200);
  const put = await h.http('PUT', '/api/branches/1/booking-settings', { cookie: admin, body: { ...settings.body, services: [{ serviceId, sharePercent: share }] } });
  expect(put.status, JSON.stringify(put.body)).toBe(200);
  return { h, clock, admin, operator, serviceId, windowId: 1 };
}

async function freeSlots(s: Setup, date?: string) {
  const r = await s.h.http('GET', `/api/public/booking/services/${s.serviceId}/availability${date ? `?date=${date}` : ''}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as { date: string; days: { date: string; free: number }[]; slots: { startsAt: string; time: string; free: number }[] };
}

async function book(s: Setup, startsAt: string, extra: Record<string, unknown> = {}) {
  return s.h.http('POST', '/api/public/bookings', { body: { serviceId: s.serviceId, startsAt, name: 'Олена Петренко', ...extra } });
}

async function issue(s: Setup): Promise<{ id: number; number: string; publicCode: string }> {
  const r = await s.h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: s.serviceId, idempotencyKey: key() } });
  expect(r.status).toBe(201);
  return r.body.ticket;
}

describe('booking and check-in', () => {
  it('book → check in at the kiosk → called first at its time, before people who came earlier', async () => {
    const s = await setup();
    const day = await freeSlots(s);
    expect(day.date).toBe('2026-12-01');
    const slot = day.slots.find((x) => x.time === '10:00')!;
    expect(slot).toBeDefined();
    const booked = await book(s, slot.startsAt, { phone: '067 123 45 67', email: 'olena@example.com', consent: true });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const code = booked.body.code as string;
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // the public view never carries the name or the contact in full
    expect(booked.body.nameMasked).toBe('Олена П.');
    expect(JSON.stringify(booked.body)).not.toContain('Петренко');
    expect(JSON.stringify(booked.body)).not.toContain('1234567');
    expect(JSON.stringify(booked.body)).not.toContain('olena@');
    const again = await s.h.http('GET', `/api/public/bookings/${code.toLowerCase()}`);
    expect(again.status).toBe(200);
    expect(again.body.time).toBe('10:00');

    // three visitors take ordinary tickets before the booked one arrives
    const early = [await issue(s), await issue(s), await issue(s)];
    s.clock.set('2026-12-01T07:50:00.000Z'); // 09:50, ten minutes before the booked time
    const link = `http://localhost:3000/book/?code=${code.replace('-', '')}`;
    const checkIn = await s.h.http('POST', '/api/bookings/check-in', { token: KIOSK, body: { code: link } });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(201);
    expect(checkIn.body.kind).toBe('booked');
    const ticket = checkIn.body.ticket as { id: number; number: string };
    // scanning twice gives the same ticket, not a second one
    const twice = await s.h.http('POST', '/api/bookings/check-in', { token: KIOSK, body: { code } });
    expect(twice.status).toBe(200);
    expect(twice.body.ticket.id).toBe(ticket.id);

    // before 10:00 the queue goes as usual: the first ordinary visitor
    const call1 = await s.h.http('POST', `/api/windows/${s.windowId}/call-next`, { cookie: s.operator, body: {} });
    expect(call1.status, JSON.stringify(call1.body)).toBe(200);
    expect(call1.body.ticket.id).toBe(early[0]!.id);
    await s.h.http('POST', `/api/tickets/${early[0]!.id}/start`, { cookie: s.operator, body: {} });
    await s.h.http('POST', `/api/tickets/${early[0]!.id}/finish`, { cookie: s.operator, body: {} });
    // at 10:00 the booked visitor is next, before the two who came earlier
    s.clock.set('2026-12-01T08:00:00.000Z');
    const order = await s.h.http('GET', `/api/windows/${s.windowId}/queue`, { cookie: s.operator });
    expect(order.body.tickets[0].id).toBe(ticket.id);
    // the ticket page of the visitor who came earlier counts the booked one ahead of them (the same call order)
    const page = await s.h.http('GET', `/api/public/tickets/${early[1]!.publicCode}`);
    expect(page.body.peopleAhead).toBe(1);
    const call2 = await s.h.http('POST', `/api/windows/${s.windowId}/call-next`, { cookie: s.operator, body: {} });
    expect(call2.body.ticket.id).toBe(ticket.id);

    // staff see it checked in, with the ticket number and the full name
    const list = await s.h.http('GET', '/api/branches/1/bookings', { cookie: s.operator });
    expect(list.status).toBe(200);
    const row = list.body.bookings.find((b: { code: string }) => b.code === code);
    expect(row).toMatchObject({ status: 'checked_in', ticketNumber: ticket.number, name: 'Олена Петренко', phone: '+380671234567', late: false });
    expect(list.body.counts.checked_in).toBe(1);
  });

  it('20 concurrent requests for the last free place of a time: exactly one is booked', async () => {
    const s = await setup();
    const slot = (await freeSlots(s)).slots[3]!;
    // staff fill the time up to its last place
    for (let i = 1; i < slot.free; i++) {
      const r = await s.h.http('POST', '/api/branches/1/bookings', { cookie: s.operator, body: { serviceId: s.serviceId, startsAt: slot.startsAt, name: `Відвідувач ${i}` } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    expect((await freeSlots(s)).slots.find((x) => x.startsAt === slot.startsAt)!.free).toBe(1);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => book(s, slot.startsAt, { name: `Гість ${i}` })));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused).toHaveLength(19);
    for (const r of refused) {
      expect([409, 400]).toContain(r.status);
      expect(r.body.error.message).toMatch(/Оберіть/);
    }
    const live = s.h.cherha.services.repos.db
      .prepare("SELECT count(*) AS n FROM bookings WHERE starts_at = ? AND status IN ('booked','checked_in')").get(slot.startsAt) as { n: number };
    expect(live.n).toBe(slot.free);
    expect((await freeSlots(s)).slots.some((x) => x.startsAt === slot.startsAt)).toBe(false);
  });

  it('a late check-in is told so and joins the normal queue; a booking nobody came for becomes a no-show', async () => {
    const s = await setup();
    const slots = (await freeSlots(s)).slots;
    const at10 = slots.find((x) => x.time === '10:00')!;
    const at11 = slots.find((x) => x.time === '11:00')!;
    const late = (await book(s, at10.startsAt)).body.code as string;
    const absent = (await book(s, at11.startsAt, { name: 'Іван Коваль' })).body.code as string;
    s.clock.set('2026-12-01T08:11:00.000Z'); // 10:11, one minute after the check-in time
    const before = await issue(s);
    const r = await s.h.http('POST', '/api/bookings/check-in', { token: KIOSK, body: { code: late } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.kind).toBe('late');
    const order = await s.h.http('GET', `/api/windows/${s.windowId}/queue`, { cookie: s.operator });
    const ids = (order.body.tickets as { id: number }[]).map((t) => t.id);
    expect(ids.indexOf(before.id)).toBeLessThan(ids.indexOf(r.body.ticket.id));

    s.clock.set('2026-12-01T09:11:00.000Z'); // 11:11: the 11:00 check-in time is over
    expect(s.h.cherha.services.booking.tick().noShows).toBe(1);
    expect((await s.h.http('GET', `/api/public/bookings/${absent}`)).body.status).toBe('no_show');
    const list = await s.h.http('GET', '/api/branches/1/bookings', { cookie: s.operator });
    expect(list.body.counts).toMatchObject({ no_show: 1, checked_in: 1 });
  });

  it('retention deletes the name and contact after the set number of days, and keeps the count', async () => {
    const s = await setup();
    const slot = (await freeSlots(s)).slots[0]!;
    const code = (await book(s, slot.startsAt, { phone: '+380501112233', consent: true })).body.code as string;
    s.clock.set('2026-12-30T07:00:00.000Z'); // 29 days later: still kept
    s.h.cherha.services.booking.tick();
    const row = () => s.h.cherha.services.repos.db.prepare('SELECT name, phone, email, status FROM bookings WHERE code = ?').get(code.replace('-', '')) as Record<string, unknown>;
    expect(row()).toMatchObject({ name: 'Олена Петренко', phone: '+380501112233' });
    s.clock.set('2027-01-01T07:00:00.000Z'); // 31 days after the visit
    expect(s.h.cherha.services.booking.tick().forgotten).toBe(1);
    expect(row()).toEqual({ name: null, phone: null, email: null, status: 'no_show' });
    const view = await s.h.http('GET', `/api/public/bookings/${code}`);
    expect(view.body.contactMasked).toBeNull();
    // (a month later the morning's session is long over)
    const operator = await s.h.login('operator1', PASSWORDS.operator1!);
    const list = await s.h.http('GET', '/api/branches/1/bookings?date=2026-12-01', { cookie: operator });
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.bookings[0]).toMatchObject({ name: null, phone: null, status: 'no_show' });
  });

  it('says why for every refusal: too early, another day, cancelled, taken time, contact limit, consent, not bookable', async () => {
    const s = await setup();
    const days = await freeSlots(s);
    const slot = days.slots.find((x) => x.time === '12:00')!;
    const code = (await book(s, slot.startsAt, { phone: '0671112233', consent: true })).body.code as string;
    const early = await s.h.http('POST', '/api/bookings/check-in', { token: KIOSK, body: { code } });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('Ваш запис — на 12:00. Зареєструватися можна з 11:45.');

    const tomorrow = await freeSlots(s, '2026-12-02');
    const next = (await book(s, tomorrow.slots[0]!.startsAt, { name: 'Марія Ткач' })).body.code as string;
    const wrongDay = await s.h.http('POST', '/api/bookings/check-in', { token: KIOSK, body: { code: next } });
    expect(wrongDay.body.error.message).toMatch(/^Ваш запис — на 02\.12\.2026 о /);

    // moved and cancelled by code
    const other = days.slots.find((x) => x.time === '13:00')!;
    const moved = await s.h.http('POST', `/api/public/bookings/${next}/move`, { body: { startsAt: other.startsAt } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.time).toBe('13:00');
    const cancelled = await s.h.http('POST', `/api/public/bookings/${next}/cancel`, {});
    expect(cancelled.body.status).toBe('cancelled');
    const afterCancel = await s.h.http('POST', '/api/bookings/check-in', { token: KIOSK, body: { code: next } });
    expect(afterCancel.body.error.message).toMatch(/скасовано/);

    // a time not in the list, the contact limit (2 a day), consent
    const bogus = await book(s, '2026-12-01T08:07:00.000Z');
    expect(bogus.status).toBe(400);
    expect(bogus.body.error.message).toMatch(/Оберіть час/);
    expect((await book(s, days.slots[1]!.startsAt, { phone: '+380671112233', consent: true })).status).toBe(201);
    const third = await book(s, days.slots[2]!.startsAt, { phone: '067-111-22-33', consent: true });
    expect(third.status).toBe(429);
    expect(third.body.error.message).toMatch(/не більше 2 записів/);
    // nor by moving a booking of another day onto this one
    const otherDay = (await book(s, tomorrow.slots[1]!.startsAt, { phone: '+380671112233', consent: true })).body.code as string;
    const movedOnto = await s.h.http('POST', `/api/public/bookings/${otherDay}/move`, { body: { startsAt: days.slots[2]!.startsAt } });
    expect(movedOnto.status).toBe(429);
    expect((await s.h.http('GET', `/api/public/bookings/${otherDay}`)).body.date).toBe('2026-12-02');
    const noConsent = await book(s, days.slots[2]!.startsAt, { email: 'a@b.ua' });
    expect(noConsent.status).toBe(400);
    expect(JSON.stringify(noConsent.body)).toMatch(/погодьтеся/);
    const unknown = await s.h.http('GET', '/api/public/bookings/ABCD-EFGH');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('Запис із таким кодом не знайдено');
    const closed = await s.h.http('GET', `/api/public/booking/services/${s.serviceId + 1}/availability`);
    expect(closed.status).toBe(409);
    expect(closed.body.error.message).toMatch(/не можна записатися онлайн/);
  });

  it('with EQUEUE_BOOKINGS_PER_ADDRESS_PER_DAY=10 one address may book 10 times a day: the 11th is refused and nothing is stored', async () => {
    const s = await setup(100, { bookingsPerAddressPerDay: 10 });
    const slots = (await freeSlots(s)).slots;
    for (let i = 0; i < 10; i++) expect((await book(s, slots[i]!.startsAt, { name: `Гість ${i}` })).status).toBe(201);
    const eleventh = await book(s, slots[10]!.startsAt, { name: 'Гість 10' });
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.error.message).toMatch(/забагато записів/);
    expect(s.h.cherha.services.repos.db.prepare('SELECT count(*) AS n FROM bookings').get()).toEqual({ n: 10 });
    // staff booking by phone is not limited by the address
    expect((await s.h.http('POST', '/api/branches/1/bookings', { cookie: s.operator, body: { serviceId: s.serviceId, startsAt: slots[10]!.startsAt, name: 'Гість 10' } })).status).toBe(201);
  });

  it('the limit per address is 20 by default and 0 switches it off (a whole office behind one NAT)', async () => {
    expect(loadConfig({}).bookingsPerAddressPerDay).toBe(20);
    expect(loadConfig({ EQUEUE_BOOKINGS_PER_ADDRESS_PER_DAY: '0' }).bookingsPerAddressPerDay).toBe(0);
    expect(() => loadConfig({ EQUEUE_BOOKINGS_PER_ADDRESS_PER_DAY: '-1' })).toThrow(/EQUEUE_BOOKINGS_PER_ADDRESS_PER_DAY/);
    const s = await setup(100, { bookingsPerAddressPerDay: 0 });
    const slots = (await freeSlots(s)).slots;
    expect(slots.length).toBeGreaterThan(12);
    for (let i = 0; i < 12; i++) expect((await book(s, slots[i]!.startsAt, { name: `Гість ${i}` })).status).toBe(201);
    expect(s.h.cherha.services.repos.db.prepare('SELECT count(*) AS n FROM bookings').get()).toEqual({ n: 12 });
  });

  it('staff check a visitor in by the code; a kiosk of another office does not find the booking', async () => {
    const s = await setup();
    const slot = (await freeSlots(s)).slots.find((x) => x.time === '09:30')!;
    const code = (await book(s, slot.startsAt)).body.code as string;
    const b2 = await s.h.http('POST', '/api/branches', { cookie: s.admin, body: { name: { uk: 'Інший ЦНАП', en: 'Other ASC' } } });
    const device = await s.h.http('POST', `/api/branches/${b2.body.id}/devices`, { cookie: s.admin, body: { kind: 'kiosk', name: 'Чужий термінал' } });
    const paired = await s.h.http('POST', '/api/devices/pair', { body: { code: device.body.pairingCode } });
    const stranger = await s.h.http('POST', '/api/bookings/check-in', { token: paired.body.token, body: { code } });
    expect(stranger.status).toBe(404);
    s.clock.set('2026-12-01T07:25:00.000Z'); // 09:25
    const byStaff = await s.h.http('POST', '/api/bookings/check-in', { cookie: s.operator, body: { code } });
    expect(byStaff.status, JSON.stringify(byStaff.body)).toBe(201);
    expect(byStaff.body).toMatchObject({ kind: 'booked', time: '09:30', print: { status: 'none' } });
  });

  it('gives the booking as a calendar file and a QR code, and lists only bookable services', async () => {
    const s = await setup(50);
    const offices = await s.h.http('GET', '/api/public/booking/offices');
    expect(offices.body).toHaveLength(1);
    expect(offices.body[0].services.map((x: { id: number }) => x.id)).toEqual([s.serviceId]);
    const slot = (await freeSlots(s)).slots[0]!;
    const code = (await book(s, slot.startsAt)).body.code as string;
    const res = await fetch(`${s.h.base}/api/public/bookings/${code}/calendar.ics`);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const ics = await res.text();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`DTSTART:${slot.startsAt.replace(/[-:]/g, '').replace('.000', '')}`);
    expect(ics).not.toContain('Петренко');
    const qr = await fetch(`${s.h.base}/api/public/bookings/${code}/qr.png`);
    expect(qr.headers.get('content-type')).toBe('image/png');
    // what a scanner reads off it is the booking page's link with the code (zbarimg, as the printer tests)
    const file = join(s.h.dir, 'qr.png');
    writeFileSync(file, Buffer.from(await qr.arrayBuffer()));
    const read = execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' }).trim();
    expect(read).toBe(`http://localhost:3000/book/?code=${code.replace('-', '')}`);
  });
});
