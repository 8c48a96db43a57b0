// A realistic past for reports: tickets, their events, ratings, alert periods and the window
// log of whole days, written straight into the database (prepared statements, one
// transaction per day of the network). The same code fills the demo centre's recent weeks
// (`npm run demo:history`) and the benchmark's city year (36 offices, ~1 M tickets).
// Rhythms: seasons (busy late summer, quiet January), weekdays (Monday peak, short Saturday,
// closed Sunday), hours (morning and after-lunch peaks, lunch pause at the windows).
// Visitors: ~6 % priority, ~4 % no-shows, ~3 % transfers, ~1.5 % postponements, ~1 % leave
// before their call; a third rate the service, less happily after a long wait; ~4 % of days
// have an air-raid alert during which nobody is called.
import { demoCentre, reportRepo, type Db, type DemoCategory, type Repos } from '@cherha/db';
import { addDays, dayStartUtc } from './days';
import { RollupKeeper } from './keeper';

/** deterministic randomness: the same seed gives the same history */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEASON = [0.75, 0.85, 0.95, 1.0, 1.0, 1.05, 1.1, 1.25, 1.3, 1.05, 0.95, 0.85]; // Jan…Dec
const WEEKDAY = [0, 1.3, 1.1, 1.05, 1.0, 0.9, 0.45]; // Sun…Sat (Sunday closed)
/** arrivals by local hour (index = hour); opening 8:00–18:00, Saturday 9:00–14:00 */
const HOURLY = [0, 0, 0, 0, 0, 0, 0, 0, 0.7, 1.3, 1.5, 1.4, 1.0, 0.6, 1.2, 1.3, 1.0, 0.6, 0, 0, 0, 0, 0, 0];

export interface HistoryBranch {
  id: number;
  timeZone: string;
  services: { id: number; prefix: string; meanMinutes: number; weight: number }[];
  windows: { id: number; operatorId: number }[];
  priorityCategoryId: number | null;
  /** share of the network's visitors */
  weight: number;
}

export interface HistoryOptions {
  branches: HistoryBranch[];
  /** first and last service day (inclusive) */
  from: string;
  to: string;
  /** expected tickets over the whole period and network */
  tickets: number;
  seed?: number;
  /** days that already have tickets in a branch are left alone (re-running adds nothing) */
  skipExisting?: boolean;
  onDay?: (day: string, tickets: number) => void;
}

interface SimTicket {
  serviceId: number;
  prefix: string;
  priority: boolean;
  issuedAt: number;
  queuedAt: number;
  /** what will happen when called */
  fate: 'serve' | 'no_show' | 'transfer' | 'postpone' | 'leave';
  leaveAt: number;
  events: { type: string; at: number; windowId: number | null; operatorId: number | null; data: string | null }[];
  status: string;
  windowId: number | null;
  operatorId: number | null;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  transferredOnce: boolean;
  returnAt: number | null;
  waitMs: number;
}

function pickWeighted<T extends { weight: number }>(list: readonly T[], total: number, r: number): T {
  let x = r * total;
  for (const item of list) {
    x -= item.weight;
    if (x <= 0) return item;
  }
  return list[list.length - 1]!;
}

/** a service duration in ms: log-normal around the service's mean */
function duration(meanMinutes: number, rand: () => number): number {
  const z = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  return Math.max(60_000, meanMinutes * 60_000 * Math.exp(0.45 * z - 0.1));
}

