// Booking a time online (the /book/ page, staff by phone) and checking in at the kiosk.
// A booking holds one place of one slot of one service; the slots come from the office's
// hours, the service's expected duration, the windows that serve it and the share of their
// capacity the centre gives to bookings (per service). The booking code is random (not a
// counter) and is all a visitor needs to see, move, cancel or check in; public answers never
// carry the name or the contact in full. See docs/booking.md.
import { z } from 'zod';
import { LocalizedNameView } from './domain';
import { PrintStatusViewSchema } from './live';
import { BranchParams, Id, safeString } from './schemas';
import { NoBody, type ContractRows } from './contract';

/** booked → checked_in (a ticket was issued) | cancelled | no_show (the check-in time passed) */
export const BOOKING_STATUSES = ['booked', 'checked_in', 'cancelled', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** letters and digits that cannot be mistaken for each other when read aloud or typed (no 0/O, 1/I/L) */
export const BOOKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const BOOKING_CODE_LENGTH = 8;

/**
 * The booking code out of what a person typed or a scanner read: «abcd-2345», «ABCD 2345», or a
 * link …/book/?code=ABCD2345 (the QR code). null when nothing code-like is there.
 */
export function normalizeBookingCode(input: string): string | null {
  const s = input.trim();
  const fromLink = /[?&#]code=([A-Za-z0-9 -]{8,12})(?:[&#].*)?$/.exec(s);
  const raw = (fromLink ? fromLink[1]! : s).replace(/[\s-]/g, '').toUpperCase();
  if (raw.length !== BOOKING_CODE_LENGTH) return null;
  for (const ch of raw) if (!BOOKING_CODE_ALPHABET.includes(ch)) return null;
  return raw;
}

/** «ABCD-2345»: how the code is shown and printed */
export const formatBookingCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/** Per-office booking rules (admin). Per-service shares are in `services`. */
export const BookingSettingsSchema = z.object({
  /** check-in opens this many minutes before the booked time */
  checkInBeforeMinutes: z.number().int(),
  /** and closes this many minutes after it; later the visitor joins the normal queue */
  checkInAfterMinutes: z.number().int(),
  /** days after the visit when the name and contact are deleted */
  retentionDays: z.number().int(),
  /** bookings at most this many days ahead (today = 0) */
  daysAhead: z.number().int(),
  /** active bookings per phone or e-mail per day */
  maxPerContactPerDay: z.number().int(),
  /** per service: percent (0–100) of its windows' capacity offered for booking; 0 = not bookable */
  services: z.array(z.object({ serviceId: z.number().int(), sharePercent: z.number().int() })),
});
export type BookingSettings = z.infer<typeof BookingSettingsSchema>;

export const DEFAULT_BOOKING_SETTINGS: Omit<BookingSettings, 'services'> = {
  checkInBeforeMinutes: 15, checkInAfterMinutes: 10, retentionDays: 30, daysAhead: 14, maxPerContactPerDay: 2,
};

const minutes = (max: number) => z.number({ error: 'Очікується ціле число хвилин' }).int('Очікується ціле число хвилин').min(0, 'Не менше 0').max(max, `Не більше ${max}`);

/** PUT /api/branches/:branchId/booking-settings — services left out keep their share */
export const BookingSettingsBody = z
  .object({
    checkInBeforeMinutes: minutes(120),
    checkInAfterMinutes: minutes(120),
    retentionDays: z.number({ error: 'Очікується ціле число днів' }).int('Очікується ціле число днів').min(1, 'Щонайменше 1 день').max(365, 'Не більше 365 днів'),
    daysAhead: z.number({ error: 'Очікується ціле число днів' }).int('Очікується ціле число днів').min(0, 'Не менше 0').max(90, 'Не більше 90 днів'),
    maxPerContactPerDay: z.number({ error: 'Очікується ціле число' }).int('Очікується ціле число').min(1, 'Щонайменше 1').max(20, 'Не більше 20'),
    services: z
      .array(z.object({ serviceId: Id, sharePercent: z.number({ error: 'Частка — ціле число від 0 до 100' }).int('Частка — ціле число від 0 до 100').min(0, 'Частка — від 0 до 100').max(100, 'Частка — від 0 до 100') }).strict())
      .max(500)
      .refine((l) => new Set(l.map((s) => s.serviceId)).size === l.length, 'Послуга вказана двічі')
      .default([]),
  })
  .strict();
export type BookingSettingsInput = z.infer<typeof BookingSettingsBody>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата у форматі РРРР-ММ-ДД');
/** a slot is named by its start, an ISO time in UTC as the server gave it */
const slotStart = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/, 'Оберіть час зі списку вільних');
const personName = safeString().trim().min(2, 'Вкажіть імʼя (щонайменше 2 літери)').max(100, 'Імʼя — не довше 100 символів');
/** Ukrainian mobile or landline, with or without +38; stored as +380XXXXXXXXX */
const phone = z
  .string()
  .trim()
  .max(30, 'Номер телефону задовгий')
  .transform((v) => v.replace(/[\s()-]/g, ''))
  .refine((v) => /^(\+?38)?0\d{9}$/.test(v), 'Номер телефону у форматі +380XXXXXXXXX')
  .transform((v) => `+38${v.slice(v.length - 10)}`);
const email = z.string().trim().max(200, 'Адреса задовга').toLowerCase().pipe(z.email('Неправильна адреса електронної пошти'));

/** the person and (with consent) how to reach them */
const whoFields = {
  name: personName,
  phone: phone.optional(),
  email: email.optional(),
  /** the visitor agreed that the phone or e-mail is kept until the retention period ends */
  consent: z.boolean().default(false),
  language: z.enum(['uk', 'en']).default('uk'),
};
const consentGiven = (b: { phone?: string; email?: string; consent: boolean }) => (b.phone === undefined && b.email === undefined) || b.consent;
const CONSENT_MESSAGE = 'Щоб залишити телефон або пошту, погодьтеся на їх зберігання';

/** POST /api/public/bookings (the visitor) */
export const CreateBookingBody = z
  .object({ serviceId: Id, startsAt: slotStart, ...whoFields })
  .strict()
  .refine(consentGiven, { message: CONSENT_MESSAGE, path: ['consent'] });
export type CreateBookingInput = z.infer<typeof CreateBookingBody>;

/** POST /api/branches/:branchId/bookings (staff, a visitor who phoned) — the same fields */
export const StaffBookingBody = CreateBookingBody;

/** POST /api/public/bookings/:code/move */
export const MoveBookingBody = z.object({ startsAt: slotStart }).strict();

/** POST /api/bookings/check-in: what was typed or scanned (the code, or the QR link) */
export const CheckInBody = z.object({ code: z.string().min(1, 'Введіть код запису').max(500, 'Задовгий код') }).strict();

/** the code in the address: any case, dashes allowed; the service answers one 404 for all unknown */
export const BookingCodeParams = z.object({ code: z.string().regex(/^[A-Za-z0-9-]{4,20}$/, 'Неправильний код запису') }).strict();
export const BookingServiceParams = z.object({ serviceId: z.string().regex(/^[1-9][0-9]{0,9}$/, 'Очікується ціле додатне число').transform(Number).pipe(Id) }).strict();
/** ?date=YYYY-MM-DD — the office's local day; default: the first day with a free time */
export const BookingDayQuery = z.object({ date: isoDate.optional() }).strict();

// ---- answers ----

export const BookableServiceSchema = z.object({
  id: z.number().int(),
  name: LocalizedNameView,
  expectedMinutes: z.number(),
});
export type BookableService = z.infer<typeof BookableServiceSchema>;

/** GET /api/public/booking/offices: where and what can be booked */
export const BookingOfficeSchema = z.object({
  id: z.number().int(),
  name: LocalizedNameView,
  address: z.string(),
  services: z.array(BookableServiceSchema),
  /** days after the visit when name and contact are deleted (the consent says so) */
  retentionDays: z.number().int(),
});
export type BookingOffice = z.infer<typeof BookingOfficeSchema>;

export const BookingSlotSchema = z.object({
  /** ISO UTC: what the page sends back to book it */
  startsAt: z.string(),
  /** «09:30», office time */
  time: z.string(),
  free: z.number().int(),
});
export type BookingSlot = z.infer<typeof BookingSlotSchema>;

export const BookingDaySchema = z.object({
  date: z.string(),
  free: z.number().int(),
});
export type BookingDay = z.infer<typeof BookingDaySchema>;

/** GET /api/public/booking/services/:serviceId/availability */
export const BookingAvailabilitySchema = z.object({
  serviceId: z.number().int(),
  /** the bookable days from today, with the number of free places */
  days: z.array(BookingDaySchema),
  /** the day the slots are of (null when nothing is free at all) */
  date: z.string().nullable(),
  slots: z.array(BookingSlotSchema),
});
export type BookingAvailability = z.infer<typeof BookingAvailabilitySchema>;

/** what anyone holding the code sees: never the full name or contact */
export const BookingPublicViewSchema = z.object({
  code: z.string(),
  status: z.enum(BOOKING_STATUSES),
  office: z.object({ id: z.number().int(), name: LocalizedNameView, address: z.string() }),
  service: z.object({ id: z.number().int(), name: LocalizedNameView }),
  startsAt: z.string(),
  /** office-local «2026-12-01» and «09:30» */
  date: z.string(),
  time: z.string(),
  /** «Олена П.» */
  nameMasked: z.string(),
  /** «+380 ** *** **67» or «o***@gmail.com»; null when none given (or deleted) */
  contactMasked: z.string().nullable(),
  /** check-in at the kiosk from … to … (ISO) */
  checkInFrom: z.string(),
  checkInUntil: z.string(),
  /** the ticket number after check-in */
  ticketNumber: z.string().nullable(),
});
export type BookingPublicView = z.infer<typeof BookingPublicViewSchema>;

/** 201 on POST /api/public/bookings and staff bookings */
export type CreateBookingResponse = BookingPublicView;

/** POST /api/bookings/check-in */
export const CheckInResponseSchema = z.object({
  /** booked: called first in its service at its time; late: the check-in time was over, normal queue */
  kind: z.enum(['booked', 'late']),
  ticket: z.object({ id: z.number().int(), number: z.string(), publicCode: z.string(), serviceName: LocalizedNameView }),
  startsAt: z.string(),
  time: z.string(),
  peopleAhead: z.number().int(),
  estimatedWaitMinutes: z.number(),
  /**
   * kind booked: the booked local time «13:00» — the honest answer is «вас запросять першим о
   * 13:00», not peopleAhead/estimatedWaitMinutes (those count the ordinary queue)
   */
  bookedFor: z.string().optional(),
  /** the ticket's own page (its QR on the slip) */
  statusUrl: z.string(),
  /** true when this booking had been checked in before (the same ticket again) */
  replayed: z.boolean(),
  /** the slip on the kiosk's printer (none for staff) */
  print: PrintStatusViewSchema,
});
export type CheckInResponse = z.infer<typeof CheckInResponseSchema>;

/** one row of GET /api/branches/:branchId/bookings (staff only) */
export const StaffBookingViewSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  status: z.enum(BOOKING_STATUSES),
  serviceId: z.number().int(),
  serviceName: LocalizedNameView,
  startsAt: z.string(),
  time: z.string(),
  /** null after the retention period */
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  ticketNumber: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  late: z.boolean(),
  createdBy: z.string(),
});
export type StaffBookingView = z.infer<typeof StaffBookingViewSchema>;

