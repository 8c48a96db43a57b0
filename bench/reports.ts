// `npm run bench:reports`: a city's year (36 offices, ~40 services each, 120 windows, ~1 M
// tickets) generated into a fresh SQLite file, then the main reports timed through the real
// server (HTTP on loopback) while perf_hooks measures the event loop's delay — the loop that
// serves kiosks and boards. Prints the figures of docs/benchmarks.md ("Reports").
//   npm run bench:reports [-- --tickets 200000] [-- --runs 10]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createRepos, openDb } from '@cherha/db';
import { createApp } from '@cherha/server/app';
import { hashPasswordSync } from '@cherha/server/auth/secrets';
import { buildRollups, createCity, generateHistory, historyBranches } from '@cherha/server/reports/history';

const argOf = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const TICKETS = argOf('tickets', 1_000_000);
const RUNS = argOf('runs', 10);
const YEAR = 2025;
const dir = mkdtempSync(join(tmpdir(), 'cherha-reports-bench-'));
/** --db <file>: keep the generated city there (and reuse it when it is already filled) */
const keep = process.argv.includes('--db') ? process.argv[process.argv.indexOf('--db') + 1] : undefined;
const dbPath = keep ?? join(dir, 'city.sqlite');
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function main() {
  console.log(`«Черга» reports benchmark — ${new Date().toISOString()}; ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, Node ${process.version}`);
  const db = openDb(dbPath);
  const repos = createRepos(db);
  if (repos.branches.list().length === 0) generate(db, repos);
  db.close();
  await timeReports();
}

function generate(db: ReturnType<typeof openDb>, repos: ReturnType<typeof createRepos>) {
  let t = performance.now();
  createCity(repos, 36, 120);
  db.prepare("INSERT INTO users (branch_id, login, name, role, password_hash, active) VALUES (NULL, 'bench-admin', 'Bench', 'admin', ?, 1)").run(hashPasswordSync('bench-admin-1'));
  const branches = historyBranches(repos);
  const written = generateHistory(db, { branches, from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, tickets: TICKETS, seed: 2025 });
  const genMs = performance.now() - t;
  const events = (db.prepare('SELECT count(*) AS n FROM ticket_events').get() as { n: number }).n;
  t = performance.now();
  const days = buildRollups(repos, new Date(`${YEAR + 1}-01-01T12:00:00Z`));
  const rollMs = performance.now() - t;
  const rows = (db.prepare('SELECT count(*) AS n FROM report_rollup').get() as { n: number }).n;
  console.log(`generated: ${written} tickets, ${events} events, ${branches.length} offices, ${branches.reduce((s, b) => s + b.windows.length, 0)} windows in ${(genMs / 1000).toFixed(1)} s`);
  console.log(`roll-ups: ${days} office-days → ${rows} rows in ${(rollMs / 1000).toFixed(1)} s`);
}

async function timeReports() {
  // the real server over that file, its clock on the last afternoon of the year
  const clock = { now: () => new Date(`${YEAR}-12-31T13:00:00Z`) };
  const app = await createApp({ logger: false, clock, config: { port: 0, host: '127.0.0.1', dbPath, dataDir: dir, demo: false, demoDevices: false, rateLimitPerMinute: 1_000_000, backupEveryMinutes: 0 } });
  const base = await app.start();
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ login: 'bench-admin', password: 'bench-admin-1' }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const get = async (path: string) => {
    const r = await fetch(`${base}${path}`, { headers: { cookie } });
    const text = await r.text();
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${text.slice(0, 200)}`);
    return text;
  };

  const cases: [string, string][] = [
    ['year, whole network (by month, offices side by side)', `/api/reports?from=${YEAR}-01-01&to=${YEAR}-12-31&compare=1`],
    ['year, one office', `/api/reports?from=${YEAR}-01-01&to=${YEAR}-12-31&branchId=5`],
    ['year, whole network, one category', `/api/reports?from=${YEAR}-01-01&to=${YEAR}-12-31&categoryId=1`],
    ['quarter by day, whole network', `/api/reports?from=${YEAR}-10-01&to=${YEAR}-12-31&grain=day`],
    ['month, whole network', `/api/reports?from=${YEAR}-11-01&to=${YEAR}-11-30`],
    ['today, whole network', `/api/reports?from=${YEAR}-12-31&to=${YEAR}-12-31`],
    ['today, one office', `/api/reports?from=${YEAR}-12-31&to=${YEAR}-12-31&branchId=5`],
  ];
  const year = JSON.parse(await get(cases[0]![1])) as { totals: Record<string, unknown> & { wait: Record<string, unknown> } };
  console.log(`year figures: tickets ${year.totals.tickets}, served ${year.totals.served}, wait mean ${year.totals.wait.meanMinutes} min, median ${year.totals.wait.medianMinutes}, p90 ${year.totals.wait.p90Minutes}, within target ${(Number(year.totals.wait.withinTargetShare) * 100).toFixed(1)} %`);
  console.log(`\n| report | median | p90 | max | event-loop delay max |`);
  console.log('|---|---|---|---|---|');
  for (const [name, path] of cases) {
    await get(path); // warm: statements prepared
    const times: number[] = [];
    const h = monitorEventLoopDelay({ resolution: 5 });
    h.enable();
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await get(path);
      times.push(performance.now() - s);
    }
    h.disable();
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${ms(times[Math.floor(times.length / 2)]!)} | ${ms(times[Math.floor(times.length * 0.9)]!)} | ${ms(times[times.length - 1]!)} | ${ms(h.max / 1e6)} |`);
  }
  for (const kind of ['daily', 'tickets'] as const) {
    const h = monitorEventLoopDelay({ resolution: 5 });
    h.enable();
    const s = performance.now();
    // the body is counted as it streams, not kept: a 200 MB string would pause this loop for GC
    const r = await fetch(`${base}/api/reports/export/${kind}.csv?from=${YEAR}-01-01&to=${YEAR}-12-31`, { headers: { cookie } });
    let bytes = 0;
    let lines = 0;
    for await (const chunk of r.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (const b of chunk) if (b === 10) lines++;
    }
    h.disable();
    console.log(`| export ${kind}.csv, year, whole network (${(bytes / 1e6).toFixed(1)} MB, ${lines - 1} rows) | ${ms(performance.now() - s)} | | | ${ms(h.max / 1e6)} |`);
  }
  await app.close();
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
