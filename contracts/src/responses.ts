// Response bodies of REST endpoints that are not live-state types. Types only: the server
// builds them, the UIs read them.
import type { Branch, Category, Device, PriorityCategory, Service, User } from './domain';
import type { PrintStatusView } from './live';
import type { PrinterState } from './schemas';

/** GET /api/branches/:branchId/catalog — the kiosk menu */
export interface CatalogResponse {
  branch: Branch;
  categories: Category[];
  services: Service[];
  priorityCategories: PriorityCategory[];
}

/** POST /api/auth/login */
export interface LoginResponse {
  user: User;
}

/** GET /api/auth/me — a person (session cookie) or a device (bearer token) */
export type MeResponse = { kind: 'user'; user: User } | { kind: 'device'; device: Device };

/** POST /api/devices/pair — the device keeps the token for good */
export interface PairResponse {
  token: string;
  device: Device;
}

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
