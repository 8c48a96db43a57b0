// What the hall hears, with the browser's speech engine replaced by a recorder (headless
// Chromium has no voices): every call once, in order, and an air-raid alert at once, ahead
// of calls still waiting to be spoken.
import { describe, expect, it } from 'vitest';
import { ticketCallPhraseUk } from '@cherha/ui-kit/phrases';
import { BOARD_URL, canRun, e2eSuite } from './helpers';
import { callsMissed, SPEECH_RECORDER, windowAndService } from './speech-recorder';

describe.skipIf(!canRun)('board announcements (Chromium, recorded speech)', () => {
  const s = e2eSuite();

  it('speaks each call in Ukrainian, and the alert before calls still queued', async () => {
    const board = await s.open({ width: 1920, height: 1080 });
    await board.addInitScript(SPEECH_RECORDER);
    await board.goto(s.h.base + BOARD_URL);
    await board.getByRole('button', { name: 'Увімкнути звук' }).click();
    const op = await s.cookie('operator1', 'operator123');
    const sup = await s.cookie('supervisor', 'super12345');
    const windows = (await s.h.http('GET', '/api/branches/1/windows', { cookie: op })).body as { id: number; label: string; services: { serviceId: number }[] }[];
    const w = windows.find((x) => x.label === '1')!;
    const serviceId = w.services[0]!.serviceId;
    const tickets = [await s.issue(serviceId), await s.issue(serviceId), await s.issue(serviceId)];
    // three calls in a row: each one waits for the chime and the phrase before it
    for (const t of tickets) {
      expect((await s.h.http('POST', `/api/windows/${w.id}/call`, { cookie: op, body: { ticketId: t.id } })).status).toBe(200);
      await s.h.http('POST', `/api/tickets/${t.id}/no-show`, { cookie: op });
    }
    await board.waitForFunction(() => (window as unknown as { __spoken: string[] }).__spoken.some((x) => x.startsWith('Талон')));
    expect((await s.h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: true } })).status).toBe(200);
    await board.waitForFunction(() => (window as unknown as { __spoken: string[] }).__spoken.some((x) => /тривога/i.test(x)), undefined, { timeout: 20_000 });
    // (the sound unlock speaks an empty utterance first)
    const spoken = (await board.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).filter((x) => x.trim() !== '');
    expect(spoken[0]).toMatch(/^Талон Ер .+\. Підійдіть, будь ласка, до вікна номер один\.$/);
    const alertAt = spoken.findIndex((x) => /тривога/i.test(x));
    // the alert came before all three calls had been spoken: the queue was dropped for it
    expect(alertAt).toBeLessThan(3);
    await s.h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: false } });
    expect(s.pageErrors).toEqual([]);
  });

  it('after a reconnect the board shows the calls it missed but speaks none of that backlog', async () => {
    const board = await s.open({ width: 1920, height: 1080 });
    await board.addInitScript(SPEECH_RECORDER);
    await board.goto(s.h.base + BOARD_URL);
    await board.getByRole('button', { name: 'Увімкнути звук' }).click();
    await board.waitForSelector('.board__header h1:has-text("ЦНАП")');
    const op = await s.cookie('operator2', 'operator123');
    const w = await windowAndService(s, op, '2');
    // the board loses the server: its reconnects are refused while five calls are made
    let blocked = true;
    s.h.cherha.io.use((_socket, next) => (blocked ? next(new Error('тимчасово недоступно')) : next()));
    s.h.cherha.io.in('b:1:board').disconnectSockets(true);
    const missed = await callsMissed(s, op, w, 5);
    // long enough that those calls are stale when the board is back (the board speaks only calls under 5 s old)
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    blocked = false;
    // back: the list shows the missed calls …
    await board.waitForSelector(`.board >> text=${missed[4]}`, { timeout: 30_000 });
    // … and a new call is spoken as usual
    const fresh = await s.issue(w.serviceId);
    expect((await s.h.http('POST', `/api/windows/${w.id}/call`, { cookie: op, body: { ticketId: fresh.id } })).status).toBe(200);
    const phrase = ticketCallPhraseUk(fresh.number, w.label);
    await board.waitForFunction((p) => (window as unknown as { __spoken: string[] }).__spoken.includes(p), phrase, { timeout: 20_000 });
    const spoken = (await board.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).filter((x) => x.startsWith('Талон'));
    // exactly one call spoken since the page opened: the fresh one, none of the five missed
    expect(spoken).toEqual([phrase]);
    expect(s.pageErrors).toEqual([]);
  });
});
