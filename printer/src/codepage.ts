// Text → code-page bytes, strictly. node-thermal-printer would silently switch to another
// code page for a missing character (and emit an ESC t we never configured); we never hand
// it a non-ASCII string. Every string goes through here and must round-trip exactly.
import iconv from 'iconv-lite';
import type { CodePage } from './profile';

export class UnencodableTextError extends Error {
  constructor(
    readonly character: string,
    readonly codePage: CodePage,
    readonly text: string,
  ) {
    const cp = character.codePointAt(0) ?? 0;
    const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    // staff and admins read this (alerts, the admin's 4xx): Ukrainian, naming the character
    super(`символ «${character}» (${hex}) не друкується в кодовій сторінці ${codePage.toUpperCase()}: «${text}»`);
    this.name = 'UnencodableTextError';
  }
}

/**
 * Typographic stand-ins used only when the page lacks the original (CP1125 has no ’ — « »,
 * and no page has the Ukrainian apostrophe U+02BC). Letters are never substituted: a missing
 * letter is an error, not a guess.
 */
const TYPOGRAPHIC_FALLBACKS: Readonly<Record<string, string>> = {
  '\u02BC': "'", // ʼ modifier letter apostrophe (official Ukrainian apostrophe)
  '\u2019': "'",
  '\u2018': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2014': '-',
  '\u2013': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u202F': ' ', // narrow no-break space (in "1 011 ₴")
  '\u2009': ' ',
  '\u20B4': 'грн', // ₴: admins write fees in service names
  '\u2022': '*',
};

function roundTrips(ch: string, codePage: CodePage): boolean {
  return iconv.decode(iconv.encode(ch, codePage), codePage) === ch;
}

/** Apply typographic stand-ins for characters the page lacks; leave everything else as is. */
export function normalizeForCodePage(text: string, codePage: CodePage): string {
  let out = '';
  for (const ch of text) {
    const fallback = TYPOGRAPHIC_FALLBACKS[ch];
    out += fallback !== undefined && !roundTrips(ch, codePage) ? fallback : ch;
  }
  return out;
}

/** Throws UnencodableTextError naming the first character that does not round-trip. */
export function assertEncodable(text: string, codePage: CodePage): void {
  for (const ch of text) {
    if (!roundTrips(ch, codePage)) throw new UnencodableTextError(ch, codePage, text);
  }
}

/** Normalize, check and encode. Control characters are refused: they would be commands. */
export function encodeText(text: string, codePage: CodePage): Buffer {
  const normalized = normalizeForCodePage(text, codePage);
  for (const ch of normalized) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || cp === 0x7f) throw new UnencodableTextError(ch, codePage, text);
  }
  assertEncodable(normalized, codePage);
  return iconv.encode(normalized, codePage);
}
