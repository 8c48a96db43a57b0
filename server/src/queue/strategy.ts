// "Who is next": pure, named strategies, one per branch. Each takes the tickets a
// window may call and returns the one to call. Shared rules, applied before any
// strategy: a window takes only from its best level (0 = sent to this very window,
// 1 = primary services, 2 = backup…); within it, a visitor who booked a time and checked in
// on time is called first once that time has come (earliest booked time first), whatever
// the strategy; among equals, first come first served.
import type { StrategySettings } from '@cherha/contracts';

export interface StrategyCandidate {
  id: number;
  priority: boolean;
  /** ms since epoch: the queue order key */
  queuedAt: number;
  level: number;
  /** ms since epoch: the booked time of a ticket checked in on time (server/src/booking) */
  bookedAt?: number;
}

export interface StrategyState {
  /** ratio: ordinary calls since the last priority call */
  ordinarySincePriority: number;
}

export interface Pick {
  ticketId: number | null;
  state: StrategyState;
}

/** earlier queued first, then lower id: total and stable */
export const fcfs = (a: StrategyCandidate, b: StrategyCandidate): number => a.queuedAt - b.queuedAt || a.id - b.id;

function bestLevel(candidates: readonly StrategyCandidate[]): StrategyCandidate[] {
  let min = Infinity;
  for (const c of candidates) min = Math.min(min, c.level);
  return candidates.filter((c) => c.level === min);
}

function oldest(list: readonly StrategyCandidate[]): StrategyCandidate | undefined {
  let best: StrategyCandidate | undefined;
  for (const c of list) if (!best || fcfs(c, best) < 0) best = c;
  return best;
}

/** booked tickets whose time has come, earliest booked time first */
function dueBooked(list: readonly StrategyCandidate[], now: number): StrategyCandidate[] {
  return list.filter((c) => c.bookedAt !== undefined && c.bookedAt <= now).sort((a, b) => a.bookedAt! - b.bookedAt! || fcfs(a, b));
}

type Strategy = (pool: StrategyCandidate[], settings: StrategySettings, state: StrategyState, now: number) => Pick;

const strictPriority: Strategy = (pool, _settings, state) => {
  const pick = oldest(pool.filter((c) => c.priority)) ?? oldest(pool);
  return { ticketId: pick?.id ?? null, state };
};

/** One priority visitor per N ordinary ones (N = settings.ordinaryPerPriority), counted per branch. */
const ratio: Strategy = (pool, settings, state) => {
  const priority = oldest(pool.filter((c) => c.priority));
  const ordinary = oldest(pool.filter((c) => !c.priority));
  if (priority && (!ordinary || state.ordinarySincePriority >= settings.ordinaryPerPriority)) {
    return { ticketId: priority.id, state: { ordinarySincePriority: 0 } };
  }
  if (ordinary) return { ticketId: ordinary.id, state: { ordinarySincePriority: state.ordinarySincePriority + 1 } };
  return { ticketId: null, state };
};

/**
 * Waiting time counts: a priority ticket gets a head start of priorityBonusMinutes, but
 * an ordinary ticket that has waited longer than that beats it, so nobody waits without bound.
 */
const aging: Strategy = (pool, settings, state, now) => {
  const bonus = settings.priorityBonusMinutes * 60_000;
  let best: StrategyCandidate | undefined;
  let bestScore = -Infinity;
  for (const c of pool) {
    const score = now - c.queuedAt + (c.priority ? bonus : 0);
    if (score > bestScore || (score === bestScore && best && fcfs(c, best) < 0)) {
      best = c;
      bestScore = score;
    }
  }
  return { ticketId: best?.id ?? null, state };
};

const STRATEGIES: Record<StrategySettings['name'], Strategy> = { strict_priority: strictPriority, ratio, aging };

export function pickNext(candidates: readonly StrategyCandidate[], settings: StrategySettings, state: StrategyState, now: number): Pick {
  if (candidates.length === 0) return { ticketId: null, state };
  const pool = bestLevel(candidates);
  // a booked visitor at their time does not count as ordinary or priority: the ratio counter stays
  const booked = dueBooked(pool, now)[0];
  if (booked) return { ticketId: booked.id, state };
  return STRATEGIES[settings.name](pool, settings, state, now);
}

/**
 * The order in which a window would call its candidates if nobody new arrived: the same
 * answer as applying pickNext again and again (the test keeps that loop as the reference),
 * but O(n log n) instead of O(n²) — the kiosk asks it for every ticket it issues (people
 * ahead, ahead.ts) and the queue can hold hundreds. pickNext only ever looks at the best
 * level present, so the levels are called one after another, lowest first; within a level
 * each strategy is a fixed order (strict priority, aging) or a merge of two first-come
 * lines by the ratio counter, which runs on across levels as the loop's state did.
 */
export function callOrder(candidates: readonly StrategyCandidate[], settings: StrategySettings, state: StrategyState, now: number, limit: number): number[] {
  const byLevel = new Map<number, StrategyCandidate[]>();
  for (const c of candidates) {
    const list = byLevel.get(c.level);
    if (list) list.push(c);
    else byLevel.set(c.level, [c]);
  }
  const order: number[] = [];
  let st = state;
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    if (order.length >= limit) break;
    st = orderWithinLevel(byLevel.get(level)!, settings, st, now, order, limit);
  }
  return order;
}

/** Appends one level's call order to `order` (up to `limit` in all); returns the state after it. */
function orderWithinLevel(
  level: StrategyCandidate[], settings: StrategySettings, state: StrategyState, now: number, order: number[], limit: number,
): StrategyState {
  const push = (list: readonly StrategyCandidate[]) => {
    for (const c of list) {
      if (order.length >= limit) return;
      order.push(c.id);
    }
  };
  // booked visitors whose time has come go first (as pickNext), the rest by the strategy
  const booked = dueBooked(level, now);
  if (booked.length > 0) {
    push(booked);
    const taken = new Set(booked.map((c) => c.id));
    level = level.filter((c) => !taken.has(c.id));
  }
  if (settings.name === 'aging') {
    const bonus = settings.priorityBonusMinutes * 60_000;
    const score = new Map(level.map((c) => [c.id, now - c.queuedAt + (c.priority ? bonus : 0)]));
    push([...level].sort((a, b) => {
      const sa = score.get(a.id)!;
      const sb = score.get(b.id)!;
      return sa > sb ? -1 : sa < sb ? 1 : fcfs(a, b);
    }));
    return state;
  }
  const priority = level.filter((c) => c.priority).sort(fcfs);
  const ordinary = level.filter((c) => !c.priority).sort(fcfs);
  if (settings.name === 'strict_priority') {
    push(priority);
    push(ordinary);
    return state;
  }
  // ratio: the oldest priority visitor when N ordinary ones have been called since the last
  // (or no ordinary one waits), else the oldest ordinary one
  let st = state;
  let p = 0;
  let o = 0;
  while ((p < priority.length || o < ordinary.length) && order.length < limit) {
    if (p < priority.length && (o >= ordinary.length || st.ordinarySincePriority >= settings.ordinaryPerPriority)) {
      order.push(priority[p++]!.id);
      st = { ordinarySincePriority: 0 };
    } else {
      order.push(ordinary[o++]!.id);
      st = { ordinarySincePriority: st.ordinarySincePriority + 1 };
    }
  }
  return st;
}
