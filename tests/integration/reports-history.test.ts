// The history generator at a small scale (~20 000 tickets, three offices, half a year) and the
// roll-ups over it: the report's counts equal plain SQL counts of the raw tables, and days,
// months, cuts and groupings add up to the same totals. Real SQLite (a temporary file, so the
// report worker runs too), the real server's code; nothing mocked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRepos, openDb, reportRepo, type Db } from '@cherha/db';
import { buildRollups, createCity, generateHistory, historyBranches } from '@cherha/server/reports/history';
import { ReportWorker } from '@cherha/server/reports/pool';
import { computeReport, type ReportSpec } from '@cherha/server/reports/query';

const dir = mkdtempSync(join(tmpdir(), 'cherha-history-'));
const dbPath = join(dir, 'h.sqlite');
let db: Db;
let written = 0;

beforeAll(() => {
  db = openDb(dbPath);
  const repos = createRepos(db);
  createCity(repos, 3, 10);
  written = generateHistory(db, { branches: historyBranches(repos), from: '2025-01-01', to: '2025-06-30', tickets: 20_000, seed: 5 });
  buildRollups(repos, new Date('2025-07-01T12:00:00Z'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const spec = (over: Partial<ReportSpec> = {}): ReportSpec => ({ from: '2025-01-01', to: '2025-06-30', branchId: null, compare: false, nowMs: Date.parse('2025-07-01T12:00:00Z'), ...over });
const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

it('counts what the raw tables hold', () => {
  expect(written).toBeGreaterThan(17_000);
  expect(written).toBeLessThan(23_000);
  const r = computeReport(reportRepo(db), spec());
  expect(r.totals.tickets).toBe(count('SELECT count(*) AS n FROM tickets'));
  expect(r.totals.served).toBe(count("SELECT count(*) AS n FROM tickets WHERE status = 'done'"));
  expect(r.totals.noShow).toBe(count("SELECT count(*) AS n FROM tickets WHERE status = 'no_show'"));
  expect(r.totals.cancelled).toBe(count("SELECT count(*) AS n FROM tickets WHERE status = 'cancelled'"));
  expect(r.totals.closed).toBe(count("SELECT count(*) AS n FROM tickets WHERE status = 'closed'"));
  expect(r.totals.priority).toBe(count('SELECT count(*) AS n FROM tickets WHERE priority_category_id IS NOT NULL'));
  expect(r.totals.transferred).toBe(count("SELECT count(DISTINCT ticket_id) AS n FROM ticket_events WHERE type = 'transferred'"));
  expect(r.totals.postponed).toBe(count("SELECT count(DISTINCT ticket_id) AS n FROM ticket_events WHERE type = 'postponed'"));
  expect(r.totals.wait.count).toBe(count("SELECT count(DISTINCT ticket_id) AS n FROM ticket_events WHERE type = 'called'"));
  expect(r.totals.satisfaction.rated).toBe(count('SELECT count(*) AS n FROM ratings'));
  expect(r.totals.satisfaction.satisfied).toBe(count('SELECT count(*) AS n FROM ratings WHERE satisfied = 1'));
  expect(r.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(r.totals.tickets);
  // the rhythms are there: nobody on Sundays, more on Mondays than on Saturdays
  expect(r.heatmap[6]!.reduce((a, b) => a + b, 0)).toBe(0);
  expect(r.heatmap[0]!.reduce((a, b) => a + b, 0)).toBeGreaterThan(r.heatmap[5]!.reduce((a, b) => a + b, 0));
  // some days had an alert
  expect(r.alerts.length).toBe(count('SELECT count(*) AS n FROM branch_alerts'));
});

it('gives the same totals from days, months, cuts and groupings, and from the worker', async () => {
  const rr = reportRepo(db);
  const byMonth = computeReport(rr, spec({ grain: 'month' }));
  const byDay = computeReport(rr, spec({ from: '2025-03-01', to: '2025-05-31', grain: 'day' }));
  const spring = computeReport(rr, spec({ from: '2025-03-01', to: '2025-05-31', grain: 'month' }));
  expect(byDay.totals).toEqual(spring.totals);
  const sum = (rows: { figures: { tickets: number } }[]) => rows.reduce((s, x) => s + x.figures.tickets, 0);
  expect(sum(byMonth.byBranch)).toBe(byMonth.totals.tickets);
  expect(sum(byMonth.byService)).toBe(byMonth.totals.tickets);
  expect(byMonth.series.reduce((s, p) => s + p.tickets, 0)).toBe(byMonth.totals.tickets);
  // a filter by one office equals that office's row side by side
  const office = byMonth.byBranch[0]!;
  expect(computeReport(rr, spec({ branchId: office.id })).totals).toEqual(office.figures);
  // served tickets ended at some window with someone: the workload's served add up
  expect(byMonth.workload.reduce((s, w) => s + w.served, 0)).toBe(byMonth.totals.served);
  const worker = new ReportWorker(dbPath);
  try {
    expect(await worker.run(spec({ grain: 'month' }))).toEqual(byMonth);
  } finally {
    await worker.stop();
  }
});
