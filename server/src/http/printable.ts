// Texts that go onto paper tickets (service and branch names, header, footer, priority
// categories) are checked when an admin saves them: a character no ticket printer's text
// page has (an emoji, say) would otherwise make every such ticket fail to print.
import { encodeText, UnencodableTextError } from '@cherha/printer';
import { DomainError } from '../errors';

/** CP1251 is the page of every text preset but one; CP1125 lacks only typography we replace. */
export function requirePrintable(field: string, text: string): void {
  for (const line of text.split(/\r?\n/)) {
    try {
      encodeText(line, 'cp1251');
    } catch (err) {
      if (!(err instanceof UnencodableTextError)) throw err;
      throw new DomainError('VALIDATION', `${field}: символ «${err.character}» не надрукується на талоні — замініть або приберіть його`);
    }
  }
}
