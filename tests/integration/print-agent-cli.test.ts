// The print agent as a technician runs it: `npm run print-agent -- pair <code> --server <url>`
// as a real child process, against the real server, printing over TCP to a fake network
// printer (a real socket that answers DLE EOT like an Epson). The code comes from the kiosk's
// own «new print agent» step, so pairing alone switches the kiosk to the agent; the admin's
// test page reaches the printer through the agent's socket.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePrinter, type FakePrinter } from '@cherha/printer/testing';
import { KIOSK, key, startHarness, type Harness } from '../src/harness';
import { ROOT } from '../src/spawned';

let h: Harness;
let admin: string;
let fake: FakePrinter;
let home: string;
const agents: ChildProcess[] = [];
const cp1251 = new TextDecoder('windows-1251');
const KIOSK_ID = () => h.cherha.services.repos.devices.list(1).find((d) => d.kind === 'kiosk' && d.isDemo)!.id;

async function waitFor(what: string, cond: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  for (let t = 0; t < ms; t += 100) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

/** `npm run print-agent -- <args>` with HOME pointing at a fresh folder: the per-user state lands there */
function runAgent(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home };
  delete env.CHERHA_STATE_DIR;
  delete env.CHERHA_SERVER_URL;
  // its own process group: stopping it stops npm and the node process under it
  const child = spawn('npm', ['run', 'print-agent', '--', ...args], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  agents.push(child);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

async function stopAgent(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid!, 'SIGTERM');
  await gone;
}

const agentOnline = async (): Promise<boolean> => {
  const r = await h.http('GET', '/api/branches/1/printers', { cookie: admin });
  return r.body.find((p: { deviceId: number }) => p.deviceId === KIOSK_ID())?.agentOnline === true;
};

const payloadText = (from: number) => cp1251.decode(Buffer.concat(fake.jobs.slice(from).map((j) => j.payload)));

beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', 'admin12345');
  fake = await startFakePrinter();
  home = mkdtempSync(join(tmpdir(), 'cherha-agent-home-'));
});
afterAll(async () => {
  for (const c of agents) await stopAgent(c);
  await fake?.close();
  await h?.close();
  rmSync(home, { recursive: true, force: true });
});

