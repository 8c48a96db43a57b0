import { describe, expect, it } from 'vitest';
import { formatDuration, localized, reasonKey } from '../src/format';
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
});
