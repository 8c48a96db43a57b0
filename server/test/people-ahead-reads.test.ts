// People ahead reads the branch's waiting tickets once (a ticket being issued: only what its
// windows may call) and the calling windows in one query (ahead.ts); the answer must be what
// the windows' own candidate queries and the pick-by-pick loop give — with an inactive window,
// backup levels, tickets sent to a window and priority visitors, for every strategy.
import { expect, it } from 'vitest';
import type { StrategySettings } from '@cherha/contracts';
import { createRepos, createTestDb } from '@cherha/db';
import { PeopleAhead } from '../src/queue/ahead';
import { QueueService } from '../src/queue/service';
import { pickNext, type StrategyCandidate } from '../src/queue/strategy';
import { seedDemo } from '../src/demo';

function placeByLoop(pool: StrategyCandidate[], id: number, settings: StrategySettings, since: number, now: number): number | null {
  let st = { ordinarySincePriority: since };
  for (let picked = 0; pool.length > 0; picked++) {
    const p = pickNext(pool, settings, st, now);
    if (p.ticketId === id) return picked;
    st = p.state;
    pool = pool.filter((c) => c.id !== p.ticketId);
  }
  return null;
}

it('counts as the per-window candidate queries and the pick-by-pick loop do', () => {
  const repos = createRepos(createTestDb());
  let now = Date.parse('2026-11-24T08:00:00Z');
  seedDemo(repos, new Date(now));
  const queue = new QueueService(repos, { now: () => new Date(now) });
  const branch = queue.branch(1);
  const windows = repos.windows.list(1);
  const services = repos.catalog.services(1).filter((s) => s.dailyCap === null).slice(0, 6);
  const kiosk = repos.devices.list(1).find((d) => d.kind === 'kiosk')!;
  const priorityId = repos.catalog.priorityCategories(1)[0]!.id;
  for (let i = 0; i < 60; i++) {
    now += 37_000;
    const { ticket } = queue.issueTicket({ kind: 'device', device: kiosk }, 1, {
      serviceId: services[i % services.length]!.id, idempotencyKey: `ahead-${i}-key`, language: 'uk', ...(i % 4 === 1 ? { priorityCategoryId: priorityId } : {}),
    });
    // some are sent to a window (one that serves nothing, one that is off)
    if (i % 9 === 0) repos.tickets.save({ ...ticket, targetWindowId: windows[i % 2 === 0 ? 2 : 0]!.id });
    // and some to a window that serves other services too (a newcomer's window must count them)
    if (i % 9 === 4) repos.tickets.save({ ...ticket, targetWindowId: windows[1]!.id });
  }
  // then the windows change under the waiting tickets (issuing refuses a service no window serves):
  // window 1 switched off; window 2 serves two services as backup (level 2); window 3 serves none
  repos.windows.update(windows[0]!.id, { label: windows[0]!.label, name: windows[0]!.name, active: false, services: windows[0]!.services });
  repos.windows.update(windows[1]!.id, {
    label: windows[1]!.label, name: windows[1]!.name, active: true,
    services: [{ serviceId: services[0]!.id, level: 1 }, { serviceId: services[1]!.id, level: 2 }, { serviceId: services[2]!.id, level: 2 }],
  });
  repos.windows.update(windows[2]!.id, { label: windows[2]!.label, name: windows[2]!.name, active: true, services: [] });
  // the one read takes the time from SQLite as a number: the same instant Date.parse gives
  const waiting = repos.tickets.open(1).filter((t) => t.status === 'waiting');
  const byId = <T extends { id: number }>(xs: T[]) => [...xs].sort((x, y) => x.id - y.id);
  expect(byId(repos.tickets.waitingForOrder(1))).toEqual(byId(waiting.map((t) => ({
    id: t.id, serviceId: t.serviceId, priority: t.priorityCategoryId !== null, queuedAtMs: Date.parse(t.queuedAt), targetWindowId: t.targetWindowId,
  }))));
  const active = repos.windows.list(1).filter((w) => w.active);
  const since = repos.branches.runtime(1)!.ordinarySincePriority;
  const settingsList: StrategySettings[] = [
    { name: 'strict_priority', ordinaryPerPriority: 2, priorityBonusMinutes: 10 },
    { name: 'ratio', ordinaryPerPriority: 2, priorityBonusMinutes: 10 },
    { name: 'aging', ordinaryPerPriority: 2, priorityBonusMinutes: 10 },
  ];
  let compared = 0;
  let newcomers = 0;
  for (const strategy of settingsList) {
    const ahead = new PeopleAhead(repos, { ...branch, strategy }, now);
    const poolOf = (windowId: number) => repos.tickets.candidates(1, windowId)
      .map((c) => ({ id: c.id, priority: c.priorityCategoryId !== null, queuedAt: Date.parse(c.queuedAt), level: c.level }));
    const expected = (t: { id: number; serviceId: number; targetWindowId: number | null }, extra?: (level: number) => StrategyCandidate) => {
      const callers = t.targetWindowId !== null
        ? active.filter((w) => w.id === t.targetWindowId).map((w) => ({ id: w.id, level: 0 }))
        : active.flatMap((w) => w.services.filter((s) => s.serviceId === t.serviceId).map((s) => ({ id: w.id, level: s.level })));
      const places = callers
        .map((w) => placeByLoop(extra ? [...poolOf(w.id), extra(w.level)] : poolOf(w.id), t.id, strategy, since, now))
        .filter((p): p is number => p !== null);
      return places.length ? Math.min(...places) : null;
    };
    for (const t of repos.tickets.open(1).filter((x) => x.status === 'waiting')) {
      const want = expected(t);
      if (want === null) continue; // nobody calls it: the fallback count, not the order, answers
      expect(ahead.ofTicket(t), `${strategy.name} ticket ${t.number}`).toBe(want);
      compared += 1;
    }
    for (const s of services) {
      for (const priority of [false, true]) {
        const newcomer = { id: Number.MAX_SAFE_INTEGER, serviceId: s.id, targetWindowId: null, priority, queuedAt: now };
        const want = expected(newcomer, (level) => ({ id: newcomer.id, priority, queuedAt: now, level }));
        if (want === null) continue;
        // a fresh count, as the kiosk's issue makes it: it reads only what the newcomer's windows may call
        expect(new PeopleAhead(repos, { ...branch, strategy }, now).count(newcomer, true), `${strategy.name} new ${s.prefix} ${priority}`).toBe(want);
        // and the same from a count that had read the whole queue
        expect(ahead.count(newcomer, true)).toBe(want);
        newcomers += 1;
      }
    }
  }
  // the case mix really happened: tickets sent to a window, backup levels, priority
  expect(compared).toBeGreaterThan(100);
  expect(newcomers).toBeGreaterThan(20);
  expect(repos.tickets.open(1).some((t) => t.targetWindowId === windows[2]!.id)).toBe(true);
});