export function generateHistory(db: Db, opts: HistoryOptions): number {
  const rand = rng(opts.seed ?? 1);
  const ins = {
    ticket: db.prepare(`INSERT INTO tickets (branch_id, service_id, service_day, prefix, seq, number, status, priority_category_id, window_id, operator_id,
      issued_at, queued_at, called_at, started_at, finished_at, public_code, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'history')`),
    event: db.prepare("INSERT INTO ticket_events (ticket_id, branch_id, type, at, window_id, operator_id, actor, data) VALUES (?, ?, ?, ?, ?, ?, 'history', ?)"),
    rating: db.prepare(`INSERT INTO ratings (ticket_id, branch_id, service_id, window_id, operator_id, service_day, channel, value, satisfied, created_at)
      VALUES (?, ?, ?, ?, ?, ?, 'web', ?, ?, ?)`),
    alert: db.prepare("INSERT INTO branch_alerts (branch_id, started_at, ended_at, started_by, ended_by) VALUES (?, ?, ?, 'history', 'history')"),
    log: db.prepare('INSERT INTO report_window_log (branch_id, window_id, operator_id, state, at) VALUES (?, ?, ?, ?, ?)'),
    exists: db.prepare<[number, string], { n: number }>('SELECT count(*) AS n FROM tickets WHERE branch_id = ? AND service_day = ?'),
  };
  const days: string[] = [];
  for (let d = opts.from; d <= opts.to; d = addDays(d, 1)) days.push(d);
  const dayWeight = (d: string) => SEASON[Number(d.slice(5, 7)) - 1]! * WEEKDAY[new Date(`${d}T12:00:00Z`).getUTCDay()]!;
  const totalDayWeight = days.reduce((s, d) => s + dayWeight(d), 0);
  const totalBranchWeight = opts.branches.reduce((s, b) => s + b.weight, 0);
  const hourTotal = HOURLY.reduce((a, b) => a + b, 0);
  let written = 0;
  let codeSeq = Date.now() % 1_000_000;

  const simulateDay = (b: HistoryBranch, day: string) => {
    const saturday = new Date(`${day}T12:00:00Z`).getUTCDay() === 6;
    const open = saturday ? 9 : 8;
    const close = saturday ? 14 : 18;
    const midnight = dayStartUtc(day, b.timeZone);
    const expected = (opts.tickets * (b.weight / totalBranchWeight) * dayWeight(day)) / totalDayWeight;
    const n = Math.max(0, Math.round(expected * (0.85 + 0.3 * rand())));
    const serviceTotal = b.services.reduce((s, x) => s + x.weight, 0);
    const hours = HOURLY.map((w, h) => (h >= open && h < close ? w : 0));
    const hoursTotal = hours.reduce((a, c) => a + c, 0) || hourTotal;
    const tickets: SimTicket[] = [];
    for (let i = 0; i < n; i++) {
      let x = rand() * hoursTotal;
      let hour = open;
      for (let h = 0; h < 24; h++) {
        x -= hours[h]!;
        if (x <= 0) {
          hour = h;
          break;
        }
      }
      const at = midnight + (hour * 3600 + Math.floor(rand() * 3600)) * 1000;
      const s = pickWeighted(b.services, serviceTotal, rand());
      const r = rand();
      tickets.push({
        serviceId: s.id, prefix: s.prefix, priority: b.priorityCategoryId !== null && rand() < 0.06, issuedAt: at, queuedAt: at,
        fate: r < 0.04 ? 'no_show' : r < 0.07 ? 'transfer' : r < 0.085 ? 'postpone' : r < 0.095 ? 'leave' : 'serve',
        leaveAt: at + (15 + rand() * 30) * 60_000, events: [{ type: 'issued', at, windowId: null, operatorId: null, data: null }], status: 'waiting',
        windowId: null, operatorId: null, calledAt: null, startedAt: null, finishedAt: null, transferredOnce: false, returnAt: null, waitMs: 0,
      });
    }
    tickets.sort((p, q) => p.issuedAt - q.issuedAt);
    // an alert on ~4 % of days: 20–90 minutes, some time between 9:00 and 16:00
    const alerts: [number, number][] = [];
    if (rand() < 0.04) {
      const s = midnight + (9 * 60 + Math.floor(rand() * 7 * 60)) * 60_000;
      alerts.push([s, s + (20 + Math.floor(rand() * 70)) * 60_000]);
    }
    const inAlert = (t: number) => alerts.some(([s, e]) => t >= s && t < e);
    const lunch: [number, number] = [midnight + 13 * 3600_000, midnight + 13.75 * 3600_000];
    const meanOf = new Map(b.services.map((s) => [s.id, s.meanMinutes]));
    const windows = b.windows.map((w, i) => ({ ...w, free: midnight + open * 3600_000 + i * 20_000 }));
    const end = midnight + close * 3600_000;
    const queue: SimTicket[] = [];
    let next = 0;
    const STEP = 20_000;
    /** nothing can happen before the next arrival, return, leave or free window: jump there */
    const skipTo = (t: number): number => {
      let soon = next < tickets.length ? tickets[next]!.issuedAt : Infinity;
      let waiting = false;
      for (const q of queue) {
        if (q.status === 'postponed' && q.returnAt !== null) soon = Math.min(soon, q.returnAt);
        else if (q.status === 'waiting') {
          waiting = true;
          if (q.fate === 'leave') soon = Math.min(soon, q.leaveAt);
        }
      }
      if (waiting) soon = Math.min(soon, Math.max(t, windows.reduce((m, w) => Math.min(m, w.free), Infinity)));
      return Number.isFinite(soon) ? soon : t + STEP;
    };
    for (let t = midnight + open * 3600_000; t < end + 3 * 3600_000; t = Math.max(t + STEP, skipTo(t))) {
      while (next < tickets.length && tickets[next]!.issuedAt <= t) queue.push(tickets[next++]!);
      // leavers and returns
      for (let i = queue.length - 1; i >= 0; i--) {
        const q = queue[i]!;
        if (q.status === 'postponed' && q.returnAt !== null && q.returnAt <= t) {
          q.status = 'waiting';
          q.queuedAt = t;
          q.returnAt = null;
          q.events.push({ type: 'returned', at: t, windowId: null, operatorId: null, data: '{"placement":"last"}' });
        } else if (q.status === 'waiting' && q.fate === 'leave' && q.leaveAt <= t) {
          q.status = 'cancelled';
          q.finishedAt = t;
          q.events.push({ type: 'cancelled', at: t, windowId: null, operatorId: null, data: null });
          queue.splice(i, 1);
        }
      }
      if (inAlert(t) || (t >= lunch[0] && t < lunch[1] && !saturday)) continue;
      if (t >= end && queue.length === 0 && next >= tickets.length) break;
      for (const w of windows) {
        if (w.free > t) continue;
        // priority first, then by queue time
        let best = -1;
        for (let i = 0; i < queue.length; i++) {
          const q = queue[i]!;
          if (q.status !== 'waiting') continue;
          if (best < 0 || (q.priority && !queue[best]!.priority) || (q.priority === queue[best]!.priority && q.queuedAt < queue[best]!.queuedAt)) best = i;
        }
        if (best < 0) break;
        const q = queue[best]!;
        const calledAt = t + Math.floor(rand() * STEP);
        q.events.push({ type: 'called', at: calledAt, windowId: w.id, operatorId: w.operatorId, data: null });
        q.calledAt = calledAt;
        q.windowId = w.id;
        q.operatorId = w.operatorId;
        if (q.fate === 'no_show') {
          const done = calledAt + (2 + rand() * 2) * 60_000;
          q.events.push({ type: 'no_show', at: done, windowId: w.id, operatorId: w.operatorId, data: null });
          q.status = 'no_show';
          q.finishedAt = done;
          w.free = done;
          queue.splice(best, 1);
        } else if (q.fate === 'postpone' && q.returnAt === null && q.status === 'waiting' && !q.events.some((e) => e.type === 'postponed')) {
          const at = calledAt + 60_000;
          q.events.push({ type: 'postponed', at, windowId: w.id, operatorId: w.operatorId, data: null });
          q.status = 'postponed';
          q.returnAt = at + (8 + rand() * 15) * 60_000;
          q.windowId = null;
          w.free = at;
        } else {
          const started = calledAt + (20 + rand() * 60) * 1000;
          q.events.push({ type: 'started', at: started, windowId: w.id, operatorId: w.operatorId, data: null });
          q.startedAt = started;
          if (q.fate === 'transfer' && !q.transferredOnce) {
            const at = started + (2 + rand() * 4) * 60_000;
            const to = pickWeighted(b.services, serviceTotal, rand());
            q.events.push({ type: 'transferred', at, windowId: w.id, operatorId: w.operatorId, data: JSON.stringify({ serviceId: q.serviceId, windowId: w.id, toServiceId: to.id, toWindowId: null, placement: 'first' }) });
            q.serviceId = to.id;
            q.transferredOnce = true;
            q.queuedAt = q.issuedAt; // goes first: back by its original time
            q.windowId = null;
            q.operatorId = null;
            w.free = at;
          } else {
            const done = started + duration(meanOf.get(q.serviceId) ?? 10, rand);
            q.events.push({ type: 'finished', at: done, windowId: w.id, operatorId: w.operatorId, data: null });
            q.status = 'done';
            q.finishedAt = done;
            w.free = done;
            queue.splice(best, 1);
          }
        }
      }
    }
    // the day end closes whoever is left
    const dayEnd = midnight + 86_400_000 - 60_000;
    for (const q of [...queue, ...tickets.slice(next)]) {
      if (q.status === 'waiting' || q.status === 'postponed') {
        q.status = 'closed';
        q.finishedAt = dayEnd;
        q.events.push({ type: 'closed', at: dayEnd, windowId: null, operatorId: null, data: null });
      }
    }
    return { tickets, alerts, openAt: midnight + open * 3600_000, closeAt: end, lunch: saturday ? null : lunch };
  };

  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const writeDay = (b: HistoryBranch, day: string) => {
    if (dayWeight(day) === 0 || (opts.skipExisting && ins.exists.get(b.id, day)!.n > 0)) return 0; // closed on Sundays
    const sim = simulateDay(b, day);
    for (const [s, e] of sim.alerts) ins.alert.run(b.id, iso(s), iso(e));
    for (const w of b.windows) {
      const log = (state: string, at: number) => ins.log.run(b.id, w.id, state === 'closed' ? null : w.operatorId, state, iso(at));
      log('open', sim.openAt - 5 * 60_000);
      if (sim.lunch) {
        log('paused', sim.lunch[0]);
        log('open', sim.lunch[1]);
      }
      const last = Math.max(sim.closeAt, ...sim.tickets.filter((t) => t.windowId === w.id && t.finishedAt !== null).map((t) => t.finishedAt!));
      log('closed', last + 5 * 60_000);
    }
    const seqs = new Map<string, number>();
    for (const t of sim.tickets) {
      const seq = (seqs.get(t.prefix) ?? 0) + 1;
      seqs.set(t.prefix, seq);
      const code = `h${(codeSeq++).toString(36).padStart(10, '0')}${Math.floor(rand() * 1e6).toString(36)}`;
      const id = Number(ins.ticket.run(b.id, t.serviceId, day, t.prefix, seq, `${t.prefix}${String(seq).padStart(3, '0')}`, t.status,
        t.priority ? b.priorityCategoryId : null, t.windowId, t.operatorId, iso(t.issuedAt), iso(t.queuedAt), iso(t.calledAt), iso(t.startedAt), iso(t.finishedAt), code).lastInsertRowid);
      for (const e of t.events) ins.event.run(id, b.id, e.type, iso(e.at), e.windowId, e.operatorId, e.data);
      if (t.status === 'done' && rand() < 0.33) {
        const firstCall = t.events.find((e) => e.type === 'called')!.at;
        const waitMin = (firstCall - t.issuedAt) / 60_000;
        const ok = rand() < (waitMin > 30 ? 0.7 : waitMin > 15 ? 0.85 : 0.95);
        ins.rating.run(id, b.id, t.serviceId, t.windowId, t.operatorId, day, ok ? 'satisfied' : 'dissatisfied', ok ? 1 : 0, iso(t.finishedAt! + 60_000));
      }
    }
    return sim.tickets.length;
  };

  for (const day of days) {
    const n = db.transaction(() => opts.branches.reduce((sum, b) => sum + writeDay(b, day), 0))();
    written += n;
    opts.onDay?.(day, n);
  }
  return written;
}

