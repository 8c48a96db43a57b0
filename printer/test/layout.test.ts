import { describe, expect, it } from 'vitest';
import { layout, type Block } from '../src/index';
import { formatIssuedAt } from '../src/i18n';
import { sampleJob } from '../src/testing/index';

const texts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));

describe('layout', () => {
  it('has everything a visitor needs, in order, with the number huge', () => {
    const doc = layout(sampleJob(), { paperWidth: 80 });
    const t = texts(doc.blocks);
    const order = ['Ґречно просимо до ґанку! Єдине вікно: І поверх', 'ЦНАП Подільського району м. Києва', 'А015', 'Реєстрація місця проживання', '5 березня 2025, 09:41', 'Перед вами у черзі: 4', 'Орієнтовне очікування: 12 хв', 'Збережіть талон: ним можна оцінити обслуговування', 'Їжа та напої — у холі. Довідки: № 0 800 000 000'];
    const idx = order.map((s) => t.indexOf(s));
    expect(idx.every((i) => i >= 0), JSON.stringify(t)).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    const num = doc.blocks.find((b) => b.kind === 'text' && b.text === 'А015');
    expect(num).toMatchObject({ size: 'huge', bold: true });
    expect(doc.blocks.filter((b) => b.kind === 'qr')).toEqual([{ kind: 'qr', data: 'https://cherha.example.org/t/q7Zk2xPm' }]);
    expect(t.some((s) => /ПОЗАЧЕРГОВО/.test(s))).toBe(false);
  });

  it('marks priority tickets with «Позачергово» and the category', () => {
    const job = sampleJob({ priorityName: { uk: 'Ветерани війни', en: 'War veterans' }, ticket: { ...sampleJob().ticket, priorityCategoryId: 4 } });
    const t = texts(layout(job, { paperWidth: 58 }).blocks);
    expect(t).toContain(' ПОЗАЧЕРГОВО ');
    expect(t).toContain('Ветерани війни');
  });

  it('English tickets use the English fixed strings and names; header/footer stay as the branch wrote them', () => {
    const t = texts(layout(sampleJob({ language: 'en', ticket: { ...sampleJob().ticket, peopleAheadAtIssue: 0, estimatedWaitMinutesAtIssue: 0 } }), { paperWidth: 80 }).blocks);
    expect(t).toContain('Podilskyi District ASC, Kyiv');
    expect(t).toContain('Residence registration');
    expect(t).toContain('Keep this ticket: you can use it to rate the service');
    expect(t).toContain('Nobody is ahead of you');
    expect(t).toContain('5 March 2025, 09:41');
    expect(t).toContain('Ґречно просимо до ґанку! Єдине вікно: І поверх');
  });

  it('dates are Kyiv local time, across DST and midnight', () => {
    expect(formatIssuedAt('2025-07-01T21:30:00Z', 'uk')).toBe('2 липня 2025, 00:30'); // EEST, UTC+3
    expect(formatIssuedAt('2025-01-15T06:05:00Z', 'uk')).toBe('15 січня 2025, 08:05'); // EET, UTC+2
    expect(() => formatIssuedAt('not a date', 'uk')).toThrow(/issuedAt/);
  });

  it('empty header/footer lines are dropped, multi-line ones kept', () => {
    const t = texts(layout(sampleJob({ header: '', footer: 'Рядок 1\n\n  Рядок 2  ' }), { paperWidth: 80 }).blocks);
    expect(t).toContain('Рядок 1');
    expect(t).toContain('Рядок 2');
    expect(t).not.toContain('');
  });
});
