// zod schemas for every inbound payload (REST bodies, params, socket events).
// Messages are Ukrainian: they reach people through the UIs.
import { z } from 'zod';
import { DEVICE_KINDS, ROLES, STRATEGIES } from './domain';
import { TICKET_PREFIXES } from './tickets';

// zod's own messages (a wrong type, an unknown key…) in Ukrainian: they reach people through
// the server's 400 answers and the forms that reuse these schemas
z.config(z.locales.uk());

const ID_MAX = 2_147_483_647;
/** An id in a JSON body: a whole positive number. Never coerced: `true`, `"1"` or `[1]` is a 400, not service 1. */
export const Id = z.number({ error: 'Очікується ціле число' }).int('Очікується ціле число').positive('Очікується додатне число').max(ID_MAX, 'Завелике число');
/** An id in the address: digits only (no signs, spaces, exponents or hex), then the same rule as in bodies. */
export const IdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'Очікується ціле додатне число')
  .transform(Number)
  .pipe(Id);

/**
 * Control characters (NUL, escape…) and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069, marks U+200E/F, U+061C) would let a saved name reverse or hide
 * text on the board and on paper. One rule for every text a person saves: no control (Cc) or
 * format (Cf) character — which also covers invisible ones that make two window labels look
 * alike (U+200B, U+2060, tag characters) — no line or paragraph separator (U+2028/9) and no
 * half of a surrogate pair.
 */
export const UNSAFE_TEXT_RE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
/**
 * multi-line texts (ticket header and footer, comments, reasons) may hold line breaks (\n), and
 * the soft hyphen and zero-width (non-)joiners U+200C/D that words and emoji in a visitor's
 * comment need (they reverse nothing); nothing else of the above
 */
export const UNSAFE_MULTILINE_RE = /[\p{Cs}\p{Zl}\p{Zp}]|(?!\n)\p{Cc}|(?![\u00ad\u200c\u200d])\p{Cf}/u;
const UNSAFE_MESSAGE = 'Текст містить керівні або невидимі символи (наприклад, зміну напрямку тексту): приберіть їх';
/** a saved single-line text: no control or direction characters */
export const safeString = () => z.string().refine((v) => !UNSAFE_TEXT_RE.test(v), UNSAFE_MESSAGE);
/** a saved text that may have line breaks */
export const safeMultiline = () => z.string().refine((v) => !UNSAFE_MULTILINE_RE.test(v), UNSAFE_MESSAGE);
/** a time of day «08:00» … «24:00»: the one rule for the API and the admin forms */
export const HHMM_RE = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
/** the same rule for an <input pattern> (the browser anchors it itself), so a form marks a wrong time as the server would */
export const HHMM_PATTERN = HHMM_RE.source;
const hhmm = z.string().regex(HHMM_RE, 'Час у форматі ГГ:ХХ');
/** a login: 3–64 lower-case Latin letters, digits, . _ - */
export const LOGIN_RE = /^[a-z0-9._-]{3,64}$/;
/** a calendar date «2026-05-01» (its shape; the forms' date inputs give it) */
export const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z.string().regex(ISO_DATE_RE, 'Дата у форматі РРРР-ММ-ДД');
const text = (max: number) => safeString().trim().min(1, 'Поле не може бути порожнім').max(max, `Не довше ${max} символів`);
export const LocalizedNameSchema = z.object({ uk: text(200), en: text(200) }).strict();

export const BranchParams = z.object({ branchId: IdParam }).strict();
export const WindowParams = z.object({ windowId: IdParam }).strict();
export const TicketParams = z.object({ ticketId: IdParam }).strict();
export const ServiceParams = z.object({ branchId: IdParam, serviceId: IdParam }).strict();
export const IdParams = z.object({ id: IdParam }).strict();
export const PublicCodeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Неправильний код талону') }).strict();

export const IssueTicketBody = z
  .object({
    serviceId: Id,
    priorityCategoryId: Id.nullable().optional(),
    /** chosen by the kiosk per tap; a retry with the same key returns the same ticket */
    idempotencyKey: z.string().min(8, 'Ключ запиту закороткий').max(100).regex(/^[A-Za-z0-9_:.-]+$/, 'Неправильний ключ запиту'),
    language: z.enum(['uk', 'en']).default('uk'),
  })
  .strict();
export type IssueTicketInput = z.infer<typeof IssueTicketBody>;

export const CallSpecificBody = z.object({ ticketId: Id }).strict();

