// Boots the real app on port 0 with a real SQLite file in a temp folder, and gives
// tests real HTTP and socket.io clients. Nothing of ours is mocked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as ioClient, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@cherha/contracts';
import { createApp, type AppOptions, type CherhaApp } from '@cherha/server/app';
import type { Clock } from '@cherha/server/time';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A clock tests can move. */
export class TestClock implements Clock {
  constructor(private t: number) {}
  now(): Date {
    return new Date(this.t);
  }
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export interface Harness {
  cherha: CherhaApp;
  base: string;
  dir: string;
  dbPath: string;
  http(method: string, path: string, opts?: { body?: unknown; cookie?: string; token?: string; raw?: string; headers?: Record<string, string> }): Promise<{ status: number; body: any }>;
  login(login: string, password: string): Promise<string>;
  /** connects and waits for the first snapshot, which the server sends at once */
  socket(auth: Record<string, unknown>, cookie?: string): Promise<{ sock: ClientSocket; snapshot: any }>;
  close(): Promise<void>;
}

export const KIOSK = 'demo-kiosk-token';
export const DISPLAY = 'demo-display-token';
export const PASSWORDS: Record<string, string> = { operator1: 'operator123', operator2: 'operator123', operator3: 'operator123', operator4: 'operator123', supervisor: 'super12345', admin: 'admin12345' };

export async function startHarness(options: AppOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'cherha-test-'));
  const dbPath = join(dir, 'test.sqlite');
  const cherha = await createApp({
    logger: false,
    ...options,
    config: {
      port: 0, host: '127.0.0.1', dbPath, dataDir: dir, rateLimitPerMinute: 100_000, loginRateLimitPerMinute: 100_000, publicUrl: 'http://localhost:3000',
      // the fake TCP printers of the tests listen on loopback at random ports
      printerHosts: ['127.0.0.1:*'],
      // every JSON answer must fit its route's response schema in contracts (a misfit is a 500)
      checkResponses: true,
      ...options.config,
    },
  });
  const base = await cherha.start();
  const sockets: ClientSocket[] = [];

  const http: Harness['http'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.cookie) headers.cookie = opts.cookie;
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] = 'application/json';
    } else if (opts.raw !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const res = await fetch(base + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed };
  };

  return {
    cherha, base, dir, dbPath, http,
    async login(login, password) {
      const res = await fetch(base + '/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
      if (res.status !== 200) throw new Error(`login ${login}: ${res.status}`);
      return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    },
    async socket(auth, cookie) {
      const s: ClientSocket = ioClient(base, { auth, transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: true, reconnectionDelay: 50 });
      sockets.push(s);
      const snapshot = await new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no snapshot after connect')), 5000);
        const done = (snap: unknown) => {
          clearTimeout(timer);
          resolve(snap);
        };
        s.once('board:snapshot', done);
        s.once('operator:snapshot', done);
        s.once('connect_error', (err) => {
          clearTimeout(timer);
          reject(err);
        });
      });
      return { sock: s, snapshot };
    },
    async close() {
      for (const s of sockets) s.disconnect();
      await cherha.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves with the next event of that name (with a bounded wait so a test fails, not hangs). */
export function next<E extends keyof ServerToClientEvents>(s: ClientSocket, event: E, timeoutMs = 5000): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${timeoutMs} ms`)), timeoutMs);
    s.once(event as never, ((payload: never) => {
      clearTimeout(timer);
      resolve(payload);
    }) as never);
  });
}

export const key = () => `k-${Math.random().toString(36).slice(2)}-${Date.now()}`;
