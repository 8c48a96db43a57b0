// The spoken call, independent of the board PC's own speech voices: the server keeps a voice
// pack of short recorded clips («Талон», letters by their names, number words, «Підійдіть,
// будь ласка, до вікна номер»…) and the board plays them in order. This file is the fixed list
// of clip names (the only names the clip route accepts: no path from a request is ever used),
// the text each clip says (what the default pack was generated from, and what a centre
// records for its own pack), and the pure builders call → clip names, phrase → clips.
// No zod and no other import: browser code takes it as `@cherha/contracts/voice-clips`
// without pulling the schemas in. See docs/voice.md.

/** A letter of a ticket prefix or a window label → its clip; the Latin look-alikes typed by mistake map to the Cyrillic letter. */
const LETTER_CLIPS: Record<string, { clip: string; text: string }> = {
  А: { clip: 'letter-a', text: 'А' }, Б: { clip: 'letter-be', text: 'Бе' }, В: { clip: 'letter-ve', text: 'Ве' },
  Г: { clip: 'letter-he', text: 'Ге' }, Ґ: { clip: 'letter-ge', text: 'Ґе' }, Д: { clip: 'letter-de', text: 'Де' },
  Е: { clip: 'letter-e', text: 'Е' }, Є: { clip: 'letter-ye', text: 'Є' }, Ж: { clip: 'letter-zhe', text: 'Же' },
  З: { clip: 'letter-ze', text: 'Зе' }, И: { clip: 'letter-y', text: 'И' }, І: { clip: 'letter-i', text: 'І' },
  Ї: { clip: 'letter-yi', text: 'Ї' }, Й: { clip: 'letter-yot', text: 'Йот' }, К: { clip: 'letter-ka', text: 'Ка' },
  Л: { clip: 'letter-el', text: 'Ель' }, М: { clip: 'letter-em', text: 'Ем' }, Н: { clip: 'letter-en', text: 'Ен' },
  О: { clip: 'letter-o', text: 'О' }, П: { clip: 'letter-pe', text: 'Пе' }, Р: { clip: 'letter-er', text: 'Ер' },
  С: { clip: 'letter-es', text: 'Ес' }, Т: { clip: 'letter-te', text: 'Те' }, У: { clip: 'letter-u', text: 'У' },
  Ф: { clip: 'letter-ef', text: 'Еф' }, Х: { clip: 'letter-kha', text: 'Ха' }, Ц: { clip: 'letter-tse', text: 'Це' },
  Ч: { clip: 'letter-che', text: 'Че' }, Ш: { clip: 'letter-sha', text: 'Ша' }, Щ: { clip: 'letter-shcha', text: 'Ща' },
  Ь: { clip: 'letter-soft-sign', text: 'Мʼякий знак' }, Ю: { clip: 'letter-yu', text: 'Ю' }, Я: { clip: 'letter-ya', text: 'Я' },
};
// by look, not by sound: a Latin «P» typed into a window label is the Cyrillic «Р» (Ер)
const LATIN_LOOKALIKES: Record<string, string> = { A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У' };

const UNITS = ['нуль', 'один', 'два', 'три', 'чотири', 'пʼять', 'шість', 'сім', 'вісім', 'девʼять'];
const TEENS = ['десять', 'одинадцять', 'дванадцять', 'тринадцять', 'чотирнадцять', 'пʼятнадцять', 'шістнадцять', 'сімнадцять', 'вісімнадцять', 'девʼятнадцять'];
const TENS = ['', '', 'двадцять', 'тридцять', 'сорок', 'пʼятдесят', 'шістдесят', 'сімдесят', 'вісімдесят', 'девʼяносто'];
const HUNDREDS = ['', 'сто', 'двісті', 'триста', 'чотириста', 'пʼятсот', 'шістсот', 'сімсот', 'вісімсот', 'девʼятсот'];

/** Spoken in the hall when an air-raid alert starts / ends (also the texts of their clips). */
export const ALERT_PHRASE_UK = 'Увага! Повітряна тривога! Пройдіть, будь ласка, до укриття.';
export const ALL_CLEAR_PHRASE_UK = 'Відбій повітряної тривоги.';

function numberClipTexts(): [string, string][] {
  const out: [string, string][] = [];
  UNITS.forEach((w, i) => out.push([`n${i}`, w]));
  TEENS.forEach((w, i) => out.push([`n${10 + i}`, w]));
  for (let t = 2; t <= 9; t++) out.push([`n${t * 10}`, TENS[t] as string]);
  for (let h = 1; h <= 9; h++) out.push([`n${h * 100}`, HUNDREDS[h] as string]);
  return out;
}

/** Every clip of a voice pack: name → what it says. A pack file is `<name>.wav` (or .mp3, .ogg, .opus, .webm). */
export const VOICE_CLIP_TEXTS: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries([
  ['ticket', 'Талон'],
  ['recall', 'Повторний виклик.'],
  ['go-to-window', 'Підійдіть, будь ласка, до вікна номер'],
  ['alert', ALERT_PHRASE_UK],
  ['all-clear', ALL_CLEAR_PHRASE_UK],
  ...numberClipTexts(),
  ...Object.values(LETTER_CLIPS).map((l): [string, string] => [l.clip, l.text]),
]));
export const VOICE_CLIP_NAMES = Object.keys(VOICE_CLIP_TEXTS) as readonly string[];
export const isVoiceClip = (name: string): boolean => Object.prototype.hasOwnProperty.call(VOICE_CLIP_TEXTS, name);

