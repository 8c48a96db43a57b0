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
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: z.number().int().nullable(),
  actorLogin: z.string().nullable(),
  actorDeviceId: z.number().int().nullable(),
  branchId: z.number().int().nullable(),
  /** the route's operationId, e.g. `updateService` */
  action: z.string(),
  method: z.string(),
  targetId: z.number().int().nullable(),
  /** HTTP status of the answer: 2xx done, 4xx refused */
  status: z.number().int(),
  summary: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditResponseSchema = z.object({ entries: z.array(AuditEntrySchema) });
export type AuditResponse = z.infer<typeof AuditResponseSchema>;

/** A backup file in the server's backup folder; the server names it, never the request. */
export const BackupInfoSchema = z.object({
  name: z.string(),
  bytes: z.number().int(),
  createdAt: z.string(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

/** POST /api/admin/backups (201) */
export const BackupCreatedResponseSchema = z.object({ backup: BackupInfoSchema });
export type BackupCreatedResponse = z.infer<typeof BackupCreatedResponseSchema>;

/** GET /api/admin/backups — newest first */
export const BackupListResponseSchema = z.object({
  /** the server's backup folder (EQUEUE_BACKUP_DIR), for the person who restores one */
  dir: z.string(),
  backups: z.array(BackupInfoSchema),
});
export type BackupListResponse = z.infer<typeof BackupListResponseSchema>;
