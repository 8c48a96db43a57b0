// Booking a time and checking in. Every command is one synchronous transaction; the live-place
// index of migration 010 is the last word on "no time is sold twice" (an insert that would
// take a taken place changes nothing, and the next free place is tried).
import {
  formatBookingCode, normalizeBookingCode, type BookingAvailability, type BookingOffice, type BookingPublicView, type BookingSettings,
  type BookingSettingsInput, type BookingStatus, type Branch, type CheckInResponse, type CreateBookingInput, type Service, type StaffBookingList, type Ticket,
} from '@cherha/contracts';
import type { BookingRecord, Repos } from '@cherha/db';
import { actorLabel, authorize, type Actor } from '../auth/actor';
import { DomainError, notFound } from '../errors';
import type { QueueService } from '../queue/service';
import { localTime, type Clock } from '../time';
import { bookedForField } from './booked-for';
import { newBookingCode } from './codes';
import { bookingEventOf, NO_SINK, type BookingEventSink, type BookingEventType } from './events';
import { addDays, daySlots, type Slot } from './slots';
import { checkInWindow, publicView, staffView } from './view';

/**
 * the default of EQUEUE_BOOKINGS_PER_ADDRESS_PER_DAY: one address may book at most this many
 * times a day. A mobile operator's or a library's NAT puts many visitors behind one address,
 * so the guard is generous and can be raised or switched off (0) — docs/booking.md
 */
export const BOOKINGS_PER_ADDRESS_PER_DAY = 20;
const NOT_FOUND = 'Запис із таким кодом';
const STAFF = { role: 'operator' } as const;
/** createdBy of a booking the visitor made on /book/ (staff bookings name the person) */
const WEB = 'web';

export class BookingService {
  /** address → [day, bookings made]: a flood guard, kept in memory only (no addresses stored) */
  private readonly perAddress = new Map<string, { day: string; n: number }>();

  constructor(
    private readonly repos: Repos,
    private readonly queue: QueueService,
    private readonly clock: Clock,
    private readonly publicUrl: string,
    private readonly sink: BookingEventSink = NO_SINK,
    /** bookings one address may make a day on /book/; 0 = no limit */
    private readonly perAddressPerDay: number = BOOKINGS_PER_ADDRESS_PER_DAY,
  ) {}

  // ---------- reading ----------

  private now(): Date {
    return this.clock.now();
  }

  private branch(id: number): Branch {
    const b = this.repos.branches.get(id);
    if (!b) throw notFound('Офіс');
    return b;
  }

  private today(branch: Branch): string {
    return localTime(this.now(), branch.timeZone).date;
  }

  settings(branchId: number): BookingSettings {
    const shares = this.repos.bookings.shares(branchId);
    return {
      ...this.repos.bookings.settings(branchId),
      services: this.repos.catalog.services(branchId).map((s) => ({ serviceId: s.id, sharePercent: shares.get(s.id) ?? 0 })),
    };
  }

  getSettings(actor: Actor | null, branchId: number): BookingSettings {
    authorize(actor, branchId, STAFF);
    this.branch(branchId);
    return this.settings(branchId);
  }

  updateSettings(actor: Actor | null, branchId: number, input: BookingSettingsInput): BookingSettings {
    authorize(actor, branchId, { role: 'admin' });
    this.branch(branchId);
    const own = new Set(this.repos.catalog.services(branchId).map((s) => s.id));
    const stranger = input.services.find((s) => !own.has(s.serviceId));
    if (stranger) throw notFound('Послугу');
    const { services, ...rules } = input;
    this.repos.db.transaction(() => {
      this.repos.bookings.saveSettings(branchId, rules);
      for (const s of services) this.repos.bookings.setShare(s.serviceId, s.sharePercent);
    })();
    return this.settings(branchId);
  }

