// Printing never makes the visitor wait, and what the paper says is true. The real server on
// port 0 drives real TCP fake printers (printer/src/testing); the bytes that reach them are
// decoded with TextDecoder (CP1251 / CP1125) and, for QR codes, zbarimg.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@cherha/contracts';
import { bitmapToPng, previewStats } from '@cherha/printer';
import { rasterFromJob, startFakePrinter, type FakePrinter } from '@cherha/printer/testing';
import { KIOSK, key, startHarness, type Harness } from '../src/harness';
import { tcpPrinter } from '../src/fake-printer-kiosk';

let h: Harness;
let admin: string;
let fake: FakePrinter;
const cp1251 = new TextDecoder('windows-1251');
const ESC = '\u001b';
const kioskId = () => h.cherha.services.repos.devices.list(1).find((d) => d.kind === 'kiosk')!.id;
const kioskName = () => h.cherha.services.repos.devices.get(kioskId())!.name;
const jobsOf = (ticketId: number) => h.cherha.services.repos.printJobs.ofTicket(ticketId);
const printedText = (from: number, decoder = cp1251) => decoder.decode(Buffer.concat(fake.jobs.slice(from).map((j) => j.payload))).replace(/\s+/g, ' ');
const waitFor = async (cond: () => boolean, ms = 20_000) => {
  for (let t = 0; t < ms && !cond(); t += 20) await new Promise((r) => setTimeout(r, 20));
  expect(cond()).toBe(true);
};
/** a service some switched-on window serves (so the kiosk issues it), optionally with none open now */
const servedService = (open: boolean) => {
  const { repos } = h.cherha.services;
  const counts = repos.windows.openCountsByService(1);
  const served = repos.catalog.services(1).filter((s) => s.active && s.dailyCap === null && repos.windows.isServed(1, s.id));
  return served.find((s) => (counts.get(s.id) ?? 0) > 0 === open)!;
};
const issue = (serviceId: number) => h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });
const setPrinter = (printer: Record<string, unknown>) => h.http('PUT', `/api/devices/${kioskId()}/printer`, { cookie: admin, body: { printer } });
const tcp = (extra: Record<string, unknown> = {}) => tcpPrinter(fake.port, extra);

beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', 'admin12345');
  fake = await startFakePrinter();
});
afterAll(async () => {
  await h.close();
  await fake.close();
});

describe('the virtual printer draws off the event loop and forgets old previews', () => {
  it('renders each preview in the worker thread and deletes previews older than the retention period', async () => {
    const dir = join(h.dir, 'printed');
    mkdirSync(dir, { recursive: true });
    // one preview from long ago (older than the default 7 days), one from yesterday
    const old = join(dir, 'old-ticket.png');
    const recent = join(dir, 'recent-ticket.png');
    writeFileSync(old, 'x');
    writeFileSync(recent, 'x');
    const day = 86_400;
    const now = Date.now() / 1000;
    utimesSync(old, now - 30 * day, now - 30 * day);
    utimesSync(recent, now - day, now - day);
    const before = { ...previewStats };
    const r = await issue(servedService(false).id);
    expect(r.body.print).toEqual({ status: 'queued', message: null });
    await waitFor(() => jobsOf(r.body.ticket.id)[0]?.status === 'printed');
    expect(previewStats.inWorker).toBe(before.inWorker + 1);
    expect(previewStats.onThisThread).toBe(before.onThisThread);
    const files = readdirSync(dir);
    expect(files.some((f) => f.includes(r.body.ticket.number))).toBe(true);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });
});

describe('a TCP printer: the answer never waits for an earlier ticket’s paper', () => {
  it('back-to-back tickets are answered and on paper before the first one’s after-check', async () => {
    // a long settle makes the order visible without timing anything: with the old wait, the
    // second ticket could not even be answered before the first one was checked
    expect((await setPrinter(tcp({ settleMs: 6000 }))).status).toBe(200);
    const service = servedService(false);
    const from = fake.jobs.length;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await issue(service.id));
    expect(answers.map((a) => a.body.print.status)).toEqual(['queued', 'queued', 'queued', 'queued']);
    const numbers = answers.map((a) => a.body.ticket.number as string);
    await waitFor(() => numbers.every((n) => printedText(from).includes(n)));
    // all four are on paper, and the first is still waiting for its check after the paper settled
    // (its row is written with its outcome)
    expect(jobsOf(answers[0]!.body.ticket.id)).toEqual([]);
    for (const a of answers) await waitFor(() => jobsOf(a.body.ticket.id)[0]?.status === 'printed');
  });

  it('paper that runs out after a job is still found and reported (uncertain), and the next ticket goes on screen', async () => {
    expect((await setPrinter(tcp({ settleMs: 200 }))).status).toBe(200);
    const service = servedService(false);
    fake.setState('runs_out_mid_job');
    const first = await issue(service.id);
    expect(first.body.print.status).toBe('queued');
    await waitFor(() => jobsOf(first.body.ticket.id)[0]?.status === 'uncertain');
    const second = await issue(service.id);
    expect(second.body.print.status).toBe('unavailable');
    expect(second.body.print.message).toContain('папір');
    fake.setState('ok');
  });
});

