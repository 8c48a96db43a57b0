// `npm run bench`: the figures of docs/benchmarks.md, measured in one run.
//  1. ticket issues: the in-memory baseline server vs ours (durable, synchronous=FULL) under
//     the same load generator — tickets/s and server CPU per ticket, and their ratio;
//  2. call → board latency p50/p99 and server RSS with 1,000 sockets over 36 branches;
//  3. restart → serving, first ticket, 2,000 clients back on the latest revision;
//  4. printing: kiosk request → last byte of the ticket on a TCP printer (bench/print.ts).
// Loopback only, bounded in count and time. Usage: npm run bench [-- --quick] [-- --profile]
//   --profile  our server runs with --cpu-prof; the .cpuprofile is left in bench/profiles/
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { boardBench, printBoard } from './board';
import { issueBench, printIssue, rawRate } from './issue';
import { bootOurs, stopOurs } from './ours';
import { printRestart, restartBench } from './restart';
import { printBench, printPrint } from './print';
import { ensureServerBundle, freePort, ROOT, spawnNode, stop } from './proc';

const quick = process.argv.includes('--quick');
const profile = process.argv.includes('--profile');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const BRANCHES = 36;
const dir = mkdtempSync(join(tmpdir(), 'cherha-bench-'));

async function main() {
  console.log(`«Черга» benchmark${quick ? ' (quick)' : ''} — ${new Date().toISOString()}`);
  console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, Node ${process.version}`);
  const SERVER_NODE_FLAGS = await ensureServerBundle();
  const basePort = await freePort();
  const baseline = spawnNode('bench/baseline/server.ts', { PORT: String(basePort) });
  const port = await freePort();
  const nodeArgs = [...SERVER_NODE_FLAGS, ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, 'bench', 'profiles')}`] : [])];
  let ours = await bootOurs(dir, port, nodeArgs);
  console.log(`our server: first start (empty file, demo data seeded) → /api/health 200 after ${ours.bootMs.toFixed(0)} ms`);
  try {
    if (!only || only === 'issue') {
      const figures = await issueBench({
        baselineUrl: `http://127.0.0.1:${basePort}`, baselinePid: baseline.pid!, ours,
        rounds: 3, perRound: quick ? 300 : 600, warmup: quick ? 200 : 500,
      });
      // the same queue size as one HTTP round: people ahead grows with the queue
      figures.rawPerSecond = rawRate(dir, quick ? 300 : 600);
      printIssue(figures);
    }
    await stop(baseline);
    // sockets and restart on a fresh server and file: its memory is not what the issue rounds left
    await stopOurs(ours);
    const liveDir = join(dir, 'live');
    mkdirSync(liveDir);
    ours = await bootOurs(liveDir, port, nodeArgs);
    if (!only || only === 'board') {
      printBoard(await boardBench(ours, { sockets: quick ? 200 : 1000, branches: BRANCHES, calls: quick ? 50 : 200 }), BRANCHES);
    }
    if (!only || only === 'restart') {
      const limitMs = 30_000;
      const r = await restartBench(ours, liveDir, port, { clients: quick ? 400 : 2000, branches: BRANCHES, limitMs, nodeArgs });
      ours = r.ours;
      printRestart(r.figures, limitMs);
    }
    if (!only || only === 'print') {
      printPrint(await printBench(dir, { tickets: quick ? 100 : 300, nodeArgs }));
    }
  } finally {
    await stop(baseline);
    await stopOurs(ours);
  }
}

try {
  await main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
