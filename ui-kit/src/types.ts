// Response shapes the UIs read that contracts/ does not name yet.
// TODO(contracts): move these into @cherha/contracts (see the UI report).
import type { Branch, Category, Device, IssueTicketResponse, PriorityCategory, Service, User } from '@cherha/contracts';

/** GET /api/branches/:id/catalog — the kiosk menu */
export interface Catalog {
  branch: Branch;
  categories: Category[];
  services: Service[];
  priorityCategories: PriorityCategory[];
}

/** POST /api/branches/:id/tickets (kept as an alias of the contract type) */
export type IssueTicketResult = IssueTicketResponse;

/** true when a paper ticket is on its way */
export function paperTicketExpected(print: { status: string } | null | undefined): boolean {
  return print?.status === 'queued' || print?.status === 'printed';
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
