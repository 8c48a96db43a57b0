// A printer's state travels as a code (PRINTER_STATES); each screen words it in its own
// language (operator-ui i18n `op.printer_<state>`). A message goes with it only for what the
// code does not say — an error's own text — so no screen shows a Ukrainian copy of what it
// already translates. The printer words its outcomes as «<state's words>: <detail>» or
// «<state's words><OUTCOME_WORDS>» (the outcome is a code of its own), so both are cut here.
import type { PrinterState } from '@cherha/contracts';
import { OUTCOME_WORDS, STATE_MESSAGES } from '@cherha/printer';

const OUTCOME_ONLY: ReadonlySet<string> = new Set(['', ...Object.values(OUTCOME_WORDS)]);

/** the part of a printer's message the state's code does not say; null when nothing is left */
export function beyondState(state: PrinterState, message: string | null | undefined): string | null {
  if (!message) return null;
  const words = STATE_MESSAGES[state];
  if (!message.startsWith(words)) return message;
  const rest = message.slice(words.length);
  if (OUTCOME_ONLY.has(rest)) return null;
  return rest.startsWith(': ') ? rest.slice(2) : message;
}