  /** a service a visitor may book: active, in an active office, with a share and a window */
  private bookable(serviceId: number): { service: Service; branch: Branch; share: number; windows: number } {
    const service = this.repos.catalog.service(serviceId);
    const branch = service ? this.repos.branches.get(service.branchId) : undefined;
    if (!service || !branch) throw notFound('Послугу');
    const share = this.repos.bookings.shares(branch.id).get(service.id) ?? 0;
    const windows = this.repos.bookings.windowsServing(service.id);
    if (!branch.active || !service.active || share === 0 || windows === 0) {
      throw new DomainError('SERVICE_CLOSED', `На послугу «${service.name.uk}» зараз не можна записатися онлайн. Візьміть талон у терміналі центру.`);
    }
    return { service, branch, share, windows };
  }

  private slotsOn(x: { service: Service; branch: Branch; share: number; windows: number }, date: string): Slot[] {
    if (this.repos.catalog.closedServiceIds(x.branch.id, date).has(x.service.id)) return [];
    return daySlots({
      branch: x.branch, service: x.service, date, windows: x.windows, sharePercent: x.share,
      taken: this.repos.bookings.takenPlaces(x.service.id, date), now: this.now(),
    });
  }

  private bookableDays(branch: Branch): string[] {
    const today = this.today(branch);
    const ahead = this.repos.bookings.settings(branch.id).daysAhead;
    return Array.from({ length: ahead + 1 }, (_, i) => addDays(today, i));
  }

  offices(): BookingOffice[] {
    return this.repos.branches.list().filter((b) => b.active).flatMap((b) => {
      const shares = this.repos.bookings.shares(b.id);
      const services = this.repos.catalog.services(b.id)
        .filter((s) => s.active && (shares.get(s.id) ?? 0) > 0 && this.repos.bookings.windowsServing(s.id) > 0)
        .map((s) => ({ id: s.id, name: s.name, expectedMinutes: s.expectedMinutes }));
      return services.length > 0 ? [{ id: b.id, name: b.name, address: b.address, services, retentionDays: this.repos.bookings.settings(b.id).retentionDays }] : [];
    });
  }

  availability(serviceId: number, date?: string): BookingAvailability {
    const x = this.bookable(serviceId);
    const days = this.bookableDays(x.branch).map((d) => ({ date: d, free: this.slotsOn(x, d).reduce((n, s) => n + s.free, 0) }));
    const chosen = date ?? days.find((d) => d.free > 0)?.date ?? null;
    if (chosen !== null && !days.some((d) => d.date === chosen)) {
      throw new DomainError('VALIDATION', 'На цей день записатися не можна: оберіть день зі списку');
    }
    const slots = chosen === null ? [] : this.slotsOn(x, chosen).filter((s) => s.free > 0).map((s) => ({ startsAt: s.startsAt, time: s.time, free: s.free }));
    return { serviceId, days, date: chosen, slots };
  }

  private record(code: string): BookingRecord {
    const normal = normalizeBookingCode(code);
    const b = normal ? this.repos.bookings.byCode(normal) : undefined;
    if (!b) throw notFound(NOT_FOUND);
    return b;
  }

  view(b: BookingRecord): BookingPublicView {
    const branch = this.branch(b.branchId);
    const service = this.repos.catalog.service(b.serviceId)!;
    const rules = this.repos.bookings.settings(b.branchId);
    const ticket = b.ticketId !== null ? this.repos.tickets.get(b.ticketId) : undefined;
    return publicView(b, branch, service, checkInWindow(b, rules.checkInBeforeMinutes, rules.checkInAfterMinutes), ticket?.number ?? null);
  }

  get(code: string): BookingPublicView {
    return this.view(this.record(code));
  }

  /** the QR code's text: the booking page with the code (a kiosk scanner types it) */
  link(code: string): string {
    return `${this.publicUrl}/book/?code=${this.record(code).code}`;
  }

  /** minutes of the booked service (the calendar entry's length) */
  minutesOf(code: string): number {
    return this.repos.catalog.service(this.record(code).serviceId)?.expectedMinutes ?? 15;
  }

  // ---------- booking ----------

