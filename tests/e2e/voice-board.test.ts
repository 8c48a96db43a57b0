// The spoken call with the server's voice, in a real Chromium that has no speech voices of its
// own (Debian's): the board fetches the voice-pack clips of each call from the real server and
// plays them in order, one call after the other with no overlap; an alert cuts in; with no
// voice at all the board says so. The kiosk's «Озвучити» is read by the server too.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { callClips } from '@cherha/contracts';
import { apiUrl } from '@cherha/ui-kit/client';
import { ticketCallPhraseUk } from '@cherha/ui-kit/phrases';
import { axeProblems, BOARD_URL, canRun, CHROMIUM, CHROMIUM_ARGS, e2eSuite, KIOSK_URL, loginOperator, SHOTS, VIEWPORT, waitForText } from './helpers';
import { SPEECH_RECORDER, windowAndService } from './speech-recorder';

/**
 * Every media element's play / ended / pause (a cut) / error, in the order they happen, with
 * the clip's name: what the hall hears, clip by clip. It observes the page's real <audio>
 * elements, nothing is replaced. The page's own "ended" handler may start the next clip before
 * a listener added here hears that "ended": so at each play() the clips that have already
 * ended are written first, and a play() while another clip still sounds is written as OVERLAP.
 */
const CLIP_RECORDER = `
  window.__clips = [];
  const name = (el) => decodeURIComponent(String(el.currentSrc || el.src).split('/api/voice/clips/')[1] || el.src);
  const watched = new Map();
  const endedNow = (el) => { if (el.ended && !watched.get(el).ended) { watched.get(el).ended = true; window.__clips.push('ended ' + watched.get(el).name); } };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    for (const el of watched.keys()) endedNow(el);
    for (const [el, w] of watched) if (el !== this && !el.paused && !el.ended) window.__clips.push('OVERLAP ' + w.name);
    if (!watched.has(this)) {
      watched.set(this, { name: name(this), ended: false });
      this.addEventListener('ended', () => endedNow(this));
      // (a clip that ends is also paused by the browser just before "ended": only a cut is a pause here)
      this.addEventListener('pause', () => { if (!this.ended) window.__clips.push('pause ' + watched.get(this).name); });
      this.addEventListener('error', () => window.__clips.push('error ' + watched.get(this).name));
    }
    window.__clips.push('play ' + name(this));
    return play.call(this);
  };
`;
/** which way each announcement went, as the announcer tells it ('server' or 'browser' and the text) */
const VIA_RECORDER = `
  window.__via = [];
  window.addEventListener('cherha:announce', (e) => window.__via.push(e.detail.via + ' ' + e.detail.text));
`;
type Rec = { __clips: string[] };
const events = (page: Page) => page.evaluate(() => (window as unknown as Rec).__clips);

/** play A, ended A, play B, ended B …: every clip starts only after the one before has ended */
function expectInOrderWithoutOverlap(log: string[], clips: string[]): void {
  expect(log).toEqual(clips.flatMap((c) => [`play ${c}`, `ended ${c}`]));
}

