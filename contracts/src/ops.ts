// Operations: the audit log and database backups, as the admin API and screens see them.
import { z } from 'zod';
import { IdParam } from './schemas';

/** an instant in the query string: ISO-8601 with a zone, e.g. 2026-11-29T07:00:00Z */
const instant = z.iso.datetime({ offset: true, error: 'Очікується дата й час ISO-8601, наприклад 2026-11-29T07:00:00Z' });

/** `GET /api/audit` */
export const AuditQuery = z
  .object({
    branchId: IdParam.optional(),
    from: instant.optional(),
    to: instant.optional(),
    limit: z.string().regex(/^[1-9][0-9]{0,3}$/, 'Очікується ціле число від 1 до 1000').transform(Number).pipe(z.number().max(1000, 'Не більше 1000')).optional(),
  })
  .strict();

/** One recorded admin or supervisor action. No bodies with secrets: `summary` holds whitelisted fields only. */
export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: number | null;
  actorLogin: string | null;
  actorDeviceId: number | null;
  branchId: number | null;
  /** the route's operationId, e.g. `updateService` */
  action: string;
  method: string;
  targetId: number | null;
  /** HTTP status of the answer: 2xx done, 4xx refused */
  status: number;
  summary: Record<string, unknown>;
}

export interface AuditResponse {
  entries: AuditEntry[];
}

/** A backup file in the server's backup folder; the server names it, never the request. */
export interface BackupInfo {
  name: string;
  bytes: number;
  createdAt: string;
}
export interface BackupListResponse {
  dir: string;
  backups: BackupInfo[];
}
