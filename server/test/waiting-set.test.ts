// The waiting set in memory (queue/waiting-set.ts) must answer exactly what the grouped queries
// it replaces answer (db tickets.waitingTally and bookedWaitingFor, the reference) after any
// sequence of changes through the connection — issues, calls, transfers, returns, bookings
// checked in, late or cancelled, deletions, whole transactions rolled back after the set was
// asked inside them — and after a commit by another connection. Real SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { createRepos, createTestDb, openDb, type Repos } from '@cherha/db';
import { seedDemo } from '../src/demo';
import { localTime } from '../src/time';
import { waitingSetsOf, type BookedRow, type TallyRow } from '../src/queue/waiting-set';

const NOW = Date.parse('2026-11-24T10:00:00Z');
const MIN = 60_000;

type Op =
  | { kind: 'issue'; service: number; priority: boolean; minutes: number; target: number | null }
  | { kind: 'status'; pick: number; status: 'waiting' | 'called' | 'cancelled' | 'postponed' }
  | { kind: 'target'; pick: number; target: number | null }
  | { kind: 'book'; pick: number; startsIn: number; late: boolean; status: 'checked_in' | 'booked' | 'cancelled'; otherDay: boolean }
  | { kind: 'late'; pick: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'rollback'; inner: Op[] };

const simpleOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('issue' as const), service: fc.integer({ min: 0, max: 3 }), priority: fc.boolean(), minutes: fc.integer({ min: -60, max: 5 }), target: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 4 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom('waiting' as const, 'called' as const, 'cancelled' as const, 'postponed' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('target' as const), pick: fc.nat(), target: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('book' as const), pick: fc.nat(), startsIn: fc.integer({ min: -30, max: 30 }), late: fc.boolean(), status: fc.constantFrom('checked_in' as const, 'checked_in' as const, 'booked' as const, 'cancelled' as const), otherDay: fc.constantFrom(false, false, true) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('late' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 9, arbitrary: simpleOp },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rollback' as const), inner: fc.array(simpleOp, { minLength: 1, maxLength: 5 }) }) },
);

function world(repos: Repos) {
  seedDemo(repos, new Date(NOW));
  const branch = repos.branches.get(1)!;
  const day = localTime(new Date(NOW), branch.timeZone).date;
  const services = repos.catalog.services(1).slice(0, 4).map((s) => s.id);
  const windows = repos.windows.list(1).slice(0, 4).map((w) => w.id);
  const priorityId = repos.catalog.priorityCategories(1)[0]!.id;
  let seq = 0;
  const ids = () => repos.db.prepare<[], number>('SELECT id FROM tickets ORDER BY id').pluck().all();
  const pick = (n: number) => {
    const all = ids();
    return all.length ? all[n % all.length] : undefined;
  };
  const apply = (op: Op): void => {
    switch (op.kind) {
      case 'issue': {
        seq += 1;
        const t = repos.tickets.insert({
          branchId: 1, serviceId: services[op.service]!, serviceDay: day, prefix: `Z${seq}`, seq: 1, number: `Z${seq}`, priorityCategoryId: op.priority ? priorityId : null,
          issuedAt: new Date(NOW + op.minutes * MIN).toISOString(), peopleAheadAtIssue: 0, estimatedWaitMinutesAtIssue: 0, language: 'uk',
          publicCode: `code-${seq}`, idempotencyKey: null, issuedBy: 'test', issuedByDeviceId: null,
        });
        if (op.target !== null) repos.tickets.save({ ...t, targetWindowId: windows[op.target]! });
        return;
      }
      case 'status': {
        const id = pick(op.pick);
        if (id !== undefined) repos.db.prepare('UPDATE tickets SET status = ? WHERE id = ?').run(op.status, id);
        return;
      }
      case 'target': {
        const id = pick(op.pick);
        if (id !== undefined) repos.db.prepare('UPDATE tickets SET target_window_id = ? WHERE id = ?').run(op.target === null ? null : windows[op.target]!, id);
        return;
      }
      case 'book': {
        const id = pick(op.pick);
        if (id === undefined) return;
        seq += 1;
        // one booking per ticket: a new one replaces the old
        repos.db.prepare('DELETE FROM bookings WHERE ticket_id = ?').run(id);
        repos.db.prepare(
          `INSERT INTO bookings (branch_id, service_id, service_day, starts_at, place, code, status, created_at, created_by, late, ticket_id)
           SELECT 1, service_id, ?, ?, id, ?, ?, ?, 'test', ?, id FROM tickets WHERE id = ?`,
        ).run(op.otherDay ? '2026-11-23' : day, new Date(NOW + op.startsIn * MIN).toISOString(), `B${seq}`, op.status, new Date(NOW).toISOString(), op.late ? 1 : 0, id);
        return;
      }
      case 'late': {
        const id = pick(op.pick);
        if (id !== undefined) repos.db.prepare('UPDATE bookings SET late = 1 - late WHERE ticket_id = ?').run(id);
        return;
      }
      case 'delete': {
        const id = pick(op.pick);
        if (id === undefined) return;
        repos.db.prepare('DELETE FROM bookings WHERE ticket_id = ?').run(id);
        repos.db.prepare('DELETE FROM ticket_events WHERE ticket_id = ?').run(id);
        repos.db.prepare('DELETE FROM print_jobs WHERE ticket_id = ?').run(id);
        repos.db.prepare('DELETE FROM tickets WHERE id = ?').run(id);
        return;
      }
      case 'rollback':
        return;
    }
  };
  return { day, services, windows, apply };
}

