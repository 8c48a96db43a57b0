// The SQL of reports (migration 006): what a roll-up of one branch-day reads, the roll-up
// rows themselves, the window log, and the national export's tokens. The arithmetic lives in
// server/src/reports; this file only moves rows.
import Database, { type Statement } from 'better-sqlite3';
import type { Db } from './open';

export interface ReportTicketRow {
  id: number; service_id: number; priority_category_id: number | null; status: string;
  issued_at: string; window_id: number | null; operator_id: number | null;
}
export interface ReportEventRow {
  ticket_id: number; type: string; at: string; window_id: number | null; operator_id: number | null; data: string | null;
}
export interface AlertRow { branch_id: number; started_at: string; ended_at: string | null }
export interface WindowLogRow { id: number; window_id: number; operator_id: number | null; state: 'open' | 'paused' | 'closed'; at: string }

/** one roll-up row: the key and the sums (blobs: uint32 pairs, see migration 006) */
export interface RollupRow {
  branch_id: number; period: string; cut: number; service_id: number; window_id: number; operator_id: number;
  tickets: number; visitors: number; served: number; no_show: number; cancelled: number; closed: number; transferred: number;
  postponed: number; priority: number; wait_n: number; wait_sum_s: number; wait_within: number; service_n: number;
  service_sum_s: number; busy_s: number; rated: number; satisfied: number; wait_hist: Buffer | null; arrivals: Buffer | null;
}
export const ROLLUP_SUMS = [
  'tickets', 'visitors', 'served', 'no_show', 'cancelled', 'closed', 'transferred', 'postponed', 'priority', 'wait_n', 'wait_sum_s',
  'wait_within', 'service_n', 'service_sum_s', 'busy_s', 'rated', 'satisfied',
] as const;
export type RollupSum = (typeof ROLLUP_SUMS)[number];

export interface ShiftRow { branch_id: number; period: string; window_id: number; operator_id: number; shift_s: number; paused_s: number; alert_s: number }

/** What a report may be narrowed to; undefined = all. */
export interface RollupFilter {
  /** which cut of the roll-up (migration 006); shifts have none */
  cut?: number;
  branchId?: number;
  serviceIds?: readonly number[];
  windowId?: number;
  operatorId?: number;
}

export interface ExportTokenRow { id: number; name: string; created_at: string; created_by: string; last_used_at: string | null; revoked_at: string | null }

type RawRollup = [number, string, number, number, number, number, ...number[]];
/** the columns fromRaw() expects, in its order */
const READ_COLUMNS = `branch_id, period, cut, service_id, window_id, operator_id, ${ROLLUP_SUMS.join(', ')}, wait_hist, arrivals`;
/**
 * better-sqlite3 builds a row object property by property; arrays plus one object literal of a
 * fixed shape cost half as much, and a year of the network reads thousands of rows.
 */
function fromRaw(r: RawRollup): RollupRow {
  const v = r as unknown as number[];
  const b = r as unknown as (Buffer | null)[];
  return {
    branch_id: r[0], period: r[1], cut: r[2], service_id: r[3], window_id: r[4], operator_id: r[5],
    tickets: v[6]!, visitors: v[7]!, served: v[8]!, no_show: v[9]!, cancelled: v[10]!, closed: v[11]!, transferred: v[12]!, postponed: v[13]!, priority: v[14]!,
    wait_n: v[15]!, wait_sum_s: v[16]!, wait_within: v[17]!, service_n: v[18]!, service_sum_s: v[19]!, busy_s: v[20]!, rated: v[21]!, satisfied: v[22]!,
    wait_hist: b[23] ?? null, arrivals: b[24] ?? null,
  };
}

const ROLLUP_COLUMNS = ['branch_id', 'period', 'cut', 'service_id', 'window_id', 'operator_id', ...ROLLUP_SUMS, 'wait_hist', 'arrivals'];

