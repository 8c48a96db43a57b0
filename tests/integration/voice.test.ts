// The server's voice over real HTTP: the default clip pack, a centre's own clips replacing
// it by name (and nothing else in the folder ever served), speech of arbitrary text by
// eSpeak NG in a child process, who may ask for what.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOICE_CLIP_NAMES } from '@cherha/contracts';
import { DISPLAY, KIOSK, PASSWORDS, startHarness, type Harness } from '../src/harness';

async function get(h: Harness, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(h.base + path, { headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', etag: res.headers.get('etag'), bytes: Buffer.from(await res.arrayBuffer()) };
}
const isWav = (b: Buffer) => b.length > 44 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WAVE';
/** a WAV's length in seconds (16-bit mono, as the engine writes) */
const seconds = (b: Buffer) => (b.length - 44) / 2 / b.readUInt32LE(24);

describe('voice: default pack and speech', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it('says publicly that clips and speech are there', async () => {
    const r = await h.http('GET', '/api/voice/status');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ clips: { available: true, total: VOICE_CLIP_NAMES.length, custom: 0 }, speech: { available: true, engine: 'eSpeak NG' } });
  });

  it('serves every clip of the list from the default pack as WAV, with a validator for cheap repeats', async () => {
    for (const name of VOICE_CLIP_NAMES) {
      const r = await get(h, `/api/voice/clips/${name}`);
      expect(r.status, name).toBe(200);
      expect(r.type).toBe('audio/wav');
      expect(isWav(r.bytes), name).toBe(true);
      // trimmed, but a real phrase: more than a tenth of a second of sound
      expect(seconds(r.bytes), name).toBeGreaterThan(0.1);
    }
    const first = await get(h, '/api/voice/clips/ticket');
    const again = await get(h, '/api/voice/clips/ticket', { 'if-none-match': first.etag ?? '' });
    expect(again.status).toBe(304);
  });

  it('refuses any clip name outside the list, paths included, with a Ukrainian message', async () => {
    for (const bad of ['nope', 'ticket.wav', '..%2F..%2Fpackage.json', '..%5C..%5Cpackage.json', 'n1000', 'TICKET']) {
      const r = await h.http('GET', `/api/voice/clips/${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION');
    }
    // (an encoded «..» is resolved by the URL itself: another address, not a file)
    expect((await h.http('GET', '/api/voice/clips/%2E%2E')).status).toBe(404);
    const r = await h.http('GET', '/api/voice/clips/nope');
    expect(r.body.error.message).toMatch(/Такого фрагмента голосу немає/);
  });

  it('reads arbitrary text for a paired kiosk or board and for staff; nobody else', async () => {
    const text = encodeURIComponent('Довідка про несудимість. Реєстрація місця проживання.');
    const kiosk = await get(h, `/api/voice/speech?lang=uk&text=${text}`, { authorization: `Bearer ${KIOSK}` });
    expect(kiosk.status).toBe(200);
    expect(kiosk.type).toBe('audio/wav');
    expect(isWav(kiosk.bytes)).toBe(true);
    expect(seconds(kiosk.bytes)).toBeGreaterThan(1);
    const board = await get(h, `/api/voice/speech?lang=en&text=${encodeURIComponent('Read aloud')}`, { authorization: `Bearer ${DISPLAY}` });
    expect(board.status).toBe(200);
    const cookie = await h.login('operator1', PASSWORDS.operator1!);
    expect((await get(h, `/api/voice/speech?text=${text}`, { cookie })).status).toBe(200);
    expect((await h.http('GET', `/api/voice/speech?text=${text}`)).status).toBe(401);
  });

  it('a text that looks like an option of the engine is still only read', async () => {
    const r = await get(h, `/api/voice/speech?text=${encodeURIComponent('-w /tmp/x --help')}`, { authorization: `Bearer ${KIOSK}` });
    expect(r.status).toBe(200);
    expect(isWav(r.bytes)).toBe(true);
  });

  it('the same text twice is one synthesis (same bytes from the cache)', async () => {
    const q = `/api/voice/speech?text=${encodeURIComponent('Талон номер сорок два')}`;
    const a = await get(h, q, { authorization: `Bearer ${KIOSK}` });
    const b = await get(h, q, { authorization: `Bearer ${KIOSK}` });
    expect(b.bytes.equals(a.bytes)).toBe(true);
  });

  it('refuses an empty or too long text and an unknown language', async () => {
    const auth = { token: KIOSK };
    expect((await h.http('GET', '/api/voice/speech?text=', auth)).status).toBe(400);
    expect((await h.http('GET', `/api/voice/speech?text=${'а'.repeat(1501)}`, auth)).body.error.message).toMatch(/не довше 1500/);
    expect((await h.http('GET', '/api/voice/speech?text=abc&lang=de', auth)).status).toBe(400);
    expect((await h.http('GET', '/api/voice/speech?text=abc&extra=1', auth)).status).toBe(400);
  });

  it('the pack clip by clip for admins only', async () => {
    expect((await h.http('GET', '/api/voice/pack')).status).toBe(401);
    const op = await h.login('operator1', PASSWORDS.operator1!);
    expect((await h.http('GET', '/api/voice/pack', { cookie: op })).status).toBe(403);
    const admin = await h.login('admin', PASSWORDS.admin!);
    const r = await h.http('GET', '/api/voice/pack', { cookie: admin });
    expect(r.status).toBe(200);
    expect(r.body.customDir).toBeNull();
    expect(r.body.clips).toHaveLength(VOICE_CLIP_NAMES.length);
    expect(r.body.clips.find((c: { name: string }) => c.name === 'go-to-window')).toEqual({ name: 'go-to-window', text: 'Підійдіть, будь ласка, до вікна номер', source: 'default', format: 'wav' });
  });
});

describe('voice: a centre’s own clips, speech switched off', () => {
  let h: Harness;
  let dir: string;
  const own = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVE'), Buffer.alloc(64, 1)]);
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cherha-voice-'));
    writeFileSync(join(dir, 'ticket.wav'), own);
    writeFileSync(join(dir, 'n7.mp3'), Buffer.from('ID3 fake mp3 bytes'));
    // not clips: never served, never counted
    writeFileSync(join(dir, 'secret.wav'), Buffer.from('RIFF secret'));
    writeFileSync(join(dir, 'n8.txt'), 'not audio');
    writeFileSync(join(dir, 'n9.wav'), Buffer.alloc(0));
    symlinkSync('/etc', join(dir, 'n10.wav'));
    h = await startHarness({ config: { voiceDir: dir, voiceSynthesis: false } });
  });
  afterAll(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the centre’s clip by name over the default, in its own format; the rest from the default pack', async () => {
    const t = await get(h, '/api/voice/clips/ticket');
    expect(t.status).toBe(200);
    expect(t.bytes.equals(own)).toBe(true);
    const seven = await get(h, '/api/voice/clips/n7');
    expect(seven.type).toBe('audio/mpeg');
    expect(seven.bytes.toString()).toBe('ID3 fake mp3 bytes');
    // an empty file and a folder named like a clip do not replace the default
    for (const name of ['n9', 'n10', 'n8']) {
      const r = await get(h, `/api/voice/clips/${name}`);
      expect(r.status).toBe(200);
      expect(isWav(r.bytes), name).toBe(true);
    }
    expect((await h.http('GET', '/api/voice/clips/secret')).status).toBe(400);
  });

  it('status and the admin view tell which clips are the centre’s and that speech is off', async () => {
    const s = await h.http('GET', '/api/voice/status');
    expect(s.body).toEqual({ clips: { available: true, total: VOICE_CLIP_NAMES.length, custom: 2 }, speech: { available: false, engine: null } });
    const admin = await h.login('admin', PASSWORDS.admin!);
    const v = (await h.http('GET', '/api/voice/pack', { cookie: admin })).body;
    expect(v.customDir).toBe(dir);
    expect(v.customDirProblem).toBeNull();
    const bySource = (src: string) => v.clips.filter((c: { source: string }) => c.source === src).map((c: { name: string }) => c.name);
    expect(bySource('custom')).toEqual(['ticket', 'n7']);
    expect(bySource('missing')).toEqual([]);
  });

  it('speech switched off is a clear refusal, not a silent success', async () => {
    const r = await h.http('GET', '/api/voice/speech?text=abc', { token: KIOSK });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toMatch(/Озвучення тексту на сервері вимкнене/);
  });
});

describe('voice: speech is bounded', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it('many different texts at once: two are read at a time, eight wait, the rest are told to retry (429, Ukrainian)', async () => {
    const texts = Array.from({ length: 30 }, (_, i) => `Послуга номер ${i + 1}: довідка, виписка, реєстрація`);
    const answers = await Promise.all(texts.map((t) => h.http('GET', `/api/voice/speech?text=${encodeURIComponent(t)}`, { token: KIOSK })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((x) => x === 200).length).toBeGreaterThanOrEqual(10);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.body.error).toEqual({ code: 'RATE_LIMITED', message: 'Озвучення зараз зайняте — спробуйте ще раз за кілька секунд' });
    expect(statuses.every((x) => x === 200 || x === 429)).toBe(true);
  });

  it('one address: at most 60 speech requests a minute (repeats too), then 429', async () => {
    const q = `/api/voice/speech?text=${encodeURIComponent('Талон')}`;
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await h.http('GET', q, { token: KIOSK })).status);
    // with the 30 of the test before: the 61st request of the minute is refused
    expect(statuses.slice(0, 30).every((x) => x === 200)).toBe(true);
    expect(statuses.slice(30)).toEqual(Array(15).fill(429));
    // clips are not limited by it: the board keeps speaking
    expect((await fetch(`${h.base}/api/voice/clips/ticket`)).status).toBe(200);
  });
});
