import type { Branch, HoursException, OpeningHours } from '@cherha/contracts';
import type { Db } from './open';
import { toBranch, type BranchRow } from './rows';

export type BranchInput = Omit<Branch, 'id'>;

export interface BranchRuntime {
  revision: number;
  ordinarySincePriority: number;
  alertSince: string | null;
  closedThroughDay: string | null;
}

export function branchRepo(db: Db) {
  const s = {
    all: db.prepare<[], BranchRow>('SELECT * FROM branches ORDER BY id'),
    get: db.prepare<[number], BranchRow>('SELECT * FROM branches WHERE id = ?'),
    hours: db.prepare<[number], OpeningHours>('SELECT weekday, opens, closes FROM branch_hours WHERE branch_id = ? ORDER BY weekday'),
    exceptions: db.prepare<[number], HoursException>('SELECT date, opens, closes, note FROM branch_hours_exceptions WHERE branch_id = ? ORDER BY date'),
    insert: db.prepare(
      `INSERT INTO branches (name_uk, name_en, address, time_zone, strategy, target_wait_minutes, ticket_header, ticket_footer, active)
       VALUES (@nameUk, @nameEn, @address, @timeZone, @strategy, @targetWaitMinutes, @ticketHeader, @ticketFooter, @active)`,
    ),
    update: db.prepare(
      `UPDATE branches SET name_uk=@nameUk, name_en=@nameEn, address=@address, time_zone=@timeZone, strategy=@strategy,
       target_wait_minutes=@targetWaitMinutes, ticket_header=@ticketHeader, ticket_footer=@ticketFooter, active=@active WHERE id=@id`,
    ),
    delHours: db.prepare<[number]>('DELETE FROM branch_hours WHERE branch_id = ?'),
    insHours: db.prepare<[number, number, string, string]>('INSERT INTO branch_hours (branch_id, weekday, opens, closes) VALUES (?, ?, ?, ?)'),
    delExc: db.prepare<[number]>('DELETE FROM branch_hours_exceptions WHERE branch_id = ?'),
    insExc: db.prepare<[number, string, string | null, string | null, string]>(
      'INSERT INTO branch_hours_exceptions (branch_id, date, opens, closes, note) VALUES (?, ?, ?, ?, ?)',
    ),
    bump: db.prepare<[number], { revision: number }>('UPDATE branches SET revision = revision + 1 WHERE id = ? RETURNING revision'),
    setRatio: db.prepare<[number, number]>('UPDATE branches SET ordinary_since_priority = ? WHERE id = ?'),
    setAlert: db.prepare<[string | null, number]>('UPDATE branches SET alert_since = ? WHERE id = ?'),
    setClosedThrough: db.prepare<[string, number]>('UPDATE branches SET closed_through_day = ? WHERE id = ?'),
    alertStart: db.prepare<[number, string, string]>('INSERT INTO branch_alerts (branch_id, started_at, started_by) VALUES (?, ?, ?)'),
    alertEnd: db.prepare<[string, string, number]>('UPDATE branch_alerts SET ended_at = ?, ended_by = ? WHERE branch_id = ? AND ended_at IS NULL'),
    alerts: db.prepare<[number], { started_at: string; ended_at: string | null }>('SELECT started_at, ended_at FROM branch_alerts WHERE branch_id = ? ORDER BY id'),
  };

  const params = (b: BranchInput) => ({
    nameUk: b.name.uk, nameEn: b.name.en, address: b.address, timeZone: b.timeZone, strategy: JSON.stringify(b.strategy),
    targetWaitMinutes: b.targetWaitMinutes, ticketHeader: b.ticketHeader, ticketFooter: b.ticketFooter, active: b.active ? 1 : 0,
  });
  const writeHours = (id: number, b: BranchInput) => {
    s.delHours.run(id);
    for (const h of b.hours) s.insHours.run(id, h.weekday, h.opens, h.closes);
    s.delExc.run(id);
    for (const e of b.exceptions) s.insExc.run(id, e.date, e.opens, e.closes, e.note);
  };
  const hydrate = (r: BranchRow): Branch => toBranch(r, s.hours.all(r.id), s.exceptions.all(r.id));

  return {
    list: (): Branch[] => s.all.all().map(hydrate),
    get: (id: number): Branch | undefined => {
      const r = s.get.get(id);
      return r ? hydrate(r) : undefined;
    },
    runtime: (id: number): BranchRuntime | undefined => {
      const r = s.get.get(id);
      return r
        ? { revision: r.revision, ordinarySincePriority: r.ordinary_since_priority, alertSince: r.alert_since, closedThroughDay: r.closed_through_day }
        : undefined;
    },
    // one transaction: a refused hours row must not leave a branch half-edited
    create: (b: BranchInput): number =>
      db.transaction(() => {
        const id = Number(s.insert.run(params(b)).lastInsertRowid);
        writeHours(id, b);
        return id;
      })(),
    update: (id: number, b: BranchInput): void =>
      db.transaction(() => {
        s.update.run({ ...params(b), id });
        writeHours(id, b);
      })(),
    /** +1 revision; call once per committed command that changes live state */
    bumpRevision: (id: number): number => s.bump.get(id)!.revision,
    setOrdinarySincePriority: (id: number, n: number) => void s.setRatio.run(n, id),
    setClosedThroughDay: (id: number, day: string) => void s.setClosedThrough.run(day, id),
    startAlert: (id: number, at: string, actor: string) => {
      s.setAlert.run(at, id);
      s.alertStart.run(id, at, actor);
    },
    endAlert: (id: number, at: string, actor: string) => {
      s.setAlert.run(null, id);
      s.alertEnd.run(at, actor, id);
    },
    alerts: (id: number) => s.alerts.all(id).map((a) => ({ startedAt: a.started_at, endedAt: a.ended_at })),
  };
}
export type BranchRepo = ReturnType<typeof branchRepo>;
