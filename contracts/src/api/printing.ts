// Rows of the route table (schema half) for printers: reprint, printer states and settings, test page, roll changed, print failures.
import type { ContractRows } from '../contract';

export const PRINTING_CONTRACT = {
} as const satisfies ContractRows;
