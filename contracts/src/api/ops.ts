// Rows of the route table (schema half) for operations: backups and the audit log.
import { NoBody, type ContractRows } from '../contract';
import { AuditQuery, AuditResponseSchema, BackupCreatedResponseSchema, BackupListResponseSchema } from '../ops';

export const OPS_CONTRACT = {
  createBackup: { summary: 'Зробити резервну копію бази даних зараз', body: NoBody, response: BackupCreatedResponseSchema },
  listBackups: { summary: 'Резервні копії бази даних (новіші першими)', response: BackupListResponseSchema },
  listAudit: { summary: 'Журнал дій адміністраторів і керівників', query: AuditQuery, response: AuditResponseSchema },
} as const satisfies ContractRows;
