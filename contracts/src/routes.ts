// The table of REST routes and who may call each. The server registers no /api route that
// is missing here (it refuses to start), checks the caller against the row before anything
// is looked up or validated (an anonymous caller learns nothing about which ids exist), and
// the role × action tests are generated from it. Branch checks (is this ticket in your
// office?) stay with the command, which knows the branch once it has the record.
import type { DeviceKind, Role } from './domain';
import { LOAD_ROUTES } from './load';
import { NOTIFY_ROUTES } from './notify';
import { BOOKING_ROUTES } from './booking';
import { DEPLOY_ROUTES } from './deploy';
import { PRINTING_ROUTES } from './printing';
import { RATING_ROUTES } from './rating';
import { REPORT_ROUTES } from './reports';
import { VOICE_ROUTES } from './voice';
import { SERVICE_INFO_ROUTES } from './service-info';
import { WORKPLACE_ROUTES } from './workplace';

export type RouteAccess =
  /** anyone, no sign-in: the kiosk menu, the ticket page, login, pairing, health */
  | { public: true }
  /** a person of at least this role, and/or a paired device of these kinds */
  | {
      public?: false; role?: Role; devices?: readonly DeviceKind[]; networkOnly?: boolean;
      /** also a national-export token (Authorization: Bearer), on the export routes only */
      exportToken?: boolean;
    };

export interface RouteSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI style: /api/windows/{windowId}/call-next */
  path: string;
  access: RouteAccess;
}

const PUBLIC = { public: true } as const;
const OPERATOR = { role: 'operator' } as const;
const SUPERVISOR = { role: 'supervisor' } as const;
const ADMIN = { role: 'admin' } as const;
/** an admin of the whole network (no office of their own) */
const NETWORK_ADMIN = { role: 'admin', networkOnly: true } as const;
const ALL_DEVICES = ['kiosk', 'display', 'print_agent', 'rating_terminal'] as const;

