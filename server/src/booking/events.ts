// The one hook point where bookings tell the outside world: called inside the same
// transaction as the change; app.ts hands in the webhook outbox's enqueueEvent
// (server/src/notify) as the sink, so an event is stored exactly when its change commits.
import { formatBookingCode, type LocalizedName } from '@cherha/contracts';
import type { BookingRecord, Db } from '@cherha/db';

export type BookingEventType = 'booking.created' | 'booking.reminder' | 'booking.checked_in' | 'booking.cancelled' | 'booking.moved';

export interface BookingEvent {
  type: BookingEventType;
  /** stable across retries: `booking-17-created` */
  id: string;
  branchId: number;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** what the event says about where and what, beside the booking row (BookingService.emit) */
export interface BookingEventContext {
  serviceName: LocalizedName;
  officeName: LocalizedName;
  /** the office's local date and time of the visit: «2026-11-30», «13:00» */
  date: string;
  time: string;
  /** staff booked it for a visitor who phoned or came (createdBy is not «web») */
  byStaff: boolean;
}

/**
 * what a city's channel needs to send a message: when (local, ready to print), what, where, the
 * code to type at the kiosk, and how to reach the visitor (docs/notifications.md lists it)
 */
export function bookingEventOf(
  type: BookingEventType, b: BookingRecord, at: string, ctx: BookingEventContext, extra: Record<string, unknown> = {},
): BookingEvent {
  return {
    type, id: `booking-${b.id}-${type.slice('booking.'.length)}${type === 'booking.moved' ? `-${b.startsAt}` : ''}`, branchId: b.branchId, occurredAt: at,
    data: {
      bookingId: b.id, code: formatBookingCode(b.code), serviceId: b.serviceId, serviceName: ctx.serviceName, officeName: ctx.officeName,
      startsAt: b.startsAt, date: ctx.date, time: ctx.time, byStaff: ctx.byStaff, language: b.language, phone: b.phone, email: b.email, ...extra,
    },
  };
}

/** where events go: BookingService is built with one (app.ts); by default they go nowhere */
export type BookingEventSink = (db: Db, e: BookingEvent) => void;
export const NO_SINK: BookingEventSink = () => undefined;
