// Spoken Ukrainian for the hall board: «Талон А п'ятнадцять. Підійдіть, будь ласка, до вікна номер три.»
// Pure functions, no browser APIs (unit-tested in ui-kit/test).

/** How a letter is named aloud (ticket prefixes and window labels like «12А»). */
const LETTER_NAMES_UK: Record<string, string> = {
  А: 'А', Б: 'Бе', В: 'Ве', Г: 'Ге', Ґ: 'Ґе', Д: 'Де', Е: 'Е', Є: 'Є', Ж: 'Же', З: 'Зе',
  И: 'И', І: 'І', Ї: 'Ї', Й: 'Йот', К: 'Ка', Л: 'Ель', М: 'Ем', Н: 'Ен', О: 'О', П: 'Пе',
  Р: 'Ер', С: 'Ес', Т: 'Те', У: 'У', Ф: 'Еф', Х: 'Ха', Ц: 'Це', Ч: 'Че', Ш: 'Ша', Щ: 'Ща',
  Ь: "М'який знак", Ю: 'Ю', Я: 'Я',
  // Latin look-alikes typed by mistake in a window label
  A: 'А', B: 'Бе', C: 'Це', D: 'Де', E: 'Е', K: 'Ка', M: 'Ем', H: 'Ен', P: 'Пе', T: 'Те', X: 'Ха',
};

const UNITS = ['нуль', 'один', 'два', 'три', 'чотири', "п'ять", 'шість', 'сім', 'вісім', "дев'ять"];
const TEENS = [
  'десять', 'одинадцять', 'дванадцять', 'тринадцять', 'чотирнадцять',
  "п'ятнадцять", 'шістнадцять', 'сімнадцять', 'вісімнадцять', "дев'ятнадцять",
];
const TENS = ['', '', 'двадцять', 'тридцять', 'сорок', "п'ятдесят", 'шістдесят', 'сімдесят', 'вісімдесят', "дев'яносто"];
const HUNDREDS = ['', 'сто', 'двісті', 'триста', 'чотириста', "п'ятсот", 'шістсот', 'сімсот', 'вісімсот', "дев'ятсот"];

/** 0…999 in Ukrainian words (masculine/nominative, as a number is read from a ticket). */
export function numberToWordsUk(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`number out of range: ${n}`);
  if (n === 0) return UNITS[0] as string;
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) words.push(HUNDREDS[h] as string);
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10] as string);
  else {
    const t = Math.floor(rest / 10);
    const u = rest % 10;
    if (t > 0) words.push(TENS[t] as string);
    if (u > 0) words.push(UNITS[u] as string);
  }
  return words.join(' ');
}

export function letterNameUk(letter: string): string {
  return LETTER_NAMES_UK[letter.toUpperCase()] ?? letter;
}

/**
 * Read a label made of letters and digit groups: "А015" → "А п'ятнадцять", "12А" → "дванадцять А",
 * "3" → "три". Leading zeros are not read; digit groups over 999 are read digit by digit.
 */
export function spellLabelUk(label: string): string {
  const parts: string[] = [];
  const tokens = label.trim().match(/\d+|\p{L}|[^\d\p{L}\s]+/gu) ?? [];
  for (const tok of tokens) {
    if (/^\d+$/.test(tok)) {
      const n = Number(tok);
      if (n <= 999) parts.push(numberToWordsUk(n));
      else parts.push([...tok].map((d) => UNITS[Number(d)] as string).join(' '));
    } else if (/^\p{L}$/u.test(tok)) {
      parts.push(letterNameUk(tok));
    }
    // punctuation such as "-" or "/" is not read
  }
  return parts.join(' ');
}

export interface CallPhraseOptions {
  recall?: boolean;
}

/** «Талон А п'ятнадцять. Підійдіть, будь ласка, до вікна номер три.» (recall: «Повторний виклик. …») */
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

/** Spoken in the hall when an air-raid alert starts / ends. */
export const ALERT_PHRASE_UK = 'Увага! Повітряна тривога! Пройдіть, будь ласка, до укриття.';
export const ALL_CLEAR_PHRASE_UK = 'Відбій повітряної тривоги.';
