// What the server pushes to clients over socket.io, and what clients may send.
// A client gets a full snapshot (with the branch revision) on connect and on every
// reconnect, then deltas; a delta whose revision is not exactly local+1 means
// "ask for a snapshot again".
import { z } from 'zod';
import { AlertStateSchema, LocalizedNameView, STRATEGIES, TICKET_STATUSES, TicketSchema, type AlertState, type Language, type LocalizedName, type Ticket } from './domain';
import type { AgentTestPageRequest } from './deploy';
import type { Ack, ErrorCode } from './errors';

/** A ticket as lists and boards show it (no personal data exists to leak). */
export const TicketViewSchema = z.object({
  id: z.number().int(),
  number: z.string(),
  serviceId: z.number().int(),
  status: z.enum(TICKET_STATUSES),
  priority: z.boolean(),
  windowId: z.number().int().nullable(),
  windowLabel: z.string().nullable(),
  targetWindowId: z.number().int().nullable(),
  issuedAt: z.string(),
  queuedAt: z.string(),
  calledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  recallCount: z.number().int(),
  /** a booked visitor checked in on time: the booked local time «13:00» (called first at it) */
  bookedFor: z.string().optional(),
});
export type TicketView = z.infer<typeof TicketViewSchema>;

export const ServiceLoadSchema = z.object({
  serviceId: z.number().int(),
  name: LocalizedNameView,
  prefix: z.string(),
  categoryId: z.number().int(),
  waiting: z.number().int(),
  /** open (active, not paused, staffed) windows serving it */
  openWindows: z.number().int(),
  estimatedWaitMinutes: z.number(),
  /** issuing possible right now; otherwise reason holds an error code */
  available: z.boolean(),
  reason: z.string().nullable(),
  /** a supervisor closed this service for the rest of today (reason is then SERVICE_CLOSED) */
  closedToday: z.boolean(),
});
export type ServiceLoad = z.infer<typeof ServiceLoadSchema>;