  private emit(type: BookingEventType, b: BookingRecord, extra?: Record<string, unknown>): void {
    const branch = this.branch(b.branchId);
    const when = localTime(new Date(b.startsAt), branch.timeZone);
    const ctx = {
      serviceName: this.repos.catalog.service(b.serviceId)!.name, officeName: branch.name, date: when.date, time: when.time,
      byStaff: b.createdBy !== WEB,
    };
    this.sink(this.repos.db, bookingEventOf(type, b, this.now().toISOString(), ctx, extra));
  }

  /** the slot `startsAt` names, if it is a bookable time of this service now */
  private slotAt(x: ReturnType<BookingService['bookable']>, startsAt: string): { slot: Slot; date: string } {
    const date = localTime(new Date(startsAt), x.branch.timeZone).date;
    const slot = this.bookableDays(x.branch).includes(date) ? this.slotsOn(x, date).find((s) => s.startsAt === startsAt) : undefined;
    if (!slot) throw new DomainError('VALIDATION', 'Цього часу немає серед вільних. Оберіть час зі списку.');
    return { slot, date };
  }

  private takePlace(x: ReturnType<BookingService['bookable']>, startsAt: string, who: string, input: CreateBookingInput): BookingRecord {
    const { slot, date } = this.slotAt(x, startsAt);
    const rules = this.repos.bookings.settings(x.branch.id);
    const phone = input.phone ?? null;
    const email = input.email ?? null;
    if ((phone || email) && this.repos.bookings.liveForContact(phone, email, date) >= rules.maxPerContactPerDay) {
      throw new DomainError('RATE_LIMITED', `На цей день з одним телефоном або поштою можна мати не більше ${rules.maxPerContactPerDay} записів. Скасуйте зайвий запис, щоб зробити новий.`);
    }
    for (let place = slot.firstFreePlace; place !== null && place < slot.capacity; place++) {
      // a code collision (1 in 8·10¹¹) or a place taken meanwhile: the index refuses, try again
      for (let attempt = 0; attempt < 3; attempt++) {
        const b = this.repos.bookings.insert({
          branchId: x.branch.id, serviceId: x.service.id, serviceDay: date, startsAt, place, code: newBookingCode(),
          name: input.name, phone, email, language: input.language, createdAt: this.now().toISOString(), createdBy: who,
        });
        if (b) return b;
        if (this.repos.bookings.takenPlaces(x.service.id, date).get(startsAt)?.has(place)) break;
      }
    }
    throw new DomainError('CONFLICT', `Час ${slot.time} щойно зайняли. Оберіть, будь ласка, інший час.`);
  }

  /** bookings made from this address today (refused ones do not count) */
  private madeFrom(address: string, day: string): number {
    const seen = this.perAddress.get(address);
    return seen?.day === day ? seen.n : 0;
  }

  /** the visitor on the /book/ page */
  create(input: CreateBookingInput, address: string | null): BookingPublicView {
    const x = this.bookable(input.serviceId);
    const day = this.today(x.branch);
    const limited = address !== null && this.perAddressPerDay > 0;
    if (limited && this.madeFrom(address, day) >= this.perAddressPerDay) {
      throw new DomainError('RATE_LIMITED', 'З цього пристрою сьогодні зроблено забагато записів. Спробуйте завтра або зателефонуйте до центру.');
    }
    const b = this.repos.db.transaction(() => {
      const made = this.takePlace(x, input.startsAt, WEB, input);
      this.emit('booking.created', made);
      return made;
    })();
    if (limited) {
      if (this.perAddress.size > 50_000) this.perAddress.clear();
      this.perAddress.set(address, { day, n: this.madeFrom(address, day) + 1 });
    }
    return this.view(b);
  }

  /** staff, for a visitor who phoned */
  createByStaff(actor: Actor | null, branchId: number, input: CreateBookingInput): BookingPublicView {
    const who = authorize(actor, branchId, STAFF);
    const x = this.bookable(input.serviceId);
    if (x.branch.id !== branchId) throw notFound('Послугу');
    const b = this.repos.db.transaction(() => {
      const made = this.takePlace(x, input.startsAt, actorLabel(who), input);
      this.emit('booking.created', made);
      return made;
    })();
    return this.view(b);
  }

