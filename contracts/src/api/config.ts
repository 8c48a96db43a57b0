// Rows of the route table (schema half) for the configuration an admin edits: offices, categories, services, windows, priority categories, users, devices.
import type { ContractRows } from '../contract';

export const CONFIG_CONTRACT = {
} as const satisfies ContractRows;
