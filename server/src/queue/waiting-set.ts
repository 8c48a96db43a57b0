// The waiting tickets of each branch, kept in memory for «Перед вами» of a ticket being issued.
// The kiosk asks it for every ticket; the grouped query it replaces (db tickets.waitingTally and
// bookedWaitingFor, which stay as the reference the property test compares with) read every
// waiting row of the newcomer's windows from SQLite on each issue — the largest single cost of
// issuing. Here the rows are read once per branch and kept in step by the database itself:
//
// - TEMP triggers on `tickets` and `bookings` (any INSERT / UPDATE / DELETE through this
//   connection, from any module) note the ticket id; before the next answer each noted ticket
//   is read again by its key, so the set is always the database's current state, whether the
//   change was committed or not yet;
// - a rolled-back change is caught by a generation number written to a TEMP table in the same
//   transaction as the re-read: TEMP tables roll back with it, so a generation that is not there
//   any more means "what was read may have been undone" and the branch sets are read afresh;
// - a commit by another process (a restore tool) changes `PRAGMA data_version`: read afresh;
// - many changes at once (the day end, an import) read the branch afresh instead.
import type { Statement } from 'better-sqlite3';
import type { Db } from '@cherha/db';

/** a waiting ticket as the newcomer count needs it */
interface WaitingRow {
  serviceId: number;
  targetWindowId: number | null;
  priority: boolean;
  /** ms since epoch; null when SQLite cannot read the stored time (the caller then orders the queues) */
  queuedAtMs: number | null;
  /** a booked visitor checked in on time for the branch's day: the booked time (ms), else null */
  bookedAtMs: number | null;
}

interface BranchSet {
  day: string;
  rows: Map<number, WaitingRow>;
}

/** One grouped line of the newcomer's windows' waiting tickets (booked visitors on time apart). */
export interface TallyRow {
  serviceId: number;
  targetWindowId: number | null;
  priority: boolean;
  /** queued no later than the newcomer's threshold for its line; null: time unreadable */
  before: boolean | null;
  n: number;
}
/** A booked visitor on time waiting for one of the newcomer's windows. */
export interface BookedRow {
  id: number;
  serviceId: number;
  priority: boolean;
  queuedAtMs: number;
  targetWindowId: number | null;
  bookedAtMs: number;
}

/** over this many noted tickets, the branches are read afresh (cheaper than one by one) */
const MAX_NOTED = 200;

type LoadRow = [number, number, number | null, number, number | null, string | null];
type OneRow = [number, string, number, number | null, number, number | null];

export class WaitingSets {
  private readonly branches = new Map<number, BranchSet>();
  private readonly noted = new Set<number>();
  private overflow = false;
  private generation = 0;
  /** something was read into memory since the last mark */
  private readInto = false;
  private lastVersion: number;
  private readonly dataVersion: Statement<[], number>;
  private readonly readGeneration: Statement<[], number>;
  private readonly writeGeneration: Statement<[number]>;
  private readonly load: Statement<{ branchId: number; day: string }, LoadRow>;
  private readonly one: Statement<[number], OneRow>;
  private readonly bookedOf: Statement<[number, number, string], string>;

