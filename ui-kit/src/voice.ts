// The server's voice in the browser: which voice a screen has now (the server's clips and
// speech, the browser's own speechSynthesis, or none), clips played strictly in order with
// HTMLAudioElement, and arbitrary text read by the server (WebAudio: a CSP-safe way to play
// bytes fetched with the device token). A board on Debian's Chromium has no system voices:
// the server's voice is what makes it speak; the status says plainly when nothing can.
// No React and no zod here: the phone ticket page imports the announcer (for its chime) and
// must stay small; the typed client (./client) carries only the route table, no schemas.
import type { VoiceLanguage, VoiceStatus } from '@cherha/contracts';
import { api, apiUrl } from './client';

/** server: the server's clips / speech; browser: speechSynthesis has a voice; none: only the screen and the chime */
export type VoiceMode = 'checking' | 'server' | 'browser' | 'none';

export interface VoiceState {
  /** what speaks the board's calls and alerts */
  calls: VoiceMode;
  /** what reads arbitrary text (the kiosk's «Озвучити») */
  text: VoiceMode;
}

let server: VoiceStatus | null = null;
let checked = false;
/** a clip or a speech request failed: the server's voice is not used until the next check */
let clipsFailed = false;
let speechFailed = false;
let state: VoiceState = { calls: 'checking', text: 'checking' };
const listeners = new Set<() => void>();
let recheckTimer: ReturnType<typeof setTimeout> | null = null;
/** after a failure the server is asked again this often (a server restart must not leave a board mute for days) */
const RECHECK_MS = 30_000;

function browserHasVoice(lang: string): boolean {
  const voices = globalThis.speechSynthesis?.getVoices() ?? [];
  const base = lang.slice(0, 2).toLowerCase();
  return voices.some((v) => v.lang.toLowerCase().startsWith(base));
}

function recompute(): void {
  const fallback = (lang: string): VoiceMode => (browserHasVoice(lang) ? 'browser' : 'none');
  const next: VoiceState = checked
    ? {
        calls: server?.clips.available && !clipsFailed ? 'server' : fallback('uk'),
        text: server?.speech.available && !speechFailed ? 'server' : fallback('uk'),
      }
    : { calls: 'checking', text: 'checking' };
  if (next.calls === state.calls && next.text === state.text) return;
  state = next;
  for (const l of listeners) l();
}

function scheduleRecheck(): void {
  if (recheckTimer !== null) return;
  recheckTimer = setTimeout(() => {
    recheckTimer = null;
    void checkVoice();
  }, RECHECK_MS);
}

/** Asks the server what voice it has (the board and the kiosk call this once at start; failures re-ask by themselves). */
export async function checkVoice(): Promise<VoiceState> {
  try {
    server = await api('getVoiceStatus', {});
    clipsFailed = false;
    speechFailed = false;
  } catch {
    server = null;
    scheduleRecheck();
  }
  checked = true;
  recompute();
  return state;
}

export function voiceState(): VoiceState {
  return state;
}

/** for React screens (ui-kit/src/voiceStatus.ts): called on every change of the state */
export function subscribeVoice(l: () => void): () => void {
  listeners.add(l);
  // browsers fill their voice list late (and Chromium on Linux may never)
  globalThis.speechSynthesis?.addEventListener?.('voiceschanged', recompute);
  return () => {
    listeners.delete(l);
    if (listeners.size === 0) globalThis.speechSynthesis?.removeEventListener?.('voiceschanged', recompute);
  };
}

let checkStarted = false;
/** asks the server once (the first screen or queue that needs to know) */
export function ensureVoiceChecked(): void {
  if (checkStarted) return;
  checkStarted = true;
  void checkVoice();
}

// ---- playback ---------------------------------------------------------------------------

/** what is sounding now (a clip sequence or a text), so an alert can cut it at once */
let stopCurrent: (() => void) | null = null;

export function stopServerVoice(): void {
  const stop = stopCurrent;
  stopCurrent = null;
  stop?.();
}

export function serverVoiceSpeaking(): boolean {
  return stopCurrent !== null;
}

class Stopped extends Error {}
/** the browser refused to play without a user gesture: not the server's fault */
const isAutoplayRefusal = (err: unknown) => err instanceof DOMException && err.name === 'NotAllowedError';
/** a clip that neither ends nor fails in this long is given up (a stalled connection) */
const CLIP_LIMIT_MS = 20_000;

