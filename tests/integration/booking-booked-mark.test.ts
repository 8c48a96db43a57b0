// A booked visitor checked in on time is called first at the booked time, so a count of the
// ordinary queue would be false for them: the check-in answer, the paper (decoded from the bytes
// the printer got), the ticket page and the operator's «Хто наступний» list all carry the time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePrinter, type FakePrinter } from '@cherha/printer/testing';
import { KIOSK, PASSWORDS, key, startHarness, TestClock, type Harness } from '../src/harness';
import { tcpPrinter } from '../src/fake-printer-kiosk';

// 09:00 in Kyiv (UTC+2 in December)
const START = '2026-12-01T07:00:00.000Z';
const cp1251 = new TextDecoder('windows-1251');

let h: Harness;
let fake: FakePrinter;
let clock: TestClock;
let admin: string;
let operator: string;
let serviceId: number;

const printedText = (from: number) => cp1251.decode(Buffer.concat(fake.jobs.slice(from).map((j) => j.payload))).replace(/\s+/g, ' ');
const waitFor = async (cond: () => boolean) => {
  for (let t = 0; t < 20_000 && !cond(); t += 20) await new Promise((r) => setTimeout(r, 20));
  expect(cond()).toBe(true);
};
const kioskId = () => h.cherha.services.repos.devices.list(1).find((d) => d.kind === 'kiosk')!.id;

async function bookAt(time: string): Promise<string> {
  const day = await h.http('GET', `/api/public/booking/services/${serviceId}/availability`);
  const slot = (day.body.slots as { startsAt: string; time: string }[]).find((x) => x.time === time)!;
  const r = await h.http('POST', '/api/public/bookings', { body: { serviceId, startsAt: slot.startsAt, name: 'Олена Петренко' } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.code as string;
}

beforeAll(async () => {
  clock = new TestClock(Date.parse(START));
  h = await startHarness({ clock, config: { dayCheckSeconds: 86_400 } });
  admin = await h.login('admin', PASSWORDS.admin!);
  operator = await h.login('operator1', PASSWORDS.operator1!);
  const windows = await h.http('GET', '/api/branches/1/windows', { cookie: admin });
  const w1 = (windows.body as { id: number; services: { serviceId: number; level: number }[] }[]).find((w) => w.id === 1)!;
  serviceId = w1.services.find((s) => s.level === 1)!.serviceId;
  const settings = await h.http('GET', '/api/branches/1/booking-settings', { cookie: admin });
  const put = await h.http('PUT', '/api/branches/1/booking-settings', { cookie: admin, body: { ...settings.body, services: [{ serviceId, sharePercent: 100 }] } });
  expect(put.status, JSON.stringify(put.body)).toBe(200);
  fake = await startFakePrinter();
  const printer = tcpPrinter(fake.port);
  expect((await h.http('PUT', `/api/devices/${kioskId()}/printer`, { cookie: admin, body: { printer } })).status).toBe(200);
});
afterAll(async () => {
  await h.close();
  await fake.close();
});

describe('a booked ticket is marked with its time everywhere, not told a count', () => {
  it('check-in answer, paper, ticket page and the window queue say «Запис на 10:00 — вас запросять першим о 10:00»', async () => {
    const code = await bookAt('10:00');
    // three visitors take ordinary tickets first: the ordinary count would be 3
    const early: { id: number; publicCode: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });
      expect(r.status).toBe(201);
      early.push(r.body.ticket as { id: number; publicCode: string });
    }
    await waitFor(() => fake.jobs.length >= 3);
    expect(printedText(0)).toContain('Перед вами у черзі: 2');

    clock.set('2026-12-01T07:57:00.000Z'); // 09:57, three minutes before the booked time
    const from = fake.jobs.length;
    const checkIn = await h.http('POST', '/api/bookings/check-in', { token: KIOSK, body: { code } });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(201);
    expect(checkIn.body).toMatchObject({ kind: 'booked', time: '10:00', bookedFor: '10:00', print: { status: 'queued' } });

    // the paper: the time, not «Перед вами у черзі: 3 / Орієнтовне очікування»
    await waitFor(() => fake.jobs.length > from);
    const paper = printedText(from);
    expect(paper).toContain(checkIn.body.ticket.number);
    expect(paper).toContain('Запис на 10:00 — вас запросять першим о 10:00');
    expect(paper).not.toContain('Перед вами');
    expect(paper).not.toContain('Орієнтовне очікування');

    // the ticket page (its QR): the time; an ordinary ticket has no mark
    const page = await h.http('GET', `/api/public/tickets/${checkIn.body.ticket.publicCode}`);
    expect(page.status).toBe(200);
    expect(page.body.bookedFor).toBe('10:00');
    const ordinary = await h.http('GET', `/api/public/tickets/${early[0]!.publicCode}`);
    expect(ordinary.body.bookedFor).toBeUndefined();

    // the operator's «Хто наступний» list and snapshot mark it
    const queue = await h.http('GET', '/api/windows/1/queue', { cookie: operator });
    expect(queue.status).toBe(200);
    const rows = queue.body.tickets as { id: number; bookedFor?: string }[];
    expect(rows.find((t) => t.id === checkIn.body.ticket.id)?.bookedFor).toBe('10:00');
    expect(rows.find((t) => t.id === early[0]!.id)?.bookedFor).toBeUndefined();
    const snapshot = await h.http('GET', '/api/branches/1/snapshot', { cookie: operator });
    expect(snapshot.status).toBe(200);
    expect((snapshot.body.queue as { id: number; bookedFor?: string }[]).find((t) => t.id === checkIn.body.ticket.id)?.bookedFor).toBe('10:00');

    // called: the mark is gone from the page (it says where to go instead)
    clock.set('2026-12-01T08:00:00.000Z');
    const call = await h.http('POST', '/api/windows/1/call-next', { cookie: operator, body: {} });
    expect(call.body.ticket.id).toBe(checkIn.body.ticket.id);
    const after = await h.http('GET', `/api/public/tickets/${checkIn.body.ticket.publicCode}`);
    expect(after.body.status).toBe('called');
    expect(after.body.bookedFor).toBeUndefined();
  });

  it('a late check-in joins the ordinary queue: no mark, the count and the estimate are printed', async () => {
    const code = await bookAt('11:00');
    clock.set('2026-12-01T09:11:00.000Z'); // 11:11: the check-in time is over
    const from = fake.jobs.length;
    const r = await h.http('POST', '/api/bookings/check-in', { token: KIOSK, body: { code } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.kind).toBe('late');
    expect(r.body.bookedFor).toBeUndefined();
    await waitFor(() => fake.jobs.length > from);
    expect(printedText(from)).toContain('Перед вами');
    expect(printedText(from)).not.toContain('Запис на');
  });
});