describe('print failures are stored with the ticket; staff list and reprint them', () => {
  it('lists the tickets shown on screen only, after the printer recovered, and a reprint takes each off the list', async () => {
    expect((await setPrinter(tcp({ settleMs: 50 }))).status).toBe(200);
    const op = await h.login('operator1', 'operator123');
    const list = async () => (await h.http('GET', '/api/branches/1/print-failures', { cookie: op })).body as {
      ticketId: number; number: string; outcome: string; shownOnScreen: boolean; printerState: string | null; kioskName: string | null; message: string | null;
    }[];
    const already = new Set((await list()).map((f) => f.ticketId));
    const service = servedService(false);
    fake.setState('paper_out');
    const a = await issue(service.id);
    const b = await issue(service.id);
    expect([a.body.print.status, b.body.print.status]).toEqual(['unavailable', 'unavailable']);
    fake.setState('ok');
    // the printer works again; the list comes from the database, not from a browser's memory
    const failed = (await list()).filter((f) => !already.has(f.ticketId));
    expect(failed.map((f) => f.number)).toEqual([a.body.ticket.number, b.body.ticket.number]);
    expect(failed[0]).toMatchObject({ outcome: 'failed', shownOnScreen: true, printerState: 'paper_out', kioskName: kioskName() });
    expect(failed[0]!.message).toContain('показано на екрані');
    // staff read it, a kiosk cannot
    expect((await h.http('GET', '/api/branches/1/print-failures', { token: KIOSK })).status).toBe(403);

    const from = fake.jobs.length;
    const again = await h.http('POST', `/api/tickets/${a.body.ticket.id}/reprint`, { cookie: op });
    expect(again.body.print.status).toBe('queued');
    await waitFor(() => jobsOf(a.body.ticket.id).at(-1)?.status === 'printed');
    expect(printedText(from)).toContain(a.body.ticket.number);
    expect((await list()).filter((f) => !already.has(f.ticketId)).map((f) => f.number)).toEqual([b.body.ticket.number]);
    // a ticket no longer open (cancelled) has no use for paper: off the list too
    expect((await h.http('POST', `/api/tickets/${b.body.ticket.id}/cancel`, { cookie: op })).status).toBe(200);
    expect((await list()).filter((f) => !already.has(f.ticketId))).toEqual([]);
  });
});

describe('a kiosk printing through its print agent', () => {
  it('agent not connected: the ticket is shown on screen and listed with the others, the agent named as the printer', async () => {
    const { repos } = h.cherha.services;
    const agent = repos.devices.list(1).find((d) => d.kind === 'print_agent')!;
    expect((await h.http('PUT', `/api/devices/${kioskId()}/printer`, { cookie: admin, body: { printer: null, printAgentId: agent.id } })).status).toBe(200);
    const r = await issue(servedService(false).id);
    expect(r.body.print.status).toBe('unavailable');
    const jobs = repos.printJobs.ofTicket(r.body.ticket.id);
    expect(jobs.map((j) => j.status)).toEqual(['failed']);
    const list = (await h.http('GET', '/api/branches/1/print-failures', { cookie: admin })).body as { ticketId: number; printerState: string; kioskId: number }[];
    expect(list.find((f) => f.ticketId === r.body.ticket.id)).toMatchObject({ printerState: 'no_answer', kioskId: kioskId() });
    expect((await setPrinter(tcp({ settleMs: 50 }))).status).toBe(200);
  });
});

