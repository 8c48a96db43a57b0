// "Who is next": examples and properties (fast-check) for each named strategy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StrategySettings } from '@cherha/contracts';
import { callOrder, fcfs, pickNext, type StrategyCandidate } from '../src/queue/strategy';

const MIN = 60_000;
const T0 = Date.parse('2026-11-23T08:00:00Z');
const S = (name: StrategySettings['name'], over: Partial<StrategySettings> = {}): StrategySettings => ({
  name, ordinaryPerPriority: 2, priorityBonusMinutes: 20, ...over,
});
const c = (id: number, minute: number, priority = false, level = 1): StrategyCandidate => ({ id, queuedAt: T0 + minute * MIN, priority, level });
const pick = (list: StrategyCandidate[], settings: StrategySettings, now = T0 + 60 * MIN, state = { ordinarySincePriority: 0 }) =>
  pickNext(list, settings, state, now);

const candidateArb = fc.array(
  fc.record({ id: fc.integer({ min: 1, max: 10_000 }), queuedAt: fc.integer({ min: T0, max: T0 + 600 * MIN }), priority: fc.boolean(), level: fc.integer({ min: 0, max: 3 }) }),
  { maxLength: 40 },
).map((list) => list.filter((x, i) => list.findIndex((y) => y.id === x.id) === i));
const settingsArb = fc.record({
  name: fc.constantFrom<StrategySettings['name']>('strict_priority', 'ratio', 'aging'),
  ordinaryPerPriority: fc.integer({ min: 1, max: 5 }),
  priorityBonusMinutes: fc.integer({ min: 0, max: 120 }),
});

describe('examples', () => {
  it('strict priority: a priority visitor first, then first come first served', () => {
    expect(pick([c(1, 0), c(2, 5, true), c(3, 1)], S('strict_priority')).ticketId).toBe(2);
    expect(pick([c(3, 1), c(1, 0)], S('strict_priority')).ticketId).toBe(1);
  });
  it('ratio: one priority per two ordinary', () => {
    const list = [c(1, 0), c(2, 1), c(3, 2), c(10, 0, true), c(11, 1, true)];
    let state = { ordinarySincePriority: 0 };
    const order: number[] = [];
    let pool = list;
    while (pool.length) {
      const p = pick(pool, S('ratio'), T0 + 60 * MIN, state);
      order.push(p.ticketId!);
      state = p.state;
      pool = pool.filter((x) => x.id !== p.ticketId);
    }
    expect(order).toEqual([1, 2, 10, 3, 11]);
  });
  it('aging: a priority head start, but a long wait wins', () => {
    expect(pick([c(1, 0), c(2, 15, true)], S('aging')).ticketId).toBe(2); // 15 min later but 20 min bonus
    expect(pick([c(1, 0), c(2, 25, true)], S('aging')).ticketId).toBe(1); // waited 25 min longer
  });
  it('window levels: sent-to-this-window first, then primary, then backup', () => {
    expect(pick([c(1, 0, true, 2), c(2, 30, false, 1)], S('strict_priority')).ticketId).toBe(2);
    expect(pick([c(1, 0, true, 1), c(2, 30, false, 0)], S('aging')).ticketId).toBe(2);
  });
  it('an empty queue picks nobody', () => {
    expect(pick([], S('aging')).ticketId).toBeNull();
  });
});

