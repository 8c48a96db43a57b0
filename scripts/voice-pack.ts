// Generates the default voice pack (server/voice-pack/uk/*.wav) from the clip list in
// contracts/src/voice.ts with eSpeak NG — the same separate program the server runs for the
// kiosk's «Озвучити» — and trims the silence the engine puts around each phrase, so clips
// joined in order sound like one sentence. The pack is committed: a board works out of the box
// even where the engine cannot run. Run after changing a clip's text:
//   npx tsx scripts/voice-pack.ts [--out <folder>]
// (--out writes elsewhere, e.g. a starting point for a centre's own folder, EQUEUE_VOICE_DIR).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VOICE_CLIP_TEXTS } from '@cherha/contracts';
import { DEFAULT_PACK_DIR } from '../server/src/voice/pack';
import { SpeechService } from '../server/src/voice/speech';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1] as string) : DEFAULT_PACK_DIR;
/** samples quieter than this (of 32767) count as silence at the clip's ends */
const SILENCE = 400;
/** kept around the speech so no consonant is clipped, in ms */
const PAD_MS = 30;

interface Pcm {
  rate: number;
  samples: Int16Array;
}

function readWav(wav: Buffer): Pcm {
  let pos = 12;
  let rate = 0;
  while (pos + 8 <= wav.length) {
    const id = wav.toString('latin1', pos, pos + 4);
    let size = wav.readUInt32LE(pos + 4);
    if (id === 'fmt ') {
      const format = wav.readUInt16LE(pos + 8);
      const channels = wav.readUInt16LE(pos + 10);
      const bits = wav.readUInt16LE(pos + 22);
      if (format !== 1 || channels !== 1 || bits !== 16) throw new Error(`unexpected WAV: format ${format}, ${channels} channels, ${bits} bits`);
      rate = wav.readUInt32LE(pos + 12);
    } else if (id === 'data') {
      // the engine writes while it speaks: a size it could not know is "to the end"
      if (size === 0 || pos + 8 + size > wav.length) size = wav.length - pos - 8;
      const copy = Buffer.from(wav.subarray(pos + 8, pos + 8 + (size - (size % 2))));
      return { rate, samples: new Int16Array(copy.buffer, copy.byteOffset, copy.length / 2) };
    }
    pos += 8 + size + (size % 2);
  }
  throw new Error('WAV without data');
}

function writeWav({ rate, samples }: Pcm): Buffer {
  const data = Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVEfmt ', 8, 'latin1');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'latin1');
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

function trim({ rate, samples }: Pcm): Pcm {
  let start = 0;
  let end = samples.length;
  while (start < end && Math.abs(samples[start] as number) < SILENCE) start++;
  while (end > start && Math.abs(samples[end - 1] as number) < SILENCE) end--;
  const pad = Math.round((rate * PAD_MS) / 1000);
  return { rate, samples: samples.slice(Math.max(0, start - pad), Math.min(samples.length, end + pad)) };
}

async function main(): Promise<void> {
  const speech = new SpeechService(true);
  if (!speech.available) throw new Error('eSpeak NG is not installed (npm install)');
  mkdirSync(out, { recursive: true });
  // a clip removed from the list leaves no stale file behind
  for (const f of readdirSync(out)) if (f.endsWith('.wav')) rmSync(join(out, f));
  let bytes = 0;
  for (const [name, text] of Object.entries(VOICE_CLIP_TEXTS)) {
    const wav = writeWav(trim(readWav(await speech.speak(text, 'uk'))));
    writeFileSync(join(out, `${name}.wav`), wav);
    bytes += wav.length;
  }
  console.log(`${Object.keys(VOICE_CLIP_TEXTS).length} clips, ${(bytes / 1024).toFixed(0)} KB → ${out.replace(`${ROOT}/`, '')}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
