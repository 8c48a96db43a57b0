// Domain vocabulary shared by the server and the browser apps. The words, the ticket's life
// and the numbering rules are explained in docs/domain.md.
// Times on the wire are ISO-8601 strings in UTC; a "service day" is a local date
// (YYYY-MM-DD) in the branch's time zone.
import { z } from 'zod';

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

export const LANGUAGES = ['uk', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/*
 * The records as the API answers them. Each is a zod schema (the route table's response
 * schemas are built from them, so the OpenAPI document and the response check in tests use the
 * very same shape) and its type is inferred from it: one place for each shape.
 */
const nullableText = z.string().nullable();

export const LocalizedNameView = z.object({ uk: z.string(), en: z.string() });
export type LocalizedName = z.infer<typeof LocalizedNameView>;

export const StrategySettingsSchema = z.object({
  name: z.enum(STRATEGIES),
  /** ratio: ordinary visitors served between two priority visitors (e.g. 2 = "1 priority per 2 ordinary"). */
  ordinaryPerPriority: z.number(),
  /** aging: minutes of head start a priority ticket gets over an ordinary one. */
  priorityBonusMinutes: z.number(),
});
export type StrategySettings = z.infer<typeof StrategySettingsSchema>;

export const OpeningHoursViewSchema = z.object({
  /** ISO weekday 1 = Monday … 7 = Sunday. */
  weekday: z.number().int(),
  /** "08:00" */
  opens: z.string(),
  /** "20:00" */
  closes: z.string(),
});
export type OpeningHours = z.infer<typeof OpeningHoursViewSchema>;

export const HoursExceptionViewSchema = z.object({
  /** YYYY-MM-DD */
  date: z.string(),
  /** null = closed all day. */
  opens: nullableText,
  closes: nullableText,
  note: z.string(),
});
export type HoursException = z.infer<typeof HoursExceptionViewSchema>;

export const BranchSchema = z.object({
  id: z.number().int(),
  name: LocalizedNameView,
  address: z.string(),
  timeZone: z.string(),
  strategy: StrategySettingsSchema,
  /** the centre's own target for waiting, in minutes (no national norm exists). */
  targetWaitMinutes: z.number(),
  ticketHeader: z.string(),
  ticketFooter: z.string(),
  hours: z.array(OpeningHoursViewSchema),
  exceptions: z.array(HoursExceptionViewSchema),
  active: z.boolean(),
});
export type Branch = z.infer<typeof BranchSchema>;

export const CategorySchema = z.object({
  id: z.number().int(),
  branchId: z.number().int(),
  parentId: z.number().int().nullable(),
  name: LocalizedNameView,
  sortOrder: z.number(),
});
export type Category = z.infer<typeof CategorySchema>;

export const ServiceSchema = z.object({
  id: z.number().int(),
  branchId: z.number().int(),
  categoryId: z.number().int(),
  name: LocalizedNameView,
  /** ticket prefix letter, one of TICKET_PREFIXES */
  prefix: z.string(),
  rangeStart: z.number().int(),
  rangeEnd: z.number().int(),
  /** max tickets per day; null = no cap */
  dailyCap: z.number().int().nullable(),
  /** optional narrower hours than the branch's; null = branch hours */
  opensAt: nullableText,
  closesAt: nullableText,
  stopIssuingMinutesBeforeClose: z.number(),
  expectedMinutes: z.number(),
  active: z.boolean(),
  sortOrder: z.number(),
});
export type Service = z.infer<typeof ServiceSchema>;

export const WindowServiceSchema = z.object({
  serviceId: z.number().int(),
  /** 1 = primary: served before any level-2 service, and so on. */
  level: z.number().int(),
});
export type WindowService = z.infer<typeof WindowServiceSchema>;

export const WindowSchema = z.object({
  id: z.number().int(),
  branchId: z.number().int(),
  /** what visitors read on the board: "3", "12А" */
  label: z.string(),
  name: z.string(),
  services: z.array(WindowServiceSchema),
  paused: z.boolean(),
  operatorId: z.number().int().nullable(),
  active: z.boolean(),
});
export type Window = z.infer<typeof WindowSchema>;

export const PriorityCategorySchema = z.object({
  id: z.number().int(),
  branchId: z.number().int(),
  name: LocalizedNameView,
  active: z.boolean(),
});
export type PriorityCategory = z.infer<typeof PriorityCategorySchema>;

export const UserSchema = z.object({
  id: z.number().int(),
  branchId: z.number().int().nullable(),
  login: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
});
export type User = z.infer<typeof UserSchema>;

export const DeviceSchema = z.object({
  id: z.number().int(),
  branchId: z.number().int(),
  kind: z.enum(DEVICE_KINDS),
  name: z.string(),
  paired: z.boolean(),
  lastSeenAt: nullableText,
});
export type Device = z.infer<typeof DeviceSchema>;

export const TicketSchema = z.object({
  id: z.number().int(),
  branchId: z.number().int(),
  serviceId: z.number().int(),
  /** "А015" — prefix + three digits, as read aloud */
  number: z.string(),
  serviceDay: z.string(),
  status: z.enum(TICKET_STATUSES),
  priorityCategoryId: z.number().int().nullable(),
  /** set when transferred to one particular window */
  targetWindowId: z.number().int().nullable(),
  windowId: z.number().int().nullable(),
  operatorId: z.number().int().nullable(),
  issuedAt: z.string(),
  /** order key in the queue: issue time, or the placement chosen on transfer/return */
  queuedAt: z.string(),
  calledAt: nullableText,
  startedAt: nullableText,
  finishedAt: nullableText,
  recallCount: z.number().int(),
  peopleAheadAtIssue: z.number().int(),
  estimatedWaitMinutesAtIssue: z.number(),
  language: z.enum(LANGUAGES),
  /** unguessable code for the ticket's own status and rating page (QR) */
  publicCode: z.string(),
});
export type Ticket = z.infer<typeof TicketSchema>;

export const TicketEventSchema = z.object({
  id: z.number().int(),
  ticketId: z.number().int(),
  type: z.enum(TICKET_EVENT_TYPES),
  at: z.string(),
  windowId: z.number().int().nullable(),
  operatorId: z.number().int().nullable(),
  actor: z.string(),
  data: z.record(z.string(), z.unknown()).nullable(),
});
export type TicketEvent = z.infer<typeof TicketEventSchema>;

export const AlertStateSchema = z.object({ active: z.boolean(), since: nullableText });
export type AlertState = z.infer<typeof AlertStateSchema>;
