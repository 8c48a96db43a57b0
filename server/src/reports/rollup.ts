// Roll-ups: one branch-day is rebuilt from its tickets, events, ratings and window log; its
// month is then re-summed from the month's days. Which days to rebuild is read from the log
// itself (events, ratings and window-log rows newer than the last ones read), so nothing —
// commands, the day end, an imported history — can slip past the roll-ups.
import { ROLLUP_SUMS, type Db, type ReportEventRow, type ReportRepo, type RollupRow, type ShiftRow } from '@cherha/db';
import { localTime } from '../time';
import { addDays, dayStartUtc, monthOf } from './days';
import { secondsOutside, ticketFacts, type Interval } from './facts';
import { addPairsToMap, bump, encodePairs, type Counts } from './pairs';

/** waits of 240 minutes and more share the last bucket of the histogram */
export const WAIT_BUCKET_CAP = 240;

export interface BranchInfo {
  id: number;
  timeZone: string;
  targetWaitMinutes: number;
}

interface Acc {
  row: RollupRow;
  hist: Counts;
  arrivals: Counts;
}

/** the cuts of migration 006: which keys a row keeps */
export const CUT = { office: 0, service: 1, window: 2, operator: 3, full: 4 } as const;

function emptyRow(branchId: number, period: string, cut: number, serviceId: number, windowId: number, operatorId: number): RollupRow {
  const row = { branch_id: branchId, period, cut, service_id: serviceId, window_id: windowId, operator_id: operatorId, wait_hist: null, arrivals: null } as RollupRow;
  for (const k of ROLLUP_SUMS) row[k] = 0;
  return row;
}

class Accumulator {
  private readonly map = new Map<string, Acc>();
  constructor(private readonly branchId: number, private readonly period: string) {}
  get(cut: number, serviceId: number, windowId: number, operatorId: number): Acc {
    const key = `${cut}:${serviceId}:${windowId}:${operatorId}`;
    let a = this.map.get(key);
    if (!a) this.map.set(key, (a = { row: emptyRow(this.branchId, this.period, cut, serviceId, windowId, operatorId), hist: new Map(), arrivals: new Map() }));
    return a;
  }
  /** the same figures into every cut */
  all(serviceId: number, windowId: number, operatorId: number): Acc[] {
    return [
      this.get(CUT.office, 0, 0, 0), this.get(CUT.service, serviceId, 0, 0), this.get(CUT.window, 0, windowId, 0),
      this.get(CUT.operator, 0, 0, operatorId), this.get(CUT.full, serviceId, windowId, operatorId),
    ];
  }
  rows(): RollupRow[] {
    return [...this.map.values()].map((a) => ({ ...a.row, wait_hist: encodePairs(a.hist), arrivals: encodePairs(a.arrivals) }));
  }
}

/** alert periods of a branch as sorted intervals (an alert still on ends "now") */
export function alertIntervals(rr: ReportRepo, branchId: number, fromMs: number, toMs: number, nowMs: number): Interval[] {
  return rr.alerts(branchId, new Date(fromMs).toISOString(), new Date(toMs).toISOString()).map((a) => [Date.parse(a.started_at), a.ended_at ? Date.parse(a.ended_at) : nowMs] as const);
}

function groupEvents(events: readonly ReportEventRow[]): Map<number, ReportEventRow[]> {
  const by = new Map<number, ReportEventRow[]>();
  for (const e of events) {
    let list = by.get(e.ticket_id);
    if (!list) by.set(e.ticket_id, (list = []));
    list.push(e);
  }
  return by;
}

/** the rows of one branch-day, computed from the log (nothing written) */
export function buildBranchDay(rr: ReportRepo, b: BranchInfo, day: string, nowMs: number): { rows: RollupRow[]; shifts: ShiftRow[] } {
  const start = dayStartUtc(day, b.timeZone);
  const end = dayStartUtc(addDays(day, 1), b.timeZone);
  // a ticket of the day may wait past midnight only until the day end closes it
  const alerts = alertIntervals(rr, b.id, start, end + 86_400_000, nowMs);
  const events = groupEvents(rr.dayEvents(b.id, day));
  const ratings = new Map(rr.dayRatings(b.id, day).map((r) => [r.ticket_id, r.satisfied === 1]));
  const acc = new Accumulator(b.id, day);
  const targetSeconds = b.targetWaitMinutes * 60;
  /** each window-operator's calls, to tell idle alert time from alert time with a visitor */
  const busy = new Map<string, Interval[]>();
  for (const t of rr.dayTickets(b.id, day)) {
    const f = ticketFacts(t, events.get(t.id) ?? [], alerts);
    const lt = localTime(new Date(f.issuedAt), b.timeZone);
    const rating = ratings.get(t.id);
    for (const { row, hist, arrivals } of acc.all(f.serviceId, f.windowId, f.operatorId)) {
      row.tickets++;
      if (f.visitor) row.visitors++;
      if (f.outcome === 'done') row.served++;
      else if (f.outcome === 'no_show') row.no_show++;
      else if (f.outcome === 'cancelled') row.cancelled++;
      else if (f.outcome === 'closed') row.closed++;
      if (f.transferred) row.transferred++;
      if (f.postponed) row.postponed++;
      if (f.priority) row.priority++;
      if (f.waitSeconds !== null) {
        const w = Math.round(f.waitSeconds);
        row.wait_n++;
        row.wait_sum_s += w;
        if (w <= targetSeconds) row.wait_within++;
        bump(hist, Math.min(WAIT_BUCKET_CAP, Math.floor(w / 60)));
      }
      if (f.serviceSeconds !== null) {
        row.service_n++;
        row.service_sum_s += Math.round(f.serviceSeconds);
      }
      bump(arrivals, (lt.weekday - 1) * 24 + Math.floor(lt.minutes / 60));
      if (rating !== undefined) {
        row.rated++;
        if (rating) row.satisfied++;
      }
    }
    for (const seg of f.busy) {
      for (const a of acc.all(seg.serviceId, seg.windowId, seg.operatorId)) a.row.busy_s += Math.round(seg.seconds);
      const k = `${seg.windowId}:${seg.operatorId}`;
      busy.set(k, [...(busy.get(k) ?? []), [seg.from, seg.to]]);
    }
  }
  return { rows: acc.rows(), shifts: buildShifts(rr, b.id, day, start, Math.min(end, nowMs), alerts, busy) };
}

