// Every app talks to the REST API through the typed client (ui-kit/src/client.ts), which takes
// method and path from the route table and the answer's type from its schema. A hand-written
// path ('/api/…'), a bare fetch or the client's untyped core outside ui-kit would bring back
// answers asserted by hand: each fails here with its file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const APPS = ['kiosk-ui/src', 'board-ui/src', 'operator-ui/src', 'ticket-ui/src', 'booking-ui/src', 'ui-kit/src'];
/** where a request may really be sent: the client's core, and the speech fetch (a WAV, its address from apiUrl) */
const SENDERS = new Set(['ui-kit/src/api.ts', 'ui-kit/src/voice.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const RULES: { name: string; bad: RegExp; allowed?: (file: string) => boolean }[] = [
  { name: 'a hand-written API path (use api()/apiUrl() with an operationId)', bad: /['"`]\/api\// },
  { name: 'a request sent by hand (use the typed client)', bad: /\bfetch\(|XMLHttpRequest|\bapiFetch\b/, allowed: (f) => SENDERS.has(f) },
  { name: 'the client\'s untyped core outside ui-kit', bad: /\bsendJson\b/, allowed: (f) => f.startsWith('ui-kit/src/') },
];

it('no app builds an API path or sends a request outside the typed client', () => {
  const found: string[] = [];
  for (const dir of APPS) {
    for (const path of files(join(ROOT, dir))) {
      const file = relative(ROOT, path);
      readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return; // comments may name paths
        for (const r of RULES) if (r.bad.test(line) && !r.allowed?.(file)) found.push(`${file}:${i + 1}: ${r.name}: ${line.trim().slice(0, 120)}`);
      });
    }
  }
  expect(found).toEqual([]);
});