/** operationId → route. */
export const ROUTES = {
  health: { method: 'GET', path: '/api/health', access: PUBLIC },
  getCatalog: { method: 'GET', path: '/api/branches/{branchId}/catalog', access: PUBLIC },
  getPublicTicket: { method: 'GET', path: '/api/public/tickets/{code}', access: PUBLIC },
  login: { method: 'POST', path: '/api/auth/login', access: PUBLIC },
  logout: { method: 'POST', path: '/api/auth/logout', access: PUBLIC },
  me: { method: 'GET', path: '/api/auth/me', access: { role: 'operator', devices: ALL_DEVICES } },
  pairDevice: { method: 'POST', path: '/api/devices/pair', access: PUBLIC },

  issueTicket: { method: 'POST', path: '/api/branches/{branchId}/tickets', access: { role: 'operator', devices: ['kiosk'] } },
  getQueueSnapshot: { method: 'GET', path: '/api/branches/{branchId}/snapshot', access: { role: 'operator', devices: ALL_DEVICES } },
  callNext: { method: 'POST', path: '/api/windows/{windowId}/call-next', access: OPERATOR },
  getWindowQueue: { method: 'GET', path: '/api/windows/{windowId}/queue', access: OPERATOR },
  callSpecificTicket: { method: 'POST', path: '/api/windows/{windowId}/call', access: OPERATOR },
  pauseWindow: { method: 'POST', path: '/api/windows/{windowId}/pause', access: OPERATOR },
  resumeWindow: { method: 'POST', path: '/api/windows/{windowId}/resume', access: OPERATOR },
  takeWindow: { method: 'POST', path: '/api/windows/{windowId}/take', access: OPERATOR },
  leaveWindow: { method: 'POST', path: '/api/windows/{windowId}/leave', access: OPERATOR },
  recallTicket: { method: 'POST', path: '/api/tickets/{ticketId}/recall', access: OPERATOR },
  startService: { method: 'POST', path: '/api/tickets/{ticketId}/start', access: OPERATOR },
  finishService: { method: 'POST', path: '/api/tickets/{ticketId}/finish', access: OPERATOR },
  markNoShow: { method: 'POST', path: '/api/tickets/{ticketId}/no-show', access: OPERATOR },
  postponeTicket: { method: 'POST', path: '/api/tickets/{ticketId}/postpone', access: OPERATOR },
  transferTicket: { method: 'POST', path: '/api/tickets/{ticketId}/transfer', access: OPERATOR },
  returnTicket: { method: 'POST', path: '/api/tickets/{ticketId}/return', access: OPERATOR },
  cancelTicket: { method: 'POST', path: '/api/tickets/{ticketId}/cancel', access: OPERATOR },
  getTicketEvents: { method: 'GET', path: '/api/tickets/{ticketId}/events', access: OPERATOR },
  closeServiceToday: { method: 'POST', path: '/api/branches/{branchId}/services/{serviceId}/close-today', access: SUPERVISOR },
  reopenServiceToday: { method: 'POST', path: '/api/branches/{branchId}/services/{serviceId}/reopen-today', access: SUPERVISOR },
  setAlert: { method: 'POST', path: '/api/branches/{branchId}/alert', access: SUPERVISOR },

  listBranches: { method: 'GET', path: '/api/branches', access: { role: 'operator', devices: ['kiosk', 'display', 'rating_terminal'] } },
  createBranch: { method: 'POST', path: '/api/branches', access: NETWORK_ADMIN },
  updateBranch: { method: 'PUT', path: '/api/branches/{branchId}', access: ADMIN },
  createCategory: { method: 'POST', path: '/api/branches/{branchId}/categories', access: ADMIN },
  updateCategory: { method: 'PUT', path: '/api/categories/{id}', access: ADMIN },
  listServices: { method: 'GET', path: '/api/branches/{branchId}/services', access: OPERATOR },
  createService: { method: 'POST', path: '/api/branches/{branchId}/services', access: ADMIN },
  updateService: { method: 'PUT', path: '/api/services/{id}', access: ADMIN },
  listWindows: { method: 'GET', path: '/api/branches/{branchId}/windows', access: { role: 'operator', devices: ['kiosk', 'display', 'rating_terminal'] } },
  createWindow: { method: 'POST', path: '/api/branches/{branchId}/windows', access: ADMIN },
  updateWindow: { method: 'PUT', path: '/api/windows/{windowId}', access: ADMIN },
  createPriorityCategory: { method: 'POST', path: '/api/branches/{branchId}/priority-categories', access: ADMIN },
  updatePriorityCategory: { method: 'PUT', path: '/api/priority-categories/{id}', access: ADMIN },
  listUsers: { method: 'GET', path: '/api/users', access: ADMIN },
  createUser: { method: 'POST', path: '/api/users', access: ADMIN },
  updateUser: { method: 'PUT', path: '/api/users/{id}', access: ADMIN },
  listDevices: { method: 'GET', path: '/api/branches/{branchId}/devices', access: ADMIN },
  createDevice: { method: 'POST', path: '/api/branches/{branchId}/devices', access: ADMIN },
  newPairingCode: { method: 'POST', path: '/api/devices/{id}/pairing-code', access: ADMIN },
  revokeDevice: { method: 'POST', path: '/api/devices/{id}/revoke', access: ADMIN },

  reprintTicket: { method: 'POST', path: '/api/tickets/{ticketId}/reprint', access: OPERATOR },
  listPrinters: { method: 'GET', path: '/api/branches/{branchId}/printers', access: OPERATOR },
  listPrinterProfiles: { method: 'GET', path: '/api/printer-profiles', access: ADMIN },
  listPrinterTargets: { method: 'GET', path: '/api/printer-targets', access: ADMIN },
  printTestPage: { method: 'POST', path: '/api/devices/{id}/test-page', access: ADMIN },
  markRollChanged: { method: 'POST', path: '/api/devices/{id}/roll-changed', access: SUPERVISOR },
  setDevicePrinter: { method: 'PUT', path: '/api/devices/{id}/printer', access: ADMIN },
  // tickets whose paper is missing (contracts/src/printing.ts)
  ...PRINTING_ROUTES,

  // operations (server/src/ops): backups are further limited to network admins by the command
  createBackup: { method: 'POST', path: '/api/admin/backups', access: NETWORK_ADMIN },
  listBackups: { method: 'GET', path: '/api/admin/backups', access: NETWORK_ADMIN },
  listAudit: { method: 'GET', path: '/api/audit', access: ADMIN },

  // visitor rating (contracts/src/rating.ts)
  ...RATING_ROUTES,

  // reports and the national export (contracts/src/reports.ts)
  ...REPORT_ROUTES,

  // the spoken call: voice-pack clips and the server's speech (contracts/src/voice.ts)
  ...VOICE_ROUTES,

  // booking a time online and checking in at the kiosk (contracts/src/booking.ts)
  ...BOOKING_ROUTES,

  // «Робоче місце» settings of a branch (contracts/src/workplace.ts)
  ...WORKPLACE_ROUTES,

  // service cards, the office's load online, webhooks (contracts/src/service-info.ts, load.ts, notify.ts)
  ...SERVICE_INFO_ROUTES,
  ...LOAD_ROUTES,
  ...NOTIFY_ROUTES,

  // installing: a kiosk's print agent in one step, the admin's setup warnings (contracts/src/deploy.ts)
  ...DEPLOY_ROUTES,
} as const satisfies Record<string, RouteSpec>;

export type OperationId = keyof typeof ROUTES;

const RANK: Record<Role, number> = { operator: 1, supervisor: 2, admin: 3 };

/** Whether a caller passes the table's row (branch not considered). */
export function accessAllows(
  access: RouteAccess,
  caller: { role: Role; branchId: number | null } | { deviceKind: DeviceKind } | { exportToken: true } | null,
): 'ok' | 'unauthorized' | 'forbidden' {
  if (access.public) return 'ok';
  if (caller === null) return 'unauthorized';
  if ('exportToken' in caller) return access.exportToken ? 'ok' : 'forbidden';
  if ('deviceKind' in caller) return access.devices?.includes(caller.deviceKind) ? 'ok' : 'forbidden';
  if (access.networkOnly && caller.branchId !== null) return 'forbidden';
  return access.role !== undefined && RANK[caller.role] >= RANK[access.role] ? 'ok' : 'forbidden';
}
