// Fonts for raster tickets and previews come from the npm package dejavu-fonts-ttf (free
// licence, full Cyrillic incl. Ґґ Єє Іі Її №), so a fresh machine renders the same glyphs as
// CI without any system font package.
import { createRequire } from 'node:module';
import * as PImage from 'pureimage';

const require = createRequire(import.meta.url);

export const FONT = {
  sans: 'CherhaSans',
  sansBold: 'CherhaSansBold',
  mono: 'CherhaMono',
  monoBold: 'CherhaMonoBold',
} as const;
export type FontFamily = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontFamily, string> = {
  CherhaSans: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  CherhaSansBold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  CherhaMono: 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf',
  CherhaMonoBold: 'dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf',
};

let loaded = false;

/** Load the fonts once per process (synchronous: a few hundred KB from node_modules). */
export function ensureFonts(): void {
  if (loaded) return;
  for (const [family, file] of Object.entries(FILES)) {
    PImage.registerFont(require.resolve(file), family).loadSync();
  }
  loaded = true;
}

/** Advance width of DejaVu Sans Mono glyphs as a fraction of the font size. */
export const MONO_ADVANCE = 0.602;