describe('npm run print-agent -- pair <code> --server <url>', () => {
  let agentId: number;
  let code: string;

  it('the admin asks for a print agent for the kiosk: an 8-digit code, and the kiosk already points at the new agent', async () => {
    const r = await h.http('POST', `/api/devices/${KIOSK_ID()}/print-agent`, { cookie: admin, body: {} });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.pairingCode).toMatch(/^\d{8}$/);
    expect(r.body.device).toMatchObject({ kind: 'print_agent', branchId: 1, paired: false });
    expect(r.body.device.name).toContain('Агент друку');
    expect(r.body.kioskId).toBe(KIOSK_ID());
    agentId = r.body.device.id;
    code = r.body.pairingCode;
    const kiosk = h.cherha.services.repos.devices.get(KIOSK_ID())!;
    expect(kiosk.printAgentId).toBe(agentId);
    expect(kiosk.printer).toBeNull();
    // until the agent pairs, nothing can print: the kiosk is told to show the ticket on screen
    const before = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
    expect(before.body.print.status).toBe('unavailable');
  });

  it('a wrong code is refused with the server’s own message and nothing is stored', async () => {
    const bad = runAgent(['pair', '00000000', '--server', h.base, '--transport', 'tcp', '--host', '127.0.0.1', '--port', String(fake.port)]);
    expect(await bad.exited).not.toBe(0);
    expect(bad.output()).toContain('Код підключення неправильний або прострочений');
    expect(existsSync(join(home, '.config', 'cherha', 'print-agent', 'token'))).toBe(false);
  });

  it('pairs with the code, keeps its token and settings in ~/.config/cherha/print-agent, and the kiosk prints through it at once', async () => {
    const agent = runAgent(['pair', code, '--server', h.base, '--transport', 'tcp', '--host', '127.0.0.1', '--port', String(fake.port), '--profile', 'epson-cp1251']);
    await waitFor(`agent online (output: ${agent.output()})`, agentOnline);
    const dir = join(home, '.config', 'cherha', 'print-agent');
    const token = join(dir, 'token');
    expect(existsSync(token)).toBe(true);
    expect(statSync(token).mode & 0o077).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'agent.json'), 'utf8'))).toMatchObject({ server: h.base, transport: 'tcp', host: '127.0.0.1', port: String(fake.port) });
    expect(h.cherha.services.repos.devices.get(agentId)!.paired).toBe(true);
    // no second admin step: the kiosk's printer was set when the code was made
    expect(h.cherha.services.repos.devices.get(KIOSK_ID())!.printAgentId).toBe(agentId);

    const from = fake.jobs.length;
    const r = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
    expect(r.status).toBe(201);
    expect(r.body.print.status).toBe('queued');
    await waitFor('ticket printed', () => h.cherha.services.repos.printJobs.ofTicket(r.body.ticket.id)[0]?.status === 'printed');
    const paper = payloadText(from);
    expect(paper).toContain(r.body.ticket.number);
    expect(paper).toContain('ЦНАП (демо)');
  });

  it('the admin’s test page for the kiosk goes through the agent to its printer', async () => {
    const from = fake.jobs.length;
    const r = await h.http('POST', `/api/devices/${KIOSK_ID()}/test-page`, { cookie: admin, body: {} });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.outcome).toBe('printed');
    const page = payloadText(from);
    expect(page).toContain('Ґ Є І Ї ґ є і ї №');
    // its QR code leads where visitors' codes lead (the server's public address), printed as text too
    expect(page).toContain(`${h.cherha.config.publicUrl}/t/test-page`);
    // the agent device itself answers the same way
    const viaAgent = await h.http('POST', `/api/devices/${agentId}/test-page`, { cookie: admin, body: {} });
    expect(viaAgent.status).toBe(200);
    expect(viaAgent.body.outcome).toBe('printed');
  });

  it('with the agent stopped the test page says so plainly; `npm run print-agent` alone starts it again from the saved settings', async () => {
    for (const c of agents) await stopAgent(c);
    await waitFor('agent offline', async () => !(await agentOnline()));
    const off = await h.http('POST', `/api/devices/${KIOSK_ID()}/test-page`, { cookie: admin, body: {} });
    expect(off.status).toBe(409);
    expect(off.body.error.message).toContain('Агент друку зараз не на звʼязку');

    const again = runAgent([]);
    await waitFor(`agent online again (output: ${again.output()})`, agentOnline);
    const from = fake.jobs.length;
    const r = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
    expect(r.body.print.status).toBe('queued');
    await waitFor('ticket printed after restart', () => h.cherha.services.repos.printJobs.ofTicket(r.body.ticket.id)[0]?.status === 'printed');
    expect(payloadText(from)).toContain(r.body.ticket.number);
  });

  it('only a kiosk gets a print agent this way, and only from an admin', async () => {
    const board = h.cherha.services.repos.devices.list(1).find((d) => d.kind === 'display')!;
    const notKiosk = await h.http('POST', `/api/devices/${board.id}/print-agent`, { cookie: admin, body: {} });
    expect(notKiosk.status).toBe(400);
    expect(notKiosk.body.error.message).toContain('терміналу');
    const operator = await h.login('operator1', 'operator123');
    expect((await h.http('POST', `/api/devices/${KIOSK_ID()}/print-agent`, { cookie: operator, body: {} })).status).toBe(403);
    expect((await h.http('POST', '/api/devices/999999/print-agent', { cookie: admin, body: {} })).status).toBe(404);
  });
});

describe('npm run print-agent -- pair <code> --server <url>, and nothing else', () => {
  it('pairs with just the code and the address: a USB printer at /dev/usb/lp0 is assumed, and pairing does not need it to be there yet', async () => {
    const kiosk = await h.http('POST', '/api/branches/1/devices', { cookie: admin, body: { kind: 'kiosk', name: 'Термінал без принтера' } });
    expect(kiosk.status).toBe(201);
    const made = await h.http('POST', `/api/devices/${kiosk.body.device.id}/print-agent`, { cookie: admin, body: {} });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const own = mkdtempSync(join(tmpdir(), 'cherha-agent-home2-'));
    const previous = home;
    home = own;
    try {
      const agent = runAgent(['pair', made.body.pairingCode, '--server', h.base]);
      const online = async () => {
        const r = await h.http('GET', '/api/branches/1/printers', { cookie: admin });
        return r.body.find((p: { deviceId: number }) => p.deviceId === kiosk.body.device.id)?.agentOnline === true;
      };
      await waitFor(`agent online (output: ${agent.output()})`, online);
      expect(h.cherha.services.repos.devices.get(made.body.device.id)!.paired).toBe(true);
      expect(agent.output()).toContain('підключено як «');
      expect(agent.output()).toContain('/dev/usb/lp0');
      expect(existsSync(join(own, '.config', 'cherha', 'print-agent', 'token'))).toBe(true);
      await stopAgent(agent.child);
    } finally {
      home = previous;
      rmSync(own, { recursive: true, force: true });
    }
  });
});
