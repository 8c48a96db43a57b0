// Issue benchmark: the in-memory baseline (bench/baseline/server.ts) and ours over the real
// HTTP path (demo kiosk token, every ticket committed with synchronous=FULL), driven by the
// same load generator in the same run. Rounds alternate baseline/ours so both see the same
// background load; the medians are compared.
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { createRepos, openDb } from '@cherha/db';
import { QueueService } from '@cherha/server/queue/service';
import { seedDemo } from '@cherha/server/demo';
import { systemClock } from '@cherha/server/time';
import { postLoad } from './load';
import { cpuMs, fmt, median, waitOk } from './proc';
import type { Ours } from './ours';

const CONCURRENCY = 16;
/** listeners connected to each server while it issues: the push is part of the path */
const LISTENERS = 4;

export interface IssueFigures {
  rawPerSecond: number;
  baseline: { perSecond: number; cpuMsPerTicket: number }[];
  ours: { perSecond: number; cpuMsPerTicket: number }[];
}

/** The same durable transaction without HTTP, in this process: the physical limit. */
export function rawRate(dir: string, count: number): number {
  const db = openDb(join(dir, 'raw.sqlite'));
  const repos = createRepos(db);
  seedDemo(repos, new Date());
  const queue = new QueueService(repos, systemClock);
  const kiosk = repos.devices.list(1).find((d) => d.kind === 'kiosk')!;
  const services = spreadOverLetters(repos.catalog.services(1));
  const actor = { kind: 'device' as const, device: kiosk };
  const t0 = performance.now();
  for (let i = 0; i < count; i++) queue.issueTicket(actor, 1, { serviceId: services[i % services.length]!, idempotencyKey: `raw-${i}-key`, language: 'uk' });
  const rate = count / ((performance.now() - t0) / 1000);
  db.close();
  return rate;
}

/** Uncapped services, one per letter in turn: each letter has 999 numbers a day, so a long run must spread. */
export function spreadOverLetters(services: { id: number; prefix: string; dailyCap: number | null }[]): number[] {
  const byLetter = new Map<string, number[]>();
  for (const s of services.filter((x) => x.dailyCap === null)) byLetter.set(s.prefix, [...(byLetter.get(s.prefix) ?? []), s.id]);
  const lists = [...byLetter.values()];
  const out: number[] = [];
  for (let i = 0; out.length < services.length; i++) {
    const l = lists[i % lists.length]!;
    out.push(l[Math.floor(i / lists.length) % l.length]!);
  }
  return out;
}

async function listeners(url: string, auth: Record<string, unknown>, event: string): Promise<Socket[]> {
  const sockets = Array.from({ length: LISTENERS }, () => io(url, { transports: ['websocket'], auth, reconnection: false }));
  await Promise.all(sockets.map((s) => new Promise<void>((res, rej) => {
    s.once(event, () => res());
    s.once('connect_error', rej);
  })));
  return sockets;
}

export async function issueBench(opts: {
  baselineUrl: string; baselinePid: number; ours: Ours; rounds: number; perRound: number; warmup: number;
}): Promise<IssueFigures> {
  const { baselineUrl, baselinePid, ours } = opts;
  await waitOk(`${baselineUrl}/api/health`, performance.now());
  const services = spreadOverLetters(ours.services);
  let key = 0;
  const issuedIds: number[] = [];
  const collect = (body: unknown) => issuedIds.push((body as { ticket: { id: number } }).ticket.id);
  const runBaseline = (count: number) => postLoad({
    url: `${baselineUrl}/api/tickets`, body: (i) => ({ serviceId: services[i % services.length], idempotencyKey: `b-${key++}-key` }),
    expectStatus: 201, count, concurrency: CONCURRENCY, onBody: () => undefined,
  });
  const runOurs = (count: number) => postLoad({
    url: `${ours.url}/api/branches/1/tickets`, body: (i) => ({ serviceId: services[i % services.length], idempotencyKey: `o-${key++}-key` }),
    headers: { authorization: 'Bearer demo-kiosk-token' }, expectStatus: 201, count, concurrency: CONCURRENCY, onBody: collect,
  });
  // each measured round starts from an empty queue (a centre's opening burst), so the people-ahead
  // count works on a queue of a real day's size, not on everything the bench issued before
  const emptyQueue = async () => {
    const ids = issuedIds.splice(0);
    await postLoad({
      url: (i) => `${ours.url}/api/tickets/${ids[i]}/cancel`, body: () => ({}), headers: { cookie: ours.adminCookie },
      expectStatus: 200, count: ids.length, concurrency: CONCURRENCY,
    });
  };

  // both pushes have listeners: the baseline's every socket, ours the branch's boards
  const baseSockets = await listeners(baselineUrl, {}, 'connect');
  const ourSockets = await listeners(ours.url, { token: 'demo-display-token' }, 'board:snapshot');
  // both JITs warmed before anything is counted
  await runBaseline(opts.warmup);
  await runOurs(opts.warmup);

  const figures: IssueFigures = { rawPerSecond: NaN, baseline: [], ours: [] };
  const measure = async (pid: number, run: (n: number) => ReturnType<typeof postLoad>) => {
    const cpu0 = cpuMs(pid);
    const r = await run(opts.perRound);
    return { perSecond: r.perSecond, cpuMsPerTicket: (cpuMs(pid) - cpu0) / r.done };
  };
  for (let round = 0; round < opts.rounds; round++) {
    figures.baseline.push(await measure(baselinePid, runBaseline));
    await emptyQueue();
    figures.ours.push(await measure(ours.pid, runOurs));
  }
  for (const s of [...baseSockets, ...ourSockets]) s.close();
  return figures;
}

export function printIssue(f: IssueFigures): void {
  const b = { rate: median(f.baseline.map((x) => x.perSecond)), cpu: median(f.baseline.map((x) => x.cpuMsPerTicket)) };
  const o = { rate: median(f.ours.map((x) => x.perSecond)), cpu: median(f.ours.map((x) => x.cpuMsPerTicket)) };
  const rounds = (xs: { perSecond: number; cpuMsPerTicket: number }[]) =>
    xs.map((x) => `${fmt(x.perSecond, 0)}/s ${fmt(x.cpuMsPerTicket, 3)} ms`).join(' | ');
  console.log(`raw SQLite issue transaction (no HTTP, durable): ${fmt(f.rawPerSecond, 0)} tickets/s`);
  console.log(`baseline (in-memory array, node:http + socket.io): ${fmt(b.rate, 0)} tickets/s, server CPU ${fmt(b.cpu, 3)} ms/ticket   [${rounds(f.baseline)}]`);
  console.log(`ours (HTTP, kiosk token, synchronous=FULL):       ${fmt(o.rate, 0)} tickets/s, server CPU ${fmt(o.cpu, 3)} ms/ticket   [${rounds(f.ours)}]`);
  console.log(`ours / baseline: rate ${fmt(o.rate / b.rate, 2)}× (goal ≥ ${fmt(1 / 1.5, 2)}×), CPU per ticket ${fmt(o.cpu / b.cpu, 2)}× (goal ≤ 1.50×)`);
}
