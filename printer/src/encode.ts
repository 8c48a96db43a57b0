// TicketDocument + Profile → ESC/POS bytes. Pure.
// node-thermal-printer is used as a byte builder for the commands it gets right (alignment,
// emphasis, sizes, GS ( k QR, cut, beep). Text is NEVER passed to it as a string: its append()
// silently switches code pages (emitting ESC t for a page this printer may not have) when a
// character is missing. We encode text ourselves, strictly, and add the bytes.
import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { bitmapToRasterCommands, blit, createBitmap, qrBitmap } from './bitmap';
import { encodeText } from './codepage';
import { documentStrings, type TicketDocument } from './document';
import type { Profile } from './profile';
import { renderDocument, TEXT_MAGNIFICATION } from './render';
import { wrapWords } from './wrap';

const ESC = 0x1b;
const FS = 0x1c;

export const CMD = {
  init: Buffer.from([ESC, 0x40]),
  cancelChineseMode: Buffer.from([FS, 0x2e]),
  selectCodePage: (n: number): Buffer => Buffer.from([ESC, 0x74, n]),
  feedLines: (n: number): Buffer => Buffer.from([ESC, 0x64, n]),
} as const;

function header(profile: Profile, withCodePage: boolean): Buffer[] {
  const out: Buffer[] = [CMD.init];
  if (profile.cancelChineseMode) out.push(CMD.cancelChineseMode);
  if (withCodePage) out.push(CMD.selectCodePage(profile.codePageNumber));
  return out;
}

function builder(profile: Profile): ThermalPrinter {
  // interface '' = no I/O; no characterSet, so it never emits an ESC t of its own.
  return new ThermalPrinter({ type: PrinterTypes.EPSON, interface: '', width: profile.columns });
}

function trailer(b: ThermalPrinter, profile: Profile): void {
  if (profile.feedLinesBeforeCut > 0) b.add(CMD.feedLines(profile.feedLinesBeforeCut));
  if (profile.beep) b.beep(1, 2);
  if (profile.cut !== 'none') {
    // cut() ends with ESC @; a clone would fall back into Chinese mode for the next job's
    // preamble bytes otherwise, so FS . follows it too.
    if (profile.cut === 'full') b.cut({ verticalTabAmount: 0 });
    else b.partialCut({ verticalTabAmount: 0 });
    if (profile.cancelChineseMode) b.add(CMD.cancelChineseMode);
  }
}

function assertAsciiForQr(data: string): void {
  // GS ( k carries bytes; node-thermal-printer counts characters. Status links are ASCII.
  if (!/^[\x20-\x7e]+$/.test(data)) throw new Error(`QR data must be printable ASCII (got "${data}"); percent-encode the link`);
}

function encodeTextMode(doc: TicketDocument, profile: Profile): Buffer {
  // Fail before building anything: a job is all-or-nothing.
  for (const s of documentStrings(doc)) encodeText(s, profile.codePage);
  const b = builder(profile);
  for (const part of header(profile, true)) b.add(part);
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'text': {
        const mag = TEXT_MAGNIFICATION[block.size];
        const cols = Math.max(1, Math.floor(profile.columns / mag));
        if (block.align === 'center') b.alignCenter();
        else if (block.align === 'right') b.alignRight();
        else b.alignLeft();
        if (block.bold) b.bold(true);
        if (block.inverse) b.invert(true);
        if (mag > 1) b.setTextSize(mag - 1, mag - 1);
        for (const line of wrapWords(block.text, (s) => [...s].length <= cols)) {
          b.add(encodeText(line, profile.codePage));
          b.newLine();
        }
        if (mag > 1) b.setTextSize(0, 0);
        if (block.inverse) b.invert(false);
        if (block.bold) b.bold(false);
        break;
      }
      case 'rule':
        b.alignLeft();
        b.add(Buffer.from('-'.repeat(profile.columns), 'ascii'));
        b.newLine();
        break;
      case 'feed':
        b.add(CMD.feedLines(block.lines));
        break;
      case 'qr':
        if (profile.qr === 'native') {
          assertAsciiForQr(block.data);
          b.alignCenter();
          b.printQR(block.data, { cellSize: Math.min(8, Math.max(1, profile.qrModuleDots)), correction: 'M', model: 2 });
          b.newLine();
        } else {
          // full-width image with the code centred: ESC a does not move raster images on every clone
          const qr = qrBitmap(block.data, profile.qrModuleDots);
          const row = createBitmap(profile.dotsPerLine, qr.height);
          blit(row, qr, Math.max(0, Math.floor((profile.dotsPerLine - qr.width) / 2)), 0);
          b.add(bitmapToRasterCommands(row));
        }
        break;
    }
  }
  b.alignLeft();
  trailer(b, profile);
  return b.getBuffer();
}

function encodeRasterMode(doc: TicketDocument, profile: Profile): Buffer {
  const b = builder(profile);
  for (const part of header(profile, false)) b.add(part);
  b.add(bitmapToRasterCommands(renderDocument(doc, profile, 'raster')));
  trailer(b, profile);
  return b.getBuffer();
}

/** ESC/POS bytes of one ticket. Throws UnencodableTextError (naming the character) in text mode. */
export function encode(doc: TicketDocument, profile: Profile): Buffer {
  return profile.mode === 'raster' ? encodeRasterMode(doc, profile) : encodeTextMode(doc, profile);
}