/**
 * Time each operator held each window during [start, end): open or paused; and the part of
 * the open time under an alert with no visitor at the window (calling was impossible, so it
 * is not idle time).
 */
function buildShifts(
  rr: ReportRepo, branchId: number, day: string, start: number, end: number, alerts: readonly Interval[], busy: ReadonlyMap<string, readonly Interval[]>,
): ShiftRow[] {
  if (end <= start) return [];
  const log = rr.windowLog(branchId, new Date(start).toISOString(), new Date(end).toISOString());
  const out = new Map<string, ShiftRow>();
  const add = (windowId: number, operatorId: number | null, state: string, a: number, z: number) => {
    if (operatorId === null || state === 'closed' || z <= a) return;
    const key = `${windowId}:${operatorId}`;
    let r = out.get(key);
    if (!r) out.set(key, (r = { branch_id: branchId, period: day, window_id: windowId, operator_id: operatorId, shift_s: 0, paused_s: 0, alert_s: 0 }));
    const secs = Math.round((z - a) / 1000);
    r.shift_s += secs;
    if (state === 'paused') r.paused_s += secs;
    else {
      const calls = busy.get(key) ?? [];
      for (const [s0, e0] of alerts) {
        const lo = Math.max(a, s0);
        const hi = Math.min(z, e0);
        if (hi > lo) r.alert_s += Math.round(secondsOutside(lo, hi, calls));
      }
    }
  };
  const current = new Map(log.before.map((l) => [l.window_id, { operatorId: l.operator_id, state: l.state, since: start }]));
  for (const l of log.during) {
    const c = current.get(l.window_id);
    if (c) add(l.window_id, c.operatorId, c.state, c.since, Date.parse(l.at));
    current.set(l.window_id, { operatorId: l.operator_id, state: l.state, since: Date.parse(l.at) });
  }
  for (const [windowId, c] of current) add(windowId, c.operatorId, c.state, c.since, end);
  return [...out.values()];
}

/** a month's rows as the sums of its days, a year's as the sums of its months (histograms merged) */
export function buildSum(rr: ReportRepo, branchId: number, month: string): { rows: RollupRow[]; shifts: ShiftRow[] } {
  const { rows, shifts } = rr.partsOf(branchId, month);
  const acc = new Accumulator(branchId, month);
  for (const r of rows) {
    const a = acc.get(r.cut, r.service_id, r.window_id, r.operator_id);
    for (const k of ROLLUP_SUMS) a.row[k] += r[k];
    addPairsToMap(a.hist, r.wait_hist);
    addPairsToMap(a.arrivals, r.arrivals);
  }
  const sh = new Map<string, ShiftRow>();
  for (const s of shifts) {
    const key = `${s.window_id}:${s.operator_id}`;
    const t = sh.get(key) ?? { ...s, period: month, shift_s: 0, paused_s: 0, alert_s: 0 };
    t.shift_s += s.shift_s;
    t.paused_s += s.paused_s;
    t.alert_s += s.alert_s;
    sh.set(key, t);
  }
  return { rows: acc.rows(), shifts: [...sh.values()] };
}

/** Rebuilds the given branch-days, their months and years (one transaction). */
export function rebuildDays(rr: ReportRepo, db: Db, branches: ReadonlyMap<number, BranchInfo>, days: Iterable<readonly [number, string]>, nowMs: number): number {
  const months = new Set<string>();
  let n = 0;
  db.transaction(() => {
    for (const [branchId, day] of days) {
      const b = branches.get(branchId);
      if (!b) continue;
      const built = buildBranchDay(rr, b, day, nowMs);
      rr.replace(branchId, day, built.rows, built.shifts);
      months.add(`${branchId}|${monthOf(day)}`);
      n++;
    }
    // months first (from their days), then their years (from the months): 'b|YYYY-MM' → 'b|YYYY'
    const years = new Set([...months].map((m) => m.slice(0, -3)));
    for (const key of [...months, ...years]) {
      const [branchId, period] = key.split('|') as [string, string];
      const built = buildSum(rr, Number(branchId), period);
      rr.replace(Number(branchId), period, built.rows, built.shifts);
    }
  })();
  return n;
}
