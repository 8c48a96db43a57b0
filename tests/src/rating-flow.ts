// Helpers of the rating tests: a visitor served from start to finish over the real API, a
// paired rating terminal, and a ticket page socket (handshake with the public code only).
import { io as ioClient, type Socket } from 'socket.io-client';
import type { AppOptions } from '@cherha/server/app';
import { KIOSK, PASSWORDS, key, startHarness, TestClock, type Harness } from './harness';

export interface WindowInfo {
  id: number;
  label: string;
  services: { serviceId: number; level: number }[];
}

export async function windows(h: Harness): Promise<WindowInfo[]> {
  const admin = await h.login('admin', PASSWORDS.admin!);
  return (await h.http('GET', '/api/branches/1/windows', { cookie: admin })).body as WindowInfo[];
}

/** A fresh demo centre on a movable clock (11:00 in Kyiv on 24 November), operator1 signed in. */
export async function ratingWorld(config: AppOptions['config'] = {}): Promise<{ h: Harness; clock: TestClock; op1: string; w1: WindowInfo; w3: WindowInfo; w5: WindowInfo }> {
  const clock = new TestClock(Date.parse('2026-11-24T09:00:00Z'));
  const h = await startHarness({ clock, config });
  const op1 = await h.login('operator1', PASSWORDS.operator1!);
  const all = await windows(h);
  const [w1, w3, w5] = ['1', '3', '5'].map((label) => all.find((w) => w.label === label)!) as [WindowInfo, WindowInfo, WindowInfo];
  return { h, clock, op1, w1, w3, w5 };
}

/** a level-1 service of the window */
export const serviceOf = (w: WindowInfo): number => w.services.find((s) => s.level === 1)!.serviceId;

export async function issue(h: Harness, serviceId: number): Promise<{ id: number; number: string; publicCode: string; peopleAheadAtIssue: number }> {
  const r = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });
  if (r.status !== 201) throw new Error(`issue: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.ticket;
}

/** steps of a ticket's life at a window, by an operator's session */
export async function step(h: Harness, cookie: string, path: string, body?: unknown): Promise<void> {
  const r = await h.http('POST', path, { cookie, body: body ?? {} });
  if (r.status !== 200) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
}

/** issued, called to `w`, started and (unless `finish` is false) finished by the operator */
export async function serve(h: Harness, cookie: string, w: WindowInfo, opts: { serviceId?: number; finish?: boolean } = {}) {
  const t = await issue(h, opts.serviceId ?? serviceOf(w));
  await step(h, cookie, `/api/windows/${w.id}/call`, { ticketId: t.id });
  await step(h, cookie, `/api/tickets/${t.id}/start`);
  if (opts.finish !== false) await step(h, cookie, `/api/tickets/${t.id}/finish`);
  return t;
}

/** registers and pairs a device of the demo branch; returns its token and id */
export async function pairDevice(h: Harness, kind: 'rating_terminal' | 'display' | 'kiosk', name: string): Promise<{ token: string; id: number }> {
  const admin = await h.login('admin', PASSWORDS.admin!);
  const created = await h.http('POST', '/api/branches/1/devices', { cookie: admin, body: { kind, name } });
  const paired = await h.http('POST', '/api/devices/pair', { body: { code: created.body.pairingCode } });
  if (paired.status !== 200) throw new Error(`pair: ${paired.status}`);
  return { token: paired.body.token as string, id: paired.body.device.id as number };
}

/** A socket that records every event it gets; `first` resolves with the first event of a name. */
export interface Recorder {
  sock: Socket;
  events: { name: string; payload: unknown }[];
  next(name: string, timeoutMs?: number): Promise<any>;
}

export function record(h: Harness, auth: Record<string, unknown>): Recorder {
  const sock = ioClient(h.base, { auth, transports: ['websocket'], reconnection: false });
  const events: Recorder['events'] = [];
  const waiters: { name: string; resolve: (p: unknown) => void }[] = [];
  let seen = 0;
  sock.onAny((name: string, payload: unknown) => {
    events.push({ name, payload });
    const i = waiters.findIndex((w) => w.name === name);
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve(payload);
  });
  return {
    sock, events,
    /** the next event of that name not yet taken (one already received counts) */
    next(name, timeoutMs = 5000) {
      const idx = events.findIndex((e, j) => j >= seen && e.name === name);
      if (idx >= 0) {
        seen = idx + 1;
        return Promise.resolve(events[idx]!.payload);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${name} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ name, resolve: (p) => {
          clearTimeout(timer);
          seen = events.length;
          resolve(p);
        } });
      });
    },
  };
}

/** resolves with the connect_error message, or rejects when the socket connected */
export function refusal(h: Harness, auth: Record<string, unknown>): Promise<string> {
  const sock = ioClient(h.base, { auth, transports: ['websocket'], reconnection: false });
  return new Promise((resolve, reject) => {
    sock.once('connect_error', (err) => {
      sock.close();
      resolve(err.message);
    });
    sock.once('connect', () => {
      sock.close();
      reject(new Error('connected'));
    });
  });
}
