// Online booking through the same outbox: a booking, its check-in at the kiosk, a move and a
// cancellation reach a city's receiver signed (the phone the visitor gave for reminders goes
// with them — that is what the receiver sends the SMS to); and the office load lists today's
// free booking times exactly as the booking page offers them.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK, PASSWORDS, startHarness, TestClock, type Harness } from '../src/harness';
import { WebhookReceiver } from '../src/webhook-receiver';

// 09:00 in Kyiv (UTC+2 in December)
const START = '2026-12-01T07:00:00.000Z';

describe('booking events and free times', () => {
  const rx = new WebhookReceiver();
  const clock = new TestClock(Date.parse(START));
  let h: Harness;
  let admin: string;
  let serviceId: number;
  let secret: string;
  let url: string;

  beforeAll(async () => {
    url = await rx.listen();
    h = await startHarness({ clock, config: { dayCheckSeconds: 86_400, webhookHosts: ['127.0.0.1'], loadRateLimitPerMinute: 1000 } });
    admin = await h.login('admin', PASSWORDS.admin!);
    const windows = await h.http('GET', '/api/branches/1/windows', { cookie: admin });
    const w1 = (windows.body as { id: number; services: { serviceId: number; level: number }[] }[]).find((w) => w.id === 1)!;
    serviceId = w1.services.find((s) => s.level === 1)!.serviceId;
    const settings = await h.http('GET', '/api/branches/1/booking-settings', { cookie: admin });
    expect((await h.http('PUT', '/api/branches/1/booking-settings', { cookie: admin, body: { ...settings.body, services: [{ serviceId, sharePercent: 100 }] } })).status).toBe(200);
    const hook = await h.http('POST', '/api/branches/1/webhooks', {
      cookie: admin, body: { name: 'SMS', url: `${url}/sms`, events: ['booking.created', 'booking.moved', 'booking.cancelled', 'booking.checked_in'] },
    });
    expect(hook.status, JSON.stringify(hook.body)).toBe(201);
    secret = hook.body.secret;
  });
  afterAll(async () => {
    await h.close();
    await rx.close();
  });

  const slots = async () => {
    const r = await h.http('GET', `/api/public/booking/services/${serviceId}/availability?date=2026-12-01`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.slots as { startsAt: string; time: string }[];
  };

  it('the load lists today’s free booking times as the booking page offers them', async () => {
    const load = (await h.http('GET', '/api/public/branches/1/load')).body;
    const mine = (load.freeBookingTimes as { serviceId: number; times: string[] }[]).find((x) => x.serviceId === serviceId);
    expect(mine?.times).toEqual((await slots()).map((s) => s.time));
    expect(mine!.times.length).toBeGreaterThan(0);
  });

  it('booked, moved, cancelled and checked in arrive signed, each with its own event id', async () => {
    const free = await slots();
    const ten = free.find((s) => s.time === '10:00')!;
    const booked = await h.http('POST', '/api/public/bookings', { body: { serviceId, startsAt: ten.startsAt, name: 'Олена Петренко', phone: '067 123 45 67', consent: true } });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    await rx.waitFor(1);
    const created = rx.received[0]!;
    expect(created.json).toMatchObject({ type: 'booking.created', branchId: 1, data: { serviceId, startsAt: ten.startsAt } });
    // everything a message needs, ready to print: the code, what, where, the local day and time
    const service = h.cherha.services.repos.catalog.service(serviceId)!;
    const office = h.cherha.services.repos.branches.get(1)!;
    expect(Object.keys(created.json.data).sort()).toEqual(
      ['bookingId', 'byStaff', 'code', 'date', 'email', 'language', 'officeName', 'phone', 'serviceId', 'serviceName', 'startsAt', 'time'],
    );
    expect(created.json.data).toEqual({
      bookingId: expect.any(Number), code: booked.body.code, serviceId, serviceName: service.name, officeName: office.name,
      startsAt: ten.startsAt, date: '2026-12-01', time: '10:00', byStaff: false, language: 'uk', phone: '+380671234567', email: null,
    });
    expect(JSON.stringify(created.json.data)).toMatch(/067|380|671234567/);
    // the visitor's name stays in the office
    expect(created.body).not.toContain('Петренко');
    const ts = String(created.headers['x-cherha-timestamp']);
    expect(created.headers['x-cherha-signature']).toBe(`v1=${createHmac('sha256', secret).update(`${ts}.${created.body}`).digest('hex')}`);
    expect(Number(ts)).toBe(Math.floor(clock.now().getTime() / 1000));

    const code = booked.body.code as string;
    const other = free.find((s) => s.time === '11:00')!;
    expect((await h.http('POST', `/api/public/bookings/${code}/move`, { body: { startsAt: other.startsAt } })).status).toBe(200);
    await rx.waitFor(2);
    expect(rx.received[1]!.json.type).toBe('booking.moved');

    clock.set('2026-12-01T08:50:00.000Z'); // 10:50, ten minutes before the booked time
    const checkIn = await h.http('POST', '/api/bookings/check-in', { token: KIOSK, body: { code } });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(201);
    await rx.waitFor(3);
    expect(rx.received[2]!.json).toMatchObject({ type: 'booking.checked_in', data: { ticketNumber: checkIn.body.ticket.number } });

    const second = await h.http('POST', '/api/public/bookings', { body: { serviceId, startsAt: free.find((s) => s.time === '12:00')!.startsAt, name: 'Іван Коваль' } });
    expect(second.status).toBe(201);
    expect((await h.http('POST', `/api/public/bookings/${second.body.code}/cancel`, {})).status).toBe(200);
    await rx.waitFor(5);
    expect(rx.received.slice(3).map((r) => r.json.type)).toEqual(['booking.created', 'booking.cancelled']);
    expect(rx.received[4]!.json.data).toMatchObject({ code: second.body.code, date: '2026-12-01', time: '12:00', byStaff: false, officeName: { uk: expect.any(String) } });
    // booked by staff (a visitor who phoned): the receiver is told so
    const operator = await h.login('operator1', PASSWORDS.operator1!);
    // (late in the day: the reminder test below counts the reminders due at 12:30)
    const late = free.find((s) => s.time >= '16:00')!;
    const byStaff = await h.http('POST', '/api/branches/1/bookings', { cookie: operator, body: { serviceId, startsAt: late.startsAt, name: 'Петро Шевчук' } });
    expect(byStaff.status, JSON.stringify(byStaff.body)).toBe(201);
    await rx.waitFor(6);
    expect(rx.received[5]!.json).toMatchObject({ type: 'booking.created', data: { code: byStaff.body.code, time: late.time, byStaff: true } });
    expect(new Set(rx.received.map((r) => r.json.id)).size).toBe(6);
  });

  it('a reminder goes out two hours before the booked time, once', async () => {
    const hook = await h.http('POST', '/api/branches/1/webhooks', { cookie: admin, body: { name: 'Нагадування', url: `${url}/remind`, events: ['booking.reminder'] } });
    expect(hook.status).toBe(201);
    const two = (await slots()).find((s) => s.time === '14:00')!;
    expect((await h.http('POST', '/api/public/bookings', { body: { serviceId, startsAt: two.startsAt, name: 'Марія Бойко', phone: '050 111 22 33', consent: true } })).status).toBe(201);
    const reminders = () => rx.received.filter((r) => r.path === '/remind');
    clock.set('2026-12-01T10:30:00.000Z'); // 12:30 in Kyiv, 1½ hours before
    // what the server's periodic check runs (app.ts), called at once instead of waiting for it
    h.cherha.services.booking.tick();
    h.cherha.services.booking.tick();
    await expect.poll(() => reminders().length, { timeout: 15_000 }).toBe(1);
    // the second tick found it reminded already: one message, not two
    h.cherha.services.booking.tick();
    const rows = h.cherha.services.repos.db.prepare("SELECT count(*) AS n FROM webhook_outbox WHERE type = 'booking.reminder'").get() as { n: number };
    expect(rows.n).toBe(1);
    expect(reminders()[0]!.json).toMatchObject({ type: 'booking.reminder', data: { serviceId, startsAt: two.startsAt } });
  });
});