export const TransferBody = z
  .object({
    serviceId: Id.optional(),
    windowId: Id.optional(),
    placement: z.enum(['first', 'last', 'original']).default('last'),
  })
  .strict()
  .refine((b) => b.serviceId !== undefined || b.windowId !== undefined, { message: 'Вкажіть послугу або вікно, куди перенаправити' });
export type TransferInput = z.infer<typeof TransferBody>;

export const ReturnBody = z.object({ placement: z.enum(['first', 'last', 'original']).default('first') }).strict();
export const CancelBody = z.object({ reason: safeMultiline().max(300).optional() }).strict();
export const AlertBody = z.object({ active: z.boolean({ error: 'Вкажіть active: true або false' }) }).strict();

export const LoginBody = z.object({ login: text(64), password: z.string().min(1, 'Введіть пароль').max(200) }).strict();
/** the code is shown as «8879 6791»: spaces and dashes a technician types are ignored */
export const PairBody = z
  .object({ code: z.preprocess((v) => (typeof v === 'string' ? v.replace(/[\s-]/g, '') : v), z.string().regex(/^[0-9]{6,8}$/, 'Код підключення — 6–8 цифр')) })
  .strict();
export const CreateDeviceBody = z.object({ kind: z.enum(DEVICE_KINDS), name: text(100) }).strict();

export const StrategySchema = z
  .object({
    name: z.enum(STRATEGIES),
    ordinaryPerPriority: z.number().int().min(1).max(20).default(2),
    priorityBonusMinutes: z.number().int().min(0).max(600).default(20),
  })
  .strict();

export const OpeningHoursSchema = z.object({ weekday: z.number().int().min(1).max(7), opens: hhmm, closes: hhmm }).strict();
export const HoursExceptionSchema = z
  .object({ date: isoDate, opens: hhmm.nullable(), closes: hhmm.nullable(), note: safeString().max(200).default('') })
  .strict();

/** an IANA zone the runtime knows ("Europe/Kyiv"); anything else would break every clock */
const TimeZone = z.string().max(64).refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'Невідомий часовий пояс: вкажіть, наприклад, Europe/Kyiv');

const beforeClose = (h: { opens: string | null; closes: string | null }) => h.opens === null || h.closes === null || h.opens < h.closes;

export const BranchBody = z
  .object({
    name: LocalizedNameSchema,
    address: safeString().max(300).default(''),
    timeZone: TimeZone.default('Europe/Kyiv'),
    strategy: StrategySchema.default({ name: 'aging', ordinaryPerPriority: 2, priorityBonusMinutes: 20 }),
    targetWaitMinutes: z.number().int().min(1).max(600).default(15),
    ticketHeader: safeMultiline().max(200).default(''),
    ticketFooter: safeMultiline().max(300).default(''),
    hours: z.array(OpeningHoursSchema).max(7).default([]),
    exceptions: z.array(HoursExceptionSchema).max(400).default([]),
    active: z.boolean().default(true),
  })
  .strict()
  .refine((b) => new Set(b.hours.map((h) => h.weekday)).size === b.hours.length, { message: 'Кожен день тижня — не більше одного разу', path: ['hours'] })
  .refine((b) => new Set(b.exceptions.map((e) => e.date)).size === b.exceptions.length, { message: 'Кожна дата винятку — не більше одного разу', path: ['exceptions'] })
  .refine((b) => b.hours.every(beforeClose) && b.exceptions.every(beforeClose), { message: 'Час відкриття має бути раніше за час закриття', path: ['hours'] })
  .refine((b) => b.exceptions.every((e) => (e.opens === null) === (e.closes === null)), { message: 'Виняток: вкажіть і відкриття, і закриття, або жодного (вихідний)', path: ['exceptions'] });

export const CategoryBody = z
  .object({ parentId: Id.nullable().default(null), name: LocalizedNameSchema, sortOrder: z.number().int().min(0).max(10_000).default(0) })
  .strict();

export const ServiceBody = z
  .object({
    categoryId: Id,
    name: LocalizedNameSchema,
    prefix: z.enum(TICKET_PREFIXES, { error: 'Літера талону має бути однією з: ' + TICKET_PREFIXES.join(' ') }),
    rangeStart: z.number().int().min(1).max(999).default(1),
    rangeEnd: z.number().int().min(1).max(999).default(999),
    dailyCap: z.number().int().min(1).max(10_000).nullable().default(null),
    opensAt: hhmm.nullable().default(null),
    closesAt: hhmm.nullable().default(null),
    stopIssuingMinutesBeforeClose: z.number().int().min(0).max(240).default(0),
    expectedMinutes: z.number().int().min(1).max(480).default(10),
    active: z.boolean().default(true),
    sortOrder: z.number().int().min(0).max(10_000).default(0),
  })
  .strict()
  .refine((s) => s.rangeStart <= s.rangeEnd, { message: 'Початок діапазону номерів має бути не більшим за кінець' });

