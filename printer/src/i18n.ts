// Fixed strings of the ticket in both languages. Kept free of characters that only some code
// pages have (no ≈, no emoji) so every profile can print them.
import type { Language } from '@cherha/contracts';

export interface TicketStrings {
  yourNumber: string;
  priority: string;
  peopleAhead: (n: number) => string;
  estimatedWait: (minutes: number) => string;
  /** instead of the estimate when no window serving the service is open */
  noOpenWindow: string;
  /** a booked visitor checked in on time: told the time they are invited first, not a count */
  bookedFor: (time: string) => string;
  keepTicket: string;
  scanForStatus: string;
  testPage: string;
  /** the test page prints the QR code's address as text under it */
  qrAddress: string;
  /** ...and warns when that address is a loopback one (localhost, 127.x) */
  loopbackWarning: string;
  locale: string;
}

export const STRINGS: Record<Language, TicketStrings> = {
  uk: {
    yourNumber: 'Ваш номер',
    priority: 'Позачергово',
    peopleAhead: (n) => (n <= 0 ? 'Перед вами нікого немає' : `Перед вами у черзі: ${n}`),
    estimatedWait: (m) => (m < 1 ? 'Вас запросять найближчим часом' : `Орієнтовне очікування: ${m} хв`),
    noOpenWindow: 'Зараз жодне вікно не приймає цю послугу. Вас запросять, коли вікно відкриється.',
    bookedFor: (t) => `Запис на ${t} — вас запросять першим о ${t}`,
    keepTicket: 'Збережіть талон: ним можна оцінити обслуговування',
    scanForStatus: 'Стан черги та оцінка — за QR-кодом',
    testPage: 'Тестова сторінка',
    qrAddress: 'Адреса в QR-коді:',
    loopbackWarning: 'Увага: цю адресу відкриє лише сам сервер, телефони відвідувачів — ні. Задайте EQUEUE_PUBLIC_URL.',
    locale: 'uk-UA',
  },
  en: {
    yourNumber: 'Your number',
    priority: 'Priority',
    peopleAhead: (n) => (n <= 0 ? 'Nobody is ahead of you' : `People ahead of you: ${n}`),
    estimatedWait: (m) => (m < 1 ? 'You will be called shortly' : `Estimated wait: ${m} min`),
    noOpenWindow: 'No window is taking this service right now. You will be called when one opens.',
    bookedFor: (t) => `Booked for ${t} — you will be invited first at ${t}`,
    keepTicket: 'Keep this ticket: you can use it to rate the service',
    scanForStatus: 'Queue status and rating: scan the QR code',
    testPage: 'Test page',
    qrAddress: 'Address in the QR code:',
    loopbackWarning: 'Warning: only the server itself opens this address, visitors\' phones do not. Set EQUEUE_PUBLIC_URL.',
    locale: 'en-GB',
  },
};

/** "5 березня 2025, 09:41" in the branch's zone; built from parts so no locale-specific
 * spaces (U+202F) or words ("р. о") end up on paper. */
export function formatIssuedAt(iso: string, language: Language, timeZone = 'Europe/Kyiv'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid issuedAt: ${iso}`);
  const parts = new Intl.DateTimeFormat(STRINGS[language].locale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')}`;
}
