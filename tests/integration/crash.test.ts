// SIGKILL the real server process while kiosks are issuing tickets: every ticket whose
// request was acknowledged survives, numbering continues without duplicates, and a
// retry with the same idempotency key returns the same ticket.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { KIOSK } from '../src/harness';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cherha-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

type Server = { child: ChildProcess; exited: Promise<unknown> };

async function boot(port: number): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', EQUEUE_DB_PATH: join(dir, 'crash.sqlite'), EQUEUE_LOG_LEVEL: 'warn', EQUEUE_RATE_LIMIT_PER_MINUTE: '100000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((r) => child.once('exit', r));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { child, exited };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

const issue = (port: number, idempotencyKey: string, serviceId = 1) =>
  fetch(`http://127.0.0.1:${port}/api/branches/1/tickets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KIOSK}`, 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId, idempotencyKey }),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as { ticket: { id: number; number: string } } }));

it('acknowledged tickets survive SIGKILL; numbering continues; retries return the same ticket', async () => {
  const port = await freePort();
  let server = await boot(port);
  const acked = new Map<string, { id: number; number: string }>();
  let killed = false;
  // four kiosks issuing in parallel; the server is killed mid-stream
  const kiosk = async (k: number) => {
    for (let i = 0; !killed && i < 500; i++) {
      const idem = `crash-${k}-${i}`;
      try {
        const r = await issue(port, idem);
        if (r.status === 201) acked.set(idem, r.body.ticket);
      } catch {
        return; // connection refused/reset: the server is gone
      }
    }
  };
  const runs = [0, 1, 2, 3].map(kiosk);
  for (let waited = 0; acked.size < 60 && waited < 20_000; waited += 5) await new Promise((r) => setTimeout(r, 5));
  server.child.kill('SIGKILL');
  killed = true;
  await Promise.all(runs);
  await server.exited;
  expect(acked.size).toBeGreaterThanOrEqual(60);

  server = await boot(port);
  try {
    for (const [idem, t] of acked) {
      const again = await issue(port, idem);
      expect(again.status, idem).toBe(200);
      expect(again.body.ticket).toMatchObject({ id: t.id, number: t.number });
    }
    const fresh = await issue(port, 'after-restart-1');
    expect(fresh.status).toBe(201);
    const numbers = [...acked.values()].map((t) => t.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).not.toContain(fresh.body.ticket.number);
    const maxSeq = Math.max(...numbers.map((n) => Number(n.slice(1))));
    expect(Number(fresh.body.ticket.number.slice(1))).toBeGreaterThan(maxSeq);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});
