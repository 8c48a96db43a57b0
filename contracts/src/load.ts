// The office's load online: a public JSON per office, its page and an embeddable widget.
// Figures only — no ticket numbers, no names, nothing about a person.
import { z } from 'zod';
import { LocalizedNameView } from './domain';
import { BranchParams } from './schemas';
import type { ContractRows } from './contract';

export const OfficeLoadServiceSchema = z.object({
  serviceId: z.number().int(),
  name: LocalizedNameView,
  waiting: z.number().int(),
  /** minutes, from the windows serving it now; null when no window serves it now */
  estimatedWaitMinutes: z.number().nullable(),
  /** tickets are being issued for it right now */
  available: z.boolean(),
});
export type OfficeLoadService = z.infer<typeof OfficeLoadServiceSchema>;

export const OfficeLoadSchema = z.object({
  branchId: z.number().int(),
  name: LocalizedNameView,
  address: z.string(),
  /** when these figures were taken (they are cached for a few seconds) */
  generatedAt: z.string(),
  /** open now by its hours and holidays */
  open: z.boolean(),
  /** today's hours «08:00»–«20:00», null when closed all day */
  hoursToday: z.object({ opens: z.string(), closes: z.string() }).nullable(),
  /** air-raid alert: issuing and calling are stopped */
  alert: z.boolean(),
  /** windows switched on, staffed and not paused */
  windowsWorking: z.number().int(),
  waitingTotal: z.number().int(),
  services: z.array(OfficeLoadServiceSchema),
  /** today's free booking times «HH:MM» per service, when online booking is set up; null otherwise */
  freeBookingTimes: z.array(z.object({ serviceId: z.number().int(), times: z.array(z.string()) })).nullable(),
});
export type OfficeLoad = z.infer<typeof OfficeLoadSchema>;

/** this module's rows of the route table's schema half (contract.ts) */
export const LOAD_CONTRACT = {
  getOfficeLoad: {
    summary: 'Завантаженість офісу зараз: відчинено чи ні, вікна, черга й очікування за послугами (без персональних даних)',
    params: BranchParams,
    response: OfficeLoadSchema,
  },
} as const satisfies ContractRows;
