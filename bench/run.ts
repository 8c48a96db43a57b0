// `npm run bench`: the figures of docs/benchmarks.md, measured in one run.
//  1. ticket issues per second over HTTP, every ticket committed (synchronous=FULL),
//     next to the raw rate of the same SQLite transaction without HTTP (the physical limit);
//  2. call → board latency p50/p99 with 1,000 sockets over 36 branches.
// Loopback only, bounded in count and time. Usage: npm run bench [-- --quick]
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { createRepos, openDb } from '@cherha/db';
import { QueueService } from '@cherha/server/queue/service';
import { seedDemo } from '@cherha/server/demo';
import { systemClock } from '@cherha/server/time';

const quick = process.argv.includes('--quick');
const ISSUES = quick ? 500 : 3000;
const CONCURRENCY = 16;
const SOCKETS = quick ? 200 : 1000;
const BRANCHES = 36;
const CALLS = quick ? 50 : 200;
const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'cherha-bench-'));

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const fmt = (n: number) => n.toFixed(1);

function rawRate(): number {
  const db = openDb(join(dir, 'raw.sqlite'));
  const repos = createRepos(db);
  seedDemo(repos, new Date());
  const queue = new QueueService(repos, systemClock);
  const kiosk = repos.devices.list(1).find((d) => d.kind === 'kiosk')!;
  const uncapped = repos.catalog.services(1).filter((x) => x.dailyCap === null).map((x) => x.id);
  const actor = { kind: 'device' as const, device: kiosk };
  const t0 = performance.now();
  for (let i = 0; i < ISSUES; i++) queue.issueTicket(actor, 1, { serviceId: uncapped[i % uncapped.length]!, idempotencyKey: `raw-${i}-key`, language: 'uk' });
  const rate = ISSUES / ((performance.now() - t0) / 1000);
  db.close();
  return rate;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function bootServer(port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', EQUEUE_DB_PATH: join(dir, 'http.sqlite'), EQUEUE_LOG_LEVEL: 'warn',
      EQUEUE_RATE_LIMIT_PER_MINUTE: '10000000', EQUEUE_LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    },
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

async function main() {
  console.log(`«Черга» benchmark${quick ? ' (quick)' : ''} — ${new Date().toISOString()}`);
  const raw = rawRate();
  console.log(`raw SQLite issue transaction (no HTTP): ${fmt(raw)} tickets/s`);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await bootServer(port);
  try {
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    // the queue is measured, not the demo's virtual printer (it renders a PNG per ticket)
    const adminLogin = await post('/api/auth/login', { login: 'admin', password: 'admin12345' });
    const adminCookie = (adminLogin.headers.get('set-cookie') ?? '').split(';')[0]!;
    const devices = (await (await fetch(`${base}/api/branches/1/devices`, { headers: { cookie: adminCookie } })).json()) as { id: number; kind: string }[];
    for (const d of devices.filter((x) => x.kind === 'kiosk')) {
      await fetch(`${base}/api/devices/${d.id}/printer`, { method: 'PUT', headers: { cookie: adminCookie, 'content-type': 'application/json' }, body: JSON.stringify({ printer: null }) });
    }
    const catalog = (await (await fetch(`${base}/api/branches/1/catalog`)).json()) as { services: { id: number; dailyCap: number | null }[] };
    const uncapped = catalog.services.filter((x) => x.dailyCap === null).map((x) => x.id);
    // node:http with keep-alive: fetch's own overhead would make the client the bottleneck
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const issue = (i: number) => new Promise<void>((resolve, reject) => {
      const body = JSON.stringify({ serviceId: uncapped[i % uncapped.length], idempotencyKey: `http-${i}-key` });
      const req = request(`${base}/api/branches/1/tickets`, {
        method: 'POST', agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: 'Bearer demo-kiosk-token' },
      }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`issue ${i}: ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
    let next = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < ISSUES) await issue(next++);
    }));
    agent.destroy();
    const http = ISSUES / ((performance.now() - t0) / 1000);
    console.log(`HTTP issueTicket, ${CONCURRENCY} clients:        ${fmt(http)} tickets/s = ${fmt((100 * http) / raw)}% of raw (target ≥ 50%)`);

    // --- 36 branches, 1,000 board sockets ---
    const login = await post('/api/auth/login', { login: 'admin', password: 'admin12345' });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const branchIds = [1];
    for (let b = 2; b <= BRANCHES; b++) {
      const r = await post('/api/branches', { name: { uk: `Офіс ${b}`, en: `Office ${b}` } }, { cookie });
      branchIds.push(((await r.json()) as { id: number }).id);
    }
    const sockets: Socket[] = [];
    const boardsOf1: Socket[] = [];
    for (let i = 0; i < SOCKETS; i++) {
      const branchId = branchIds[i % BRANCHES]!;
      const s = io(base, { transports: ['websocket'], auth: { view: 'board', branchId }, extraHeaders: { cookie }, reconnection: false });
      sockets.push(s);
      if (branchId === 1) boardsOf1.push(s);
    }
    await Promise.all(sockets.map((s) => new Promise<void>((res, rej) => { s.once('board:snapshot', () => res()); s.once('connect_error', rej); })));
    console.log(`connected ${sockets.length} board sockets over ${BRANCHES} branches (${boardsOf1.length} on the calling branch)`);

    // baseline: a socket.io round trip on this machine (emit with ack)
    const rtts: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t = performance.now();
      await boardsOf1[0]!.timeout(5000).emitWithAck('snapshot:get', {});
      rtts.push(performance.now() - t);
    }

    const op = await post('/api/auth/login', { login: 'operator1', password: 'operator123' });
    const opCookie = (op.headers.get('set-cookie') ?? '').split(';')[0]!;
    const windows = (await (await fetch(`${base}/api/branches/1/windows`, { headers: { cookie: opCookie } })).json()) as { id: number; label: string }[];
    const w = windows[0]!;
    const latencies: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const sent = performance.now();
      const arrivals = boardsOf1.map((s) => new Promise<number>((resolve) => {
        const on = (d: { calls: unknown[] }) => {
          if (d.calls.length) { s.off('delta', on); resolve(performance.now() - sent); }
        };
        s.on('delta', on);
      }));
      const r = await post(`/api/windows/${w.id}/call-next`, {}, { cookie: opCookie });
      if (r.status !== 200) throw new Error(`call ${i}: ${r.status} ${await r.text()}`);
      const { ticket } = (await r.json()) as { ticket: { id: number } };
      latencies.push(...(await Promise.all(arrivals)));
      await post(`/api/tickets/${ticket.id}/no-show`, {}, { cookie: opCookie });
    }
    console.log(`socket.io round trip (baseline):   p50 ${fmt(pct(rtts, 50))} ms, p99 ${fmt(pct(rtts, 99))} ms`);
    console.log(`call → board (${latencies.length} deliveries): p50 ${fmt(pct(latencies, 50))} ms, p99 ${fmt(pct(latencies, 99))} ms (target p99 ≤ 30 ms)`);
    for (const s of sockets) s.close();
  } finally {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
