// Holes an independent review found after the first round of fixes (issue 10), in real Chromium.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { ticketCallPhraseUk } from '@cherha/ui-kit/phrases';
import { BOARD_URL, canRun, e2eSuite } from './helpers';
import { callsMissed, SPEECH_RECORDER, windowAndService } from './speech-recorder';

/**
 * A LAN between the board and the server whose link can drop for a while without the TCP
 * connection ending (a switch restarting, Wi-Fi roaming): what the server sends meanwhile is
 * held and delivered in one burst when the link is back. socket.io notices nothing (its ping
 * waits 25 s), so the board gets no new snapshot — only the late deltas.
 */
class FlakyLink {
  private server: Server;
  private held: { to: Socket; data: Buffer }[] = [];
  down = false;
  constructor(target: number) {
    this.server = createServer((client) => {
      const upstream = connect(target, '127.0.0.1');
      upstream.on('data', (data) => (this.down ? this.held.push({ to: client, data }) : client.write(data)));
      client.on('data', (data) => upstream.write(data));
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }
  listen(): Promise<number> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve((this.server.address() as { port: number }).port)));
  }
  up(): void {
    this.down = false;
    for (const { to, data } of this.held.splice(0)) to.write(data);
  }
  close(): void {
    this.server.close();
  }
}

describe.skipIf(!canRun)('a board whose link dropped for a while (Chromium, recorded speech)', () => {
  const s = e2eSuite();
  let link: FlakyLink | undefined;
  afterAll(() => link?.close());

  it('shows the calls made while the link was down but speaks none of them when they arrive late', async () => {
    link = new FlakyLink(Number(new URL(s.h.base).port));
    const port = await link.listen();
    const board = await s.open({ width: 1920, height: 1080 });
    await board.addInitScript(SPEECH_RECORDER);
    await board.goto(`http://127.0.0.1:${port}${BOARD_URL}`);
    await board.getByRole('button', { name: 'Увімкнути звук' }).click();
    await board.waitForSelector('.board__header h1:has-text("ЦНАП")');
    const op = await s.cookie('operator2', 'operator123');
    const w = await windowAndService(s, op, '2');
    link.down = true;
    const missed = await callsMissed(s, op, w, 5);
    // ten seconds without the link: those calls are stale when they finally arrive
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    link.up();
    await board.waitForSelector(`.board >> text=${missed[4]}`, { timeout: 30_000 });
    // a new call is spoken as usual
    const fresh = await s.issue(w.serviceId);
    expect((await s.h.http('POST', `/api/windows/${w.id}/call`, { cookie: op, body: { ticketId: fresh.id } })).status).toBe(200);
    const phrase = ticketCallPhraseUk(fresh.number, w.label);
    await board.waitForFunction((p) => (window as unknown as { __spoken: string[] }).__spoken.includes(p), phrase, { timeout: 20_000 });
    const spoken = (await board.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).filter((x) => x.startsWith('Талон'));
    expect(spoken).toEqual([phrase]);
    expect(s.pageErrors).toEqual([]);
  });
});