function playOne(audio: HTMLAudioElement, onStop: (stop: () => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = (err?: unknown) => {
      clearTimeout(timer);
      audio.onended = null;
      audio.onerror = null;
      if (err === undefined) resolve();
      else reject(err);
    };
    const timer = setTimeout(() => done(new Error('clip stalled')), CLIP_LIMIT_MS);
    audio.onended = () => done();
    audio.onerror = () => done(new Error(`clip failed: ${audio.src}`));
    onStop(() => {
      audio.pause();
      done(new Stopped());
    });
    audio.play().catch((err: unknown) => done(err));
  });
}

/** The address of one clip of the voice pack (an <audio> fetches it: public, no token). */
export const clipUrl = (clip: string): string => apiUrl('getVoiceClip', { params: { clip } });

/**
 * Plays the clips (their addresses, clipUrl) one after another, each only after
 * the one before has ended (all are loaded at once, so there is no gap to fetch the next).
 * Resolves when the last has ended or the playback was stopped; rejects when one cannot be played.
 */
export async function playClips(urls: readonly string[]): Promise<void> {
  stopServerVoice();
  const audios = urls.map((url) => {
    const a = new Audio();
    a.preload = 'auto';
    a.src = url;
    return a;
  });
  let stopped = false;
  try {
    for (const a of audios) {
      if (stopped) return;
      await playOne(a, (stop) => {
        stopCurrent = () => {
          stopped = true;
          stop();
        };
      });
    }
  } catch (err) {
    if (err instanceof Stopped) return;
    if (!isAutoplayRefusal(err)) {
      clipsFailed = true;
      recompute();
      scheduleRecheck();
    }
    throw err;
  } finally {
    if (!stopped) stopCurrent = null;
    for (const a of audios) a.removeAttribute('src');
  }
}

// ---- arbitrary text ---------------------------------------------------------------------

/** pieces of at most this many characters, cut at sentence or clause ends: the first starts sounding sooner */
const PIECE = 300;

export function splitForSpeech(text: string, max = PIECE): string[] {
  const pieces: string[] = [];
  let rest = text.replace(/\s+/g, ' ').trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('; '), window.lastIndexOf(', '));
    const at = cut > max / 3 ? cut + 1 : window.lastIndexOf(' ') > max / 3 ? window.lastIndexOf(' ') : max;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces.filter((p) => /[\p{L}\p{N}]/u.test(p));
}

let audioCtx: AudioContext | null = null;

/** The page's one WebAudio context (the chime and the server's speech share it, and one unlock). */
export function audioContext(): AudioContext | null {
  if (audioCtx) return audioCtx;
  const Ctor = globalThis.AudioContext ?? (globalThis as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return null;
  try {
    audioCtx = new Ctor();
  } catch {
    audioCtx = null;
  }
  return audioCtx;
}

async function fetchSpeech(text: string, lang: VoiceLanguage, token: string | null): Promise<ArrayBuffer> {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  // a WAV, not JSON: fetched by its address (with the device's token) and decoded by WebAudio
  const res = await fetch(apiUrl('getSpeech', { query: { lang, text } }), { headers, credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.arrayBuffer();
}

/**
 * Reads the text with the server's voice (pieces fetched ahead while the one before plays).
 * Resolves when it has been read or stopped; rejects when the server could not read it.
 * Call from a tap (the browser then lets it sound).
 */
export async function speakWithServer(text: string, lang: VoiceLanguage, token: string | null): Promise<void> {
  stopServerVoice();
  const ctx = audioContext();
  if (!ctx) throw new Error('no WebAudio');
  if (ctx.state !== 'running') await ctx.resume().catch(() => undefined);
  let stopped = false;
  let source: AudioBufferSourceNode | null = null;
  const stop = () => {
    stopped = true;
    try {
      source?.stop();
    } catch {
      /* not started */
    }
  };
  stopCurrent = stop;
  const pieces = splitForSpeech(text);
  try {
    let next = pieces.length > 0 ? fetchSpeech(pieces[0] as string, lang, token) : null;
    for (let i = 0; i < pieces.length && next && !stopped; i++) {
      const bytes = await next;
      next = i + 1 < pieces.length ? fetchSpeech(pieces[i + 1] as string, lang, token) : null;
      // (a piece still being fetched when stopped is simply dropped)
      next?.catch(() => undefined);
      if (stopped) break;
      const buffer = await ctx.decodeAudioData(bytes);
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const s = ctx.createBufferSource();
        source = s;
        s.buffer = buffer;
        s.connect(ctx.destination);
        s.onended = () => resolve();
        s.start();
      });
    }
  } catch (err) {
    // stopped by the visitor (or an alert): nothing failed, nothing else must start speaking
    if (stopped) return;
    speechFailed = true;
    recompute();
    scheduleRecheck();
    throw err;
  } finally {
    if (stopCurrent === stop) stopCurrent = null;
  }
}