export const StaffBookingListSchema = z.object({
  date: z.string(),
  bookings: z.array(StaffBookingViewSchema),
  /** every status is counted, 0 included */
  counts: z.record(z.enum(BOOKING_STATUSES), z.number().int()),
});
export type StaffBookingList = z.infer<typeof StaffBookingListSchema>;

/** this module's rows of the route table's schema half (contract.ts) */
export const BOOKING_CONTRACT = {
  listBookingOffices: { summary: 'Офіси й послуги, на які можна записатися онлайн', response: z.array(BookingOfficeSchema) },
  getBookingAvailability: {
    summary: 'Вільний час послуги: дні й час обраного дня', params: BookingServiceParams, query: BookingDayQuery, response: BookingAvailabilitySchema,
  },
  createBooking: { summary: 'Записатися на час (відвідувач)', body: CreateBookingBody, response: BookingPublicViewSchema },
  getBooking: { summary: 'Запис за кодом (без персональних даних)', params: BookingCodeParams, response: BookingPublicViewSchema },
  cancelBooking: { summary: 'Скасувати запис за кодом', params: BookingCodeParams, body: NoBody, response: BookingPublicViewSchema },
  moveBooking: { summary: 'Перенести запис на інший вільний час', params: BookingCodeParams, body: MoveBookingBody, response: BookingPublicViewSchema },
  getBookingCalendar: { summary: 'Запис як подія календаря (.ics)', params: BookingCodeParams, response: { file: 'text/calendar' } },
  getBookingQr: { summary: 'QR-код запису (для реєстрації в терміналі)', params: BookingCodeParams, response: { file: 'image/png' } },
  // 201 with a new ticket, 200 when the booking had been checked in before (the same ticket)
  checkInBooking: { summary: 'Реєстрація за кодом запису: талон із позначкою «за записом»', body: CheckInBody, response: CheckInResponseSchema },
  listBookings: { summary: 'Записи офісу на день (персонал)', params: BranchParams, query: BookingDayQuery, response: StaffBookingListSchema },
  createStaffBooking: { summary: 'Записати відвідувача за телефоном (персонал)', params: BranchParams, body: StaffBookingBody, response: BookingPublicViewSchema },
  getBookingSettings: { summary: 'Правила запису офісу й частки послуг', params: BranchParams, response: BookingSettingsSchema },
  updateBookingSettings: { summary: 'Змінити правила запису (адміністратор)', params: BranchParams, body: BookingSettingsBody, response: BookingSettingsSchema },
} as const satisfies ContractRows;
