// "Who is next": pure, named strategies, one per branch. Each takes the tickets a
// window may call and returns the one to call. Shared rules, applied before any
// strategy: a window takes only from its best level (0 = sent to this very window,
// 1 = primary services, 2 = backup…); among equals, first come first served.
import type { StrategySettings } from '@cherha/contracts';

export interface StrategyCandidate {
  id: number;
  priority: boolean;
  /** ms since epoch: the queue order key */
  queuedAt: number;
  level: number;
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
  return STRATEGIES[settings.name](bestLevel(candidates), settings, state, now);
}

/**
 * The order in which a window would call its candidates if nobody new arrived: the
 * strategy applied again and again. Used to show an operator "who is next" in truth,
 * not in issue order. O(n²) on a queue of at most a few hundred.
 */
export function callOrder(candidates: readonly StrategyCandidate[], settings: StrategySettings, state: StrategyState, now: number, limit: number): number[] {
  const order: number[] = [];
  let pool = [...candidates];
  let st = state;
  while (pool.length > 0 && order.length < limit) {
    const p = pickNext(pool, settings, st, now);
    if (p.ticketId === null) break;
    order.push(p.ticketId);
    st = p.state;
    pool = pool.filter((c) => c.id !== p.ticketId);
  }
  return order;
}
