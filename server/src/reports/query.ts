// A report from the roll-ups: pure (repository in, answer out), so it runs the same on the
// main thread and in the report worker. Reads twelve month rows per key for a year.
import type { Report, ReportAlertPeriod, ReportGrain, ReportNamedRow, ReportWorkloadRow } from '@cherha/contracts';
import { REPORT_MAX_DAILY_POINTS } from '@cherha/contracts';
import type { ReportRepo, RollupFilter, RollupRow } from '@cherha/db';
import { addDays, coveringPeriods, dayStartUtc, daysInclusive, nextMonth } from './days';
import { FigureAcc } from './figures';
import { addPairs } from './pairs';
import { CUT } from './rollup';

export interface ReportSpec {
  from: string;
  to: string;
  /** null: the whole network */
  branchId: number | null;
  serviceIds?: number[];
  windowId?: number;
  operatorId?: number;
  grain?: ReportGrain;
  compare: boolean;
  nowMs: number;
}

type Names = ReturnType<ReportRepo['names']>;

const round2 = (v: number) => Math.round(v * 100) / 100;

function filterOf(spec: ReportSpec): RollupFilter {
  return {
    ...(spec.branchId !== null ? { branchId: spec.branchId } : {}),
    ...(spec.serviceIds ? { serviceIds: spec.serviceIds } : {}),
    ...(spec.windowId !== undefined ? { windowId: spec.windowId } : {}),
    ...(spec.operatorId !== undefined ? { operatorId: spec.operatorId } : {}),
  };
}

function seriesKeys(from: string, to: string, grain: ReportGrain): string[] {
  const keys: string[] = [];
  if (grain === 'day') for (let d = from; d <= to; d = addDays(d, 1)) keys.push(d);
  else if (grain === 'month') for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = nextMonth(m)) keys.push(m);
  else for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) keys.push(String(y));
  return keys;
}

const keyLength: Record<ReportGrain, number> = { day: 10, month: 7, year: 4 };

type Dim = 'service' | 'window' | 'operator';
/** the coarsest roll-up cut that keeps the filter's keys and the one grouped by */
function cutFor(spec: ReportSpec, dim?: Dim): number {
  const dims = new Set<Dim>();
  if (spec.serviceIds) dims.add('service');
  if (spec.windowId !== undefined) dims.add('window');
  if (spec.operatorId !== undefined) dims.add('operator');
  if (dim) dims.add(dim);
  if (dims.size === 0) return CUT.office;
  return dims.size === 1 ? CUT[[...dims][0]!] : CUT.full;
}

const branchNameOf = (names: Names, id: number) => names.branches.find((b) => b.id === id)?.name ?? `#${id}`;

function accOf<K>(m: Map<K, FigureAcc>, key: K): FigureAcc {
  let a = m.get(key);
  if (!a) m.set(key, (a = new FigureAcc()));
  return a;
}

