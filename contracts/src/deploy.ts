// Installing «Черга» in a centre: what the admin section needs to warn about a setup that
// cannot work (a public address only the server itself can open, services no window takes),
// and the one-step pairing of a kiosk's print agent. Its routes are rows of ROUTES
// (routes.ts).
import { z } from 'zod';
import { DeviceSchema, LocalizedNameView } from './domain';
import { BranchParams, IdParams, safeString } from './schemas';
import { optionalBody, type ContractRows } from './contract';
import { TestPageOutcomeSchema } from './printing';

/** POST /api/devices/:id/print-agent — a new print agent for this kiosk; the name is optional */
export const CreateKioskPrintAgentBody = z
  .object({ name: safeString().trim().min(1, 'Вкажіть назву').max(100, 'Назва задовга (до 100 символів)').optional() })
  .strict();

/**
 * The answer: the agent (a device of kind print_agent) with its one-time code. The kiosk prints
 * through this agent from now on: the moment the agent pairs with the code, tickets reach it.
 */
export const KioskPrintAgentResponseSchema = z.object({
  device: DeviceSchema,
  /** the one-time «код підключення» the agent pairs with */
  pairingCode: z.string(),
  expiresAt: z.string(),
  kioskId: z.number().int(),
});
export type KioskPrintAgentResponse = z.infer<typeof KioskPrintAgentResponseSchema>;

/** GET /api/admin/public-address — the base of QR codes and of the pairing instructions */
export const PublicAddressResponseSchema = z.object({
  /** EQUEUE_PUBLIC_URL, or the LAN address the server found for itself */
  publicUrl: z.string(),
  /** true when only the server's own computer can open it (localhost, 127.x, ::1) */
  loopback: z.boolean(),
  /** when loopback: the server's own LAN address to set in EQUEUE_PUBLIC_URL, if it has one */
  suggestedUrl: z.string().nullable(),
});
export type PublicAddressResponse = z.infer<typeof PublicAddressResponseSchema>;

/** GET /api/branches/:branchId/unserved-services — switched-on services no switched-on window takes */
export const UnservedServiceSchema = z.object({
  id: z.number().int(),
  prefix: z.string(),
  name: LocalizedNameView,
});
export type UnservedService = z.infer<typeof UnservedServiceSchema>;
export const UnservedServicesResponseSchema = z.object({ services: z.array(UnservedServiceSchema) });
export type UnservedServicesResponse = z.infer<typeof UnservedServicesResponseSchema>;

/**
 * socket: a print agent's answer to `printer:test-page` (the admin's «Тестова сторінка» for a
 * kiosk that prints through it)
 */
export const AgentTestPageResult = TestPageOutcomeSchema.extend({ message: z.string().max(500).optional() }).strip();
export type AgentTestPageResult = z.infer<typeof AgentTestPageResult>;

/**
 * socket: what the server sends with `printer:test-page` — the address the test page's QR code
 * and the text under it show (visitors' codes lead there), and whether it is a loopback one
 */
export const AgentTestPageRequest = z
  .object({ qrData: z.string().min(1).max(500), loopbackAddress: z.boolean() })
  .strip();
export type AgentTestPageRequest = z.infer<typeof AgentTestPageRequest>;

/** this module's rows of the route table's schema half (contract.ts) */
export const DEPLOY_CONTRACT = {
  createKioskPrintAgent: {
    summary: 'Новий агент друку для терміналу: код підключення; термінал друкує через агента, щойно той підключиться',
    params: IdParams,
    body: optionalBody(CreateKioskPrintAgentBody),
    response: KioskPrintAgentResponseSchema,
  },
  getPublicAddress: {
    summary: 'Адреса сервера для QR-кодів і підключення пристроїв; чи доступна вона з інших компʼютерів',
    response: PublicAddressResponseSchema,
  },
  listUnservedServices: {
    summary: 'Увімкнені послуги, яких не обслуговує жодне увімкнене вікно (термінал їх не пропонує)',
    params: BranchParams,
    response: UnservedServicesResponseSchema,
  },
} as const satisfies ContractRows;