  private requireOpen(b: BookingRecord, doing: string): void {
    const why: Partial<Record<BookingStatus, string>> = {
      checked_in: 'ви вже зареєструвалися і отримали талон',
      cancelled: 'запис скасовано',
      no_show: 'час запису минув',
    };
    const reason = why[b.status];
    if (reason) throw new DomainError('INVALID_STATE', `Запис ${formatBookingCode(b.code)} не можна ${doing}: ${reason}.`);
  }

  cancel(code: string): BookingPublicView {
    const b = this.record(code);
    this.repos.db.transaction(() => {
      this.requireOpen(b, 'скасувати');
      this.repos.bookings.cancel(b.id, this.now().toISOString());
      this.emit('booking.cancelled', b);
    })();
    return this.get(code);
  }

  move(code: string, startsAt: string): BookingPublicView {
    const b = this.record(code);
    const x = this.bookable(b.serviceId);
    this.repos.db.transaction(() => {
      this.requireOpen(b, 'перенести');
      const { slot, date } = this.slotAt(x, startsAt);
      const rules = this.repos.bookings.settings(b.branchId);
      if (date !== b.serviceDay && (b.phone || b.email) && this.repos.bookings.liveForContact(b.phone, b.email, date) >= rules.maxPerContactPerDay) {
        throw new DomainError('RATE_LIMITED', `На цей день з одним телефоном або поштою можна мати не більше ${rules.maxPerContactPerDay} записів. Оберіть інший день.`);
      }
      let moved = false;
      for (let place = slot.firstFreePlace; !moved && place !== null && place < slot.capacity; place++) {
        moved = this.repos.bookings.move(b.id, date, startsAt, place);
      }
      if (!moved) throw new DomainError('CONFLICT', `Час ${slot.time} щойно зайняли. Оберіть, будь ласка, інший час.`);
      this.emit('booking.moved', this.repos.bookings.get(b.id)!);
    })();
    return this.get(code);
  }

  // ---------- check-in ----------

  /**
   * At the kiosk (or by staff): within the office's window around the booked time the ticket
   * is a booked one (called first at its time); after the window the visitor is told and the
   * ticket joins the normal queue; before it, they are told when to come back. A repeat
   * returns the same ticket (the issue is idempotent on the booking).
   */
  checkIn(actor: Actor | null, scanned: string): Omit<CheckInResponse, 'print'> & { ticketRecord: Ticket } {
    const code = normalizeBookingCode(scanned);
    const b0 = code ? this.repos.bookings.byCode(code) : undefined;
    const branchId = actor?.kind === 'device' ? actor.device.branchId : actor?.kind === 'user' ? actor.user.branchId : null;
    // another office's booking is "not found" here: the kiosk cannot help with it
    if (!b0 || (branchId !== null && b0.branchId !== branchId)) throw notFound(NOT_FOUND);
    const who = authorize(actor, b0.branchId, { role: 'operator', devices: ['kiosk'] });
    const branch = this.branch(b0.branchId);
    const rules = this.repos.bookings.settings(branch.id);
    const window = checkInWindow(b0, rules.checkInBeforeMinutes, rules.checkInAfterMinutes);
    const now = this.now();
    const when = localTime(new Date(b0.startsAt), branch.timeZone);
    if (b0.status === 'cancelled') throw new DomainError('INVALID_STATE', `Запис ${formatBookingCode(b0.code)} скасовано. Візьміть, будь ласка, талон у загальну чергу.`);
    if (b0.status === 'booked' || b0.status === 'no_show') {
      if (when.date !== this.today(branch)) {
        throw new DomainError('INVALID_STATE', `Ваш запис — на ${when.date.split('-').reverse().join('.')} о ${when.time}. Приходьте, будь ласка, у цей день.`);
      }
      if (now.getTime() < Date.parse(window.checkInFrom)) {
        const from = localTime(new Date(window.checkInFrom), branch.timeZone).time;
        throw new DomainError('INVALID_STATE', `Ваш запис — на ${when.time}. Зареєструватися можна з ${from}.`);
      }
    }
    const late = now.getTime() > Date.parse(window.checkInUntil);
    const issued = this.queue.issueTicket(who, branch.id, { serviceId: b0.serviceId, idempotencyKey: `booking:${b0.id}`, language: b0.language }, (t) => {
      // inside the issuing transaction: the ticket and its booking mark commit together
      const b = this.repos.bookings.get(b0.id)!;
      if (b.status === 'booked' || b.status === 'no_show') {
        this.repos.bookings.checkIn(b.id, now.toISOString(), late, t.id);
        this.emit('booking.checked_in', b, { late, ticketNumber: t.number });
      }
    });
    const b = this.repos.bookings.get(b0.id)!;
    const service = this.repos.catalog.service(b.serviceId)!;
    return {
      kind: b.late ? 'late' : 'booked',
      ticket: { id: issued.ticket.id, number: issued.ticket.number, publicCode: issued.ticket.publicCode, serviceName: service.name },
      startsAt: b.startsAt, time: when.time, peopleAhead: issued.peopleAhead, estimatedWaitMinutes: issued.estimatedWaitMinutes,
      // on time and still waiting: invited first at the booked time (the counts are the ordinary queue's)
      ...bookedForField(this.repos, issued.ticket, branch.timeZone, now),
      statusUrl: `${this.publicUrl}/t/${issued.ticket.publicCode}`, replayed: issued.replayed, ticketRecord: issued.ticket,
    };
  }

