// The booking as an .ics file (RFC 5545) for the visitor's calendar: when, where, the code.
import type { BookingPublicView } from '@cherha/contracts';

const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** text values escape backslash, semicolon, comma and line breaks */
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** lines longer than 75 octets are folded (a space starts each continuation) */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const ch of line) {
    if (Buffer.byteLength(current + ch, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function bookingIcs(v: BookingPublicView, minutes: number, now: Date, language: 'uk' | 'en'): string {
  const end = new Date(Date.parse(v.startsAt) + minutes * 60_000).toISOString();
  const summary = language === 'en' ? `${v.office.name.en}: ${v.service.name.en}` : `${v.office.name.uk}: ${v.service.name.uk}`;
  const description = language === 'en'
    ? `Booking code ${v.code}. Check in at the kiosk from 15 minutes before the time, by typing the code or scanning the QR code.`
    : `Код запису ${v.code}. Зареєструйтеся в терміналі — введіть код або відскануйте QR-код.`;
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Cherha//Booking//UK', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    'BEGIN:VEVENT', `UID:booking-${v.code}@cherha`, `DTSTAMP:${stamp(now.toISOString())}`, `DTSTART:${stamp(v.startsAt)}`, `DTEND:${stamp(end)}`,
    `SUMMARY:${text(summary)}`, `LOCATION:${text([language === 'en' ? v.office.name.en : v.office.name.uk, v.office.address].filter(Boolean).join(', '))}`,
    `DESCRIPTION:${text(description)}`, 'END:VEVENT', 'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
