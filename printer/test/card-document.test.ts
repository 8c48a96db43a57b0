// The printed list of documents (card-document.ts): what a visitor carries away from the kiosk.
import { describe, expect, it } from 'vitest';
import { documentListDocument, encode, PRESET_NAMES, resolveProfile, type Block, type PaperWidth } from '../src/index';
import { glibcIconv, parseEscPos, textBytes } from './helpers';

const texts = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));

const INPUT = {
  language: 'uk' as const,
  branchName: 'ЦНАП Подільського району м. Києва',
  serviceName: 'Реєстрація місця проживання',
  documents: ['Паспорт громадянина України або ID-картка', 'Квитанція про сплату адміністративного збору'],
  facts: [{ label: 'Вартість', value: '30 грн' }, { label: 'Строк надання', value: 'У день звернення' }, { label: 'Хто може звернутися', value: '' }],
  printedAt: '2025-03-05T07:41:00Z',
};

describe('the printed list of documents', () => {
  it('names the office and the service, numbers the documents in order, leaves out empty facts', () => {
    const doc = documentListDocument(INPUT, 80);
    const t = texts(doc.blocks);
    const order = ['ЦНАП Подільського району м. Києва', 'Перелік документів', 'Реєстрація місця проживання', '1. Паспорт громадянина України або ID-картка', '2. Квитанція про сплату адміністративного збору', 'Вартість: 30 грн', 'Строк надання: У день звернення', '5 березня 2025, 09:41'];
    const idx = order.map((s) => t.indexOf(s));
    expect(idx.every((i) => i >= 0), JSON.stringify(t)).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    expect(t.some((s) => s.startsWith('Хто може звернутися'))).toBe(false);
    expect(documentListDocument({ ...INPUT, language: 'en' }, 58).blocks).toContainEqual(expect.objectContaining({ kind: 'text', text: 'Documents to bring' }));
  });

  it('every preset encodes it, and the Ukrainian reads back from the bytes', async () => {
    for (const preset of PRESET_NAMES) {
      for (const paperWidth of [58, 80] as PaperWidth[]) {
        const profile = resolveProfile(preset, paperWidth);
        const bytes = encode(documentListDocument(INPUT, paperWidth), profile);
        if (profile.mode !== 'text') continue;
        const ast = await parseEscPos(bytes);
        const decoded = profile.codePage === 'cp1251' ? new TextDecoder('windows-1251').decode(textBytes(ast)) : glibcIconv(textBytes(ast), 'CP1125');
        expect(decoded.replace(/\s+/g, ' '), `${preset} ${paperWidth}`).toContain('Перелік документів');
      }
    }
  });
});
