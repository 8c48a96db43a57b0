// The audit log (migration 005) and the few read-only figures the metrics endpoint asks for.
import type { AuditEntry } from '@cherha/contracts';
import type { Db } from './open';

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

export interface AuditFilter {
  /** undefined: every branch (network admin); a number: that branch only */
  branchId?: number;
  from?: string;
  to?: string;
  limit: number;
}

interface AuditRow {
  id: number;
  at: string;
  actor_user_id: number | null;
  actor_login: string | null;
  actor_device_id: number | null;
  branch_id: number | null;
  action: string;
  method: string;
  target_id: number | null;
  status: number;
  summary: string;
}

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id, at: r.at, actorUserId: r.actor_user_id, actorLogin: r.actor_login, actorDeviceId: r.actor_device_id,
  branchId: r.branch_id, action: r.action, method: r.method, targetId: r.target_id, status: r.status,
  summary: JSON.parse(r.summary) as Record<string, unknown>,
});

export function auditRepo(db: Db) {
  const s = {
    insert: db.prepare(
      `INSERT INTO audit_log (at, actor_user_id, actor_login, actor_device_id, branch_id, action, method, target_id, status, summary)
       VALUES (@at, @actorUserId, @actorLogin, @actorDeviceId, @branchId, @action, @method, @targetId, @status, @summary)`,
    ),
    // newest first; ISO-8601 UTC text sorts as time
    list: db.prepare<{ branchId: number | null; from: string; to: string; limit: number }, AuditRow>(
      `SELECT * FROM audit_log
       WHERE (@branchId IS NULL OR branch_id = @branchId) AND at >= @from AND at <= @to
       ORDER BY at DESC, id DESC LIMIT @limit`,
    ),
    waiting: db.prepare<[], { branch_id: number; n: number }>(
      "SELECT branch_id, COUNT(*) AS n FROM tickets WHERE status = 'waiting' GROUP BY branch_id",
    ),
  };
  return {
    add: (e: NewAuditEntry): number => Number(s.insert.run({ ...e, summary: JSON.stringify(e.summary) }).lastInsertRowid),
    list: (f: AuditFilter): AuditEntry[] =>
      s.list.all({ branchId: f.branchId ?? null, from: f.from ?? '', to: f.to ?? '\uffff', limit: f.limit }).map(toEntry),
    /** tickets waiting now, per branch (for /metrics) */
    waitingByBranch: (): Map<number, number> => new Map(s.waiting.all().map((r) => [r.branch_id, r.n])),
  };
}
export type AuditRepo = ReturnType<typeof auditRepo>;
