// Response bodies of REST endpoints that are not live-state types. Types only: the server
// builds them, the UIs read them.
import type { PrintStatusView } from './live';
import type { PrinterState } from './schemas';

/** One printer of an office, as GET /api/branches/:branchId/printers lists it. */
export interface PrinterStateView {
  deviceId: number;
  deviceName: string;
  /** server: the server drives the printer (TCP, virtual); agent: a print agent on the kiosk PC; none: no printer */
  via: 'server' | 'agent' | 'none';
  state: PrinterState;
  message: string | null;
  /** tickets printed since the last «roll changed»; null when not known */
  ticketsSinceRollChange: number | null;
  checkedAt: string | null;
  /** print agents: whether it is connected now; null for printers the server drives */
  agentOnline: boolean | null;
}

/** POST /api/tickets/:ticketId/reprint */
export interface ReprintResponse {
  print: PrintStatusView;
}

/** POST /api/devices/:id/roll-changed */
export interface RollChangedResponse {
  ok: true;
}
