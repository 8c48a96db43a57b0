// The ticket as a printer-independent list of blocks. layout() produces it; the encoder
// (text or raster) and the preview renderer consume it, so what the preview shows and what
// the printer gets come from one description.
import type { Language } from '@cherha/contracts';
import type { PaperWidth } from './profile';

export type Align = 'left' | 'center' | 'right';
/** normal = font A; large = double width and height; huge = the ticket number */
export type TextSize = 'normal' | 'large' | 'huge';

export type Block =
  | { kind: 'text'; text: string; align: Align; size: TextSize; bold: boolean; inverse: boolean }
  | { kind: 'rule' }
  | { kind: 'qr'; data: string }
  | { kind: 'feed'; lines: number };

export interface TicketDocument {
  paperWidth: PaperWidth;
  language: Language;
  /** for file names and logs */
  title: string;
  blocks: Block[];
}

/** Every string a document will print (for the round-trip check before encoding). */
export function documentStrings(doc: TicketDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
}

export function text(value: string, opts: Partial<Omit<Extract<Block, { kind: 'text' }>, 'kind' | 'text'>> = {}): Block {
  return { kind: 'text', text: value, align: opts.align ?? 'center', size: opts.size ?? 'normal', bold: opts.bold ?? false, inverse: opts.inverse ?? false };
}