export function computeReport(rr: ReportRepo, spec: ReportSpec, names: Names = rr.names()): Report {
  const grain: ReportGrain = spec.grain ?? (daysInclusive(spec.from, spec.to) <= REPORT_MAX_DAILY_POINTS ? 'day' : 'month');
  const filter = filterOf(spec);
  // the series by day needs day rows; everything else reads whole months where it can
  const periods = coveringPeriods(spec.from, spec.to);
  // a year row cannot be split into months: a series by month reads month rows
  const seriesPeriods = grain === 'day' ? seriesKeys(spec.from, spec.to, 'day') : grain === 'month' ? coveringPeriods(spec.from, spec.to, false) : periods;
  const read = new Map<number, RollupRow[]>();
  const rowsOf = (dim?: Dim) => {
    const cut = cutFor(spec, dim);
    let rows = read.get(cut);
    if (!rows) read.set(cut, (rows = rr.rollup(periods, { ...filter, cut })));
    return rows;
  };
  const mainRows = seriesPeriods.length === periods.length ? rowsOf() : rr.rollup(seriesPeriods, { ...filter, cut: cutFor(spec) });

  const totals = new FigureAcc();
  const series = new Map(seriesKeys(spec.from, spec.to, grain).map((k) => [k, new FigureAcc()]));
  const byBranch = new Map<number, FigureAcc>();
  const arrivals: number[] = [];
  for (const r of mainRows) {
    totals.add(r);
    series.get(r.period.slice(0, keyLength[grain]))?.add(r);
    accOf(byBranch, r.branch_id).add(r);
    addPairs(arrivals, r.arrivals);
  }
  // across the network a service is named the same in every office: one row per name
  const serviceName = new Map(names.services.map((s) => [s.id, s.name]));
  const byService = new Map<number | string, FigureAcc>();
  const serviceIdOf = new Map<number | string, number>();
  for (const r of rowsOf('service')) {
    const key = spec.branchId === null ? (serviceName.get(r.service_id) ?? r.service_id) : r.service_id;
    if (!serviceIdOf.has(key)) serviceIdOf.set(key, r.service_id);
    accOf(byService, key).add(r);
  }
  const byWindow = new Map<number, FigureAcc>();
  for (const r of rowsOf('window')) if (r.window_id !== 0) accOf(byWindow, r.window_id).add(r);
  const work = new Map<number, { busy: number; served: number; serviceN: number; serviceS: number; shift: number; paused: number; alert: number }>();
  const workOf = (id: number) => {
    let w = work.get(id);
    if (!w) work.set(id, (w = { busy: 0, served: 0, serviceN: 0, serviceS: 0, shift: 0, paused: 0, alert: 0 }));
    return w;
  };
  for (const r of rowsOf('operator')) {
    if (r.operator_id === 0) continue;
    const w = workOf(r.operator_id);
    w.busy += r.busy_s;
    w.served += r.served;
    w.serviceN += r.service_n;
    w.serviceS += r.service_sum_s;
  }
  for (const s of rr.shifts(periods, filter)) {
    const w = workOf(s.operator_id);
    w.shift += s.shift_s;
    w.paused += s.paused_s;
    w.alert += s.alert_s;
  }

  const branchName = new Map(names.branches.map((b) => [b.id, b.name]));
  // across the network a window's label («3») needs its office
  const windowLabel = new Map(names.windows.map((w) => [w.id, spec.branchId === null ? `${branchNameOf(names, w.branch_id)} · ${w.label}` : w.label]));
  const userName = new Map(names.operators.map((u) => [u.id, u.name]));
  const named = <K>(m: Map<K, FigureAcc>, idOf: (key: K) => number, name: (id: number) => string): ReportNamedRow[] =>
    [...m.entries()].map(([key, a]) => ({ id: idOf(key), name: name(idOf(key)), figures: a.figures() })).sort((x, y) => y.figures.tickets - x.figures.tickets || x.id - y.id);

  const workload: ReportWorkloadRow[] = [...work.entries()].map(([id, w]) => {
    const idle = Math.max(0, w.shift - w.paused - w.busy - w.alert);
    const working = w.shift - w.paused;
    return {
      operatorId: id, operatorName: userName.get(id) ?? `#${id}`,
      shiftMinutes: round2(w.shift / 60), servingMinutes: round2(w.busy / 60), pausedMinutes: round2(w.paused / 60), alertMinutes: round2(w.alert / 60), idleMinutes: round2(idle / 60),
      servingShare: w.shift > 0 ? round2(w.busy / w.shift) : null, pausedShare: w.shift > 0 ? round2(w.paused / w.shift) : null, idleShare: w.shift > 0 ? round2(idle / w.shift) : null,
      served: w.served, visitorsPerHour: working > 0 ? round2(w.served / (working / 3600)) : null, serviceMeanMinutes: w.serviceN > 0 ? round2(w.serviceS / w.serviceN / 60) : null,
    };
  }).sort((a, b) => a.operatorName.localeCompare(b.operatorName, 'uk') || a.operatorId - b.operatorId);

  const heatmap = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => arrivals[d * 24 + h] ?? 0));
  const alerts = alertPeriods(rr, names, spec);
  const inScope = names.branches.filter((b) => spec.branchId === null || b.id === spec.branchId);

  let previous: Report['previous'] = null;
  if (spec.compare) {
    const len = daysInclusive(spec.from, spec.to);
    const pFrom = addDays(spec.from, -len);
    const pTo = addDays(spec.from, -1);
    const acc = new FigureAcc();
    for (const r of rr.rollup(coveringPeriods(pFrom, pTo), { ...filter, cut: cutFor(spec) })) acc.add(r);
    previous = { from: pFrom, to: pTo, totals: acc.figures() };
  }

  return {
    from: spec.from, to: spec.to, grain, branchId: spec.branchId, totals: totals.figures(), previous,
    series: [...series.entries()].map(([period, a]) => ({ period, ...a.figures() })),
    byBranch: named(byBranch, (id) => id, (id) => branchName.get(id) ?? `#${id}`),
    byService: named(byService, (key) => serviceIdOf.get(key)!, (id) => serviceName.get(id) ?? `#${id}`),
    byWindow: named(byWindow, (id) => id, (id) => windowLabel.get(id) ?? `#${id}`),
    workload, heatmap, alerts,
    alertMinutes: round2(alerts.reduce((s, a) => s + a.minutes, 0)),
    targetWaitMinutes: [...new Set(inScope.map((b) => b.target_wait_minutes))].sort((a, b) => a - b),
  };
}

/** the alert periods overlapping the report's days, clipped to them (one query for all offices) */
function alertPeriods(rr: ReportRepo, names: Names, spec: ReportSpec): ReportAlertPeriod[] {
  const bounds = new Map<string, [number, number]>();
  const boundsOf = (timeZone: string) => {
    let b = bounds.get(timeZone);
    if (!b) bounds.set(timeZone, (b = [dayStartUtc(spec.from, timeZone), Math.min(dayStartUtc(addDays(spec.to, 1), timeZone), spec.nowMs)]));
    return b;
  };
  const zones = new Map(names.branches.map((b) => [b.id, b.time_zone]));
  let lo = Infinity;
  let hi = -Infinity;
  for (const tz of new Set(zones.values())) {
    const [s, e] = boundsOf(tz);
    lo = Math.min(lo, s);
    hi = Math.max(hi, e);
  }
  if (!(hi > lo)) return [];
  const out: ReportAlertPeriod[] = [];
  for (const a of rr.allAlerts(new Date(lo).toISOString(), new Date(hi).toISOString())) {
    if (spec.branchId !== null && a.branch_id !== spec.branchId) continue;
    const [start, end] = boundsOf(zones.get(a.branch_id) ?? 'Europe/Kyiv');
    const s = Math.max(start, Date.parse(a.started_at));
    const e = Math.min(end, a.ended_at ? Date.parse(a.ended_at) : spec.nowMs);
    if (e > s) out.push({ branchId: a.branch_id, startedAt: a.started_at, endedAt: a.ended_at, minutes: round2((e - s) / 60_000) });
  }
  return out;
}
