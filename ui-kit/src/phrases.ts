// Spoken Ukrainian for the hall board: «Талон А пʼятнадцять. Підійдіть, будь ласка, до вікна номер три.»
// Pure functions, no browser APIs (unit-tested in ui-kit/test).

import { ALERT_PHRASE_UK, ALL_CLEAR_PHRASE_UK, labelClips, letterClip, numberToWordsUk, VOICE_CLIP_TEXTS } from '@cherha/contracts/voice-clips';

// the words are the voice pack's (contracts/src/voice.ts): what the browser's voice says is
// exactly what the server's clips say
export { ALERT_PHRASE_UK, ALL_CLEAR_PHRASE_UK, numberToWordsUk };

export function letterNameUk(letter: string): string {
  return letterClip(letter)?.text ?? letter;
}

/**
 * Read a label made of letters and digit groups: "А015" → "А пʼятнадцять", "12А" → "дванадцять А",
 * "3" → "три". Leading zeros are not read; digit groups over 999 are read digit by digit.
 */
export function spellLabelUk(label: string): string {
  return labelClips(label).map((c) => VOICE_CLIP_TEXTS[c] as string).join(' ');
}

export interface CallPhraseOptions {
  recall?: boolean;
}

/** «Талон А пʼятнадцять. Підійдіть, будь ласка, до вікна номер три.» (recall: «Повторний виклик. …») */
export function ticketCallPhraseUk(ticketNumber: string, windowLabel: string, options: CallPhraseOptions = {}): string {
  const main = `Талон ${spellLabelUk(ticketNumber)}. Підійдіть, будь ласка, до вікна номер ${spellLabelUk(windowLabel)}.`;
  return options.recall ? `Повторний виклик. ${main}` : main;
}

/** English, for a board switched to English: "Ticket A 15, please go to window 3." */
export function ticketCallPhraseEn(ticketNumber: string, windowLabel: string, options: CallPhraseOptions = {}): string {
  const m = /^(\D*)(\d+)$/.exec(ticketNumber.trim());
  const spoken = m ? `${m[1] ?? ''} ${Number(m[2])}`.trim() : ticketNumber;
  const main = `Ticket ${spoken}, please go to window ${windowLabel}.`;
  return options.recall ? `Repeated call. ${main}` : main;
}

/** What the screen shows (and the aria-live region says): «Талон А015 — вікно 3». */
export function ticketCallText(ticketNumber: string, windowLabel: string, lang: 'uk' | 'en', recall = false): string {
  if (lang === 'en') return `${recall ? 'Repeated call: ' : ''}Ticket ${ticketNumber} — window ${windowLabel}`;
  return `${recall ? 'Повторний виклик: ' : ''}Талон ${ticketNumber} — вікно ${windowLabel}`;
}
