// «Робоче місце»: how the windows of a branch work, set by its admin. Today one choice:
// may «Завершити» follow the call directly (call, finish: two clicks per visitor), or must
// «Почати обслуговування» come between? The transition table (contracts/src/transitions.ts)
// reads it as its policy, so the server and the console's buttons agree.
import { z } from 'zod';
import type { TransitionPolicy } from './transitions';
import type { ContractRows } from './contract';
import { BranchParams } from './schemas';

export type WorkplaceSettings = TransitionPolicy;

/** the strict way by default: a centre opts in to finishing without «Почати» */
export const DEFAULT_WORKPLACE_SETTINGS: WorkplaceSettings = { finishWithoutStart: false };

/** PUT /api/branches/:branchId/workplace-settings — the whole settings object */
export const WorkplaceSettingsSchema = z
  .object({
    finishWithoutStart: z.boolean({ error: 'finishWithoutStart: так (true) або ні (false)' }),
  })
  .strict();

/** the answer of both routes: the same fields, read (not strict: a newer server may add some) */
export const WorkplaceSettingsView = z.object(WorkplaceSettingsSchema.shape);

/** this module's rows of the route table's schema half (contract.ts) */
export const WORKPLACE_CONTRACT = {
  getWorkplaceSettings: { summary: 'Налаштування робочого місця офісу', params: BranchParams, response: WorkplaceSettingsView },
  updateWorkplaceSettings: {
    summary: 'Змінити налаштування робочого місця (адміністратор)', params: BranchParams, body: WorkplaceSettingsSchema, response: WorkplaceSettingsView,
  },
} as const satisfies ContractRows;
