// Printing in the server: committed first, printed after. A real TCP fake printer, the
// virtual printer of the demo, and the print agent against the real server.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent, createPrinter } from '@cherha/printer';
import { startFakePrinter, type FakePrinter } from '@cherha/printer/testing';
import { KIOSK, key, startHarness, type Harness } from '../src/harness';
import { tcpPrinter } from '../src/fake-printer-kiosk';

let h: Harness;
let admin: string;
let fake: FakePrinter;
const KIOSK_ID = () => h.cherha.services.repos.devices.list(1).find((d) => d.kind === 'kiosk')!.id;
const cp1251 = new TextDecoder('windows-1251');
const waitFor = async (cond: () => boolean, ms = 10_000) => {
  for (let t = 0; t < ms && !cond(); t += 20) await new Promise((r) => setTimeout(r, 20));
  expect(cond()).toBe(true);
};

beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', 'admin12345');
  fake = await startFakePrinter();
});
afterAll(async () => {
  await fake.close();
  await h.close();
});

const issue = () => h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
const jobsOf = (ticketId: number) => h.cherha.services.repos.printJobs.ofTicket(ticketId);

describe('the demo kiosk prints on the virtual printer', () => {
  it('saves a PNG preview of the ticket under the data folder', async () => {
    const r = await issue();
    expect(r.body.print).toEqual({ status: 'queued', message: null });
    await waitFor(() => jobsOf(r.body.ticket.id)[0]?.status === 'printed');
    const dir = join(h.dir, 'printed');
    expect(existsSync(dir)).toBe(true);
    expect(readdirSync(dir).some((f) => f.endsWith('.png') && f.includes(r.body.ticket.number))).toBe(true);
  });
});

