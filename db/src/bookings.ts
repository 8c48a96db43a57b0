// Bookings, their per-office rules and per-service shares (migration 010). The live-place
// index refuses a second booking of the same place: `insert` returns null then, and the
// caller tries the next free place or says the time is taken.
import { DEFAULT_BOOKING_SETTINGS, type BookingSettings, type BookingStatus, type Language } from '@cherha/contracts';
import type { Db } from './open';

export interface BookingRecord {
  id: number;
  branchId: number;
  serviceId: number;
  serviceDay: string;
  startsAt: string;
  place: number;
  code: string;
  status: BookingStatus;
  name: string | null;
  phone: string | null;
  email: string | null;
  language: Language;
  createdAt: string;
  createdBy: string;
  checkedInAt: string | null;
  late: boolean;
  ticketId: number | null;
  cancelledAt: string | null;
}

export type NewBooking = Pick<BookingRecord, 'branchId' | 'serviceId' | 'serviceDay' | 'startsAt' | 'place' | 'code' | 'name' | 'phone' | 'email' | 'language' | 'createdAt' | 'createdBy'>;

interface BookingRow {
  id: number; branch_id: number; service_id: number; service_day: string; starts_at: string; place: number; code: string;
  status: BookingStatus; name: string | null; phone: string | null; email: string | null; language: Language; created_at: string;
  created_by: string; checked_in_at: string | null; late: number; ticket_id: number | null; cancelled_at: string | null;
}
const toBooking = (r: BookingRow): BookingRecord => ({
  id: r.id, branchId: r.branch_id, serviceId: r.service_id, serviceDay: r.service_day, startsAt: r.starts_at, place: r.place, code: r.code,
  status: r.status, name: r.name, phone: r.phone, email: r.email, language: r.language, createdAt: r.created_at, createdBy: r.created_by,
  checkedInAt: r.checked_in_at, late: r.late === 1, ticketId: r.ticket_id, cancelledAt: r.cancelled_at,
});

interface SettingsRow {
  check_in_before_minutes: number; check_in_after_minutes: number; retention_days: number; days_ahead: number; max_per_contact_per_day: number;
}

const LIVE = "('booked', 'checked_in')";

