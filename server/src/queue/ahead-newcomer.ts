// «Перед вами» of a ticket being issued, from counts instead of whole call orders. The kiosk
// asks it for every ticket; ordering each window's whole queue (ahead.ts, the reference, which
// stays for stored tickets and is what the property test compares this with) read and sorted
// hundreds of rows per issue. A newcomer needs less: callOrder (strategy.ts) calls the levels
// one after another, due booked visitors first within a level, then a fixed order (strict
// priority, aging) or a merge of two first-come lines (ratio). So at a window the newcomer's
// place is: everyone at a better level, the due booked at its own level, and those of its level
// the strategy puts before it — which only depends on how many are queued before its threshold
// in each line. The counts come from the waiting set kept in memory (waiting-set.ts), which
// answers what the grouped query db tickets.waitingTally would.
import type { StrategySettings } from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import { waitingSetsOf } from './waiting-set';

/** one level of one window's candidates, as counts (due booked visitors apart) */
interface LevelTally {
  /** booked visitors whose time has come: called first at this level */
  due: number;
  priority: number;
  ordinary: number;
  /** of those, queued before the newcomer in the strategy's order */
  priorityBefore: number;
  ordinaryBefore: number;
}

export interface Newcomer {
  serviceId: number;
  priority: boolean;
  /** ms since epoch: its queue time (it has the highest id, so it loses every tie) */
  queuedAt: number;
}

type CallingWindow = ReturnType<Repos['tickets']['callingWindows']>[number];

/**
 * The queue time at or before which a waiting ticket of each kind is called before the
 * newcomer, were both in one line of one level. First come first served (strict priority,
 * ratio): queued no later than it. Aging: the score (waited + the bonus of a priority visitor)
 * is higher, or equal and queued no later — times are whole ms and the bonus whole minutes.
 */
export function thresholds(settings: StrategySettings, n: Newcomer): { priority: number; ordinary: number } {
  if (settings.name !== 'aging') return { priority: n.queuedAt, ordinary: n.queuedAt };
  const bonus = settings.priorityBonusMinutes * 60_000;
  if (n.priority) return { priority: n.queuedAt, ordinary: n.queuedAt - bonus };
  return { priority: bonus > 0 ? n.queuedAt + bonus - 1 : n.queuedAt, ordinary: n.queuedAt };
}

/** The ratio counter after a whole level of `priority` and `ordinary` visitors is called. */
function ratioStateAfter(priority: number, ordinary: number, since: number, perPriority: number): number {
  let p = 0;
  let o = 0;
  let st = since;
  while (p < priority || o < ordinary) {
    if (p < priority && (o >= ordinary || st >= perPriority)) {
      p += 1;
      st = 0;
    } else {
      o += 1;
      st += 1;
    }
  }
  return st;
}

/** Picks of the ratio merge before the newcomer (in its line at index `before`). */
function ratioPlace(level: LevelTally, n: Newcomer, since: number, perPriority: number): number {
  const priority = level.priority + (n.priority ? 1 : 0);
  const ordinary = level.ordinary + (n.priority ? 0 : 1);
  const at = n.priority ? level.priorityBefore : level.ordinaryBefore;
  let p = 0;
  let o = 0;
  let st = since;
  for (let picks = 0; ; picks++) {
    if (p < priority && (o >= ordinary || st >= perPriority)) {
      if (n.priority && p === at) return picks;
      p += 1;
      st = 0;
    } else {
      if (!n.priority && o === at) return picks;
      o += 1;
      st += 1;
    }
  }
}

/** The newcomer's place at one window whose candidates are `levels`, joining at `joinLevel`. */
function placeAt(levels: Map<number, LevelTally>, joinLevel: number, n: Newcomer, settings: StrategySettings, since: () => number): number {
  let place = 0;
  let st: number | undefined;
  for (const l of [...levels.keys()].filter((x) => x < joinLevel).sort((a, b) => a - b)) {
    const t = levels.get(l)!;
    place += t.due + t.priority + t.ordinary;
    // the ratio counter runs on across levels, as the pick-by-pick loop's state does
    if (settings.name === 'ratio') st = ratioStateAfter(t.priority, t.ordinary, st ?? since(), settings.ordinaryPerPriority);
  }
  const own = levels.get(joinLevel) ?? { due: 0, priority: 0, ordinary: 0, priorityBefore: 0, ordinaryBefore: 0 };
  place += own.due;
  if (settings.name === 'ratio') return place + ratioPlace(own, n, st ?? since(), settings.ordinaryPerPriority);
  if (settings.name === 'strict_priority') return place + (n.priority ? own.priorityBefore : own.priority + own.ordinaryBefore);
  return place + own.priorityBefore + own.ordinaryBefore;
}

/**
 * People ahead of a newcomer of `n.serviceId` (not sent to a window): the fewest any window
 * serving its service would call first. Null when the counts cannot answer — no window serves
 * the service, or a stored time SQLite cannot read — and the caller then orders the queues.
 */
export function newcomerAhead(
  repos: Repos, branchId: number, day: string, settings: StrategySettings, now: number, n: Newcomer, since: () => number,
): number | null {
  const windows: CallingWindow[] = repos.tickets.callingWindows(branchId, n.serviceId);
  const callers = windows.flatMap((w) => w.services.filter((s) => s.serviceId === n.serviceId).map((s) => ({ window: w, level: s.level })));
  if (callers.length === 0) return null;
  // what these windows may call: their services, or sent to them (as the reference reads)
  const only = { serviceIds: [...new Set(windows.flatMap((w) => w.services.map((s) => s.serviceId)))], windowIds: windows.map((w) => w.id) };
  const th = thresholds(settings, n);
  // the same counts as db tickets.waitingTally / bookedWaitingFor, from the waiting set in memory
  const sets = waitingSetsOf(repos.db);
  const { rows, booked } = sets
    ? sets.tally(branchId, only, day, th)
    : { rows: repos.tickets.waitingTally(branchId, only, day, th), booked: repos.tickets.bookedWaitingFor(branchId, only, day) };
  if (rows.some((r) => r.before === null)) return null;
  let best = Infinity;
  for (const { window, level: joinLevel } of callers) {
    const levelOf = new Map(window.services.map((s) => [s.serviceId, s.level]));
    const levels = new Map<number, LevelTally>();
    const at = (serviceId: number, target: number | null): LevelTally | undefined => {
      const l = target === null ? levelOf.get(serviceId) : target === window.id ? 0 : undefined;
      if (l === undefined) return undefined;
      let t = levels.get(l);
      if (!t) levels.set(l, (t = { due: 0, priority: 0, ordinary: 0, priorityBefore: 0, ordinaryBefore: 0 }));
      return t;
    };
    const add = (t: LevelTally, priority: boolean, before: boolean, count: number) => {
      if (priority) {
        t.priority += count;
        if (before) t.priorityBefore += count;
      } else {
        t.ordinary += count;
        if (before) t.ordinaryBefore += count;
      }
    };
    for (const r of rows) {
      const t = at(r.serviceId, r.targetWindowId);
      if (t) add(t, r.priority, r.before!, r.n);
    }
    for (const b of booked) {
      if (Number.isNaN(b.queuedAtMs)) return null;
      const t = at(b.serviceId, b.targetWindowId);
      if (!t) continue;
      // a booked visitor before their time waits in the strategy's lines like anyone else
      if (b.bookedAtMs <= now) t.due += 1;
      else add(t, b.priority, b.queuedAtMs <= (b.priority ? th.priority : th.ordinary), 1);
    }
    best = Math.min(best, placeAt(levels, joinLevel, n, settings, since));
  }
  return best;
}
