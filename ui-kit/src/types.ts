// Response shapes the UIs read that contracts/ does not name yet.
// TODO(contracts): move these into @cherha/contracts (see the UI report).
import type { Branch, Category, Device, PriorityCategory, Service, Ticket, User } from '@cherha/contracts';

/** GET /api/branches/:id/catalog — the kiosk menu */
export interface Catalog {
  branch: Branch;
  categories: Category[];
  services: Service[];
  priorityCategories: PriorityCategory[];
}

/** print outcome reported with an issued ticket */
export interface PrintInfo {
  /** 'queued' | 'printed' mean a paper ticket is coming; anything else: no printer, failed… */
  status: string;
  jobId?: string | null;
  message?: string | null;
}

/** POST /api/branches/:id/tickets */
export interface IssueTicketResult {
  ticket: Ticket;
  peopleAhead: number;
  estimatedWaitMinutes: number;
  print: PrintInfo | null;
}

/** GET /api/auth/me */
export type MeResponse = { kind: 'user'; user: User } | { kind: 'device'; device: Device };

/** POST /api/devices/pair */
export interface PairResponse {
  token: string;
  device: Device;
}

/** POST /api/auth/login */
export interface LoginResponse {
  user: User;
}
