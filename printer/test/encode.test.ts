import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encode, encodeText, layout, resolveProfile, UnencodableTextError, PRESET_NAMES, type PaperWidth } from '../src/index';
import { sampleJob } from '../src/testing/index';
import { codePageSelections, glibcIconv, parseEscPos, textBytes } from './helpers';

const UKRAINIAN_TRAPS = ['і', 'ї', 'є', 'ґ', 'Ґ', 'Є', 'І', 'Ї', '№'];

const job = sampleJob({
  priorityName: { uk: 'Особи з інвалідністю І групи', en: 'Persons with group I disability' },
  ticket: { ...sampleJob().ticket, priorityCategoryId: 2 },
});

describe('encode (text mode), decoded by npos + TextDecoder', () => {
  for (const preset of ['epson-cp1251', 'clone-cp1251-73', 'clone-cp1251-23'] as const) {
    for (const paperWidth of [80, 58] as PaperWidth[]) {
      it(`${preset} ${paperWidth} mm: every Ukrainian letter and № comes back, only the profile's ESC t`, async () => {
        const profile = resolveProfile(preset, paperWidth);
        const bytes = encode(layout(job, { paperWidth }), profile);
        const ast = await parseEscPos(bytes);
        expect(ast.error).toBeUndefined();
        expect(codePageSelections(ast, bytes)).toEqual([profile.codePageNumber]);

        const decoded = new TextDecoder('windows-1251').decode(textBytes(ast));
        for (const ch of UKRAINIAN_TRAPS) expect(decoded, `missing ${ch}`).toContain(ch);
        // words survive the printer's line wrapping only if we wrapped at spaces
        const flat = decoded.replace(/\s+/g, ' ');
        expect(flat).toContain('А015');
        expect(flat).toContain('Реєстрація місця проживання');
        expect(flat).toContain('Збережіть талон: ним можна оцінити обслуговування');
        expect(flat).toContain('ПОЗАЧЕРГОВО');
        expect(flat).toContain('Особи з інвалідністю І групи');
        expect(flat).toContain('№ 0 800 000 000');
        // no line is wider than the paper
        for (const line of decoded.split('\n')) expect(line.length).toBeLessThanOrEqual(profile.columns);
      });
    }
  }

  it('epson-cp1125: glibc iconv (CP1125) reads the Ukrainian letters back', async () => {
    const profile = resolveProfile('epson-cp1125', 80);
    const bytes = encode(layout(job, { paperWidth: 80 }), profile);
    const ast = await parseEscPos(bytes);
    expect(codePageSelections(ast, bytes)).toEqual([44]);
    const decoded = glibcIconv(textBytes(ast), 'CP1125');
    for (const ch of UKRAINIAN_TRAPS) expect(decoded).toContain(ch);
    expect(decoded.replace(/\s+/g, ' ')).toContain('Реєстрація місця проживання');
  });

  it('clones get FS . right after every ESC @; Epson presets never do', async () => {
    for (const preset of PRESET_NAMES) {
      const profile = resolveProfile(preset, 80);
      const bytes = encode(layout(job, { paperWidth: 80 }), profile);
      const ast = await parseEscPos(bytes);
      const cmds = ast.tree.filter((n) => n.ascii !== undefined).map((n) => `${n.ascii}${n.fn ?? ''}`);
      expect(cmds[0]).toBe('ESC@');
      cmds.forEach((c, i) => {
        if (c === 'ESC@') expect(cmds[i + 1] === 'FS.', `${preset} at ${i}`).toBe(profile.cancelChineseMode);
      });
      expect(cmds.filter((c) => c === 'FS.').length > 0).toBe(profile.cancelChineseMode);
    }
  });

  it('native QR: GS ( k stores exactly the status link; cut and beep follow the profile', async () => {
    const profile = resolveProfile({ preset: 'epson-cp1251', beep: true, cut: 'full' }, 80);
    const bytes = encode(layout(job, { paperWidth: 80 }), profile);
    const ast = await parseEscPos(bytes);
    const stores = ast.tree.filter((n) => n.ascii === 'GS' && n.fn === '(k' && bytes[n.offset + 5] === 0x31 && bytes[n.offset + 6] === 0x50);
    expect(stores).toHaveLength(1);
    const node = stores[0];
    if (!node) throw new Error('no QR store command');
    const len = (bytes[node.offset + 3] ?? 0) + (bytes[node.offset + 4] ?? 0) * 256;
    expect(bytes.subarray(node.offset + 8, node.offset + 5 + len).toString('ascii')).toBe(job.statusUrl);
    const cmds = ast.tree.map((n) => `${n.ascii ?? ''}${n.fn ?? ''}`);
    expect(cmds).toContain('ESCB');
    const cut = ast.tree.find((n) => n.ascii === 'GS' && n.fn === 'V');
    expect(cut && bytes[cut.offset + 2]).toBe(0); // full cut
  });

  it('qr raster in a text profile: no GS ( k, a GS v 0 image instead', async () => {
    const profile = resolveProfile({ preset: 'clone-cp1251-23', qr: 'raster' }, 58);
    const bytes = encode(layout(job, { paperWidth: 58 }), profile);
    const ast = await parseEscPos(bytes);
    expect(ast.tree.some((n) => n.fn === '(k')).toBe(false);
    expect(ast.entries.some((e) => e.type === 'raster')).toBe(true);
    expect(codePageSelections(ast, bytes)).toEqual([23]);
  });
});