const norm = (rows: TallyRow[], booked: BookedRow[]) => ({
  rows: rows.map((r) => `${r.serviceId}|${r.targetWindowId}|${r.priority}|${r.before}|${r.n}`).sort(),
  booked: booked.map((b) => `${b.id}|${b.serviceId}|${b.priority}|${b.queuedAtMs}|${b.targetWindowId}|${b.bookedAtMs}`).sort(),
});

function compare(repos: Repos, day: string, services: number[], windows: number[], threshold: number): void {
  // the newcomer's windows: two of the services and two windows, as a real issue asks
  const only = { serviceIds: services.slice(0, 2), windowIds: windows.slice(1, 3) };
  const th = { priority: threshold, ordinary: threshold - 10 * MIN };
  const mine = waitingSetsOf(repos.db)!.tally(1, only, day, th);
  const reference = norm(repos.tickets.waitingTally(1, only, day, th), repos.tickets.bookedWaitingFor(1, only, day));
  expect(norm(mine.rows, mine.booked)).toEqual(reference);
}

it('answers what the grouped queries answer, after any changes and rolled-back transactions (property, real SQLite)', () => {
  const repos = createRepos(createTestDb());
  const { day, services, windows, apply } = world(repos);
  expect(waitingSetsOf(repos.db)).toBeDefined(); // made outside a transaction, as the queue does at start
  fc.assert(fc.property(fc.array(opArb, { maxLength: 30 }), fc.integer({ min: -40, max: 5 }), (ops, thMinutes) => {
    const threshold = NOW + thMinutes * MIN;
    for (const op of ops) {
      if (op.kind === 'rollback') {
        // asked inside a transaction that is then undone: nothing read in it may stay
        expect(() => repos.db.transaction(() => {
          for (const inner of op.inner) {
            apply(inner);
            compare(repos, day, services, windows, threshold);
          }
          throw new Error('undo');
        })()).toThrow('undo');
      } else apply(op);
      compare(repos, day, services, windows, threshold);
    }
  }), { numRuns: 150 });
});

const dir = mkdtempSync(join(tmpdir(), 'cherha-waiting-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('sees a commit by another connection (another process) before its next answer', () => {
  const path = join(dir, 'w.sqlite');
  const repos = createRepos(openDb(path));
  const { day, services, windows, apply } = world(repos);
  apply({ kind: 'issue', service: 0, priority: false, minutes: -5, target: null });
  compare(repos, day, services, windows, NOW);
  const other = openDb(path);
  other.prepare("UPDATE tickets SET status = 'called'").run();
  other.close();
  compare(repos, day, services, windows, NOW);
  const only = { serviceIds: services.slice(0, 2), windowIds: windows.slice(1, 3) };
  expect(waitingSetsOf(repos.db)!.tally(1, only, day, { priority: NOW, ordinary: NOW }).rows).toEqual([]);
  repos.db.close();
});