export const WindowStateSchema = z.object({
  id: z.number().int(),
  label: z.string(),
  paused: z.boolean(),
  operatorId: z.number().int().nullable(),
  operatorName: z.string().nullable(),
  /** the ticket currently called or served here */
  current: TicketViewSchema.nullable(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** A call as the hall board shows and announces it. */
export const CallViewSchema = z.object({
  ticketId: z.number().int(),
  number: z.string(),
  windowLabel: z.string(),
  calledAt: z.string(),
  recall: z.boolean(),
});
export type CallView = z.infer<typeof CallViewSchema>;

export const BoardSnapshotSchema = z.object({
  branchId: z.number().int(),
  branchName: LocalizedNameView,
  /** IANA zone of the branch: the board's clock shows the branch's time */
  timeZone: z.string(),
  revision: z.number().int(),
  serverTime: z.string(),
  alert: AlertStateSchema,
  /** most recent calls first, bounded (does not grow with the queue) */
  calls: z.array(CallViewSchema),
  services: z.array(ServiceLoadSchema),
  // strict: a board's answer with anything more (the staff side) fails the response check in tests
}).strict();
export type BoardSnapshot = z.infer<typeof BoardSnapshotSchema>;

export const OperatorSnapshotSchema = BoardSnapshotSchema.extend({
  windows: z.array(WindowStateSchema),
  /** waiting and postponed tickets in queue order, first page only */
  queue: z.array(TicketViewSchema),
  queueTotal: z.number().int(),
  strategy: z.enum(STRATEGIES),
});
export type OperatorSnapshot = z.infer<typeof OperatorSnapshotSchema>;

export interface Delta {
  branchId: number;
  revision: number;
  serverTime: string;
  /** tickets whose state changed in this revision */
  tickets: TicketView[];
  /** calls made in this revision (board: show and announce) */
  calls: CallView[];
  services: ServiceLoad[];
  windows: WindowState[];
  alert: AlertState;
}

/**
 * What boards and kiosks receive: what they show (calls, counters, alert), never the staff
 * side (who sits at which window, the ticket list).
 */
export type BoardDelta = Omit<Delta, 'tickets' | 'windows'>;

export interface PrintJob {
  jobId: string;
  ticket: Ticket;
  branchName: LocalizedName;
  serviceName: LocalizedName;
  priorityName: LocalizedName | null;
  header: string;
  footer: string;
  statusUrl: string;
  language: Language;
  /**
   * windows open for the ticket's service when the job was made; 0: the paper says that none
   * is taking it now instead of an estimate (absent from older servers: the estimate is printed)
   */
  openWindows?: number;
  /**
   * a booked visitor checked in on time: the booked local time «13:00»; the paper says
   * «Запис на 13:00 — вас запросять першим о 13:00» instead of people ahead and an estimate
   */
  bookedFor?: string;
}

/**
 * What a device alert is about. printer: a printer changed to a state that needs a person
 * (paper out, cover open…); print_failed: a ticket was not printed; print_uncertain: a ticket
 * may not have been printed (the printer stopped mid-job).
 */
export type DeviceAlertKind = 'printer' | 'print_failed' | 'print_uncertain';

/** To staff and to the device concerned: a printer or device needs attention. */
export interface DeviceAlert {
  deviceId: number;
  /** a DeviceAlertKind (typed loosely: a newer server may add kinds) */
  kind: DeviceAlertKind | (string & {});
  message: string;
  at: string;
  /** the ticket that was not (or maybe not) printed: the kiosk shows it on screen */
  ticketId?: number;
  /** its number («А015»), for the staff's reprint button: never read back out of `message` */
  ticketNumber?: string;
}

export interface ServerToClientEvents {
  'board:snapshot': (snapshot: BoardSnapshot) => void;
  'operator:snapshot': (snapshot: OperatorSnapshot) => void;
  /** staff get a Delta, boards and kiosks a BoardDelta */
  delta: (delta: Delta | BoardDelta) => void;
  'print:job': (job: PrintJob) => void;
  /** to a print agent: staff changed the paper roll, restart the ticket count */
  'printer:reset-roll': () => void;
  /** to a print agent: print the test page now (admin); answered with AgentTestPageResult */
  'printer:test-page': (page: AgentTestPageRequest, ack: (res: unknown) => void) => void;
  /** to staff: a device or printer needs attention */
  'device:alert': (alert: DeviceAlert) => void;
}

export interface ClientToServerEvents {
  /** ask again for the full snapshot (after a revision gap) */
  'snapshot:get': (payload: unknown, ack: (res: Ack<BoardSnapshot | OperatorSnapshot>) => void) => void;
  /** print agent: outcome of a job */
  'print:result': (payload: unknown, ack: (res: Ack<{ recorded: true }>) => void) => void;
  /** print agent: printer state */
  'printer:status': (payload: unknown, ack: (res: Ack<{ recorded: true }>) => void) => void;
}

/** `connect_error.data` of a refused handshake: what the app must do depends on the code. */
export interface SocketRefusal {
  code: ErrorCode;
}

/** Socket handshake: devices send `auth: { token }`; people use the session cookie. */
export interface SocketAuth {
  token?: string;
  /** which snapshot to receive: the board's (small) or the operator's */
  view?: 'board' | 'operator';
  branchId?: number;
}

/** What the kiosk learns about printing right after issuing: the ticket exists either way. */
export const PrintStatusViewSchema = z.object({
  /** queued: on its way to the printer; unavailable: show the ticket on screen; none: this caller has no printer */
  status: z.enum(['queued', 'unavailable', 'none']),
  message: z.string().nullable(),
});
export type PrintStatusView = z.infer<typeof PrintStatusViewSchema>;

export const IssueTicketResponseSchema = z.object({
  ticket: TicketSchema,
  peopleAhead: z.number().int(),
  estimatedWaitMinutes: z.number(),
  /**
   * windows taking the ticket's service right now (active, not paused, staffed); 0: the kiosk
   * says plainly that none is, instead of «no wait» (optional: older servers do not send it)
   */
  openWindows: z.number().int().optional(),
  replayed: z.boolean(),
  /** the ticket's own status and rating page (also in its QR code) */
  statusUrl: z.string(),
  print: PrintStatusViewSchema,
});
export type IssueTicketResponse = z.infer<typeof IssueTicketResponseSchema>;

/** The ticket's public page, reached by its QR code: nothing personal. */
export const PublicTicketViewSchema = z.object({
  number: z.string(),
  status: z.enum(TICKET_STATUSES),
  serviceName: LocalizedNameView,
  branchName: LocalizedNameView,
  peopleAhead: z.number().int(),
  windowLabel: z.string().nullable(),
  issuedAt: z.string(),
  calledAt: z.string().nullable(),
  /** IANA zone of the branch, for showing issuedAt (optional: older servers do not send it) */
  timeZone: z.string().optional(),
  /** while waiting: the estimate now, from the same rule as the kiosk's */
  estimatedWaitMinutes: z.number().optional(),
  /** while waiting: windows taking this service now; 0 = nobody is (the page says so) */
  openWindows: z.number().int().optional(),
  /** while waiting, a booked visitor checked in on time: the booked local time «13:00» (invited first at it) */
  bookedFor: z.string().optional(),
});
export type PublicTicketView = z.infer<typeof PublicTicketViewSchema>;

/**
 * How live screens come back after the server restarts (socket.io client options). The library's
 * defaults wait 1 s doubling to 5 s (±50 %), so a hall of boards trickled back over ~7 s; the
 * server is serving again in under 2 s, so shorter waits bring every screen back within ~4 s while
 * the jitter still spreads thousands of reconnects apart.
 */
export const LIVE_RECONNECT = { reconnectionDelay: 400, reconnectionDelayMax: 2000, randomizationFactor: 0.5 } as const;
