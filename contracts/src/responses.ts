// Response bodies of the printer routes that are not live-state types: the server builds
// them, the UIs read them, and the route table (api/printing.ts) checks them in tests.
import { z } from 'zod';
import { OkResponse } from './contract';
import { PrintStatusViewSchema } from './live';
import { PRINTER_STATES } from './schemas';

/** One printer of an office, as GET /api/branches/:branchId/printers lists it. */
export const PrinterStateViewSchema = z.object({
  deviceId: z.number().int(),
  deviceName: z.string(),
  /** server: the server drives the printer (TCP, virtual); agent: a print agent on the kiosk PC; none: no printer */
  via: z.enum(['server', 'agent', 'none']),
  /** a code: screens word it themselves (operator-ui i18n `op.printer_<state>`) */
  state: z.enum(PRINTER_STATES),
  /** only what the state's code does not already say (an error's own text); null otherwise */
  message: z.string().nullable(),
  /** tickets printed since the last «roll changed»; null when not known */
  ticketsSinceRollChange: z.number().int().nullable(),
  checkedAt: z.string().nullable(),
  /** print agents: whether it is connected now; null for printers the server drives */
  agentOnline: z.boolean().nullable(),
});
export type PrinterStateView = z.infer<typeof PrinterStateViewSchema>;

/** POST /api/tickets/:ticketId/reprint */
export const ReprintResponseSchema = z.object({ print: PrintStatusViewSchema });
export type ReprintResponse = z.infer<typeof ReprintResponseSchema>;

/** POST /api/devices/:id/roll-changed */
export const RollChangedResponseSchema = OkResponse;
export type RollChangedResponse = z.infer<typeof RollChangedResponseSchema>;