export function bookingRepo(db: Db) {
  const s = {
    settings: db.prepare<[number], SettingsRow>('SELECT * FROM booking_settings WHERE branch_id = ?'),
    saveSettings: db.prepare(
      `INSERT INTO booking_settings (branch_id, check_in_before_minutes, check_in_after_minutes, retention_days, days_ahead, max_per_contact_per_day)
       VALUES (@branchId, @checkInBeforeMinutes, @checkInAfterMinutes, @retentionDays, @daysAhead, @maxPerContactPerDay)
       ON CONFLICT (branch_id) DO UPDATE SET check_in_before_minutes = excluded.check_in_before_minutes,
         check_in_after_minutes = excluded.check_in_after_minutes, retention_days = excluded.retention_days,
         days_ahead = excluded.days_ahead, max_per_contact_per_day = excluded.max_per_contact_per_day`,
    ),
    shares: db.prepare<[number], { service_id: number; share_percent: number }>(
      'SELECT sb.service_id, sb.share_percent FROM service_booking sb JOIN services s ON s.id = sb.service_id WHERE s.branch_id = ?',
    ),
    setShare: db.prepare<[number, number]>(
      'INSERT INTO service_booking (service_id, share_percent) VALUES (?, ?) ON CONFLICT (service_id) DO UPDATE SET share_percent = excluded.share_percent',
    ),
    windowsServing: db.prepare<[number], { n: number }>(
      'SELECT count(DISTINCT w.id) AS n FROM window_services ws JOIN windows w ON w.id = ws.window_id WHERE ws.service_id = ? AND w.active = 1',
    ),
    takenPlaces: db.prepare<[number, string], { starts_at: string; place: number }>(
      `SELECT starts_at, place FROM bookings WHERE service_id = ? AND service_day = ? AND status IN ${LIVE}`,
    ),
    insert: db.prepare(
      `INSERT INTO bookings (branch_id, service_id, service_day, starts_at, place, code, status, name, phone, email, language, created_at, created_by)
       VALUES (@branchId, @serviceId, @serviceDay, @startsAt, @place, @code, 'booked', @name, @phone, @email, @language, @createdAt, @createdBy)
       ON CONFLICT DO NOTHING`,
    ),
    byId: db.prepare<[number], BookingRow>('SELECT * FROM bookings WHERE id = ?'),
    byCode: db.prepare<[string], BookingRow>('SELECT * FROM bookings WHERE code = ?'),
    onDay: db.prepare<[number, string], BookingRow>('SELECT * FROM bookings WHERE branch_id = ? AND service_day = ? ORDER BY starts_at, id'),
    liveByPhone: db.prepare<[string, string], { n: number }>(`SELECT count(*) AS n FROM bookings WHERE phone = ? AND service_day = ? AND status IN ${LIVE}`),
    liveByEmail: db.prepare<[string, string], { n: number }>(`SELECT count(*) AS n FROM bookings WHERE email = ? AND service_day = ? AND status IN ${LIVE}`),
    cancel: db.prepare<[string, number]>("UPDATE bookings SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status = 'booked'"),
    move: db.prepare<[string, string, number, number]>("UPDATE bookings SET service_day = ?, starts_at = ?, place = ? WHERE id = ? AND status = 'booked'"),
    // a no-show who comes later the same day still checks in (late: the normal queue)
    checkIn: db.prepare<[string, number, number, number]>("UPDATE bookings SET status = 'checked_in', checked_in_at = ?, late = ?, ticket_id = ? WHERE id = ? AND status IN ('booked', 'no_show')"),
    remindersDue: db.prepare<[number, string, string], BookingRow>(
      "SELECT * FROM bookings WHERE branch_id = ? AND status = 'booked' AND reminder_at IS NULL AND starts_at > ? AND starts_at <= ? ORDER BY starts_at",
    ),
    markReminded: db.prepare<[string, number]>('UPDATE bookings SET reminder_at = ? WHERE id = ?'),
    // the check-in time is over and nobody came: the place is released (the index no longer holds it)
    markNoShows: db.prepare<[number, string], { id: number }>("UPDATE bookings SET status = 'no_show' WHERE branch_id = ? AND status = 'booked' AND starts_at < ? RETURNING id"),
    forgetBranch: db.prepare<[string, number, string]>(
      'UPDATE bookings SET name = NULL, phone = NULL, email = NULL, personal_data_removed_at = ? WHERE personal_data_removed_at IS NULL AND branch_id = ? AND starts_at < ?',
    ),
    // waiting tickets that came by booking on time: the queue's strategy calls them first at their time
    // (today's only, through bookings_day: waiting tickets are all of today, and the history grows)
    bookedWaiting: db.prepare<[number, string], { ticket_id: number; starts_at: string }>(
      `SELECT b.ticket_id, b.starts_at FROM bookings b JOIN tickets t ON t.id = b.ticket_id
        WHERE b.branch_id = ? AND b.service_day = ? AND b.status = 'checked_in' AND b.late = 0 AND t.status = 'waiting'`,
    ),
  };
  return {
    settings: (branchId: number): Omit<BookingSettings, 'services'> => {
      const r = s.settings.get(branchId);
      return r
        ? { checkInBeforeMinutes: r.check_in_before_minutes, checkInAfterMinutes: r.check_in_after_minutes, retentionDays: r.retention_days, daysAhead: r.days_ahead, maxPerContactPerDay: r.max_per_contact_per_day }
        : { ...DEFAULT_BOOKING_SETTINGS };
    },
    saveSettings: (branchId: number, x: Omit<BookingSettings, 'services'>) => void s.saveSettings.run({ branchId, ...x }),
    /** service id → percent of capacity for booking (services without a row: 0) */
    shares: (branchId: number): Map<number, number> => new Map(s.shares.all(branchId).map((r) => [r.service_id, r.share_percent])),
    setShare: (serviceId: number, percent: number) => void s.setShare.run(serviceId, percent),
    /** switched-on windows that serve the service (any level): the capacity bookings take a share of */
    windowsServing: (serviceId: number): number => s.windowsServing.get(serviceId)?.n ?? 0,
    /** live bookings of a service on a day: slot start → places taken */
    takenPlaces: (serviceId: number, day: string): Map<string, Set<number>> => {
      const m = new Map<string, Set<number>>();
      for (const r of s.takenPlaces.all(serviceId, day)) {
        const set = m.get(r.starts_at) ?? new Set<number>();
        set.add(r.place);
        m.set(r.starts_at, set);
      }
      return m;
    },
    /** the new booking, or null when the place (or the code) is already taken */
    insert: (b: NewBooking): BookingRecord | null => {
      const r = s.insert.run(b);
      return r.changes === 1 ? toBooking(s.byId.get(Number(r.lastInsertRowid))!) : null;
    },
    get: (id: number): BookingRecord | undefined => {
      const r = s.byId.get(id);
      return r && toBooking(r);
    },
    byCode: (code: string): BookingRecord | undefined => {
      const r = s.byCode.get(code);
      return r && toBooking(r);
    },
    onDay: (branchId: number, day: string): BookingRecord[] => s.onDay.all(branchId, day).map(toBooking),
    liveForContact: (phone: string | null, email: string | null, day: string): number =>
      Math.max(phone ? (s.liveByPhone.get(phone, day)?.n ?? 0) : 0, email ? (s.liveByEmail.get(email, day)?.n ?? 0) : 0),
    cancel: (id: number, at: string): boolean => s.cancel.run(at, id).changes === 1,
    /** false when the new place is taken (the unique index) or the booking is no longer open */
    move: (id: number, day: string, startsAt: string, place: number): boolean => {
      try {
        return s.move.run(day, startsAt, place, id).changes === 1;
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return false;
        throw err;
      }
    },
    checkIn: (id: number, at: string, late: boolean, ticketId: number): boolean => s.checkIn.run(at, late ? 1 : 0, ticketId, id).changes === 1,
    /** an office's bookings still open whose slot started before `startedBefore`: now no-shows; their ids */
    markNoShows: (branchId: number, startedBefore: string): number[] => s.markNoShows.all(branchId, startedBefore).map((r) => r.id),
    /** open bookings starting in (from, until] that have had no reminder yet */
    remindersDue: (branchId: number, from: string, until: string): BookingRecord[] => s.remindersDue.all(branchId, from, until).map(toBooking),
    markReminded: (id: number, at: string) => void s.markReminded.run(at, id),
    /** clears name and contact of bookings whose slot started before `before` (per office); how many */
    forgetBefore: (branchId: number, before: string, at: string): number => s.forgetBranch.run(at, branchId, before).changes,
    /** waiting ticket id → its booked time (ms), for tickets checked in on time for a booking of `day` */
    bookedWaiting: (branchId: number, day: string): Map<number, number> => new Map(s.bookedWaiting.all(branchId, day).map((r) => [r.ticket_id, Date.parse(r.starts_at)])),
  };
}
export type BookingRepo = ReturnType<typeof bookingRepo>;