describe('texts are checked against the code pages of the printers that print them', () => {
  it('a CP1125 kiosk printer refuses a «§» service name, naming the character and the printer, in Ukrainian', async () => {
    expect((await setPrinter(tcp({ profile: 'epson-cp1125', settleMs: 50 }))).status).toBe(200);
    const { repos } = h.cherha.services;
    const svc = repos.catalog.services(1).find((s) => s.active)!;
    const body = { ...svc, name: { uk: 'Довідка § 12', en: 'Certificate' } };
    const put = await h.http('PUT', `/api/services/${svc.id}`, { cookie: admin, body: serviceBody(body) });
    expect(put.status).toBe(400);
    expect(put.body.error.message).toContain('«§»');
    expect(put.body.error.message).toContain(`«${kioskName()}»`);
    expect(put.body.error.message).toContain('CP1125');
    expect(repos.catalog.service(svc.id)!.name.uk).toBe(svc.name.uk);
    // the same name is fine on a CP1251 printer
    expect((await setPrinter(tcp({ settleMs: 50 }))).status).toBe(200);
    expect((await h.http('PUT', `/api/services/${svc.id}`, { cookie: admin, body: serviceBody(body) })).status).toBe(200);
    // …and then the kiosk cannot be switched to CP1125 while a name has «§»
    const narrower = await setPrinter(tcp({ profile: 'epson-cp1125', settleMs: 50 }));
    expect(narrower.status).toBe(400);
    expect(narrower.body.error.message).toMatch(/Принтер «Демо термінал» \(кодова сторінка CP1125\) не надрукує символ «§»: Назва послуги/);
    // a raster printer draws every letter itself: no code page to fit
    expect((await setPrinter(tcp({ profile: 'raster', settleMs: 50 }))).status).toBe(200);
    expect((await h.http('PUT', `/api/services/${svc.id}`, { cookie: admin, body: serviceBody({ ...svc, name: { uk: 'Довідка № 5 § 12 ± €', en: 'Certificate' } }) })).status).toBe(200);
    expect((await h.http('PUT', `/api/services/${svc.id}`, { cookie: admin, body: serviceBody({ ...svc }) })).status).toBe(200);
  });

  it('a text that still reaches a CP1125 printer (saved before, in the database) fails with a Ukrainian alert, the ticket on screen', async () => {
    expect((await setPrinter(tcp({ profile: 'epson-cp1125', settleMs: 50 }))).status).toBe(200);
    const { repos } = h.cherha.services;
    const svc = servedService(false);
    repos.catalog.updateService(svc.id, { ...serviceBody(svc), name: { uk: 'Температура ±2 °C', en: 'Temperature' } });
    const r = await issue(svc.id);
    expect(r.body.print.status).toBe('unavailable');
    expect(r.body.print.message).toMatch(/символ «±» \(U\+00B1\) не друкується в кодовій сторінці CP1125/);
    expect(r.body.print.message).not.toMatch(/cannot|printed|code page/);
    repos.catalog.updateService(svc.id, serviceBody(svc));
  });
});

describe('the paper tells the truth', () => {
  it('no window open for the service: the ticket says so instead of «найближчим часом»; with one open, the estimate', async () => {
    expect((await setPrinter(tcp({ profile: 'epson-cp1251', settleMs: 50 }))).status).toBe(200);
    const closed = servedService(false);
    let from = fake.jobs.length;
    const r = await issue(closed.id);
    await waitFor(() => printedText(from).includes(r.body.ticket.number));
    expect(printedText(from)).toContain('Зараз жодне вікно не приймає цю послугу. Вас запросять, коли вікно відкриється.');
    expect(printedText(from)).not.toContain('найближчим часом');

    // an operator sits at a window that serves another service: that one's paper gives the estimate
    const { repos } = h.cherha.services;
    const w = repos.windows.list(1).find((x) => x.active && x.services.length > 0 && x.operatorId === null)!;
    const op = await h.login('operator3', 'operator123');
    const fromWaiting = fake.jobs.length;
    const waiting = await issue(w.services[0]!.serviceId);
    // its paper (issued while no window took the service) must be out before the next is read
    await waitFor(() => printedText(fromWaiting).includes(waiting.body.ticket.number));
    expect((await h.http('POST', `/api/windows/${w.id}/call-next`, { cookie: op })).status).toBe(200);
    const openService = w.services[0]!.serviceId;
    expect(repos.windows.openCountsByService(1).get(openService)).toBeGreaterThan(0);
    from = fake.jobs.length;
    const served = await issue(openService);
    await waitFor(() => printedText(from).includes(served.body.ticket.number));
    expect(printedText(from)).toMatch(/Орієнтовне очікування: \d+ хв|Вас запросять найближчим часом/);
    expect(printedText(from)).not.toContain('жодне вікно');
    expect(waiting.status).toBe(201);
  });

  it('the test page’s QR code is the real ticket-page address, printed as text too, with a warning when it is a loopback one', async () => {
    expect((await setPrinter(tcp({ profile: 'raster', settleMs: 50 }))).status).toBe(200);
    const from = fake.jobs.length;
    const r = await h.http('POST', `/api/devices/${kioskId()}/test-page`, { cookie: admin });
    expect(r.body.outcome).toBe('printed');
    const png = join(h.dir, 'test-page.png');
    writeFileSync(png, bitmapToPng(rasterFromJob(Buffer.concat(fake.jobs.slice(from).map((j) => j.payload)))));
    const qr = spawnSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8' }).stdout.trim();
    // the harness's EQUEUE_PUBLIC_URL
    expect(qr).toBe('http://localhost:3000/t/test-page');

    // text mode: the address and the warning are readable text on the paper
    expect((await setPrinter(tcp({ settleMs: 50 }))).status).toBe(200);
    const textFrom = fake.jobs.length;
    expect((await h.http('POST', `/api/devices/${kioskId()}/test-page`, { cookie: admin })).body.outcome).toBe('printed');
    const text = printedText(textFrom);
    // the label, then (after a bold-on command) the address as text, besides the QR code's own data
    expect(text).toContain(`Адреса в QR-коді: ${ESC}a\u0000${ESC}E\u0001http://localhost:3000/t/test-page`);
    expect(text).toContain('Увага: цю адресу відкриє лише сам сервер');
  });
});

/** the body PUT /api/services/:id takes, from a stored service */
function serviceBody(s: Service) {
  const { id: _id, branchId: _b, ...rest } = s;
  return rest;
}
