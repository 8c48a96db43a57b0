// Call → board latency and server memory with many sockets: board sockets spread over 36
// branches, an operator's call-next over HTTP, the time until each board of the calling
// branch has the delta with the call; RSS of the server process with the sockets connected.
import { io, type Socket } from 'socket.io-client';
import { LIVE_RECONNECT } from '@cherha/contracts';
import type { Ours } from './ours';
import { fmt, pct, rssMb } from './proc';

export interface BoardFigures {
  sockets: number;
  onCallingBranch: number;
  rssBeforeMb: number;
  rssWithSocketsMb: number;
  rtt: number[];
  latencies: number[];
}

const post = (base: string, path: string, body: unknown, cookie: string) =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });

/** The bench's branches: the demo one and 35 new ones (created once per server database). */
export async function ensureBranches(ours: Ours, count: number): Promise<number[]> {
  const list = (await (await fetch(`${ours.url}/api/branches`, { headers: { cookie: ours.adminCookie } })).json()) as { id: number }[];
  const ids = list.map((b) => b.id);
  for (let b = ids.length + 1; b <= count; b++) {
    const r = await post(ours.url, '/api/branches', { name: { uk: `Офіс ${b}`, en: `Office ${b}` } }, ours.adminCookie);
    ids.push(((await r.json()) as { id: number }).id);
  }
  return ids.slice(0, count);
}

/** `count` board sockets, round-robin over `branchIds`, each resolved on its first snapshot. */
export async function connectBoards(ours: Ours, branchIds: number[], count: number, reconnection: boolean): Promise<{ socket: Socket; branchId: number }[]> {
  const boards: { socket: Socket; branchId: number }[] = [];
  const ready: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const branchId = branchIds[i % branchIds.length]!;
    // the apps' own reconnection settings (ui-kit's useLive), so the restart figures are what screens do
    const socket = io(ours.url, { transports: ['websocket'], auth: { view: 'board', branchId }, extraHeaders: { cookie: ours.adminCookie }, reconnection, ...LIVE_RECONNECT });
    boards.push({ socket, branchId });
    ready.push(new Promise<void>((res, rej) => {
      socket.once('board:snapshot', () => res());
      socket.once('connect_error', rej);
    }));
    // connect in waves: a thousand handshakes at once only measures the bench client
    if (i % 100 === 99) await Promise.all(ready.slice(-100));
  }
  await Promise.all(ready);
  return boards;
}

export async function boardBench(ours: Ours, opts: { sockets: number; branches: number; calls: number }): Promise<BoardFigures> {
  const branchIds = await ensureBranches(ours, opts.branches);
  // the queue needs tickets to call: the issue bench left thousands on branch 1
  const rssBeforeMb = rssMb(ours.pid);
  const boards = await connectBoards(ours, branchIds, opts.sockets, false);
  const boardsOf1 = boards.filter((b) => b.branchId === branchIds[0]).map((b) => b.socket);
  // let the server settle (GC after the handshakes) before reading its memory
  await new Promise((r) => setTimeout(r, 1000));
  const rssWithSocketsMb = rssMb(ours.pid);

  // a socket.io round trip on this machine (emit with ack), for comparison
  const rtt: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    await boardsOf1[0]!.timeout(5000).emitWithAck('snapshot:get', {});
    rtt.push(performance.now() - t);
  }

  const login = await post(ours.url, '/api/auth/login', { login: 'operator1', password: 'operator123' }, '');
  const opCookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const windows = (await (await fetch(`${ours.url}/api/branches/1/windows`, { headers: { cookie: opCookie } })).json()) as {
    id: number; services: { serviceId: number }[];
  }[];
  const w = windows[0]!;
  // enough waiting tickets for this window's calls, whatever the issue bench left
  for (let i = 0; i < opts.calls; i++) {
    const r = await fetch(`${ours.url}/api/branches/1/tickets`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer demo-kiosk-token' },
      body: JSON.stringify({ serviceId: w.services[i % w.services.length]!.serviceId, idempotencyKey: `board-${i}-${Date.now()}-key` }),
    });
    if (r.status !== 201) throw new Error(`ticket for the calls: ${r.status} ${await r.text()}`);
  }
  const latencies: number[] = [];
  for (let i = 0; i < opts.calls; i++) {
    const sent = performance.now();
    const arrivals = boardsOf1.map((s) => new Promise<number>((resolve) => {
      const on = (d: { calls: unknown[] }) => {
        if (d.calls.length) {
          s.off('delta', on);
          resolve(performance.now() - sent);
        }
      };
      s.on('delta', on);
    }));
    const r = await post(ours.url, `/api/windows/${w.id}/call-next`, {}, opCookie);
    if (r.status !== 200) throw new Error(`call ${i}: ${r.status} ${await r.text()}`);
    const { ticket } = (await r.json()) as { ticket: { id: number } };
    latencies.push(...(await Promise.all(arrivals)));
    await post(ours.url, `/api/tickets/${ticket.id}/no-show`, {}, opCookie);
  }
  for (const b of boards) b.socket.close();
  return { sockets: boards.length, onCallingBranch: boardsOf1.length, rssBeforeMb, rssWithSocketsMb, rtt, latencies };
}

export function printBoard(f: BoardFigures, branches: number): void {
  console.log(`${f.sockets} board sockets over ${branches} branches (${f.onCallingBranch} on the calling branch)`);
  console.log(`server RSS: ${fmt(f.rssBeforeMb, 0)} MB before the sockets, ${fmt(f.rssWithSocketsMb, 0)} MB with them (goal ≤ 150 MB)`);
  console.log(`socket.io round trip (for comparison): p50 ${fmt(pct(f.rtt, 50))} ms, p99 ${fmt(pct(f.rtt, 99))} ms`);
  console.log(`call → board (${f.latencies.length} deliveries): p50 ${fmt(pct(f.latencies, 50))} ms, p99 ${fmt(pct(f.latencies, 99))} ms (goal p99 ≤ 30 ms)`);
}
