// The board's language is set up, not tapped: nobody touches a hall TV. `?lang=en` (or
// `?lang=uk`) in the board's address sets it and it is remembered on this PC (the same key
// the pairing screen's toggle writes), so the autostart link alone decides. Ukrainian first.
import { writeStored } from '@cherha/ui-kit';

/** the storage key createI18n({ remember: 'board' }) reads */
export const BOARD_LANG_KEY = 'cherha.board.lang';

/** `uk` / `en` from the address, or null when absent or not one of them */
export function languageParam(search: string): 'uk' | 'en' | null {
  const v = new URLSearchParams(search).get('lang');
  return v === 'uk' || v === 'en' ? v : null;
}

/** Call before the i18n instance is created: the address wins over what was remembered. */
export function rememberLanguageFromAddress(search: string): void {
  const lang = languageParam(search);
  if (lang) writeStored(BOARD_LANG_KEY, lang);
}
