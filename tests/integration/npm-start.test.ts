// `npm start` as a person runs it on a fresh machine: scripts/start.mjs bundles the server
// (scripts/build-server.mjs) and runs the bundle, not TypeScript through tsx. This checks that
// the bundled server is a whole centre: the demo seeded into a new SQLite file, a kiosk
// ticket, the board's socket, the built apps, the API docs, a report (its worker thread) and
// a clean stop on SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as ioClient } from 'socket.io-client';
import { afterAll, expect, it } from 'vitest';
import { DISPLAY, KIOSK, key, PASSWORDS } from '../src/harness';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cherha-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freePort = () => new Promise<number>((resolve) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const { port } = srv.address() as { port: number };
    srv.close(() => resolve(port));
  });
});

/** polls until the server answers (bounded in count, not a speed claim) */
async function healthy(base: string): Promise<boolean> {
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return true;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

// the bound covers `npm start` rebuilding the apps when their sources are newer than dist/
it('npm start runs the bundled server: a whole centre on a new SQLite file', { timeout: 300_000 }, async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const start = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', EQUEUE_DB_PATH: join(dir, 'centre.sqlite'), EQUEUE_DATA_DIR: join(dir, 'data'), EQUEUE_PUBLIC_URL: base },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  start.stdout.on('data', (d: Buffer) => { output += d.toString(); });
  start.stderr.on('data', (d: Buffer) => { output += d.toString(); });
  const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));
  try {
    expect(await healthy(base), output).toBe(true);

    // the process serving is node running the bundle, with no TypeScript loader
    const children = spawnSync('pgrep', ['-P', String(start.pid)], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
    const server = children.map((pid) => ({ pid, argv: readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0') }))
      .find((c) => c.argv.some((a) => a.endsWith(join('server', 'dist', 'main.mjs'))));
    expect(server, `children of npm start: ${children.join(', ')}`).toBeDefined();
    expect(server!.argv.join(' ')).not.toContain('tsx');
    expect(readFileSync(`/proc/${server!.pid}/environ`, 'utf8').split('\0')).toContain('MALLOC_ARENA_MAX=2');

    // the kiosk takes a ticket; the board's socket sees the demo office
    const issued = await fetch(`${base}/api/branches/1/tickets`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KIOSK}` },
      body: JSON.stringify({ serviceId: 1, idempotencyKey: key() }),
    });
    expect(issued.status).toBe(201);
    const { ticket } = (await issued.json()) as { ticket: { number: string } };
    expect(ticket.number).toMatch(/^\p{Lu}+\d{3}$/u);

    const board = ioClient(base, { auth: { token: DISPLAY, branchId: 1 }, transports: ['websocket'], reconnection: false });
    try {
      const snapshot = await new Promise<{ waiting?: unknown }>((resolve, reject) => {
        board.once('board:snapshot', resolve);
        board.once('connect_error', reject);
      });
      expect(snapshot).toBeTruthy();
    } finally {
      board.disconnect();
    }

    // the built apps and the API docs are served
    for (const path of ['/kiosk/', '/board/', '/operator/', '/docs/json']) {
      expect((await fetch(base + path)).status, path).toBe(200);
    }

    // a report runs in its worker thread
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'supervisor', password: PASSWORDS.supervisor }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv' }).format(new Date()); // the demo office's day
    const report = await fetch(`${base}/api/reports?from=${today}&to=${today}`, { headers: { cookie } });
    expect(report.status, await report.clone().text()).toBe(200);
    expect(((await report.json()) as { totals: { tickets: number } }).totals.tickets).toBeGreaterThanOrEqual(1);
  } finally {
    start.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});
