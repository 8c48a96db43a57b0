// Arbitrary text read aloud by the server (the kiosk's «Озвучити»: service names no clip pack
// can hold). eSpeak NG is GPL-3.0: it runs as a separate program (espeak-child.mjs, a child
// process of its own), so nothing GPL is linked into the server. Bounded: text length (the
// route's schema), two syntheses at a time, a short queue, a time limit per synthesis, and a
// cache of recent results by bytes (the kiosk reads the same screens over and over).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VoiceLanguage } from '@cherha/contracts';
import { DomainError } from '../errors';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'espeak-child.mjs');
const PARALLEL = 2;
const MAX_WAITING = 8;
const TIME_LIMIT_MS = 20_000;
const CACHE_BYTES = 32 * 1024 * 1024;
/** words per minute: a little slower than eSpeak's 175, for a hall and for older visitors */
const SPEED: Record<VoiceLanguage, number> = { uk: 140, en: 150 };
export const SPEECH_ENGINE = 'eSpeak NG';

/** whether the engine's package is installed (it is a dependency of the server; a trimmed install may lack it) */
function engineInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('espeak-ng');
    return existsSync(CHILD);
  } catch {
    return false;
  }
}

export class SpeechService {
  readonly available: boolean;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly cache = new Map<string, Buffer>();
  private cachedBytes = 0;

  constructor(enabled: boolean) {
    this.available = enabled && engineInstalled();
  }

  /** WAV bytes of the text spoken in that language. */
  async speak(text: string, lang: VoiceLanguage): Promise<Buffer> {
    if (!this.available) throw new DomainError('NOT_FOUND', 'Озвучення тексту на сервері вимкнене або недоступне');
    const key = createHash('sha256').update(`${lang}\n${text}`).digest('base64url');
    const hit = this.cache.get(key);
    if (hit) {
      // most recently used last: the oldest is dropped first
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    await this.slot();
    try {
      const wav = await synthesize(text, lang);
      this.remember(key, wav);
      return wav;
    } finally {
      // the slot passes straight to the next in line, so a newcomer cannot slip in between
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  private async slot(): Promise<void> {
    if (this.running < PARALLEL) {
      this.running += 1;
      return;
    }
    if (this.waiting.length >= MAX_WAITING) throw new DomainError('RATE_LIMITED', 'Озвучення зараз зайняте — спробуйте ще раз за кілька секунд');
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private remember(key: string, wav: Buffer): void {
    if (wav.length > CACHE_BYTES / 4) return;
    this.cache.set(key, wav);
    this.cachedBytes += wav.length;
    for (const [k, v] of this.cache) {
      if (this.cachedBytes <= CACHE_BYTES) break;
      this.cache.delete(k);
      this.cachedBytes -= v.length;
    }
  }
}

function synthesize(text: string, lang: VoiceLanguage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, lang, String(SPEED[lang])], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), TIME_LIMIT_MS);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => {
      if (err.length < 2000) err += c.toString('utf8');
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new DomainError('INTERNAL', `Не вдалося запустити озвучення: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wav = Buffer.concat(out);
      if (code === 0 && wav.length > 44 && wav.subarray(0, 4).toString('latin1') === 'RIFF') resolve(wav);
      else reject(new DomainError('INTERNAL', `Озвучення не вдалося (${signal ?? `код ${code}`}${err ? `: ${err.trim().slice(0, 200)}` : ''})`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(text, 'utf8');
  });
}
