// Phrases of the printers panel's list of tickets whose paper is missing, added to the
// operator app's i18n under `prn.*` (the panel's older phrases stay under `op.*`).
import type { i18n as I18n } from 'i18next';

const prnUk = {
  failuresTitle: 'Талони, показані лише на екрані',
  failuresIntro: 'Ці талони не надрукувалися (або могли не надрукуватися). Коли принтер запрацює, надрукуйте їх повторно й віддайте відвідувачам.',
  failuresNone: 'Усі талони надруковано.',
  colTicket: 'Талон',
  colKiosk: 'Термінал',
  colWhat: 'Що сталося',
  colWhen: 'Коли',
  outcome_failed: 'Не надруковано',
  outcome_uncertain: 'Могло не надрукуватися',
  shownOnScreen: 'номер показано на екрані терміналу',
  reprint: 'Надрукувати ще раз: {{number}}',
};

const prnEn: typeof prnUk = {
  failuresTitle: 'Tickets shown on screen only',
  failuresIntro: 'These tickets were not printed (or may not have been). Once the printer works, print them again and hand them to the visitors.',
  failuresNone: 'Every ticket has been printed.',
  colTicket: 'Ticket',
  colKiosk: 'Kiosk',
  colWhat: 'What happened',
  colWhen: 'When',
  outcome_failed: 'Not printed',
  outcome_uncertain: 'May not have printed',
  shownOnScreen: 'the number was shown on the kiosk screen',
  reprint: 'Print again: {{number}}',
};

export function addPrintingStrings(i18n: I18n): void {
  i18n.addResourceBundle('uk', 'translation', { prn: prnUk }, true, false);
  i18n.addResourceBundle('en', 'translation', { prn: prnEn }, true, false);
}