describe('a kiosk whose TCP printer the server drives', () => {
  beforeAll(async () => {
    const put = await h.http('PUT', `/api/devices/${KIOSK_ID()}/printer`, {
      cookie: admin, body: { printer: tcpPrinter(fake.port, { settleMs: 50 }) },
    });
    expect(put.status).toBe(200);
  });

  it('rejects a printer config a kiosk cannot use, with a clear message', async () => {
    const bad = await h.http('PUT', `/api/devices/${KIOSK_ID()}/printer`, { cookie: admin, body: { printer: { transport: 'tcp', profile: 'epson-cp1251', paperWidth: 80 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('host');
  });

  it('prints the committed ticket: Ukrainian text in CP1251 reaches the printer', async () => {
    const before = fake.jobs.length;
    const r = await issue();
    expect(r.body.print.status).toBe('queued');
    await waitFor(() => jobsOf(r.body.ticket.id)[0]?.status === 'printed');
    const text = cp1251.decode(Buffer.concat(fake.jobs.slice(before).map((j) => j.payload)));
    expect(text).toContain(r.body.ticket.number);
    expect(text).toContain('ЦНАП (демо)');
  });

  it('paper out before the ticket: nothing sent, the kiosk is told at once, staff get an alert, the ticket exists', async () => {
    const cookie = await h.login('supervisor', 'super12345');
    const { sock } = await h.socket({}, cookie);
    const alerts: { kind: string; message: string; ticketId?: number }[] = [];
    sock.on('device:alert', (a) => alerts.push(a));
    fake.setState('paper_out');
    const before = fake.jobs.length;
    const r = await issue();
    expect(r.status).toBe(201);
    expect(r.body.print.status).toBe('unavailable');
    expect(r.body.print.message).toContain('папір');
    await waitFor(() => alerts.some((a) => a.kind === 'print_failed'));
    expect(alerts.find((a) => a.kind === 'print_failed')).toMatchObject({ ticketId: r.body.ticket.id, ticketNumber: r.body.ticket.number });
    expect(alerts.find((a) => a.kind === 'printer')?.message).toContain('папір');
    const sent = fake.jobs.slice(before);
    expect(sent.every((j) => !cp1251.decode(j.payload).includes(r.body.ticket.number))).toBe(true);
    expect(h.cherha.services.repos.tickets.get(r.body.ticket.id)!.status).toBe('waiting');
    const printers = await h.http('GET', '/api/branches/1/printers', { cookie });
    expect(printers.body.find((p: { deviceId: number }) => p.deviceId === KIOSK_ID()).state).toBe('paper_out');
    fake.setState('ok');
  });

  it('paper runs out mid-ticket: the print is uncertain, staff reprint it', async () => {
    const cookie = await h.login('operator1', 'operator123');
    fake.setState('runs_out_mid_job');
    const r = await issue();
    expect(r.body.print.status).toBe('queued');
    await waitFor(() => jobsOf(r.body.ticket.id)[0]?.status === 'uncertain');
    fake.setState('ok');
    const before = fake.jobs.length;
    const again = await h.http('POST', `/api/tickets/${r.body.ticket.id}/reprint`, { cookie });
    expect(again.body.print.status).toBe('queued');
    await waitFor(() => jobsOf(r.body.ticket.id)[1]?.status === 'printed');
    expect(cp1251.decode(Buffer.concat(fake.jobs.slice(before).map((j) => j.payload)))).toContain(r.body.ticket.number);
    // a retried issue request never prints a second time by itself
    expect(h.cherha.services.repos.printJobs.ofTicket(r.body.ticket.id)).toHaveLength(2);
  });

  it('a kiosk that was offline when its print failed hears of it when it reconnects', async () => {
    fake.setState('runs_out_mid_job');
    const r = await issue();
    await waitFor(() => jobsOf(r.body.ticket.id)[0]?.status === 'uncertain');
    fake.setState('ok');
    const { sock } = await h.socket({ token: KIOSK });
    const got: { kind: string; ticketId?: number }[] = [];
    sock.on('device:alert', (a) => got.push(a));
    sock.disconnect().connect();
    await waitFor(() => got.some((a) => a.ticketId === r.body.ticket.id && a.kind === 'print_uncertain'));
  });

  it('counts tickets since the roll change, and staff reset the count', async () => {
    const sup = await h.login('supervisor', 'super12345');
    const r = await issue();
    await waitFor(() => jobsOf(r.body.ticket.id)[0]?.status === 'printed');
    const view = async () => (await h.http('GET', '/api/branches/1/printers', { cookie: sup })).body.find((p: { deviceId: number }) => p.deviceId === KIOSK_ID());
    expect((await view()).ticketsSinceRollChange).toBeGreaterThan(0);
    expect((await h.http('POST', `/api/devices/${KIOSK_ID()}/roll-changed`, { cookie: sup })).body).toEqual({ ok: true });
    expect((await view()).ticketsSinceRollChange).toBe(0);
  });

  it('an admin sends a test page', async () => {
    const before = fake.jobs.length;
    const r = await h.http('POST', `/api/devices/${KIOSK_ID()}/test-page`, { cookie: admin });
    expect(r.body.outcome).toBe('printed');
    expect(cp1251.decode(Buffer.concat(fake.jobs.slice(before).map((j) => j.payload)))).toMatch(/ґ|Ґ/);
  });
});

describe('a kiosk with a print agent on its PC', () => {
  it('the agent receives the job, prints it and reports; its status reaches staff', async () => {
    const repos = h.cherha.services.repos;
    const agentDevice = repos.devices.list(1).find((d) => d.kind === 'print_agent')!;
    await h.http('PUT', `/api/devices/${KIOSK_ID()}/printer`, { cookie: admin, body: { printer: null, printAgentId: agentDevice.id } });
    // agent offline: the kiosk shows the ticket on screen
    const offline = await issue();
    expect(offline.body.print.status).toBe('unavailable');

    const agentPrinter = createPrinter({ transport: 'tcp', host: '127.0.0.1', port: fake.port, profile: 'clone-cp1251-73', paperWidth: 58, settleMs: 20, timeoutMs: 3000 });
    const agent = createAgent({ serverUrl: h.base, token: 'demo-agent-token', printer: agentPrinter, statusIntervalMs: 200, log: () => undefined, socketOptions: { transports: ['websocket'] } });
    agent.start();
    try {
      await waitFor(() => agent.connected);
      const before = fake.jobs.length;
      const r = await issue();
      expect(r.body.print.status).toBe('queued');
      await waitFor(() => jobsOf(r.body.ticket.id)[0]?.status === 'printed');
      expect(cp1251.decode(Buffer.concat(fake.jobs.slice(before).map((j) => j.payload)))).toContain(r.body.ticket.number);
      // the agent reports paper out; the next kiosk ticket goes on screen instead
      fake.setState('paper_out');
      await waitFor(() => h.cherha.services.printing.printerStates(1).some((p) => p.deviceId === agentDevice.id && p.state === 'paper_out'));
      const blocked = await issue();
      expect(blocked.body.print.status).toBe('unavailable');
      // the roll is changed at the kiosk: the agent restarts its count and reports it
      fake.setState('ok');
      expect(agentPrinter.ticketsSinceRollChange).toBeGreaterThan(0);
      const sup = await h.login('supervisor', 'super12345');
      expect((await h.http('POST', `/api/devices/${KIOSK_ID()}/roll-changed`, { cookie: sup })).status).toBe(200);
      await waitFor(() => agentPrinter.ticketsSinceRollChange === 0);
      await waitFor(() => h.cherha.services.printing.printerStates(1).some((p) => p.deviceId === agentDevice.id && p.state === 'online' && p.ticketsSinceRollChange === 0));
    } finally {
      fake.setState('ok');
      await agent.stop();
    }
  });
});
