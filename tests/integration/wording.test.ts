// The words visitors and staff read, checked in the source of every screen and message:
// one apostrophe (ʼ, U+02BC, as Ukrainian orthography has it), «неправильний» rather than the
// calque «невірний», one term for pairing («код підключення»), and a real dash, not a hyphen
// between spaces. A string that breaks a rule fails with its file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** where the words people read are written */
const SOURCES = ['contracts/src', 'server/src', 'printer/src', 'ui-kit/src', 'kiosk-ui/src', 'board-ui/src', 'operator-ui/src', 'ticket-ui/src', 'booking-ui/src'];
/**
 * Text handed to a speech engine, not shown: the engines read the ASCII apostrophe reliably
 * (espeak-ng pronounces «пʼять» with U+02BC as a pause), so spoken phrases keep it.
 */
const SPOKEN = [/ui-kit\/src\/phrases\.ts$/, /server\/src\/voice\//];

function files(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return []; // an app that does not exist (yet)
  }
  return entries.flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** the quoted string literals of a line (enough for our sources: one line per message) */
function literals(line: string): string[] {
  return [...line.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const RULES: { name: string; bad: RegExp; spokenOk?: boolean }[] = [
  { name: 'апостроф: ʼ (U+02BC), не \' чи ’', bad: /\p{Script=Cyrillic}['’]\p{Script=Cyrillic}/u, spokenOk: true },
  { name: '«неправильний», не «невірний»', bad: /невірн/iu },
  { name: '«код підключення», не «сполучення»', bad: /сполучен|спарован/iu },
  { name: 'тире « — », не дефіс між пробілами', bad: /\p{Script=Cyrillic}[»,.]? - \p{Script=Cyrillic}/u },
];

describe('the words on screens, tickets and in messages', () => {
  const all = SOURCES.flatMap((d) => files(join(ROOT, d)));
  it('finds the sources it checks', () => {
    expect(all.length).toBeGreaterThan(50);
  });
  for (const rule of RULES) {
    it(rule.name, () => {
      const found: string[] = [];
      for (const file of all) {
        const rel = relative(ROOT, file);
        if (rule.spokenOk && SPOKEN.some((re) => re.test(rel))) continue;
        readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
          if (/^\s*(\/\/|\*|\/\*)/.test(line)) return; // comments are read by maintainers, not shown
          // the apostrophe in a single-quoted literal ends it: look at the whole line for that rule
          const texts = rule.spokenOk ? [line] : literals(line);
          if (texts.some((t) => rule.bad.test(t))) found.push(`${rel}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
      }
      expect(found).toEqual([]);
    });
  }
});
