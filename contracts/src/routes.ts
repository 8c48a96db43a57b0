// The table of REST routes and who may call each. The server registers no /api route that
// is missing here (it refuses to start), checks the caller against the row before anything
// is looked up or validated (an anonymous caller learns nothing about which ids exist), and
// the role × action tests are generated from it. Branch checks (is this ticket in your
// office?) stay with the command, which knows the branch once it has the record.
import type { DeviceKind, Role } from './domain';

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
/** a rating terminal, or a window display that shows the rating buttons */
const RATING_DEVICES = ['rating_terminal', 'display'] as const;

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
  listPrintFailures: { method: 'GET', path: '/api/branches/{branchId}/print-failures', access: { role: 'operator' } },

  // operations (server/src/ops): backups are further limited to network admins by the command
  createBackup: { method: 'POST', path: '/api/admin/backups', access: NETWORK_ADMIN },
  listBackups: { method: 'GET', path: '/api/admin/backups', access: NETWORK_ADMIN },
  listAudit: { method: 'GET', path: '/api/audit', access: ADMIN },

  // visitor rating (contracts/src/rating.ts). Rating settings are also readable by rating terminals
  // and window displays of the office: they draw the buttons from them.
  getRatingSettings: { method: 'GET', path: '/api/branches/{branchId}/rating-settings', access: { role: 'operator', devices: RATING_DEVICES } },
  updateRatingSettings: { method: 'PUT', path: '/api/branches/{branchId}/rating-settings', access: { role: 'admin' } },
  rateTicket: { method: 'POST', path: '/api/public/tickets/{code}/rating', access: { public: true } },
  addRatingDetails: { method: 'PATCH', path: '/api/public/tickets/{code}/rating', access: { public: true } },
  scanRating: { method: 'POST', path: '/api/rating/scan', access: { devices: RATING_DEVICES } },
  lookupRating: { method: 'POST', path: '/api/rating/lookup', access: { devices: RATING_DEVICES } },
  rateAtWindow: { method: 'POST', path: '/api/windows/{windowId}/rating', access: { devices: RATING_DEVICES } },
  getRatingTarget: { method: 'GET', path: '/api/windows/{windowId}/rating-target', access: { devices: RATING_DEVICES } },
  getRatingSummary: { method: 'GET', path: '/api/branches/{branchId}/ratings/summary', access: { role: 'supervisor' } },
  getMyRatings: { method: 'GET', path: '/api/me/ratings', access: { role: 'operator' } },

  // reports and the national export (contracts/src/reports.ts)
  getReport: { method: 'GET', path: '/api/reports', access: SUPERVISOR },
  getReportFilters: { method: 'GET', path: '/api/reports/filters', access: SUPERVISOR },
  // the national export: supervisors and admins by session, or an export token
  exportTicketsCsv: { method: 'GET', path: '/api/reports/export/tickets.csv', access: { ...SUPERVISOR, exportToken: true } },
  exportDailyCsv: { method: 'GET', path: '/api/reports/export/daily.csv', access: { ...SUPERVISOR, exportToken: true } },
  listExportTokens: { method: 'GET', path: '/api/reports/export-tokens', access: { role: 'admin', networkOnly: true } },
  createExportToken: { method: 'POST', path: '/api/reports/export-tokens', access: { role: 'admin', networkOnly: true } },
  revokeExportToken: { method: 'POST', path: '/api/reports/export-tokens/{id}/revoke', access: { role: 'admin', networkOnly: true } },

  // the spoken call: voice-pack clips and the server's speech (contracts/src/voice.ts)
  getVoiceStatus: { method: 'GET', path: '/api/voice/status', access: PUBLIC },
  // clips are no secret and an <audio> element sends no token: the board plays them as they are
  getVoiceClip: { method: 'GET', path: '/api/voice/clips/{clip}', access: PUBLIC },
  // synthesis costs the server work: paired screens and staff only (the kiosk's «Озвучити», the admin's test)
  getSpeech: { method: 'GET', path: '/api/voice/speech', access: { role: 'operator', devices: ['kiosk', 'display', 'rating_terminal'] } },
  getVoicePack: { method: 'GET', path: '/api/voice/pack', access: { role: 'admin' } },

  // booking a time online and checking in at the kiosk (contracts/src/booking.ts)
  listBookingOffices: { method: 'GET', path: '/api/public/booking/offices', access: { public: true } },
  getBookingAvailability: { method: 'GET', path: '/api/public/booking/services/{serviceId}/availability', access: { public: true } },
  createBooking: { method: 'POST', path: '/api/public/bookings', access: { public: true } },
  getBooking: { method: 'GET', path: '/api/public/bookings/{code}', access: { public: true } },
  cancelBooking: { method: 'POST', path: '/api/public/bookings/{code}/cancel', access: { public: true } },
  moveBooking: { method: 'POST', path: '/api/public/bookings/{code}/move', access: { public: true } },
  getBookingCalendar: { method: 'GET', path: '/api/public/bookings/{code}/calendar.ics', access: { public: true } },
  getBookingQr: { method: 'GET', path: '/api/public/bookings/{code}/qr.png', access: { public: true } },
  checkInBooking: { method: 'POST', path: '/api/bookings/check-in', access: { role: 'operator', devices: ['kiosk'] } },
  listBookings: { method: 'GET', path: '/api/branches/{branchId}/bookings', access: { role: 'operator' } },
  createStaffBooking: { method: 'POST', path: '/api/branches/{branchId}/bookings', access: { role: 'operator' } },
  getBookingSettings: { method: 'GET', path: '/api/branches/{branchId}/booking-settings', access: { role: 'operator' } },
  updateBookingSettings: { method: 'PUT', path: '/api/branches/{branchId}/booking-settings', access: { role: 'admin' } },

  // «Робоче місце» settings of a branch (contracts/src/workplace.ts)
  getWorkplaceSettings: { method: 'GET', path: '/api/branches/{branchId}/workplace-settings', access: OPERATOR },
  updateWorkplaceSettings: { method: 'PUT', path: '/api/branches/{branchId}/workplace-settings', access: ADMIN },

  // service cards, the office's load online, webhooks (contracts/src/service-info.ts, load.ts, notify.ts)
  listServiceCards: { method: 'GET', path: '/api/public/branches/{branchId}/service-cards', access: { public: true } },
  getServiceCard: { method: 'GET', path: '/api/public/services/{id}/card', access: { public: true } },
  /** the ticket page's card: by the ticket's code (the page knows no service id) */
  getTicketServiceCard: { method: 'GET', path: '/api/public/tickets/{code}/card', access: { public: true } },
  updateServiceCard: { method: 'PUT', path: '/api/services/{id}/card', access: ADMIN },
  printServiceCard: { method: 'POST', path: '/api/services/{id}/card/print', access: { devices: ['kiosk'] } },
  deleteServiceCard: { method: 'DELETE', path: '/api/services/{id}/card', access: ADMIN },
  getOfficeLoad: { method: 'GET', path: '/api/public/branches/{branchId}/load', access: { public: true } },
  listWebhooks: { method: 'GET', path: '/api/branches/{branchId}/webhooks', access: ADMIN },
  createWebhook: { method: 'POST', path: '/api/branches/{branchId}/webhooks', access: ADMIN },
  updateWebhook: { method: 'PUT', path: '/api/webhooks/{id}', access: ADMIN },
  deleteWebhook: { method: 'DELETE', path: '/api/webhooks/{id}', access: ADMIN },
  testWebhook: { method: 'POST', path: '/api/webhooks/{id}/test', access: ADMIN },
  listWebhookDeliveries: { method: 'GET', path: '/api/branches/{branchId}/webhook-deliveries', access: ADMIN },

  // installing: a kiosk's print agent in one step, the admin's setup warnings (contracts/src/deploy.ts)
  createKioskPrintAgent: { method: 'POST', path: '/api/devices/{id}/print-agent', access: { role: 'admin' } },
  getPublicAddress: { method: 'GET', path: '/api/admin/public-address', access: { role: 'admin' } },
  listUnservedServices: { method: 'GET', path: '/api/branches/{branchId}/unserved-services', access: { role: 'admin' } },
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
