// Sound on the hall board: a chime (WebAudio, no files) then the call spoken by the server's
// voice-pack clips in order (ui-kit/src/voice.ts); the browser's own speech only when the
// server's voice fails. One announcement at a time, never two at once.
import { audioContext, clipUrl, ensureVoiceChecked, playClips, serverVoiceSpeaking, speakWithServer, stopServerVoice, voiceState } from './voice';

const context = audioContext;

/** true when the browser lets us play sound now (autoplay allowed or after a user gesture) */
export function audioAllowed(): boolean {
  const ctx = context();
  return ctx !== null && ctx.state === 'running';
}

/** Call from a click: unlocks WebAudio and speech synthesis (Chromium's autoplay policy). */
export async function unlockAudio(): Promise<boolean> {
  const ctx = context();
  if (ctx && ctx.state !== 'running') {
    try {
      await ctx.resume();
    } catch {
      /* ignore */
    }
  }
  try {
    const u = new SpeechSynthesisUtterance(' ');
    u.volume = 0;
    globalThis.speechSynthesis?.speak(u);
  } catch {
    /* no speech synthesis */
  }
  return ctx !== null && ctx.state === 'running';
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Two soft tones ("ding-dong"), about 1.2 s. */
export async function playChime(): Promise<void> {
  const ctx = context();
  if (!ctx || ctx.state !== 'running') return;
  const now = ctx.currentTime;
  const notes: [number, number][] = [
    [880, 0],
    [660, 0.45],
  ];
  for (const [freq, at] of notes) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, now + at);
    gain.gain.exponentialRampToValueAtTime(0.5, now + at + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + at + 0.7);
    osc.connect(gain).connect(ctx.destination);
    osc.start(now + at);
    osc.stop(now + at + 0.75);
  }
  await sleep(1250);
}

function pickVoice(lang: string): SpeechSynthesisVoice | null {
  const voices = globalThis.speechSynthesis?.getVoices() ?? [];
  const base = lang.slice(0, 2).toLowerCase();
  return voices.find((v) => v.lang.toLowerCase() === lang.toLowerCase()) ?? voices.find((v) => v.lang.toLowerCase().startsWith(base)) ?? null;
}

/** Speak and resolve when done (or after a time limit, as some engines never fire "end"). */
export function speak(text: string, lang = 'uk-UA', rate = 0.9): Promise<void> {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return Promise.resolve();
  return new Promise<void>((resolve) => {
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang;
    u.rate = rate;
    const voice = pickVoice(lang);
    if (voice) u.voice = voice;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve();
    };
    // an engine that stalls would keep this utterance queued and later speak a burst of
    // old calls: past the time limit it is cancelled
    const timer = setTimeout(() => {
      if (!done) synth.cancel();
      finish();
    }, 2000 + text.length * 120);
    u.onend = finish;
    u.onerror = finish;
    synth.speak(u);
  });
}

/** Stops whatever is being said: the server's voice and the browser's. */
export function stopSpeaking(): void {
  stopServerVoice();
  globalThis.speechSynthesis?.cancel();
}

export function isSpeaking(): boolean {
  return serverVoiceSpeaking() || (globalThis.speechSynthesis?.speaking ?? false);
}

/**
 * Reads arbitrary text aloud (the kiosk's «Озвучити»): the server's voice, so it works on a
 * PC without speech voices; the browser's speech only if the server cannot. `token`: the
 * device's (speech is for paired screens and staff).
 */
export async function speakText(text: string, lang = 'uk-UA', token: string | null = null): Promise<void> {
  ensureVoiceChecked();
  if (voiceState().text === 'server' || voiceState().text === 'checking') {
    try {
      await speakWithServer(text, lang.toLowerCase().startsWith('en') ? 'en' : 'uk', token);
      return;
    } catch {
      /* the server could not read it: the browser's voice, if it has one */
    }
  }
  await speak(text, lang, 0.9);
}

export interface Announcement {
  /** what is said (the browser's speech reads this when the server's clips fail) */
  text: string;
  /**
   * the voice-pack clips to play, their addresses in order (callClips(…).map(clipUrl));
   * left out, a text made of the pack's phrases (every call, the alert) finds its clips itself
   */
  clips?: readonly string[];
  lang?: string;
  chime?: boolean;
}

/** Plays announcements strictly one after another. */
export class AnnouncementQueue {
  private queue: Announcement[] = [];
  private running = false;

  constructor(private readonly maxQueued = 10) {
    ensureVoiceChecked();
  }

  enqueue(a: Announcement): void {
    this.queue.push(a);
    // during a burst keep the newest calls; old ones are on the screen anyway
    while (this.queue.length > this.maxQueued) this.queue.shift();
    void this.run();
  }

  clear(): void {
    this.queue = [];
    stopSpeaking();
  }

  /** what says the announcements now */
  get mode() {
    return voiceState().calls;
  }

  /** Something more urgent than every queued call (an air-raid alert): drop them, speak this now. */
  interrupt(a: Announcement): void {
    this.queue = [a];
    stopSpeaking();
    void this.run();
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        if (next.chime !== false) await playChime();
        await this.say(next);
        await sleep(400);
      }
    } finally {
      this.running = false;
    }
  }

  private async say(a: Announcement): Promise<void> {
    const mode = voiceState().calls;
    if (mode === 'server' || mode === 'checking') {
      try {
        // loaded on first use: the phone ticket page imports this file for its chime only
        const { phraseClips } = await import('@cherha/contracts/voice-clips');
        const clips = a.clips ?? phraseClips(a.text)?.map(clipUrl);
        if (clips && clips.length > 0) {
          announced(a.text, 'server');
          await playClips(clips);
          return;
        }
      } catch {
        /* a clip could not be played: the browser's voice says it, if there is one */
      }
    }
    announced(a.text, 'browser');
    await speak(a.text, a.lang ?? 'uk-UA');
  }
}

/**
 * Each announcement as it starts, as a window event `cherha:announce` ({ text, via }): what
 * the hall hears, observable without audio (browser tests record it; a technician can log it).
 */
function announced(text: string, via: 'server' | 'browser'): void {
  try {
    globalThis.dispatchEvent?.(new CustomEvent('cherha:announce', { detail: { text, via } }));
  } catch {
    /* no CustomEvent: nothing to tell */
  }
}
