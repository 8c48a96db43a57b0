import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bitmapToPng, encode, layout, resolveProfile, type PaperWidth } from '../src/index';
import { rasterFromJob, sampleJob } from '../src/testing/index';
import { codePageSelections, parseEscPos, rasterPngFromJob, tempDir, tesseractUkr, zbarimg } from './helpers';

const job = sampleJob({ ticket: { ...sampleJob().ticket, number: 'Б207' } });

describe('raster profile: the whole ticket is an image', () => {
  for (const paperWidth of [80, 58] as PaperWidth[]) {
    it(`${paperWidth} mm: npos decodes the GS v 0 image; zbarimg reads the link; no ESC t at all`, async () => {
      const profile = resolveProfile('raster', paperWidth);
      const bytes = encode(layout(job, { paperWidth }), profile);
      const ast = await parseEscPos(bytes);
      expect(ast.error).toBeUndefined();
      expect(codePageSelections(ast, bytes)).toEqual([]);
      expect(ast.entries.filter((e) => e.type === 'text')).toEqual([]); // not one byte of text for the ROM font
      const dir = tempDir('raster');
      const png = await rasterPngFromJob(bytes, dir);
      expect(png.width).toBe(profile.dotsPerLine);
      expect(zbarimg(png.path)).toEqual([job.statusUrl]);
    });
  }

  it('tesseract (ukr) reads the Ukrainian text and the number off the printed image', async () => {
    const profile = resolveProfile('raster', 80);
    const bytes = encode(layout(job, { paperWidth: 80 }), profile);
    const dir = tempDir('ocr');
    const { path } = await rasterPngFromJob(bytes, dir);
    const text = tesseractUkr(path).replace(/\s+/g, ' ');
    const words = ['Реєстрація', 'проживання', 'Збережіть', 'талон', 'обслуговування', 'березня', 'Ґречно', 'Києва'];
    const found = words.filter((w) => text.toLowerCase().includes(w.toLowerCase()));
    expect(found.length, `OCR text: ${text}`).toBeGreaterThanOrEqual(6);
    expect(text).toMatch(/[БB]\s?207/);
  });

  it('our own GS v 0 reader agrees with npos pixel for pixel', async () => {
    const bytes = encode(layout(job, { paperWidth: 58 }), resolveProfile('raster', 58));
    const dir = tempDir('raster-own');
    const viaNpos = await rasterPngFromJob(bytes, dir);
    const own = rasterFromJob(bytes);
    writeFileSync(join(dir, 'own.png'), bitmapToPng(own));
    expect([own.width, own.height]).toEqual([viaNpos.width, viaNpos.height]);
    expect(zbarimg(join(dir, 'own.png'))).toEqual([job.statusUrl]);
  });

  it('a character no code page has still prints in raster mode', async () => {
    const withArrow = sampleJob({ footer: 'Вихід → ліворуч' });
    expect(() => encode(layout(withArrow, { paperWidth: 80 }), resolveProfile('epson-cp1251', 80))).toThrow(/→/);
    const bytes = encode(layout(withArrow, { paperWidth: 80 }), resolveProfile('raster', 80));
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});