describe('properties', () => {
  it('always picks one of the candidates, never invents one, and picks someone when anyone waits', () => {
    fc.assert(fc.property(candidateArb, settingsArb, fc.integer({ min: 0, max: 5 }), (list, settings, n) => {
      const p = pickNext(list, settings, { ordinarySincePriority: n }, T0 + 700 * MIN);
      if (list.length === 0) return p.ticketId === null;
      return list.some((x) => x.id === p.ticketId);
    }));
  });

  it('only the best window level is ever picked', () => {
    fc.assert(fc.property(candidateArb.filter((l) => l.length > 0), settingsArb, (list, settings) => {
      const p = pickNext(list, settings, { ordinarySincePriority: 0 }, T0 + 700 * MIN);
      const best = Math.min(...list.map((x) => x.level));
      return list.find((x) => x.id === p.ticketId)!.level === best;
    }));
  });

  it('among equals (same priority and level), first come first served', () => {
    fc.assert(fc.property(candidateArb.filter((l) => l.length > 0), settingsArb, fc.boolean(), (list, settings, prio) => {
      const equals = list.map((x) => ({ ...x, priority: prio, level: 1 }));
      const p = pickNext(equals, settings, { ordinarySincePriority: 0 }, T0 + 700 * MIN);
      return p.ticketId === [...equals].sort(fcfs)[0]!.id;
    }));
  });

  it('serving the whole queue serves every ticket exactly once', () => {
    fc.assert(fc.property(candidateArb, settingsArb, (list, settings) => {
      let pool = list;
      let state = { ordinarySincePriority: 0 };
      const served: number[] = [];
      let now = T0 + 600 * MIN;
      while (pool.length) {
        const p = pickNext(pool, settings, state, now);
        served.push(p.ticketId!);
        state = p.state;
        pool = pool.filter((x) => x.id !== p.ticketId);
        now += MIN;
      }
      return served.length === list.length && new Set(served).size === list.length;
    }));
  });

  it('strict priority: no ordinary ticket while a priority one waits at that level', () => {
    fc.assert(fc.property(candidateArb.filter((l) => l.length > 0), (list) => {
      const flat = list.map((x) => ({ ...x, level: 1 }));
      const p = pickNext(flat, S('strict_priority'), { ordinarySincePriority: 0 }, T0);
      return flat.some((x) => x.priority) ? flat.find((x) => x.id === p.ticketId)!.priority : true;
    }));
  });

  it('ratio: never more than N ordinary calls in a row while priority visitors wait', () => {
    fc.assert(fc.property(candidateArb, fc.integer({ min: 1, max: 4 }), (list, n) => {
      let pool = list.map((x) => ({ ...x, level: 1 }));
      let state = { ordinarySincePriority: 0 };
      let run = 0;
      while (pool.length) {
        const prioWaiting = pool.some((x) => x.priority);
        const p = pickNext(pool, S('ratio', { ordinaryPerPriority: n }), state, T0);
        const t = pool.find((x) => x.id === p.ticketId)!;
        run = t.priority ? 0 : prioWaiting ? run + 1 : 0;
        if (run > n) return false;
        state = p.state;
        pool = pool.filter((x) => x.id !== t.id);
      }
      return true;
    }));
  });

  it('aging: nobody waits without bound — an ordinary ticket older than the bonus beats every newer ticket', () => {
    fc.assert(fc.property(candidateArb.filter((l) => l.length > 1), fc.integer({ min: 0, max: 120 }), (list, bonus) => {
      const flat = list.map((x) => ({ ...x, level: 1 }));
      const now = T0 + 700 * MIN;
      const p = pickNext(flat, S('aging', { priorityBonusMinutes: bonus }), { ordinarySincePriority: 0 }, now);
      const picked = flat.find((x) => x.id === p.ticketId)!;
      // no other ticket waited more than `bonus` minutes longer than the one picked
      return flat.every((x) => x.queuedAt >= picked.queuedAt - bonus * MIN);
    }));
  });
});

describe('call order preview', () => {
  it('is exactly the sequence of picks, so the operator sees who will really come next', () => {
    fc.assert(fc.property(candidateArb, settingsArb, (list, settings) => {
      const now = T0 + 700 * MIN;
      const order = callOrder(list, settings, { ordinarySincePriority: 0 }, now, 1000);
      let pool = list;
      let state = { ordinarySincePriority: 0 };
      for (const id of order) {
        const p = pickNext(pool, settings, state, now);
        if (p.ticketId !== id) return false;
        state = p.state;
        pool = pool.filter((x) => x.id !== id);
      }
      return pool.length === 0 && callOrder(list, settings, { ordinarySincePriority: 0 }, now, 3).length === Math.min(3, list.length);
    }));
  });
});
