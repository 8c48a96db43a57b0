// Booked visitors in the "who is next" strategies: a ticket checked in on time for a booked
// time is called first at its best level once that time has come, in every strategy; before
// its time it is an ordinary ticket; callOrder stays the same as picking one by one.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { StrategySettings } from '@cherha/contracts';
import { callOrder, pickNext, type StrategyCandidate } from '../src/queue/strategy';

const T0 = Date.parse('2026-11-23T08:00:00Z');
const MIN = 60_000;

const candidatesArb = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 1, max: 100_000 }),
    queuedAt: fc.integer({ min: 0, max: 12 }).map((m) => T0 + m * 10 * MIN),
    priority: fc.boolean(),
    level: fc.integer({ min: 0, max: 2 }),
    // a third of them booked, at a time on either side of "now"
    bookedAt: fc.option(fc.integer({ min: 0, max: 24 }).map((m) => T0 + m * 10 * MIN), { freq: 2 }).map((v) => v ?? undefined),
  }),
  { selector: (c) => c.id, maxLength: 60 },
).map((list) => list.map(({ bookedAt, ...c }): StrategyCandidate => (bookedAt === undefined ? c : { ...c, bookedAt })));
const settingsArb = fc.record({
  name: fc.constantFrom<StrategySettings['name']>('strict_priority', 'ratio', 'aging'),
  ordinaryPerPriority: fc.integer({ min: 1, max: 5 }),
  priorityBonusMinutes: fc.constantFrom(0, 10, 20, 60),
});
const nowArb = fc.integer({ min: 0, max: 240 }).map((m) => T0 + m * MIN);

const best = (list: StrategyCandidate[]) => Math.min(...list.map((c) => c.level));

it('calls a booked visitor whose time has come first at its level, earliest booked time first, in every strategy', () => {
  fc.assert(fc.property(candidatesArb, settingsArb, fc.integer({ min: 0, max: 7 }), nowArb, (list, settings, since, now) => {
    const state = { ordinarySincePriority: since };
    const pick = pickNext(list, settings, state, now);
    if (list.length === 0) {
      expect(pick.ticketId).toBeNull();
      return;
    }
    const level = best(list);
    const due = list.filter((c) => c.level === level && c.bookedAt !== undefined && c.bookedAt <= now);
    if (due.length === 0) return;
    const earliest = Math.min(...due.map((c) => c.bookedAt!));
    const picked = list.find((c) => c.id === pick.ticketId)!;
    expect(picked.bookedAt).toBe(earliest);
    expect(picked.level).toBe(level);
    // calling a booked visitor leaves the ratio counter as it was
    expect(pick.state).toEqual(state);
  }), { numRuns: 2000 });
});

it('treats a booked ticket before its time exactly like an ordinary one', () => {
  fc.assert(fc.property(candidatesArb, settingsArb, fc.integer({ min: 0, max: 7 }), nowArb, (list, settings, since, now) => {
    const notDue = list.map((c) => (c.bookedAt !== undefined && c.bookedAt > now ? c : { ...c, bookedAt: undefined }));
    const plain = notDue.map(({ bookedAt: _ignored, ...c }) => c);
    const state = { ordinarySincePriority: since };
    expect(pickNext(notDue, settings, state, now)).toEqual(pickNext(plain, settings, state, now));
    expect(callOrder(notDue, settings, state, now, Infinity)).toEqual(callOrder(plain, settings, state, now, Infinity));
  }), { numRuns: 1000 });
});

it('callOrder with booked visitors is the order of picking one by one', () => {
  fc.assert(fc.property(candidatesArb, settingsArb, fc.integer({ min: 0, max: 7 }), nowArb, fc.integer({ min: 0, max: 80 }), (list, settings, since, now, limit) => {
    const order: number[] = [];
    let pool = [...list];
    let st = { ordinarySincePriority: since };
    while (pool.length > 0 && order.length < limit) {
      const p = pickNext(pool, settings, st, now);
      order.push(p.ticketId!);
      st = p.state;
      pool = pool.filter((c) => c.id !== p.ticketId);
    }
    expect(callOrder(list, settings, { ordinarySincePriority: since }, now, limit)).toEqual(order);
  }), { numRuns: 2000 });
});

it('a booked visitor at 10:00 who checked in at 09:50 is called before the priority visitor and the long-waiting one, at 10:00 and not before', () => {
  const list: StrategyCandidate[] = [
    { id: 1, queuedAt: T0, priority: false, level: 1 },
    { id: 2, queuedAt: T0 + 60 * MIN, priority: true, level: 1 },
    { id: 3, queuedAt: T0 + 110 * MIN, priority: false, level: 1, bookedAt: T0 + 120 * MIN },
  ];
  for (const name of ['strict_priority', 'ratio', 'aging'] as const) {
    const settings = { name, ordinaryPerPriority: 2, priorityBonusMinutes: 20 };
    expect(pickNext(list, settings, { ordinarySincePriority: 0 }, T0 + 119 * MIN).ticketId).not.toBe(3);
    expect(pickNext(list, settings, { ordinarySincePriority: 0 }, T0 + 120 * MIN).ticketId).toBe(3);
  }
});