  constructor(db: Db) {
    db.function('cherha_ticket_touched', { deterministic: false }, (id: unknown) => {
      if (typeof id === 'number' || typeof id === 'bigint') this.note(Number(id));
      return null;
    });
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS cherha_waiting_generation (g INTEGER NOT NULL);
             INSERT INTO cherha_waiting_generation (g) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM cherha_waiting_generation);`);
    for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
      const row = op === 'DELETE' ? 'OLD' : 'NEW';
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS cherha_waiting_tickets_${op.toLowerCase()} AFTER ${op} ON main.tickets
               BEGIN SELECT cherha_ticket_touched(${row}.id); END`);
      // a booking's check-in, lateness or cancellation moves its ticket between the lines
      const ids = op === 'UPDATE' ? 'SELECT cherha_ticket_touched(OLD.ticket_id); SELECT cherha_ticket_touched(NEW.ticket_id);' : `SELECT cherha_ticket_touched(${row}.ticket_id);`;
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS cherha_waiting_bookings_${op.toLowerCase()} AFTER ${op} ON main.bookings BEGIN ${ids} END`);
    }
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.lastVersion = this.dataVersion.get()!;
    this.readGeneration = db.prepare<[], number>('SELECT g FROM temp.cherha_waiting_generation').pluck();
    this.writeGeneration = db.prepare<[number]>('UPDATE temp.cherha_waiting_generation SET g = ?');
    const bookedOnTime = `SELECT b.starts_at FROM bookings b WHERE b.ticket_id = t.id AND b.branch_id = t.branch_id AND b.service_day = @day
                            AND b.status = 'checked_in' AND b.late = 0 LIMIT 1`;
    this.load = db.prepare<{ branchId: number; day: string }, LoadRow>(
      `SELECT t.id, t.service_id, t.target_window_id, t.priority_category_id IS NOT NULL, round(unixepoch(t.queued_at, 'subsec') * 1000), (${bookedOnTime})
         FROM tickets t WHERE t.branch_id = @branchId AND t.status IN ('waiting','called','serving','postponed') AND t.status = 'waiting'`,
    ).raw(true);
    this.one = db.prepare<[number], OneRow>(
      `SELECT t.branch_id, t.status, t.service_id, t.target_window_id, t.priority_category_id IS NOT NULL, round(unixepoch(t.queued_at, 'subsec') * 1000)
         FROM tickets t WHERE t.id = ?`,
    ).raw(true);
    this.bookedOf = db.prepare<[number, number, string], string>(
      `SELECT b.starts_at FROM bookings b WHERE b.ticket_id = ? AND b.branch_id = ? AND b.service_day = ? AND b.status = 'checked_in' AND b.late = 0 LIMIT 1`,
    ).pluck();
  }

  private note(ticketId: number): void {
    if (this.overflow) return;
    if (this.noted.size >= MAX_NOTED) {
      this.overflow = true;
      this.noted.clear();
    } else this.noted.add(ticketId);
  }

  private forgetAll(): void {
    this.branches.clear();
    this.noted.clear();
    this.overflow = false;
  }

  /** Brings the sets to the database's current state (see the top of the file). */
  private sync(): void {
    const version = this.dataVersion.get()!;
    const generation = this.readGeneration.get()!;
    if (version !== this.lastVersion || generation !== this.generation || this.overflow) {
      this.lastVersion = version;
      this.generation = generation;
      this.forgetAll();
    }
    if (this.noted.size === 0 || this.branches.size === 0) {
      this.noted.clear();
      return;
    }
    for (const id of this.noted) {
      const r = this.one.get(id);
      if (!r) {
        for (const set of this.branches.values()) set.rows.delete(id);
        continue;
      }
      const set = this.branches.get(r[0]);
      if (!set) continue;
      if (r[1] !== 'waiting') {
        set.rows.delete(id);
        continue;
      }
      const booked = this.bookedOf.get(id, r[0], set.day);
      set.rows.set(id, { serviceId: r[2], targetWindowId: r[3], priority: r[4] === 1, queuedAtMs: r[5], bookedAtMs: booked === undefined ? null : Date.parse(booked) });
    }
    this.noted.clear();
    this.readInto = true;
  }

  /**
   * What was just read may belong to a transaction that is rolled back later: a new generation
   * is written in the same transaction, so the next sync knows whether it stood.
   */
  private mark(): void {
    if (!this.readInto) return;
    this.readInto = false;
    this.generation += 1;
    this.writeGeneration.run(this.generation);
  }

  private branch(branchId: number, day: string): BranchSet {
    let set = this.branches.get(branchId);
    if (!set || set.day !== day) {
      set = { day, rows: new Map() };
      for (const [id, serviceId, targetWindowId, priority, queuedAtMs, booked] of this.load.all({ branchId, day })) {
        set.rows.set(id, { serviceId, targetWindowId, priority: priority === 1, queuedAtMs, bookedAtMs: booked === null ? null : Date.parse(booked) });
      }
      this.branches.set(branchId, set);
      this.readInto = true;
    }
    return set;
  }

  /**
   * What db tickets.waitingTally and bookedWaitingFor answer, from memory: the waiting tickets
   * the windows may call (their services, or sent to them), counted per service, window sent
   * to, line and "queued before the newcomer"; booked visitors on time listed apart.
   */
  tally(
    branchId: number, only: { serviceIds: number[]; windowIds: number[] }, day: string, th: { priority: number; ordinary: number },
  ): { rows: TallyRow[]; booked: BookedRow[] } {
    this.sync();
    const rows = this.branch(branchId, day).rows;
    this.mark();
    const services = new Set(only.serviceIds);
    const windows = new Set(only.windowIds);
    const groups = new Map<string, TallyRow>();
    const booked: BookedRow[] = [];
    for (const [id, r] of rows) {
      if (!services.has(r.serviceId) && !(r.targetWindowId !== null && windows.has(r.targetWindowId))) continue;
      if (r.bookedAtMs !== null) {
        booked.push({ id, serviceId: r.serviceId, priority: r.priority, queuedAtMs: r.queuedAtMs ?? Number.NaN, targetWindowId: r.targetWindowId, bookedAtMs: r.bookedAtMs });
        continue;
      }
      const before = r.queuedAtMs === null ? null : r.queuedAtMs <= (r.priority ? th.priority : th.ordinary);
      const key = `${r.serviceId}|${r.targetWindowId ?? ''}|${r.priority ? 1 : 0}|${before === null ? 'n' : before ? 1 : 0}`;
      const g = groups.get(key);
      if (g) g.n += 1;
      else groups.set(key, { serviceId: r.serviceId, targetWindowId: r.targetWindowId, priority: r.priority, before, n: 1 });
    }
    return { rows: [...groups.values()], booked };
  }
}

const sets = new WeakMap<Db, WaitingSets>();

/**
 * The waiting sets of a connection (one per connection: its triggers and table are TEMP).
 * They are made outside any transaction — made inside one, the TEMP triggers would be rolled
 * back with it — so the queue makes them at start; undefined when first asked inside a
 * transaction (the caller then asks SQLite, as the reference does).
 */
export function waitingSetsOf(db: Db): WaitingSets | undefined {
  let s = sets.get(db);
  if (!s && !db.inTransaction) sets.set(db, (s = new WaitingSets(db)));
  return s;
}
