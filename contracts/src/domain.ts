// Domain vocabulary shared by the server and the browser apps. The words, the ticket's life
// and the numbering rules are explained in docs/domain.md.
// Times on the wire are ISO-8601 strings in UTC; a "service day" is a local date
// (YYYY-MM-DD) in the branch's time zone.

export const TICKET_STATUSES = [
  'waiting', // in the queue
  'called', // shown on the board, announced; visitor walking to the window
  'serving', // at the window
  'done',
  'no_show', // did not come after being called (and recalled)
  'cancelled',
  'postponed', // put aside by the operator, back in the queue on "return"
  'closed', // left open at the branch's day end
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses after which a ticket never changes again. */
export const FINAL_STATUSES: readonly TicketStatus[] = ['done', 'no_show', 'cancelled', 'closed'];

export const TICKET_EVENT_TYPES = [
  'issued',
  'called',
  'recalled',
  'started',
  'finished',
  'no_show',
  'transferred',
  'postponed',
  'returned',
  'cancelled',
  'closed', // closed at the end of the day
] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

export const ROLES = ['operator', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const DEVICE_KINDS = ['kiosk', 'display', 'print_agent', 'rating_terminal'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** Named "who is next" strategies, chosen per branch. */
export const STRATEGIES = ['strict_priority', 'ratio', 'aging'] as const;
export type StrategyName = (typeof STRATEGIES)[number];

export type Language = 'uk' | 'en';

export interface LocalizedName {
  uk: string;
  en: string;
}

export interface StrategySettings {
  name: StrategyName;
  /** ratio: ordinary visitors served between two priority visitors (e.g. 2 = "1 priority per 2 ordinary"). */
  ordinaryPerPriority: number;
  /** aging: minutes of head start a priority ticket gets over an ordinary one. */
  priorityBonusMinutes: number;
}

export interface OpeningHours {
  /** ISO weekday 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string; // "08:00"
  closes: string; // "20:00"
}

export interface HoursException {
  date: string; // YYYY-MM-DD
  /** null = closed all day. */
  opens: string | null;
  closes: string | null;
  note: string;
}

export interface Branch {
  id: number;
  name: LocalizedName;
  address: string;
  timeZone: string;
  strategy: StrategySettings;
  /** the centre's own target for waiting, in minutes (no national norm exists). */
  targetWaitMinutes: number;
  ticketHeader: string;
  ticketFooter: string;
  hours: OpeningHours[];
  exceptions: HoursException[];
  active: boolean;
}

export interface Category {
  id: number;
  branchId: number;
  parentId: number | null;
  name: LocalizedName;
  sortOrder: number;
}

export interface Service {
  id: number;
  branchId: number;
  categoryId: number;
  name: LocalizedName;
  /** ticket prefix letter, one of TICKET_PREFIXES */
  prefix: string;
  rangeStart: number;
  rangeEnd: number;
  /** max tickets per day; null = no cap */
  dailyCap: number | null;
  /** optional narrower hours than the branch's; null = branch hours */
  opensAt: string | null;
  closesAt: string | null;
  stopIssuingMinutesBeforeClose: number;
  expectedMinutes: number;
  active: boolean;
  sortOrder: number;
}

export interface WindowService {
  serviceId: number;
  /** 1 = primary: served before any level-2 service, and so on. */
  level: number;
}

export interface Window {
  id: number;
  branchId: number;
  /** what visitors read on the board: "3", "12А" */
  label: string;
  name: string;
  services: WindowService[];
  paused: boolean;
  operatorId: number | null;
  active: boolean;
}

export interface PriorityCategory {
  id: number;
  branchId: number;
  name: LocalizedName;
  active: boolean;
}

export interface User {
  id: number;
  branchId: number | null;
  login: string;
  name: string;
  role: Role;
  active: boolean;
}

export interface Device {
  id: number;
  branchId: number;
  kind: DeviceKind;
  name: string;
  paired: boolean;
  lastSeenAt: string | null;
}

export interface Ticket {
  id: number;
  branchId: number;
  serviceId: number;
  /** "А015" — prefix + three digits, as read aloud */
  number: string;
  serviceDay: string;
  status: TicketStatus;
  priorityCategoryId: number | null;
  /** set when transferred to one particular window */
  targetWindowId: number | null;
  windowId: number | null;
  operatorId: number | null;
  issuedAt: string;
  /** order key in the queue: issue time, or the placement chosen on transfer/return */
  queuedAt: string;
  calledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  recallCount: number;
  peopleAheadAtIssue: number;
  estimatedWaitMinutesAtIssue: number;
  language: Language;
  /** unguessable code for the ticket's own status and rating page (QR) */
  publicCode: string;
}

export interface TicketEvent {
  id: number;
  ticketId: number;
  type: TicketEventType;
  at: string;
  windowId: number | null;
  operatorId: number | null;
  actor: string;
  data: Record<string, unknown> | null;
}

export interface AlertState {
  active: boolean;
  since: string | null;
}
