// Issue benchmark: the in-memory baselines (bench/baseline/server.ts: Express, as the issue
// names it; bench/baseline/node-http.ts: the same queue on bare node:http) and ours over the
// real HTTP path (demo kiosk token, every ticket committed with synchronous=FULL), driven by
// the same load generator in the same run. Rounds alternate Express / node:http / ours so all
// see the same background load; the medians are compared, the goal against Express.
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { createRepos, openDb } from '@cherha/db';
import { QueueService } from '@cherha/server/queue/service';
import { seedDemo } from '@cherha/server/demo';
import { systemClock } from '@cherha/server/time';
import { postLoad } from './load';
import { cpuMs, fmt, freePort, median, spawnNode, stop, waitOk } from './proc';
import type { Ours } from './ours';

const CONCURRENCY = 16;
/** listeners connected to each server while it issues: the push is part of the path */
const LISTENERS = 4;

interface Round {
  perSecond: number;
  cpuMsPerTicket: number;
}

export interface IssueFigures {
  rawPerSecond: number;
  /** the Express baseline: the issue's reference */
  baseline: Round[];
  /** the same queue on bare node:http */
  nodeHttp: Round[];
  ours: Round[];
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

interface IssueOptions {
  /** the Express baseline, started by run.ts */
  baselineUrl: string;
  baselinePid: number;
  ours: Ours;
  rounds: number;
  perRound: number;
  warmup: number;
}

export async function issueBench(opts: IssueOptions): Promise<IssueFigures> {
  const { baselineUrl } = opts;
  // the node:http baseline lives only for this part of the bench
  const nodeHttpPort = await freePort();
  const nodeHttp = spawnNode('bench/baseline/node-http.ts', { PORT: String(nodeHttpPort) });
  const nodeHttpUrl = `http://127.0.0.1:${nodeHttpPort}`;
  try {
    await waitOk(`${baselineUrl}/api/health`, performance.now());
    await waitOk(`${nodeHttpUrl}/api/health`, performance.now());
    return await measureAll(opts, { url: nodeHttpUrl, pid: nodeHttp.pid! });
  } finally {
    await stop(nodeHttp);
  }
}

async function measureAll(opts: IssueOptions, nodeHttp: { url: string; pid: number }): Promise<IssueFigures> {
  const { baselineUrl, baselinePid, ours } = opts;
  const services = spreadOverLetters(ours.services);
  let key = 0;
  const issuedIds: number[] = [];
  const collect = (body: unknown) => issuedIds.push((body as { ticket: { id: number } }).ticket.id);
  const runBase = (url: string) => (count: number) => postLoad({
    url: `${url}/api/tickets`, body: (i) => ({ serviceId: services[i % services.length], idempotencyKey: `b-${key++}-key` }),
    expectStatus: 201, count, concurrency: CONCURRENCY, onBody: () => undefined,
  });
  const runBaseline = runBase(baselineUrl);
  const runNodeHttp = runBase(nodeHttp.url);
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

  // every push has listeners: the baselines' every socket, ours the branch's boards
  const baseSockets = [...await listeners(baselineUrl, {}, 'connect'), ...await listeners(nodeHttp.url, {}, 'connect')];
  const ourSockets = await listeners(ours.url, { token: 'demo-display-token' }, 'board:snapshot');
  // every JIT warmed before anything is counted
  await runBaseline(opts.warmup);
  await runNodeHttp(opts.warmup);
  await runOurs(opts.warmup);

  const figures: IssueFigures = { rawPerSecond: NaN, baseline: [], nodeHttp: [], ours: [] };
  const measure = async (pid: number, run: (n: number) => ReturnType<typeof postLoad>) => {
    const cpu0 = cpuMs(pid);
    const r = await run(opts.perRound);
    return { perSecond: r.perSecond, cpuMsPerTicket: (cpuMs(pid) - cpu0) / r.done };
  };
  for (let round = 0; round < opts.rounds; round++) {
    figures.baseline.push(await measure(baselinePid, runBaseline));
    figures.nodeHttp.push(await measure(nodeHttp.pid, runNodeHttp));
    await emptyQueue();
    figures.ours.push(await measure(ours.pid, runOurs));
  }
  for (const s of [...baseSockets, ...ourSockets]) s.close();
  return figures;
}

export function printIssue(f: IssueFigures): void {
  const med = (xs: Round[]) => ({ rate: median(xs.map((x) => x.perSecond)), cpu: median(xs.map((x) => x.cpuMsPerTicket)) });
  const b = med(f.baseline);
  const n = med(f.nodeHttp);
  const o = med(f.ours);
  const rounds = (xs: Round[]) => xs.map((x) => `${fmt(x.perSecond, 0)}/s ${fmt(x.cpuMsPerTicket, 3)} ms`).join(' | ');
  const line = (label: string, m: { rate: number; cpu: number }, xs: Round[]) =>
    console.log(`${label.padEnd(50)} ${fmt(m.rate, 0)} tickets/s, server CPU ${fmt(m.cpu, 3)} ms/ticket   [${rounds(xs)}]`);
  console.log(`raw SQLite issue transaction (no HTTP, durable): ${fmt(f.rawPerSecond, 0)} tickets/s`);
  line('baseline (in-memory array, Express + socket.io):', b, f.baseline);
  line('baseline (the same, bare node:http + socket.io):', n, f.nodeHttp);
  line('ours (HTTP, kiosk token, synchronous=FULL):', o, f.ours);
  console.log(`ours / Express baseline: rate ${fmt(o.rate / b.rate, 2)}× (goal ≥ ${fmt(1 / 1.5, 2)}×), CPU per ticket ${fmt(o.cpu / b.cpu, 2)}× (goal ≤ 1.50×)`);
  console.log(`ours / node:http baseline: rate ${fmt(o.rate / n.rate, 2)}×, CPU per ticket ${fmt(o.cpu / n.cpu, 2)}×`);
}
