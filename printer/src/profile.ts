// Printer profiles: everything that differs between printer families lives here, so the
// encoder never guesses. The `ESC t` number of a code page is NOT a property of the code
// page: Epson and the Chinese clones disagree (and clones disagree among themselves), so it
// is configured per printer and checked against the printer's self-test page.
import { z } from 'zod';

export const CODE_PAGES = ['cp1251', 'cp1125'] as const;
export type CodePage = (typeof CODE_PAGES)[number];

export type PaperWidth = 58 | 80;

export interface Profile {
  /** preset this profile came from (for logs and the admin UI) */
  name: string;
  /** text: printer's own fonts + code page; raster: the whole ticket as one image */
  mode: 'text' | 'raster';
  /** printable dots per line (576 on 80 mm, 384 on 58 mm at 203 dpi) */
  dotsPerLine: number;
  /** characters per line in font A at normal size */
  columns: number;
  codePage: CodePage;
  /** the n of `ESC t n` that selects codePage on THIS printer */
  codePageNumber: number;
  /** send `FS .` (cancel Chinese double-byte mode) after every `ESC @` */
  cancelChineseMode: boolean;
  /** native: the printer draws the QR (`GS ( k`); raster: we draw it and send `GS v 0` */
  qr: 'native' | 'raster';
  /** module size in dots for the QR */
  qrModuleDots: number;
  cut: 'full' | 'partial' | 'none';
  /** sound the buzzer (`ESC B`) after the ticket; harmless on printers without one */
  beep: boolean;
  /** blank lines fed before the cut so the footer clears the cutter */
  feedLinesBeforeCut: number;
}

const base = {
  mode: 'text',
  codePage: 'cp1251',
  cancelChineseMode: false,
  qr: 'native',
  qrModuleDots: 6,
  cut: 'partial',
  beep: false,
  feedLinesBeforeCut: 4,
} as const;

type PresetBody = Omit<Profile, 'name' | 'dotsPerLine' | 'columns'>;

/** Known-good starting points. Per-printer overrides fix the rest. */
export const PRESETS = {
  // Epson TM-T20/T88 and true Epson-compatible firmware: WPC1251 = 46, PC1125 = 44.
  'epson-cp1251': { ...base, codePage: 'cp1251', codePageNumber: 46 },
  'epson-cp1125': { ...base, codePage: 'cp1125', codePageNumber: 44 },
  // Chinese clones (Xprinter, POS-58/POS-80, Rongta-likes): boot in double-byte mode, so
  // FS . is needed; CP1251 is 73 on some firmwares and 23 on others (self-test page tells).
  'clone-cp1251-73': { ...base, codePage: 'cp1251', codePageNumber: 73, cancelChineseMode: true },
  'clone-cp1251-23': { ...base, codePage: 'cp1251', codePageNumber: 23, cancelChineseMode: true },
  // Any printer that understands GS v 0: letters come from our font, never from its ROM.
  raster: { ...base, mode: 'raster', qr: 'raster', codePageNumber: 0, cancelChineseMode: true, qrModuleDots: 6 },
} as const satisfies Record<string, PresetBody>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

export function isPresetName(name: string): name is PresetName {
  return Object.prototype.hasOwnProperty.call(PRESETS, name);
}

/** Geometry of the paper at 203 dpi with font A (12×24 dots). */
export function paperGeometry(paperWidth: PaperWidth): { dotsPerLine: number; columns: number } {
  return paperWidth === 80 ? { dotsPerLine: 576, columns: 48 } : { dotsPerLine: 384, columns: 32 };
}

/** Every field of a full profile but its name: presets are partial overrides of it. */
export const ProfileFields = z
  .object({
    mode: z.enum(['text', 'raster']),
    dotsPerLine: z.number().int().min(128).max(2048),
    columns: z.number().int().min(16).max(128),
    codePage: z.enum(CODE_PAGES),
    codePageNumber: z.number().int().min(0).max(255),
    cancelChineseMode: z.boolean(),
    qr: z.enum(['native', 'raster']),
    qrModuleDots: z.number().int().min(1).max(16),
    cut: z.enum(['full', 'partial', 'none']),
    beep: z.boolean(),
    feedLinesBeforeCut: z.number().int().min(0).max(20),
  })
  .strict();
export const ProfileOverrides = ProfileFields.partial().strict();
export type ProfileOverrides = z.infer<typeof ProfileOverrides>;

/** A preset name, or a preset name plus overrides (`{ preset: 'clone-cp1251-73', codePageNumber: 17 }`). */
export const ProfileSpec = z.union([
  z.string().refine(isPresetName, { message: `unknown printer profile; presets: ${PRESET_NAMES.join(', ')}` }),
  ProfileOverrides.extend({
    preset: z.string().refine(isPresetName, { message: `unknown printer profile; presets: ${PRESET_NAMES.join(', ')}` }),
    name: z.string().min(1).max(100).optional(),
  }).strict(),
]);
export type ProfileSpec = string | (ProfileOverrides & { preset: string; name?: string });

/** Turn a preset name (plus overrides) into a complete profile for the given paper. */
export function resolveProfile(spec: ProfileSpec | Profile, paperWidth: PaperWidth): Profile {
  if (typeof spec === 'object' && !('preset' in spec)) return spec;
  const parsed = ProfileSpec.safeParse(spec);
  if (!parsed.success) {
    throw new Error(`Invalid printer profile: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  const value = parsed.data;
  const presetName = (typeof value === 'string' ? value : value.preset) as PresetName;
  const preset: PresetBody = PRESETS[presetName];
  const geometry = paperGeometry(paperWidth);
  if (typeof value === 'string') return { name: presetName, ...geometry, ...preset };
  const { preset: _preset, name, ...overrides } = value;
  return { ...geometry, ...preset, ...overrides, name: name ?? `${presetName}+custom` };
}