export const WindowBody = z
  .object({
    label: text(10),
    name: safeString().max(100).default(''),
    services: z.array(z.object({ serviceId: Id, level: z.number().int().min(1).max(9).default(1) }).strict()).max(1000).default([]),
    active: z.boolean().default(true),
  })
  .strict()
  .refine((w) => new Set(w.services.map((x) => x.serviceId)).size === w.services.length, { message: 'Послуга вказана для вікна двічі', path: ['services'] });

export const PriorityCategoryBody = z.object({ name: LocalizedNameSchema, active: z.boolean().default(true) }).strict();

export const UserBody = z
  .object({
    branchId: Id.nullable(),
    login: z.string().trim().regex(LOGIN_RE, 'Логін: 3–64 малих латинських літер, цифр, . _ -'),
    name: text(100),
    role: z.enum(ROLES),
    password: z.string().min(8, 'Пароль — щонайменше 8 символів').max(200),
    active: z.boolean().default(true),
  })
  .strict();

/** editing a person: a new password only when one is given */
export const UpdateUserBody = UserBody.extend({ password: UserBody.shape.password.optional() }).strict();

/** socket: `snapshot:get` */
export const SnapshotRequest = z.object({ branchId: Id.optional() }).strict().default({});

/** socket: `print:result` from a print agent */
export const PrintResultPayload = z
  .object({
    jobId: z.string().min(1).max(100),
    outcome: z.enum(['printed', 'failed', 'uncertain']),
    message: safeMultiline().max(500).optional(),
  })
  .strict();

export const PRINTER_STATES = ['online', 'paper_near_end', 'paper_out', 'cover_open', 'error', 'no_answer', 'unknown'] as const;
export type PrinterState = (typeof PRINTER_STATES)[number];
/** States in which a ticket must not be sent at all (the printer stops; staff must act). */
export const BLOCKING_PRINTER_STATES: readonly PrinterState[] = ['paper_out', 'cover_open', 'error', 'no_answer'];

/** socket: `printer:status` from a print agent */
export const PrinterStatusPayload = z
  .object({ state: z.enum(PRINTER_STATES), ticketsSinceRollChange: z.number().int().min(0).max(1_000_000).optional() })
  .strict();

/**
 * A kiosk's printer as an admin may set it over the API. Only what describes the printer:
 * where files go (previews, roll counter) is the server's own business, and which hosts,
 * ports and device paths may be used at all comes from the server's settings
 * (EQUEUE_PRINTER_HOSTS, EQUEUE_PRINTER_DEVICES), never from a request.
 */
export const KIOSK_PRINTER_TRANSPORTS = ['virtual', 'tcp', 'serial', 'usb'] as const;
export const KioskPrinterSettings = z
  .object({
    transport: z.enum(KIOSK_PRINTER_TRANSPORTS, { error: 'Підключення принтера: virtual, tcp, serial або usb' }),
    host: z.string().min(1).max(253).regex(/^[A-Za-z0-9.-]+$/, 'Адреса принтера: IP-адреса або імʼя вузла').optional(),
    port: z.number().int().min(1).max(65535).optional(),
    path: z.string().min(1).max(200).optional(),
    baudRate: z.number().int().min(300).max(921_600).optional(),
    flowControl: z.enum(['none', 'rtscts', 'xonxoff']).optional(),
    /** a preset name or a full profile; the printer package checks it */
    profile: z.union([z.string().min(1).max(64), z.record(z.string(), z.unknown())]),
    paperWidth: z.union([z.literal(58), z.literal(80)]),
    timeoutMs: z.number().int().min(10).max(120_000).optional(),
    settleMs: z.number().int().min(0).max(30_000).optional(),
    nearEndAfterTickets: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();
export type KioskPrinterSettings = z.infer<typeof KioskPrinterSettings>;

export const SetDevicePrinterBody = z
  .object({ printer: KioskPrinterSettings.nullable().default(null), printAgentId: Id.nullable().default(null) })
  .strict();
