// How the kiosk's text is cut for the server's speech: pieces small enough to start sounding
// soon, cut where a reader pauses, nothing lost, nothing empty.
import { describe, expect, it } from 'vitest';
import { splitForSpeech } from '../src/voice';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('splitForSpeech', () => {
  it('a short text is one piece', () => {
    expect(splitForSpeech('  Оберіть послугу.\n Паспорт громадянина України. ')).toEqual(['Оберіть послугу. Паспорт громадянина України.']);
  });

  it('a long screen is cut at sentence or clause ends into pieces of at most 300 characters, losing nothing', () => {
    const services = Array.from({ length: 40 }, (_, i) => `Послуга ${i + 1}: видача довідки про реєстрацію місця проживання`).join('. ');
    const pieces = splitForSpeech(services);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(300);
      expect(p).toMatch(/[.,;!?]$|проживання$/);
    }
    expect(norm(pieces.join(' '))).toBe(norm(services));
  });

  it('a text without any pause is still cut, at spaces, or hard when there are none', () => {
    const words = Array.from({ length: 200 }, () => 'слово').join(' ');
    const pieces = splitForSpeech(words);
    expect(pieces.every((p) => p.length <= 300 && !p.startsWith(' ') && !p.endsWith(' '))).toBe(true);
    expect(pieces.join(' ')).toBe(words);
    const blob = 'ж'.repeat(700);
    expect(splitForSpeech(blob)).toEqual(['ж'.repeat(300), 'ж'.repeat(300), 'ж'.repeat(100)]);
  });

  it('pieces with nothing to say (only punctuation or arrows) are dropped', () => {
    expect(splitForSpeech(' , . — → ')).toEqual([]);
    expect(splitForSpeech('')).toEqual([]);
  });
});
