// Rows of the route table (schema half) for operations: backups and the audit log.
import type { ContractRows } from '../contract';

export const OPS_CONTRACT = {
} as const satisfies ContractRows;
