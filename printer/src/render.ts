// TicketDocument → 1-bit bitmap. Two styles:
// - 'raster': what a raster profile prints (proportional DejaVu Sans, our own glyphs);
// - 'text-preview': an approximation of a text-mode printer (monospace on the printer's
//   column grid, same wrapping as the encoder) for the virtual printer and the admin UI.
import * as PImage from 'pureimage';
import { blit, createBitmap, fillRect, qrBitmap, type Bitmap } from './bitmap';
import type { Block, TextSize, TicketDocument } from './document';
import { ensureFonts, FONT, MONO_ADVANCE, type FontFamily } from './fonts';
import type { Profile } from './profile';
import { wrapWords } from './wrap';

export type RenderStyle = 'raster' | 'text-preview';

/** Character magnification the text encoder uses for each size (GS ! n). */
export const TEXT_MAGNIFICATION: Record<TextSize, number> = { normal: 1, large: 2, huge: 4 };
/** Font A line height in dots. */
export const LINE_DOTS = 24;

type Op =
  | { kind: 'text'; text: string; x: number; baseline: number; family: FontFamily; px: number; inverse: boolean; box: { x: number; y: number; w: number; h: number } }
  | { kind: 'bitmap'; bmp: Bitmap; x: number; y: number }
  | { kind: 'hline'; y: number; thickness: number };

interface Measurer {
  width(text: string, family: FontFamily, px: number): number;
}

function createMeasurer(): Measurer {
  ensureFonts();
  const ctx = PImage.make(1, 1).getContext('2d');
  return {
    width(text, family, px) {
      ctx.font = `${px}px ${family}`;
      return ctx.measureText(text).width;
    },
  };
}

function rasterFontPx(size: TextSize, paperWidth: number): number {
  if (size === 'huge') return paperWidth === 80 ? 120 : 96;
  if (size === 'large') return paperWidth === 80 ? 40 : 34;
  return paperWidth === 80 ? 24 : 22;
}

function planText(block: Extract<Block, { kind: 'text' }>, profile: Profile, style: RenderStyle, m: Measurer, y: number, ops: Op[]): number {
  const W = profile.dotsPerLine;
  const mag = TEXT_MAGNIFICATION[block.size];
  let family: FontFamily;
  let px: number;
  let lineHeight: number;
  let fits: (s: string) => boolean;
  if (style === 'text-preview') {
    const cols = Math.max(1, Math.floor(profile.columns / mag));
    const cell = (W / profile.columns) * mag;
    family = block.bold ? FONT.monoBold : FONT.mono;
    px = cell / MONO_ADVANCE;
    lineHeight = LINE_DOTS * mag;
    fits = (s) => [...s].length <= cols;
  } else {
    family = block.bold ? FONT.sansBold : FONT.sans;
    px = rasterFontPx(block.size, profile.dotsPerLine >= 576 ? 80 : 58);
    lineHeight = Math.round(px * 1.3);
    fits = (s) => m.width(s, family, px) <= W - 8;
  }
  for (const line of wrapWords(block.text, fits)) {
    const w = Math.min(W, m.width(line, family, px));
    const x = block.align === 'center' ? (W - w) / 2 : block.align === 'right' ? W - w : 0;
    // baseline: glyphs of DejaVu sit ~0.76 em above it; keep descenders inside the line box
    const baseline = y + (lineHeight - px) / 2 + px * 0.8;
    ops.push({ kind: 'text', text: line, x, baseline, family, px, inverse: block.inverse, box: { x: x - 6, y, w: w + 12, h: lineHeight } });
    y += lineHeight;
  }
  return y;
}

function plan(doc: TicketDocument, profile: Profile, style: RenderStyle): { ops: Op[]; height: number } {
  const m = createMeasurer();
  const ops: Op[] = [];
  let y = 8;
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'text':
        y = planText(block, profile, style, m, y, ops);
        break;
      case 'rule':
        ops.push({ kind: 'hline', y: y + LINE_DOTS / 2 - 1, thickness: 2 });
        y += LINE_DOTS;
        break;
      case 'feed':
        y += LINE_DOTS * block.lines;
        break;
      case 'qr': {
        const bmp = qrBitmap(block.data, profile.qrModuleDots);
        ops.push({ kind: 'bitmap', bmp, x: Math.max(0, Math.floor((profile.dotsPerLine - bmp.width) / 2)), y });
        y += bmp.height;
        break;
      }
    }
  }
  return { ops, height: y + 8 };
}

/** Render the document as the printer would lay it out, `profile.dotsPerLine` wide. */
export function renderDocument(doc: TicketDocument, profile: Profile, style: RenderStyle = profile.mode === 'raster' ? 'raster' : 'text-preview'): Bitmap {
  const { ops, height } = plan(doc, profile, style);
  const width = profile.dotsPerLine;
  const img = PImage.make(width, height);
  const ctx = img.getContext('2d');
  // pureimage starts opaque black
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  for (const op of ops) {
    if (op.kind !== 'text') continue;
    if (op.inverse) {
      ctx.fillStyle = '#000000';
      ctx.fillRect(Math.max(0, op.box.x), op.box.y, Math.min(width, op.box.w), op.box.h);
    }
    ctx.fillStyle = op.inverse ? '#ffffff' : '#000000';
    ctx.font = `${op.px}px ${op.family}`;
    ctx.fillText(op.text, op.x, op.baseline);
  }
  const out = createBitmap(width, height);
  const rgba = img.data;
  for (let i = 0; i < width * height; i++) {
    const r = rgba[i * 4] ?? 255;
    out.data[i] = r < 128 ? 1 : 0;
  }
  for (const op of ops) {
    if (op.kind === 'bitmap') blit(out, op.bmp, op.x, op.y);
    if (op.kind === 'hline') fillRect(out, 0, op.y, width, op.thickness, 1);
  }
  return out;
}
