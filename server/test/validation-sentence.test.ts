// What a person reads for an invalid request: our schemas' own sentences as they are; zod's
// generic checks (in Ukrainian) with the field they are about.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BookingCodeParams } from '@cherha/contracts';
import { validationSentence } from '../src/http/errors';

describe('validationSentence', () => {
  it('shows a schema’s own Ukrainian sentence with no field name or prefix', () => {
    expect(validationSentence({ path: 'consent', message: 'Щоб залишити телефон, дайте згоду' })).toBe('Щоб залишити телефон, дайте згоду');
    expect(validationSentence({ path: 'code', message: 'Неправильний код запису' })).toBe('Неправильний код запису');
  });
  it('names the field for zod’s generic checks, which speak Ukrainian (contracts sets the locale)', () => {
    const r = z.object({ a: z.number() }).strict().safeParse({ a: 'x' });
    const issue = r.error!.issues[0]!;
    const text = validationSentence({ path: issue.path.join('.'), message: issue.message });
    expect(text).toMatch(/^Неправильні дані у полі «a»: Неправильні вхідні дані/);
    expect(text).not.toContain('Invalid');
  });
  it('a booking code that cannot be one is refused in plain words', () => {
    const r = BookingCodeParams.safeParse({ code: 'abc' });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(validationSentence({ path: issue.path.join('.'), message: issue.message })).not.toContain('«code»');
  });
});
