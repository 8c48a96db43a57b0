// Child processes of the bench and what the kernel says about them: CPU time and memory of
// the server process itself (all its threads: JS, libuv pool, GC), not of the bench client.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

const BUNDLE = join(ROOT, 'server', 'dist', 'main.mjs');

/** Builds the server bundle when it is missing or older than the sources (before any timing). */
/** … and returns the node flags `npm start` runs it with. */
export async function ensureServerBundle(): Promise<string[]> {
  const { buildServer, bundleStale, SERVER_NODE_FLAGS } = await import('../scripts/build-server.mjs');
  if (bundleStale()) await buildServer();
  return SERVER_NODE_FLAGS;
}

/** Our server as `npm start` runs it (the bundle: call ensureServerBundle first), stdout ignored. */
export function spawnServer(env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, BUNDLE], {
    // the same malloc setting as scripts/build-server.mjs serverEnv (npm start)
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { MALLOC_ARENA_MAX: '2', ...process.env, ...env },
  });
}

/** `node --import tsx <script>` from the repository root, stdout ignored, stderr shown. */
export function spawnNode(script: string, env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env },
  });
}

/** Polls until `url` answers 200; returns the milliseconds since `since` (performance.now()). */
export async function waitOk(url: string, since: number, limitMs = 30_000): Promise<number> {
  while (performance.now() - since < limitMs) {
    try {
      const r = await fetch(url);
      if (r.ok) return performance.now() - since;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`${url} did not answer within ${limitMs} ms`);
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** CPU time of a process in ms: the sum over its threads of /proc/<pid>/task/<tid>/schedstat (ns on CPU). */
export function cpuMs(pid: number): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch { /* the thread ended between the listing and the read */ }
  }
  return ns / 1e6;
}

/** Resident memory of a process in MB (VmRSS). */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? NaN) / 1024;
}

export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
export const median = (xs: number[]): number => pct(xs, 50);
export const fmt = (n: number, digits = 1): string => n.toFixed(digits);
