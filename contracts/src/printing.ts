// Printing vocabulary beyond the live events (live.ts): the list of tickets whose paper is
// missing, and its route. Its route is a row of ROUTES (routes.ts).
import type { TicketStatus } from './domain';
import type { PrinterState } from './schemas';

/**
 * GET /api/branches/:branchId/print-failures — an open ticket (waiting, called, serving,
 * postponed) whose latest print attempt failed or may have failed; staff reprint it with
 * POST /api/tickets/:ticketId/reprint, after which it leaves the list.
 */
export interface PrintFailureView {
  ticketId: number;
  number: string;
  ticketStatus: TicketStatus;
  serviceId: number;
  /** failed: nothing reached paper; uncertain: the printer stopped mid-ticket */
  outcome: 'failed' | 'uncertain';
  /** for staff, Ukrainian */
  message: string | null;
  printerState: PrinterState | null;
  /** the kiosk was told at once to show the ticket on screen */
  shownOnScreen: boolean;
  at: string;
  /** the kiosk that issued it (and prints it again) */
  kioskId: number | null;
  kioskName: string | null;
}