describe.skipIf(!canRun)('board and kiosk speak with the server’s voice (Chromium without voices)', () => {
  const s = e2eSuite();

  it('this Chromium has no speech voices of its own (what the server’s voice is for)', async () => {
    const page = await s.open(VIEWPORT.board);
    await page.goto(s.h.base + BOARD_URL);
    // voices load late where there are any: wait for the event or a short while
    const voices = await page.evaluate(
      () => new Promise<number>((resolve) => {
        const count = () => speechSynthesis.getVoices().length;
        speechSynthesis.addEventListener('voiceschanged', () => resolve(count()));
        setTimeout(() => resolve(count()), 1500);
      }),
    );
    expect(voices).toBe(0);
  });

  it('two calls: each call’s clips are fetched from the server and played in order, the second call only after the first', async () => {
    const board = await s.open(VIEWPORT.board);
    await board.addInitScript(CLIP_RECORDER);
    const fetched: string[] = [];
    board.on('response', (r) => {
      if (r.url().includes('/api/voice/clips/') && r.status() < 400) fetched.push(decodeURIComponent(r.url().split('/api/voice/clips/')[1]!));
    });
    await board.goto(s.h.base + BOARD_URL);
    await board.getByRole('button', { name: 'Увімкнути звук' }).click();
    await board.waitForSelector('.board__header h1:has-text("ЦНАП")');
    const op = await s.cookie('operator1', 'operator123');
    const w = await windowAndService(s, op, '1');
    const first = await s.issue(w.serviceId);
    const second = await s.issue(w.serviceId);
    // called right one after the other: the board must still say them one after the other
    expect((await s.h.http('POST', `/api/windows/${w.id}/call`, { cookie: op, body: { ticketId: first.id } })).status).toBe(200);
    await s.h.http('POST', `/api/tickets/${first.id}/no-show`, { cookie: op });
    expect((await s.h.http('POST', `/api/windows/${w.id}/call`, { cookie: op, body: { ticketId: second.id } })).status).toBe(200);

    const expected = [...callClips(first.number, w.label), ...callClips(second.number, w.label)];
    expect(expected.slice(0, 2)).toEqual(['ticket', 'letter-er']);
    await board.waitForFunction((n) => (window as unknown as Rec).__clips.filter((e) => e.startsWith('ended ')).length >= n, expected.length, { timeout: 60_000 });
    expectInOrderWithoutOverlap(await events(board), expected);
    // every clip came from the server (none from the browser's own speech)
    for (const c of new Set(expected)) expect(fetched, c).toContain(c);
    expect(await board.getByTestId('voice-status').count()).toBe(0);
    await s.h.http('POST', `/api/tickets/${second.id}/no-show`, { cookie: op });
    expect(s.pageErrors).toEqual([]);
  });

  it('a board PC started as the README says (autoplay allowed, nobody taps): the call is heard from the server’s clips', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });
    try {
      const ctx = await browser.newContext({ viewport: VIEWPORT.board, locale: 'uk-UA', timezoneId: 'Europe/Kyiv' });
      const board = await ctx.newPage();
      board.on('pageerror', (err) => s.pageErrors.push(`${board.url()}: ${err.message}`));
      await board.addInitScript(CLIP_RECORDER);
      await board.goto(s.h.base + BOARD_URL);
      await board.waitForSelector('.board__header h1:has-text("ЦНАП")');
      // no «Увімкнути звук» to press: the browser already lets the board sound
      expect(await board.getByRole('button', { name: 'Увімкнути звук' }).count()).toBe(0);
      const op = await s.cookie('operator1', 'operator123');
      const w = await windowAndService(s, op, '1');
      const t = await s.issue(w.serviceId);
      expect((await s.h.http('POST', `/api/windows/${w.id}/call`, { cookie: op, body: { ticketId: t.id } })).status).toBe(200);
      const expected = callClips(t.number, w.label);
      await board.waitForFunction((n) => (window as unknown as Rec).__clips.filter((e) => e.startsWith('ended ')).length >= n, expected.length, { timeout: 60_000 });
      expectInOrderWithoutOverlap(await events(board), expected);
      await s.h.http('POST', `/api/tickets/${t.id}/no-show`, { cookie: op });
    } finally {
      await browser.close();
    }
    expect(s.pageErrors).toEqual([]);
  });

  it('an air-raid alert cuts the call being said and is said at once; the all-clear after it', async () => {
    const board = await s.open(VIEWPORT.board);
    await board.addInitScript(CLIP_RECORDER);
    await board.goto(s.h.base + BOARD_URL);
    await board.getByRole('button', { name: 'Увімкнути звук' }).click();
    await board.waitForSelector('.board__header h1:has-text("ЦНАП")');
    const op = await s.cookie('operator2', 'operator123');
    const sup = await s.cookie('supervisor', 'super12345');
    const w = await windowAndService(s, op, '2');
    const tickets = [await s.issue(w.serviceId), await s.issue(w.serviceId), await s.issue(w.serviceId)];
    for (const t of tickets) {
      expect((await s.h.http('POST', `/api/windows/${w.id}/call`, { cookie: op, body: { ticketId: t.id } })).status).toBe(200);
      await s.h.http('POST', `/api/tickets/${t.id}/no-show`, { cookie: op });
    }
    // the first call is being said …
    await board.waitForFunction(() => (window as unknown as Rec).__clips.includes('play ticket'), undefined, { timeout: 30_000 });
    expect((await s.h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: true } })).status).toBe(200);
    await board.waitForFunction(() => (window as unknown as Rec).__clips.includes('ended alert'), undefined, { timeout: 30_000 });
    expect((await s.h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: false } })).status).toBe(200);
    await board.waitForFunction(() => (window as unknown as Rec).__clips.includes('ended all-clear'), undefined, { timeout: 30_000 });
    const log = await events(board);
    const alertAt = log.indexOf('play alert');
    // the three calls were not all said before the alert: the queue was dropped for it
    expect(log.slice(0, alertAt).filter((e) => e === 'play ticket').length).toBeLessThan(3);
    // nothing else sounded while the alert was said, and the all-clear came right after it
    expect(log.slice(alertAt)).toEqual(['play alert', 'ended alert', 'play all-clear', 'ended all-clear']);
    // what was cut was paused, never left playing under the alert
    const before = log.slice(0, alertAt);
    const started = before.filter((e) => e.startsWith('play ')).length;
    const stopped = before.filter((e) => e.startsWith('ended ') || e.startsWith('pause ')).length;
    expect(stopped).toBe(started);
    expect(s.pageErrors).toEqual([]);
  });

  it('with no voice at all (the server’s clips unreachable, no browser voice) the board says so plainly, still tries the browser’s speech, and stays accessible', async () => {
    const board = await s.open(VIEWPORT.board);
    // the browser's speech engine recorded (and, like Debian's, without a voice)
    await board.addInitScript(SPEECH_RECORDER);
    // the server as a board sees it when its voice cannot be reached
    const clipRequests: string[] = [];
    await board.route('**/api/voice/**', (route) => {
      clipRequests.push(route.request().url());
      return route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"STORAGE_UNAVAILABLE","message":"недоступно"}}' });
    });
    await board.goto(s.h.base + BOARD_URL);
    await board.getByRole('button', { name: 'Увімкнути звук' }).click();
    const line = board.getByTestId('voice-status');
    await line.waitFor();
    expect(await line.textContent()).toContain('Голос недоступний — виклики лише на екрані та дзвінком');
    expect(await line.getAttribute('role')).toBe('status');
    // a call: shown, and handed to the browser's speech (the fallback), no clip asked for
    const op = await s.cookie('operator3', 'operator123');
    const w = await windowAndService(s, op, '3');
    const t = await s.issue(w.serviceId);
    expect((await s.h.http('POST', `/api/windows/${w.id}/call`, { cookie: op, body: { ticketId: t.id } })).status).toBe(200);
    const phrase = ticketCallPhraseUk(t.number, w.label);
    await board.waitForFunction((p) => (window as unknown as { __spoken: string[] }).__spoken.includes(p), phrase, { timeout: 30_000 });
    expect(clipRequests.filter((u) => u.includes('/clips/'))).toEqual([]);
    await s.h.http('POST', `/api/tickets/${t.id}/no-show`, { cookie: op });
    expect(await axeProblems(board, false)).toEqual([]);
    await board.screenshot({ path: join(SHOTS, 'board-no-voice.png') });
    expect(s.pageErrors).toEqual([]);
  });

  it('a clip that fails mid-call: the browser’s speech says the call instead, and the board then shows that no voice is left', async () => {
    const board = await s.open(VIEWPORT.board);
    await board.addInitScript(SPEECH_RECORDER);
    await board.addInitScript(VIA_RECORDER);
    // the status answers (the server has its pack) but the clips cannot be fetched
    await board.route('**/api/voice/clips/**', (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'broken' }));
    await board.goto(s.h.base + BOARD_URL);
    await board.getByRole('button', { name: 'Увімкнути звук' }).click();
    await board.waitForSelector('.board__header h1:has-text("ЦНАП")');
    expect(await board.getByTestId('voice-status').count()).toBe(0);
    const op = await s.cookie('operator4', 'operator123');
    const w = await windowAndService(s, op, '4');
    const t = await s.issue(w.serviceId);
    expect((await s.h.http('POST', `/api/windows/${w.id}/call`, { cookie: op, body: { ticketId: t.id } })).status).toBe(200);
    const phrase = ticketCallPhraseUk(t.number, w.label);
    // tried with the server's clips, then said by the browser's speech engine
    await board.waitForFunction((p) => (window as unknown as { __via: string[] }).__via.includes(`browser ${p}`), phrase, { timeout: 30_000 });
    expect(await board.evaluate(() => (window as unknown as { __via: string[] }).__via)).toEqual([`server ${phrase}`, `browser ${phrase}`]);
    // (the recorder holds it twice: once as the server's attempt, once from speechSynthesis.speak)
    expect((await board.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).filter((x) => x === phrase)).toHaveLength(2);
    await board.getByTestId('voice-status').waitFor();
    await s.h.http('POST', `/api/tickets/${t.id}/no-show`, { cookie: op });
    expect(s.pageErrors).toEqual([]);
  });

  it('the kiosk’s «Озвучити» reads the screen with the server’s voice', async () => {
    const kiosk = await s.open(VIEWPORT.kiosk);
    const speech: { status: number; type: string; text: string }[] = [];
    kiosk.on('response', (r) => {
      if (r.url().includes('/api/voice/speech')) {
        speech.push({ status: r.status(), type: r.headers()['content-type'] ?? '', text: new URL(r.url()).searchParams.get('text') ?? '' });
      }
    });
    await kiosk.goto(s.h.base + KIOSK_URL);
    // (the kiosk's first screen may take a while on a busy test machine)
    await kiosk.getByRole('button', { name: /Озвучити/ }).first().click({ timeout: 60_000 });
    // reading: the button offers to stop, and the server answered with audio of the screen's words
    await kiosk.getByRole('button', { name: /Зупинити/ }).first().waitFor();
    await expect.poll(() => speech.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(speech[0]!.status).toBe(200);
    expect(speech[0]!.type).toBe('audio/wav');
    expect(speech.map((x) => x.text).join(' ')).toMatch(/\p{L}{3,}/u);
    // stopping works at once
    await kiosk.getByRole('button', { name: /Зупинити/ }).first().click();
    await kiosk.getByRole('button', { name: /Озвучити/ }).first().waitFor();
    expect(apiUrl('getVoiceClip', { params: { clip: 'ticket' } })).toBe('/api/voice/clips/ticket');
    expect(s.pageErrors).toEqual([]);
  });

  it('admin «Голос»: the pack in use, «Прослухати» plays the call from the server, how to replace clips; axe clean', async () => {
    const page = await s.open(VIEWPORT.operator);
    await page.addInitScript(CLIP_RECORDER);
    await loginOperator(page, s.h.base, 'admin', 'admin12345');
    await page.getByRole('link', { name: 'Адміністрування' }).click();
    await page.getByRole('link', { name: 'Голос' }).click();
    await page.getByRole('heading', { level: 1, name: 'Голос' }).waitFor();
    await waitForText(page, '[data-testid="voice-clips-state"]', /Записи голосу на сервері: \d+ фрагментів, з них власних записів центру — 0\./);
    await waitForText(page, '[data-testid="voice-speech-state"]', /eSpeak NG/);
    await waitForText(page, '[data-testid="voice-here-state"]', /^Звучить голос сервера\.$/);
    expect(await page.getByTestId('voice-dir').textContent()).toContain('EQUEUE_VOICE_DIR');
    expect(await page.locator('tr[data-clip="go-to-window"]').textContent()).toContain('go-to-window.wav');
    await page.getByLabel('Номер талону').fill('П123');
    await page.getByLabel('Вікно', { exact: true }).fill('10');
    await page.getByRole('button', { name: 'Прослухати', exact: true }).click();
    await waitForText(page, '.status-line', /^Прослухано: «Талон П123 — вікно 10»\.$/, 60_000);
    expectInOrderWithoutOverlap(await events(page), callClips('П123', '10'));
    expect(await axeProblems(page, false)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'admin-voice.png') });
    expect(s.pageErrors).toEqual([]);
  });
});
