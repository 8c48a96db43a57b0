import { describe, expect, it } from 'vitest';
import { callClips, phraseClips } from '@cherha/contracts/voice-clips';
import { ALERT_PHRASE_UK, ALL_CLEAR_PHRASE_UK, letterNameUk, numberToWordsUk, spellLabelUk, ticketCallPhraseEn, ticketCallPhraseUk, ticketCallText } from '../src/phrases';

describe('numberToWordsUk', () => {
  it.each([
    [0, 'нуль'],
    [1, 'один'],
    [2, 'два'],
    [5, 'пʼять'],
    [9, 'девʼять'],
    [10, 'десять'],
    [11, 'одинадцять'],
    [15, 'пʼятнадцять'],
    [19, 'девʼятнадцять'],
    [20, 'двадцять'],
    [21, 'двадцять один'],
    [40, 'сорок'],
    [42, 'сорок два'],
    [90, 'девʼяносто'],
    [99, 'девʼяносто девʼять'],
    [100, 'сто'],
    [101, 'сто один'],
    [110, 'сто десять'],
    [115, 'сто пʼятнадцять'],
    [200, 'двісті'],
    [305, 'триста пʼять'],
    [470, 'чотириста сімдесят'],
    [512, 'пʼятсот дванадцять'],
    [999, 'девʼятсот девʼяносто девʼять'],
  ])('%i → %s', (n, words) => {
    expect(numberToWordsUk(n)).toBe(words);
  });

  it('rejects numbers outside 0…999', () => {
    expect(() => numberToWordsUk(1000)).toThrow(RangeError);
    expect(() => numberToWordsUk(-1)).toThrow(RangeError);
    expect(() => numberToWordsUk(1.5)).toThrow(RangeError);
  });

  it('has words for every number 1…999 without gaps or doubled spaces', () => {
    for (let n = 1; n <= 999; n += 1) {
      const w = numberToWordsUk(n);
      expect(w).toMatch(/^[а-яіїєґʼ ]+$/);
      expect(w).not.toMatch(/ {2}|^ | $/);
      expect(w).not.toContain('нуль');
    }
  });
});

describe('letters and labels', () => {
  it('names every ticket prefix letter', () => {
    const prefixes = ['А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж', 'К', 'Л', 'М', 'Н', 'П', 'Р', 'С', 'Т', 'Ф', 'Х', 'Ц', 'Ш'];
    const names = prefixes.map(letterNameUk);
    expect(names).toEqual(['А', 'Бе', 'Ве', 'Ге', 'Де', 'Е', 'Же', 'Ка', 'Ель', 'Ем', 'Ен', 'Пе', 'Ер', 'Ес', 'Те', 'Еф', 'Ха', 'Це', 'Ша']);
  });

  it('reads ticket numbers without leading zeros', () => {
    expect(spellLabelUk('А015')).toBe('А пʼятнадцять');
    expect(spellLabelUk('Б003')).toBe('Бе три');
    expect(spellLabelUk('К100')).toBe('Ка сто');
    expect(spellLabelUk('Л999')).toBe('Ель девʼятсот девʼяносто девʼять');
  });

  it('reads window labels with letters', () => {
    expect(spellLabelUk('3')).toBe('три');
    expect(spellLabelUk('12А')).toBe('дванадцять А');
    expect(spellLabelUk('12-Б')).toBe('дванадцять Бе');
    expect(spellLabelUk('1234')).toBe('один два три чотири');
  });
});

describe('call phrases', () => {
  it('builds the Ukrainian announcement', () => {
    expect(ticketCallPhraseUk('А015', '3')).toBe('Талон А пʼятнадцять. Підійдіть, будь ласка, до вікна номер три.');
    expect(ticketCallPhraseUk('Ш001', '21')).toBe('Талон Ша один. Підійдіть, будь ласка, до вікна номер двадцять один.');
  });

  it('says «Повторний виклик» on a recall', () => {
    expect(ticketCallPhraseUk('Б007', '10', { recall: true })).toBe('Повторний виклик. Талон Бе сім. Підійдіть, будь ласка, до вікна номер десять.');
  });

  it('has an English variant and screen text', () => {
    expect(ticketCallPhraseEn('А015', '3')).toBe('Ticket А 15, please go to window 3.');
    expect(ticketCallText('А015', '3', 'uk')).toBe('Талон А015 — вікно 3');
    expect(ticketCallText('А015', '3', 'en', true)).toBe('Repeated call: Ticket А015 — window 3');
  });
});

describe('call phrases and the voice pack', () => {
  it('every spoken call is made of the pack’s clips, in the order of callClips', () => {
    const prefixes = ['А', 'Б', 'В', 'П', 'Р', 'Щ', 'Ь', 'Ї', 'Є'];
    for (const p of prefixes) {
      for (const n of [0, 1, 7, 10, 15, 20, 42, 99, 100, 101, 115, 200, 340, 512, 999]) {
        const number = `${p}${String(n).padStart(3, '0')}`;
        for (const w of ['1', '10', '12А', '21', '100']) {
          for (const recall of [false, true]) {
            expect(phraseClips(ticketCallPhraseUk(number, w, { recall })), `${number} → ${w}`).toEqual(callClips(number, w, { recall }));
          }
        }
      }
    }
  });

  it('the alert and the all-clear are one clip each; a phrase the pack cannot say has no clips', () => {
    expect(phraseClips(ALERT_PHRASE_UK)).toEqual(['alert']);
    expect(phraseClips(ALL_CLEAR_PHRASE_UK)).toEqual(['all-clear']);
    expect(phraseClips('Талон А один. Підійдіть до каси.')).toBeNull();
    expect(phraseClips('   ')).toBeNull();
    // apostrophes of any kind and letter case do not matter
    expect(phraseClips("талон пе П'ЯТЬ")).toEqual(['ticket', 'letter-pe', 'n5']);
  });
});
