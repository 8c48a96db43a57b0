// Our server as the bench runs it: its own process (the bundle server/dist/main.mjs, as
// `npm start` runs it), a fresh SQLite file, default settings except the per-address rate
// limits (all load comes from one address here).
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { spawnServer, stop, waitOk } from './proc';

export interface Ours {
  url: string;
  pid: number;
  child: ChildProcess;
  adminCookie: string;
  services: { id: number; prefix: string; dailyCap: number | null }[];
  /** ms from spawn to the first 200 of /api/health */
  bootMs: number;
}

export function oursEnv(dir: string, port: number): Record<string, string> {
  return {
    PORT: String(port), HOST: '127.0.0.1', EQUEUE_DB_PATH: join(dir, 'http.sqlite'), EQUEUE_DATA_DIR: join(dir, 'data'),
    EQUEUE_RATE_LIMIT_PER_MINUTE: '100000000', EQUEUE_LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
  };
}

export async function bootOurs(dir: string, port: number, nodeArgs: string[] = []): Promise<Ours> {
  const url = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawnServer(oursEnv(dir, port), nodeArgs);
  const bootMs = await waitOk(`${url}/api/health`, t0);
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: 'admin12345' }),
  });
  const adminCookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  // the queue is measured, not the demo's virtual printer (it renders a PNG per ticket)
  const devices = (await (await fetch(`${url}/api/branches/1/devices`, { headers: { cookie: adminCookie } })).json()) as { id: number; kind: string }[];
  for (const d of devices.filter((x) => x.kind === 'kiosk')) {
    await fetch(`${url}/api/devices/${d.id}/printer`, {
      method: 'PUT', headers: { cookie: adminCookie, 'content-type': 'application/json' }, body: JSON.stringify({ printer: null }),
    });
  }
  const catalog = (await (await fetch(`${url}/api/branches/1/catalog`)).json()) as { services: Ours['services'] };
  return { url, pid: child.pid!, child, adminCookie, services: catalog.services, bootMs };
}

export const stopOurs = (o: Ours): Promise<void> => stop(o.child);