/** The files a pack may hold, by extension, and how they are served. */
export const VOICE_CLIP_FORMATS = { wav: 'audio/wav', mp3: 'audio/mpeg', ogg: 'audio/ogg', opus: 'audio/ogg', webm: 'audio/webm' } as const;

/** 0…999 as clips: 123 → n100 n20 n3, 15 → n15, 0 → n0. */
export function numberClips(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`number out of range: ${n}`);
  if (n === 0) return ['n0'];
  const clips: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) clips.push(`n${h * 100}`);
  if (rest >= 10 && rest < 20) clips.push(`n${rest}`);
  else {
    if (rest >= 20) clips.push(`n${Math.floor(rest / 10) * 10}`);
    if (rest % 10 > 0) clips.push(`n${rest % 10}`);
  }
  return clips;
}

/** 0…999 in Ukrainian words (masculine, nominative: as a number is read off a ticket or a window). */
export function numberToWordsUk(n: number): string {
  return numberClips(n).map((c) => VOICE_CLIP_TEXTS[c] as string).join(' ');
}

/** How a letter is named aloud: «Р» → «Ер»; a character that is no Ukrainian letter → null. */
export function letterClip(letter: string): { clip: string; text: string } | null {
  const up = letter.toUpperCase();
  return LETTER_CLIPS[LATIN_LOOKALIKES[up] ?? up] ?? null;
}

/**
 * A label made of letters and digit groups as clips: "А015" → letter-a n15, "12А" → n12 letter-a.
 * Leading zeros are not read; a digit group over 999 is read digit by digit; punctuation and
 * letters no clip names are left out (the screen shows them).
 */
export function labelClips(label: string): string[] {
  const clips: string[] = [];
  for (const tok of label.trim().match(/\d+|\p{L}/gu) ?? []) {
    if (/^\d+$/.test(tok)) {
      const n = Number(tok);
      if (n <= 999) clips.push(...numberClips(n));
      else for (const d of tok) clips.push(`n${d}`);
    } else {
      const l = letterClip(tok);
      if (l) clips.push(l.clip);
    }
  }
  return clips;
}

/** «[Повторний виклик.] Талон Ер пʼятнадцять. Підійдіть, будь ласка, до вікна номер три.» as clips. */
export function callClips(ticketNumber: string, windowLabel: string, options: { recall?: boolean } = {}): string[] {
  return [...(options.recall ? ['recall'] : []), 'ticket', ...labelClips(ticketNumber), 'go-to-window', ...labelClips(windowLabel)];
}

/** a phrase's words compared loosely: case, apostrophe variants and punctuation do not matter */
function normalize(text: string): string {
  return text.toLowerCase().replace(/['’`]/g, 'ʼ').replace(/[^\p{L}\p{N}ʼ]+/gu, ' ').trim();
}

let byText: Map<string, string> | null = null;
let longest = 1;

/**
 * A phrase made entirely of the pack's phrases (every call phrase of ui-kit/phrases.ts, the
 * alert and the all-clear) as its clips in order; null when some part has no clip. Longest
 * match first, so «Повторний виклик» is one clip, not two words.
 */
export function phraseClips(text: string): string[] | null {
  if (!byText) {
    byText = new Map(Object.entries(VOICE_CLIP_TEXTS).map(([name, t]) => [normalize(t), name]));
    longest = Math.max(...[...byText.keys()].map((k) => k.split(' ').length));
  }
  const words = normalize(text).split(' ').filter((w) => w !== '');
  const clips: string[] = [];
  for (let i = 0; i < words.length; ) {
    let found = false;
    for (let n = Math.min(longest, words.length - i); n >= 1 && !found; n--) {
      const clip = byText.get(words.slice(i, i + n).join(' '));
      if (clip) {
        clips.push(clip);
        i += n;
        found = true;
      }
    }
    if (!found) return null;
  }
  return clips.length > 0 ? clips : null;
}