  // ---------- staff list ----------

  list(actor: Actor | null, branchId: number, date?: string): StaffBookingList {
    authorize(actor, branchId, STAFF);
    const branch = this.branch(branchId);
    const day = date ?? this.today(branch);
    const services = new Map(this.repos.catalog.services(branchId).map((s) => [s.id, s]));
    const bookings = this.repos.bookings.onDay(branchId, day).map((b) => {
      const ticket = b.ticketId !== null ? this.repos.tickets.get(b.ticketId) : undefined;
      return staffView(b, branch, services.get(b.serviceId), ticket?.number ?? null);
    });
    const counts: Record<BookingStatus, number> = { booked: 0, checked_in: 0, cancelled: 0, no_show: 0 };
    for (const b of bookings) counts[b.status]++;
    return { date: day, bookings, counts };
  }

  // ---------- timer jobs ----------

  /**
   * Once a minute (app.ts): bookings whose check-in time is over become no-shows (their place
   * is released and they are counted); bookings starting within the next two hours get their
   * reminder event; name and contact of visits older than the retention period are deleted.
   */
  tick(): { noShows: number; reminders: number; forgotten: number } {
    const now = this.now();
    let noShows = 0;
    let reminders = 0;
    let forgotten = 0;
    for (const branch of this.repos.branches.list()) {
      const rules = this.repos.bookings.settings(branch.id);
      this.repos.db.transaction(() => {
        noShows += this.repos.bookings.markNoShows(branch.id, new Date(now.getTime() - rules.checkInAfterMinutes * 60_000).toISOString()).length;
        for (const b of this.repos.bookings.remindersDue(branch.id, now.toISOString(), new Date(now.getTime() + REMINDER_AHEAD_MS).toISOString())) {
          this.repos.bookings.markReminded(b.id, now.toISOString());
          this.emit('booking.reminder', b);
          reminders++;
        }
        forgotten += this.repos.bookings.forgetBefore(branch.id, new Date(now.getTime() - rules.retentionDays * 86_400_000).toISOString(), now.toISOString());
      })();
    }
    return { noShows, reminders, forgotten };
  }
}

/** the reminder goes out this long before the booked time */
export const REMINDER_AHEAD_MS = 2 * 3_600_000;