export function reportRepo(db: Db) {
  const s = {
    dayTickets: db.prepare<[number, string], ReportTicketRow>(
      'SELECT id, service_id, priority_category_id, status, issued_at, window_id, operator_id FROM tickets WHERE branch_id = ? AND service_day = ? ORDER BY id'),
    dayEvents: db.prepare<[number, string], ReportEventRow>(
      `SELECT e.ticket_id, e.type, e.at, e.window_id, e.operator_id, e.data FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id
        WHERE t.branch_id = ? AND t.service_day = ? ORDER BY e.ticket_id, e.id`),
    dayRatings: db.prepare<[number, string], { ticket_id: number; satisfied: number; value: string }>('SELECT ticket_id, satisfied, value FROM ratings WHERE branch_id = ? AND service_day = ?'),
    alerts: db.prepare<[number, string, string], AlertRow>(
      'SELECT branch_id, started_at, ended_at FROM branch_alerts WHERE branch_id = ? AND started_at < ? AND (ended_at IS NULL OR ended_at > ?) ORDER BY started_at'),
    allAlerts: db.prepare<[string, string], AlertRow>(
      'SELECT branch_id, started_at, ended_at FROM branch_alerts WHERE started_at < ? AND (ended_at IS NULL OR ended_at > ?) ORDER BY branch_id, started_at'),
    branchWindows: db.prepare<[number], { id: number }>('SELECT id FROM windows WHERE branch_id = ?'),
    logBefore: db.prepare<[number, string], WindowLogRow>(
      'SELECT id, window_id, operator_id, state, at FROM report_window_log WHERE window_id = ? AND at < ? ORDER BY at DESC, id DESC LIMIT 1'),
    logBetween: db.prepare<[number, string, string], WindowLogRow>(
      'SELECT id, window_id, operator_id, state, at FROM report_window_log WHERE branch_id = ? AND at >= ? AND at < ? ORDER BY at, id'),
    lastLogOf: db.prepare<[number], WindowLogRow>('SELECT id, window_id, operator_id, state, at FROM report_window_log WHERE window_id = ? ORDER BY id DESC LIMIT 1'),
    addLog: db.prepare<[number, number, number | null, string, string]>('INSERT INTO report_window_log (branch_id, window_id, operator_id, state, at) VALUES (?, ?, ?, ?, ?)'),
    deleteRollup: db.prepare<[number, string]>('DELETE FROM report_rollup WHERE branch_id = ? AND period = ?'),
    insertRollup: db.prepare(`INSERT INTO report_rollup (${ROLLUP_COLUMNS.join(', ')}) VALUES (${ROLLUP_COLUMNS.map((c) => '@' + c).join(', ')})`),
    deleteShift: db.prepare<[number, string]>('DELETE FROM report_shift WHERE branch_id = ? AND period = ?'),
    insertShift: db.prepare('INSERT INTO report_shift (branch_id, period, window_id, operator_id, shift_s, paused_s, alert_s) VALUES (@branch_id, @period, @window_id, @operator_id, @shift_s, @paused_s, @alert_s)'),
    parts: db.prepare<[number, string, string, number], RollupRow>(
      'SELECT * FROM report_rollup WHERE branch_id = ? AND period >= ? AND period <= ? AND length(period) = ?'),
    shiftParts: db.prepare<[number, string, string, number], ShiftRow>(
      'SELECT * FROM report_shift WHERE branch_id = ? AND period >= ? AND period <= ? AND length(period) = ?'),
    officeDays: db.prepare<[number, string, string], RollupRow>(
      'SELECT * FROM report_rollup WHERE branch_id = ? AND period >= ? AND period <= ? AND length(period) = 10 AND cut = 0'),
    getState: db.prepare<[string], { value: number }>('SELECT value FROM report_state WHERE key = ?'),
    setState: db.prepare<[string, number]>('INSERT INTO report_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    maxEvent: db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM ticket_events'),
    maxRating: db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM ratings'),
    maxLog: db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM report_window_log'),
    eventDays: db.prepare<[number, number], { branch_id: number; service_day: string }>(
      'SELECT DISTINCT t.branch_id, t.service_day FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE e.id > ? AND e.id <= ?'),
    ratingDays: db.prepare<[number, number], { branch_id: number; service_day: string }>(
      'SELECT DISTINCT branch_id, service_day FROM ratings WHERE id > ? AND id <= ?'),
    logTimes: db.prepare<[number, number], { branch_id: number; at: string }>('SELECT branch_id, at FROM report_window_log WHERE id > ? AND id <= ?'),
    insertToken: db.prepare<[string, string, string, string]>('INSERT INTO export_tokens (name, token_hash, created_at, created_by) VALUES (?, ?, ?, ?)'),
    listTokens: db.prepare<[], ExportTokenRow>('SELECT id, name, created_at, created_by, last_used_at, revoked_at FROM export_tokens ORDER BY id'),
    getToken: db.prepare<[number], ExportTokenRow>('SELECT id, name, created_at, created_by, last_used_at, revoked_at FROM export_tokens WHERE id = ?'),
    tokenByHash: db.prepare<[string], { id: number }>('SELECT id FROM export_tokens WHERE token_hash = ? AND revoked_at IS NULL'),
    revokeToken: db.prepare<[string, number]>('UPDATE export_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    touchToken: db.prepare<[string, number]>('UPDATE export_tokens SET last_used_at = ? WHERE id = ?'),
  };
  const queries = new Map<string, Statement<unknown[], unknown>>();

  /** WHERE for a set of exact periods (days and months) plus the filter; cached per shape */
  function where(periods: number, f: RollupFilter, forShift: boolean): { sql: string } {
    const parts = [`period IN (${Array(periods).fill('?').join(',')})`];
    if (!forShift && f.cut !== undefined) parts.push('cut = ?');
    if (f.branchId !== undefined) parts.push('branch_id = ?');
    if (!forShift && f.serviceIds !== undefined) parts.push(`service_id IN (${f.serviceIds.map(() => '?').join(',') || 'NULL'})`);
    if (f.windowId !== undefined) parts.push('window_id = ?');
    if (f.operatorId !== undefined) parts.push('operator_id = ?');
    return { sql: parts.join(' AND ') };
  }
  const params = (periods: readonly string[], f: RollupFilter, forShift: boolean) => [
    ...periods, ...(!forShift && f.cut !== undefined ? [f.cut] : []), ...(f.branchId !== undefined ? [f.branchId] : []), ...(!forShift && f.serviceIds ? f.serviceIds : []),
    ...(f.windowId !== undefined ? [f.windowId] : []), ...(f.operatorId !== undefined ? [f.operatorId] : []),
  ];

  /** rows of exact periods with the filter; one prepared statement per shape of filter */
  function select<T>(table: 'report_rollup' | 'report_shift', periods: readonly string[], f: RollupFilter): T[] {
    if (periods.length === 0) return [];
    const forShift = table === 'report_shift';
    const sql = `SELECT * FROM ${table} WHERE ${where(periods.length, f, forShift).sql}`;
    let q = queries.get(sql);
    if (!q) queries.set(sql, (q = db.prepare<unknown[], unknown>(sql)));
    return q.all(...params(periods, f, forShift)) as T[];
  }

  return {
    dayTickets: (branchId: number, day: string) => s.dayTickets.all(branchId, day),
    dayEvents: (branchId: number, day: string) => s.dayEvents.all(branchId, day),
    dayRatings: (branchId: number, day: string) => s.dayRatings.all(branchId, day),
    /** alert periods of a branch overlapping [fromIso, toIso) */
    alerts: (branchId: number, fromIso: string, toIso: string) => s.alerts.all(branchId, toIso, fromIso),
    allAlerts: (fromIso: string, toIso: string) => s.allAlerts.all(toIso, fromIso),
    /** each window's state at `fromIso`, then every change until `toIso` */
    windowLog: (branchId: number, fromIso: string, toIso: string) => ({
      before: s.branchWindows.all(branchId).flatMap((w) => s.logBefore.all(w.id, fromIso)),
      during: s.logBetween.all(branchId, fromIso, toIso),
    }),
    lastLogOf: (windowId: number) => s.lastLogOf.get(windowId),
    addLog: (branchId: number, windowId: number, operatorId: number | null, state: WindowLogRow['state'], at: string) =>
      void s.addLog.run(branchId, windowId, operatorId, state, at),
    /** replaces one branch's rows of one period (a day or a month) */
    replace: (branchId: number, period: string, rows: readonly RollupRow[], shifts: readonly ShiftRow[]) => {
      s.deleteRollup.run(branchId, period);
      s.deleteShift.run(branchId, period);
      for (const r of rows) s.insertRollup.run(r);
      for (const r of shifts) s.insertShift.run(r);
    },
    /** the rows a month ('YYYY-MM': its days) or a year ('YYYY': its months) is the sum of */
    partsOf: (branchId: number, period: string) => {
      const [lo, hi, len] = period.length === 7 ? [`${period}-01`, `${period}-31`, 10] : [`${period}-01`, `${period}-12`, 7];
      return { rows: s.parts.all(branchId, lo, hi, len), shifts: s.shiftParts.all(branchId, lo, hi, len) };
    },
    /** day rows of the office as a whole (cut 0) for [from, to] */
    officeDays: (branchId: number, from: string, to: string) => s.officeDays.all(branchId, from, to),
    state: (key: string) => s.getState.get(key)?.value ?? 0,
    setState: (key: string, value: number) => void s.setState.run(key, value),
    maxIds: () => ({ events: s.maxEvent.get()?.id ?? 0, ratings: s.maxRating.get()?.id ?? 0, log: s.maxLog.get()?.id ?? 0 }),
    eventDays: (after: number, upTo: number) => s.eventDays.all(after, upTo),
    ratingDays: (after: number, upTo: number) => s.ratingDays.all(after, upTo),
    logTimes: (after: number, upTo: number) => s.logTimes.all(after, upTo),
    rollup(periods: readonly string[], f: RollupFilter): RollupRow[] {
      if (periods.length === 0) return [];
      const sql = `SELECT ${READ_COLUMNS} FROM report_rollup WHERE ${where(periods.length, f, false).sql}`;
      let q = queries.get(sql);
      if (!q) queries.set(sql, (q = db.prepare<unknown[], unknown>(sql).raw(true)));
      return (q.all(...params(periods, f, false)) as RawRollup[]).map(fromRaw);
    },
    /** shifts have no service: a service filter does not narrow them */
    shifts: (periods: readonly string[], f: RollupFilter) => select<ShiftRow>('report_shift', periods, f),
    names: () => ({
      branches: db.prepare<[], { id: number; name: string; time_zone: string; target_wait_minutes: number }>('SELECT id, name_uk AS name, time_zone, target_wait_minutes FROM branches ORDER BY id').all(),
      categories: db.prepare<[], { id: number; branch_id: number; parent_id: number | null; name: string }>('SELECT id, branch_id, parent_id, name_uk AS name FROM categories ORDER BY branch_id, sort_order, id').all(),
      services: db.prepare<[], { id: number; branch_id: number; category_id: number; name: string }>('SELECT id, branch_id, category_id, name_uk AS name FROM services ORDER BY branch_id, sort_order, id').all(),
      windows: db.prepare<[], { id: number; branch_id: number; label: string }>('SELECT id, branch_id, label FROM windows ORDER BY branch_id, id').all(),
      operators: db.prepare<[], { id: number; branch_id: number | null; name: string }>('SELECT id, branch_id, name FROM users ORDER BY name, id').all(),
    }),
    tokens: {
      create: (name: string, hash: string, at: string, by: string) => Number(s.insertToken.run(name, hash, at, by).lastInsertRowid),
      list: () => s.listTokens.all(),
      get: (id: number) => s.getToken.get(id),
      byHash: (hash: string) => s.tokenByHash.get(hash)?.id ?? null,
      revoke: (id: number, at: string) => s.revokeToken.run(at, id).changes > 0,
      touch: (id: number, at: string) => void s.touchToken.run(at, id),
    },
  };
}
export type ReportRepo = ReturnType<typeof reportRepo>;

/** a read-only connection for the report worker (WAL: reads never wait for the writer) */
export function openReadOnly(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}
