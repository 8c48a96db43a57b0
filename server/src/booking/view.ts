// What a booking shows to whom. Anyone holding the code sees the visit, never the name or the
// contact in full; staff of the office see them (to call the visitor back) until retention.
import { formatBookingCode, type BookingPublicView, type Branch, type Service, type StaffBookingView } from '@cherha/contracts';
import type { BookingRecord } from '@cherha/db';
import { localTime } from '../time';

/** «Олена П.»: the first word, initials of the rest; a single word only by its initial */
export function maskName(name: string | null): string {
  if (!name) return '—';
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return `${[...words[0]!][0]}.`;
  return [[...words[0]!].slice(0, 20).join(''), ...words.slice(1).map((w) => `${[...w][0]}.`)].join(' ');
}

/** «+380 ** *** **67» or «o***@gmail.com» */
export function maskContact(phone: string | null, email: string | null): string | null {
  if (phone) return `${phone.slice(0, 4)} ** *** **${phone.slice(-2)}`;
  if (email) {
    const at = email.lastIndexOf('@');
    return `${email.slice(0, 1)}***${email.slice(at)}`;
  }
  return null;
}

export interface BookingWindow {
  checkInFrom: string;
  checkInUntil: string;
}

export function checkInWindow(b: Pick<BookingRecord, 'startsAt'>, beforeMinutes: number, afterMinutes: number): BookingWindow {
  const start = Date.parse(b.startsAt);
  return { checkInFrom: new Date(start - beforeMinutes * 60_000).toISOString(), checkInUntil: new Date(start + afterMinutes * 60_000).toISOString() };
}

export function publicView(b: BookingRecord, branch: Branch, service: Service, window: BookingWindow, ticketNumber: string | null): BookingPublicView {
  const local = localTime(new Date(b.startsAt), branch.timeZone);
  return {
    code: formatBookingCode(b.code), status: b.status,
    office: { id: branch.id, name: branch.name, address: branch.address },
    service: { id: service.id, name: service.name },
    startsAt: b.startsAt, date: local.date, time: local.time,
    nameMasked: maskName(b.name), contactMasked: maskContact(b.phone, b.email),
    ...window, ticketNumber,
  };
}

export function staffView(b: BookingRecord, branch: Branch, service: Service | undefined, ticketNumber: string | null): StaffBookingView {
  return {
    id: b.id, code: formatBookingCode(b.code), status: b.status, serviceId: b.serviceId,
    serviceName: service?.name ?? { uk: '—', en: '—' }, startsAt: b.startsAt, time: localTime(new Date(b.startsAt), branch.timeZone).time,
    name: b.name, phone: b.phone, email: b.email, ticketNumber, checkedInAt: b.checkedInAt, late: b.late, createdBy: b.createdBy,
  };
}