/** the offices of a database as the generator needs them (services weighted, one operator per window) */
export function historyBranches(repos: Repos, ids?: readonly number[]): HistoryBranch[] {
  const r = rng(7);
  const operatorsOf = repos.db.prepare<[number], { id: number }>("SELECT id FROM users WHERE branch_id = ? AND role = 'operator' AND active = 1 ORDER BY id");
  return repos.branches.list().filter((b) => !ids || ids.includes(b.id)).map((b) => {
    const ops = operatorsOf.all(b.id);
    const windows = repos.windows.list(b.id).filter((w) => w.active).slice(0, Math.max(1, ops.length)).map((w, i) => ({ id: w.id, operatorId: ops[i % ops.length]?.id ?? 0 }));
    const services = repos.catalog.services(b.id).filter((s) => s.active).map((s, i) => ({ id: s.id, prefix: s.prefix, meanMinutes: s.expectedMinutes, weight: i < 8 ? 3 + r() * 4 : 0.3 + r() }));
    const priority = repos.catalog.priorityCategories(b.id).find((p) => p.active);
    return { id: b.id, timeZone: b.timeZone, services, windows: windows.filter((w) => w.operatorId !== 0), priorityCategoryId: priority?.id ?? null, weight: 0.6 + r() * 0.8 };
  });
}

