// The one hook point where bookings tell the outside world: called inside the same
// transaction as the change; app.ts hands in the webhook outbox's enqueueEvent
// (server/src/notify) as the sink, so an event is stored exactly when its change commits.
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

/** what a city's channel needs to send a message: when, what, and how to reach the visitor */
export function bookingEventOf(type: BookingEventType, b: BookingRecord, at: string, extra: Record<string, unknown> = {}): BookingEvent {
  return {
    type, id: `booking-${b.id}-${type.slice('booking.'.length)}${type === 'booking.moved' ? `-${b.startsAt}` : ''}`, branchId: b.branchId, occurredAt: at,
    data: { bookingId: b.id, serviceId: b.serviceId, startsAt: b.startsAt, language: b.language, phone: b.phone, email: b.email, ...extra },
  };
}

/** where events go: BookingService is built with one (app.ts); by default they go nowhere */
export type BookingEventSink = (db: Db, e: BookingEvent) => void;
export const NO_SINK: BookingEventSink = () => undefined;