describe('strict code pages', () => {
  it('refuses a character the page lacks and names it, before any byte is built', () => {
    const profile = resolveProfile('epson-cp1251', 80);
    const bad = sampleJob({ footer: 'Гарного дня 🙂' });
    expect(() => encode(layout(bad, { paperWidth: 80 }), profile)).toThrow(UnencodableTextError);
    expect(() => encode(layout(bad, { paperWidth: 80 }), profile)).toThrow(/символ «🙂» \(U\+1F642\) не друкується в кодовій сторінці CP1251/);
  });

  it('CP1125 gets typographic stand-ins for ’ — « » but never for letters', () => {
    expect(glibcIconv(encodeText('«Обов’язково» — так', 'cp1125'), 'CP1125')).toBe(`"Обов'язково" - так`);
    expect(() => encodeText('Łódź', 'cp1125')).toThrow(/Ł/);
    // CP1251 has the real punctuation: keep it
    expect(new TextDecoder('windows-1251').decode(encodeText('«Обов’язково» — так', 'cp1251'))).toBe('«Обов’язково» — так');
  });

  it('refuses control characters in text (they would be printer commands)', () => {
    expect(() => encodeText('A\x1bt\x11', 'cp1251')).toThrow(UnencodableTextError);
  });

  it('property: any Ukrainian text round-trips in both pages, and the job keeps one ESC t', async () => {
    const letters = [...'АаБбВвГгҐґДдЕеЄєЖжЗзИиІіЇїЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЬьЮюЯя№ 0123456789'];
    const arbText = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 60 }).map((a) => a.join('').trim() || 'Ї');
    await fc.assert(
      fc.asyncProperty(arbText, fc.constantFrom('epson-cp1251', 'epson-cp1125', 'clone-cp1251-73'), async (footer, preset) => {
        const profile = resolveProfile(preset, 80);
        const bytes = encode(layout(sampleJob({ footer }), { paperWidth: 80 }), profile);
        const ast = await parseEscPos(bytes);
        expect(codePageSelections(ast, bytes)).toEqual([profile.codePageNumber]);
        const text = profile.codePage === 'cp1251' ? new TextDecoder('windows-1251').decode(textBytes(ast)) : glibcIconv(textBytes(ast), 'CP1125');
        const words = footer.split(/\s+/).filter((w) => w.length > 0 && w.length < profile.columns);
        for (const w of words) expect(text).toContain(w);
      }),
      { numRuns: 40 },
    );
  });
});
