// SPDX-License-Identifier: GPL-3.0-or-later
// A separate program, run by the server as a child process (never imported into it): eSpeak NG
// (the npm package `espeak-ng`, GPL-3.0-or-later, compiled to WebAssembly, every voice inside
// the package: nothing is downloaded) turns text into a WAV file.
//   node espeak-child.mjs <voice> <words-per-minute>   text on stdin (UTF-8) → WAV on stdout
// The text goes through a file of the engine's own in-memory file system, never through its
// command line, so a text starting with "-" is still only text.
import ESpeakNg from 'espeak-ng';

const VOICES = new Set(['uk', 'en']);

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  const [voice = '', speed = '150'] = process.argv.slice(2);
  if (!VOICES.has(voice) || !/^\d{2,3}$/.test(speed)) {
    process.stderr.write('usage: espeak-child.mjs uk|en <words per minute> < text\n');
    return 2;
  }
  const text = await readStdin();
  const engine = await ESpeakNg({
    arguments: ['-v', voice, '-s', speed, '-f', '/in.txt', '-w', '/out.wav'],
    preRun: [(m) => m.FS.writeFile('/in.txt', text)],
    // the engine's own chatter is not ours to print
    print: () => undefined,
    printErr: () => undefined,
  });
  const wav = engine.FS.readFile('/out.wav');
  await new Promise((resolve, reject) => process.stdout.write(wav, (err) => (err ? reject(err) : resolve(undefined))));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