/**
 * A city network for the benchmark: `offices` copies of the demo catalogue (~40 services),
 * `windows` windows spread over them, one operator per window.
 */
export function createCity(repos: Repos, offices: number, windows: number): void {
  const user = repos.db.prepare("INSERT INTO users (branch_id, login, name, role, password_hash, active) VALUES (?, ?, ?, 'operator', '!', 1)");
  const win = repos.db.prepare('INSERT INTO windows (branch_id, label, name, active) VALUES (?, ?, ?, 1)');
  const link = repos.db.prepare('INSERT INTO window_services (window_id, service_id, level) VALUES (?, ?, 1)');
  repos.db.transaction(() => {
    for (let o = 1; o <= offices; o++) {
      const branchId = repos.branches.create({
        name: { uk: `ЦНАП №${o}`, en: `ASC No. ${o}` }, address: '', timeZone: 'Europe/Kyiv', strategy: { name: 'aging', ordinaryPerPriority: 2, priorityBonusMinutes: 20 },
        targetWaitMinutes: 15, ticketHeader: '', ticketFooter: '', active: true, exceptions: [],
        hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })).concat([{ weekday: 6, opens: '09:00', closes: '14:00' }]),
      });
      const serviceIds: number[] = [];
      let order = 0;
      const add = (c: DemoCategory, parentId: number | null) => {
        const id = repos.catalog.createCategory(branchId, { parentId, name: c.name, sortOrder: order++ });
        for (const s of c.services ?? []) {
          serviceIds.push(repos.catalog.createService(branchId, {
            categoryId: id, name: s.name, prefix: s.prefix, rangeStart: 1, rangeEnd: 999, dailyCap: null, opensAt: null, closesAt: null,
            stopIssuingMinutesBeforeClose: 0, expectedMinutes: s.expectedMinutes, active: true, sortOrder: order++,
          }));
        }
        for (const child of c.children ?? []) add(child, id);
      };
      for (const c of demoCentre.categories) add(c, null);
      repos.catalog.createPriorityCategory(branchId, { name: { uk: 'Особи з інвалідністю', en: 'People with disabilities' }, active: true });
      const count = Math.floor(windows / offices) + (o <= windows % offices ? 1 : 0);
      for (let w = 1; w <= count; w++) {
        const windowId = Number(win.run(branchId, String(w), `Вікно ${w}`).lastInsertRowid);
        for (const s of serviceIds) link.run(windowId, s);
        user.run(branchId, `city${o}-op${w}`, `Адміністратор ${o}.${w}`);
      }
    }
  })();
}

/** builds every roll-up the history needs (the same keeper the server runs) */
export function buildRollups(repos: Repos, now: Date): number {
  return new RollupKeeper(repos.db, reportRepo(repos.db), () => now).sync();
}
