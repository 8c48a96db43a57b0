// The real server as a separate process (`node --import tsx server/src/main.ts`), for tests
// that kill it, restore its file, or read what it writes to stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { KIOSK } from './harness';

export const ROOT = join(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface Spawned {
  child: ChildProcess;
  port: number;
  base: string;
  exited: Promise<unknown>;
  /** everything the process wrote to stdout so far */
  stdout(): string;
  /** SIGTERM and wait */
  stop(): Promise<void>;
}

/** Starts the server on a free port with this database and waits until /api/health answers. */
export async function spawnServer(dbPath: string, env: Record<string, string> = {}): Promise<Spawned> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', EQUEUE_DB_PATH: dbPath, EQUEUE_DATA_DIR: join(dbPath, '..'),
      EQUEUE_LOG_LEVEL: 'warn', EQUEUE_RATE_LIMIT_PER_MINUTE: '100000', EQUEUE_LOGIN_RATE_LIMIT_PER_MINUTE: '100000', ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const exited = new Promise((r) => child.once('exit', r));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) {
        return {
          child, port, base, exited, stdout: () => out,
          async stop() {
            child.kill('SIGTERM');
            await exited;
          },
        };
      }
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${out}`);
}

export interface Issued {
  status: number;
  body: { ticket: { id: number; number: string }; error?: { code: string; message: string } };
}

/** a kiosk tap (demo kiosk token) */
export async function issueAt(base: string, idempotencyKey: string, serviceId = 1): Promise<Issued> {
  const r = await fetch(`${base}/api/branches/1/tickets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KIOSK}`, 'content-type': 'application/json' },
    body: JSON.stringify({ serviceId, idempotencyKey }),
  });
  return { status: r.status, body: (await r.json()) as Issued['body'] };
}
