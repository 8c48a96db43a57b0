import { describe, expect, it } from 'vitest';
import { encodeText, normalizeForCodePage } from '../src/index';

describe('texts admins type', () => {
  it('a fee with the hryvnia sign prints as «грн» in every text page', () => {
    for (const page of ['cp1251', 'cp1125'] as const) {
      const text = normalizeForCodePage('Видача паспорта (адмінзбір 1\u202F011 ₴)', page);
      expect(text).toBe('Видача паспорта (адмінзбір 1 011 грн)');
      expect(() => encodeText(text, page)).not.toThrow();
    }
  });
});
