// Installing «Черга» in a centre: what the admin section needs to warn about a setup that
// cannot work (a public address only the server itself can open, services no window takes),
// and the one-step pairing of a kiosk's print agent. Its routes are rows of ROUTES
// (routes.ts).
import { z } from 'zod';
import type { Device, LocalizedName } from './domain';
import { PRINTER_STATES, safeString } from './schemas';
import type { ContractRows } from './contract';

/** POST /api/devices/:id/print-agent — a new print agent for this kiosk; the name is optional */
export const CreateKioskPrintAgentBody = z
  .object({ name: safeString().trim().min(1, 'Вкажіть назву').max(100, 'Назва задовга (до 100 символів)').optional() })
  .strict();

/**
 * The answer: the agent (a device of kind print_agent) with its one-time code. The kiosk prints
 * through this agent from now on: the moment the agent pairs with the code, tickets reach it.
 */
export interface KioskPrintAgentResponse {
  device: Device;
  pairingCode: string;
  expiresAt: string;
  kioskId: number;
}

/** GET /api/admin/public-address — the base of QR codes and of the pairing instructions */
export interface PublicAddressResponse {
  /** EQUEUE_PUBLIC_URL, or the LAN address the server found for itself */
  publicUrl: string;
  /** true when only the server's own computer can open it (localhost, 127.x, ::1) */
  loopback: boolean;
  /** when loopback: the server's own LAN address to set in EQUEUE_PUBLIC_URL, if it has one */
  suggestedUrl: string | null;
}

/** GET /api/branches/:branchId/unserved-services — switched-on services no switched-on window takes */
export interface UnservedService {
  id: number;
  prefix: string;
  name: LocalizedName;
}
export interface UnservedServicesResponse {
  services: UnservedService[];
}

/**
 * socket: a print agent's answer to `printer:test-page` (the admin's «Тестова сторінка» for a
 * kiosk that prints through it)
 */
export const AgentTestPageResult = z
  .object({
    outcome: z.enum(['printed', 'failed', 'uncertain']),
    state: z.enum(PRINTER_STATES),
    message: z.string().max(500).optional(),
  })
  .strip();
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
} as const satisfies ContractRows;
