// Printing vocabulary beyond the live events (live.ts): the list of tickets whose paper is
// missing, a test page's outcome, the printer profiles and targets an admin may choose, and
// the reprint body. Their routes are rows of ROUTES (routes.ts) and of api/printing.ts.
import { z } from 'zod';
import { TICKET_STATUSES } from './domain';
import { Id, PRINTER_STATES } from './schemas';

/** how a print attempt ended: on paper, not at all, or the printer stopped mid-page */
export const PRINT_OUTCOMES = ['printed', 'failed', 'uncertain'] as const;

/**
 * GET /api/branches/:branchId/print-failures — an open ticket (waiting, called, serving,
 * postponed) whose latest print attempt failed or may have failed; staff reprint it with
 * POST /api/tickets/:ticketId/reprint, after which it leaves the list.
 */
export const PrintFailureViewSchema = z.object({
  ticketId: z.number().int(),
  number: z.string(),
  ticketStatus: z.enum(TICKET_STATUSES),
  serviceId: z.number().int(),
  /** failed: nothing reached paper; uncertain: the printer stopped mid-ticket */
  outcome: z.enum(['failed', 'uncertain']),
  /** for staff, Ukrainian */
  message: z.string().nullable(),
  printerState: z.enum(PRINTER_STATES).nullable(),
  /** the kiosk was told at once to show the ticket on screen */
  shownOnScreen: z.boolean(),
  at: z.string(),
  /** the kiosk that issued it (and prints it again) */
  kioskId: z.number().int().nullable(),
  kioskName: z.string().nullable(),
});
export type PrintFailureView = z.infer<typeof PrintFailureViewSchema>;

/** POST /api/tickets/:ticketId/reprint — on the kiosk that issued it, unless another is named */
export const ReprintBody = z.object({ kioskId: Id.optional() }).strict();

/** POST /api/devices/:id/test-page — how the test page went (the printer's state as a code) */
export const TestPageOutcomeSchema = z.object({
  outcome: z.enum(PRINT_OUTCOMES),
  state: z.enum(PRINTER_STATES),
  /** for staff, Ukrainian: what the state's code does not say */
  message: z.string().optional(),
});
export type TestPageOutcome = z.infer<typeof TestPageOutcomeSchema>;

/** GET /api/printer-profiles — a ready profile the admin form offers */
export const PrinterProfileSchema = z.object({
  name: z.string(),
  /** text: the printer's own fonts and code page; raster: the whole ticket as one image */
  mode: z.enum(['text', 'raster']),
  codePage: z.string(),
  /** the n of `ESC t n` that selects the code page on this printer family */
  codePageNumber: z.number().int(),
  /** `FS .` after every reset (Chinese clones boot in double-byte mode) */
  cancelChineseMode: z.boolean(),
});
export type PrinterProfile = z.infer<typeof PrinterProfileSchema>;

/** GET /api/printer-targets — the installer's allow-list (EQUEUE_PRINTER_HOSTS, EQUEUE_PRINTER_DEVICES) */
export const PrinterTargetsSchema = z.object({
  /** host:port patterns, e.g. `192.168.1.50:9100`, `127.0.0.1:*` */
  tcp: z.array(z.string()),
  /** device paths, e.g. /dev/usb/lp0 */
  devices: z.array(z.string()),
});
export type PrinterTargets = z.infer<typeof PrinterTargetsSchema>;
