import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, localized, paperTicketExpected, reasonKey } from '../src/format';
import { newIdempotencyKey } from '../src/api';

describe('format helpers', () => {
  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
  });
  it('picks the language of a name with fallback', () => {
    expect(localized({ uk: 'Паспорт', en: 'Passport' }, 'en')).toBe('Passport');
    expect(localized({ uk: 'Паспорт', en: '' }, 'en')).toBe('Паспорт');
    expect(localized(null, 'uk')).toBe('');
  });
  it('maps reason codes to i18n keys', () => {
    expect(reasonKey('DAILY_CAP')).toBe('reasons.DAILY_CAP');
    expect(reasonKey(null)).toBe('reasons.unknown');
    expect(reasonKey('closed for today!')).toBe('reasons.unknown');
  });
  it('makes idempotency keys the server accepts', () => {
    const k = newIdempotencyKey();
    expect(k).toMatch(/^[A-Za-z0-9_:.-]{8,100}$/);
    expect(newIdempotencyKey()).not.toBe(k);
  });
  it('shows the clock in the branch time zone, whatever the machine zone', () => {
    const at = Date.parse('2025-01-15T10:05:30Z');
    expect(formatClock(at, 'Europe/Kyiv')).toBe('12:05');
    expect(formatClock(at, 'America/New_York')).toBe('05:05');
    expect(formatClock(at, 'Europe/Kyiv', true)).toBe('12:05:30');
    // summer time in Kyiv is UTC+3
    expect(formatClock(Date.parse('2025-07-15T10:05:00Z'), 'Europe/Kyiv')).toBe('13:05');
    // an unknown zone does not break the screen
    expect(formatClock(at, 'Mars/Olympus')).toMatch(/^\d{2}:\d{2}$/);
  });
  it('expects paper only when the print is on its way', () => {
    expect(paperTicketExpected({ status: 'queued' })).toBe(true);
    expect(paperTicketExpected({ status: 'unavailable' })).toBe(false);
    expect(paperTicketExpected({ status: 'none' })).toBe(false);
    expect(paperTicketExpected(null)).toBe(false);
  });
});
