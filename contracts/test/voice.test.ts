// The spoken call as voice-pack clips: Ukrainian numerals 0…999 in the right forms, letters by
// their names, and every clip the builder can ask for exists in the fixed list.
import { describe, expect, it } from 'vitest';
import { callClips, isVoiceClip, labelClips, numberClips, numberToWordsUk, VOICE_CLIP_NAMES, VOICE_CLIP_TEXTS, VoiceClipParams } from '../src/voice';
import { ROUTES } from '../src/routes';

const words = (clips: string[]) => clips.map((c) => VOICE_CLIP_TEXTS[c]).join(' ');

describe('numbers as clips', () => {
  it.each([
    [0, ['n0'], 'нуль'],
    [1, ['n1'], 'один'],
    [2, ['n2'], 'два'],
    [10, ['n10'], 'десять'],
    [11, ['n11'], 'одинадцять'],
    [15, ['n15'], 'пʼятнадцять'],
    [20, ['n20'], 'двадцять'],
    [40, ['n40'], 'сорок'],
    [90, ['n90'], 'девʼяносто'],
    [99, ['n90', 'n9'], 'девʼяносто девʼять'],
    [100, ['n100'], 'сто'],
    [101, ['n100', 'n1'], 'сто один'],
    [112, ['n100', 'n12'], 'сто дванадцять'],
    [123, ['n100', 'n20', 'n3'], 'сто двадцять три'],
    [200, ['n200'], 'двісті'],
    [340, ['n300', 'n40'], 'триста сорок'],
    [405, ['n400', 'n5'], 'чотириста пʼять'],
    [999, ['n900', 'n90', 'n9'], 'девʼятсот девʼяносто девʼять'],
  ])('%i → %j «%s»', (n, clips, spoken) => {
    expect(numberClips(n)).toEqual(clips);
    expect(words(numberClips(n))).toBe(spoken);
    expect(numberToWordsUk(n)).toBe(spoken);
  });

  it('every number 1…999 is made of existing clips, hundreds before tens before units, never «нуль»', () => {
    for (let n = 1; n <= 999; n++) {
      const clips = numberClips(n);
      expect(clips.every(isVoiceClip)).toBe(true);
      const values = clips.map((c) => Number(c.slice(1)));
      // the clips add up to the number and come in falling order
      expect(values.reduce((a, b) => a + b, 0)).toBe(n);
      expect([...values].sort((a, b) => b - a)).toEqual(values);
      expect(clips).not.toContain('n0');
    }
  });

  it('refuses what is not a whole number 0…999', () => {
    for (const n of [-1, 1000, 1.5, Number.NaN]) expect(() => numberClips(n)).toThrow(RangeError);
  });
});

describe('labels and calls as clips', () => {
  it('names letters of ticket prefixes and window labels (Latin look-alikes read as the Cyrillic letter)', () => {
    expect(labelClips('П123')).toEqual(['letter-pe', 'n100', 'n20', 'n3']);
    expect(labelClips('А015')).toEqual(['letter-a', 'n15']);
    expect(labelClips('Р001')).toEqual(['letter-er', 'n1']);
    expect(labelClips('12А')).toEqual(['n12', 'letter-a']);
    expect(labelClips('12-Б')).toEqual(['n12', 'letter-be']);
    expect(labelClips('1234')).toEqual(['n1', 'n2', 'n3', 'n4']);
    // a Latin P typed into a window label looks like «Р» (Ер), not «П»
    expect(labelClips('5P')).toEqual(['n5', 'letter-er']);
    expect(words(labelClips('Щ007'))).toBe('Ща сім');
  });

  it('every Ukrainian letter has a clip', () => {
    for (const l of 'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ') expect(labelClips(l)).toHaveLength(1);
  });

  it('a call: «Талон» letter number «Підійдіть … до вікна номер» window', () => {
    expect(callClips('П123', '10')).toEqual(['ticket', 'letter-pe', 'n100', 'n20', 'n3', 'go-to-window', 'n10']);
    expect(words(callClips('П123', '10'))).toBe('Талон Пе сто двадцять три Підійдіть, будь ласка, до вікна номер десять');
    expect(callClips('Б007', '3', { recall: true })).toEqual(['recall', 'ticket', 'letter-be', 'n7', 'go-to-window', 'n3']);
  });

  it('the clip route accepts only names of the list', () => {
    expect(VoiceClipParams.safeParse({ clip: 'ticket' }).success).toBe(true);
    for (const bad of ['../etc/passwd', 'ticket.wav', 'TICKET', '', 'constructor', '__proto__', 'n1000', 'letter-a/..']) {
      expect(VoiceClipParams.safeParse({ clip: bad }).success).toBe(false);
    }
    // the route table's path names the one parameter this schema checks (apps build clip addresses from the table)
    expect(ROUTES.getVoiceClip.path).toBe('/api/voice/clips/{clip}');
    expect(Object.keys(VoiceClipParams.shape)).toEqual(['clip']);
  });

  it('clip names are plain file names and every text uses the Ukrainian apostrophe', () => {
    for (const n of VOICE_CLIP_NAMES) expect(n).toMatch(/^[a-z0-9-]+$/);
    for (const t of Object.values(VOICE_CLIP_TEXTS)) expect(t).not.toContain("'");
  });
});
