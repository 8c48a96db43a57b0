// callOrder is computed level by level in O(n log n); it must give exactly the order of
// applying pickNext again and again, which is what call-next does (the reference below).
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { StrategySettings } from '@cherha/contracts';
import { callOrder, pickNext, type StrategyCandidate, type StrategyState } from '../src/queue/strategy';

const T0 = Date.parse('2026-11-23T08:00:00Z');

function referenceOrder(candidates: readonly StrategyCandidate[], settings: StrategySettings, state: StrategyState, now: number, limit: number): number[] {
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

// few distinct times and levels, so ties (same minute, same score, same level) are common
const candidatesArb = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 1, max: 100_000 }),
    queuedAt: fc.integer({ min: 0, max: 12 }).map((m) => T0 + m * 10 * 60_000),
    priority: fc.boolean(),
    level: fc.integer({ min: 0, max: 3 }),
  }),
  { selector: (c) => c.id, maxLength: 80 },
);
const settingsArb = fc.record({
  name: fc.constantFrom<StrategySettings['name']>('strict_priority', 'ratio', 'aging'),
  ordinaryPerPriority: fc.integer({ min: 1, max: 5 }),
  priorityBonusMinutes: fc.constantFrom(0, 10, 20, 30, 60),
});

it('gives the same order as picking one by one, for every strategy, state, level mix and limit', () => {
  fc.assert(fc.property(
    candidatesArb, settingsArb, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 100 }),
    (list, settings, since, nowMinutes, limit) => {
      const state = { ordinarySincePriority: since };
      const now = T0 + nowMinutes * 60_000;
      expect(callOrder(list, settings, state, now, limit)).toEqual(referenceOrder(list, settings, state, now, limit));
      expect(callOrder(list, settings, state, now, Infinity)).toEqual(referenceOrder(list, settings, state, now, Infinity));
    },
  ), { numRuns: 3000 });
});
