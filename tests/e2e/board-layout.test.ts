// The hall board on the TVs centres have (1366×768, 1920×1080, 3840×2160) against the real
// server: windows «7», «10», «123», numbers up to «ПР999», three windows calling in the same
// second, a recall. At each size nothing leaves the screen or its own box, the arrow points at
// the window's label, the recent calls show whole rows only and each ticket once; the empty
// board invites nobody; the air-raid alert fits too; the language comes from the address.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ticketCallPhraseUk } from '@cherha/ui-kit/phrases';
import { PASSWORDS } from '../src/harness';
import { axeProblems, BOARD_URL, canRun, e2eSuite, SHOTS, waitForText } from './helpers';
import { SPEECH_RECORDER } from './speech-recorder';
import { callAndLeave, callAt, inside, layoutProblems, prepareHall, pressSoundOn, sizeName, TV_SIZES, type Hall } from './board-layout-fixture';

type Box = { x: number; y: number; width: number; height: number };

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not drawn`);
  return b;
}

/** number, arrow and window label on one line, in that order, the arrow level with the label */
async function expectArrowAtWindow(page: Page): Promise<void> {
  const [num, arrow, label] = [await box(page, '.now__number'), await box(page, '.now__arrow'), await box(page, '.now__window-label')];
  expect(num.x + num.width).toBeLessThanOrEqual(arrow.x + 0.5);
  expect(arrow.x + arrow.width).toBeLessThanOrEqual(label.x + 0.5);
  const arrowMiddle = arrow.y + arrow.height / 2;
  expect(arrowMiddle).toBeGreaterThan(label.y);
  expect(arrowMiddle).toBeLessThan(label.y + label.height);
  // the number is on the label's line, not above or below it
  expect(num.y).toBeLessThan(label.y + label.height);
  expect(num.y + num.height).toBeGreaterThan(label.y);
}

/** every row of the recent calls lies whole inside the table's box; returns the numbers listed */
async function wholeRows(page: Page): Promise<string[]> {
  const frame = await box(page, '.recent__box');
  const rows = page.locator('.recent__table tbody tr');
  const numbers: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const b = await rows.nth(i).boundingBox();
    expect(b && inside(b, frame), `row ${i} is cut`).toBe(true);
    numbers.push((await rows.nth(i).getAttribute('data-ticket')) ?? '');
  }
  return numbers;
}

/**
 * What the hall hears, in order, whichever voice says it (the server's clips or the browser's
 * speech): the board's announcer tells each announcement as it starts (`cherha:announce`).
 */
const ANNOUNCE_RECORDER = `
  window.__announced = [];
  addEventListener('cherha:announce', (e) => window.__announced.push(e.detail.text));
`;
const announced = (page: Page) => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);

describe.skipIf(!canRun)('hall board layout on every hall TV (Chromium)', () => {
  const s = e2eSuite();
  let hall: Hall;
  beforeAll(async () => {
    hall = await prepareHall(s);
  });

  // one test per size: under load a 4K page alone takes a while
  for (const size of TV_SIZES) {
    it(`the empty board invites nobody at ${sizeName(size)}: «Очікуйте виклику», no «Запрошується», and it fits`, async () => {
      const board = await s.openBoard(size);
      await waitForText(board, '.now__title', /^Очікуйте виклику$/);
      expect(await board.locator('body').innerText()).not.toMatch(/запрошується/i);
      expect(await layoutProblems(board)).toEqual([]);
      await pressSoundOn(board);
      expect(await layoutProblems(board)).toEqual([]);
      if (size.width === 1920) {
        expect(await axeProblems(board, true)).toEqual([]);
        await board.screenshot({ path: join(SHOTS, 'board-empty.png') });
      }
    });
  }

  it('three windows calling in the same second: all listed, spoken in the order they were made; a recall moves its row up, never a second row', async () => {
    const board = await s.open(TV_SIZES[1]);
    await board.addInitScript(SPEECH_RECORDER);
    await board.addInitScript(ANNOUNCE_RECORDER);
    await board.goto(s.h.base + BOARD_URL);
    await pressSoundOn(board);
    await board.waitForSelector('.board__header h1:has-text("ЦНАП")');
    const { w7, w10, w123 } = hall.windows;

    const a = [await s.issue(hall.serviceA), await s.issue(hall.serviceA)];
    const pr = [await s.issue(hall.servicePR), await s.issue(hall.servicePR), await s.issue(hall.servicePR)];
    expect(pr.map((t) => t.number)).toEqual(['ПР997', 'ПР998', 'ПР999']);
    // the same second: three windows press «Викликати» together
    await Promise.all([callAt(s, w7, a[0]!.id), callAt(s, w10, a[1]!.id), callAt(s, w123, pr[2]!.id)]);
    const burst = [a[0]!.number, a[1]!.number, 'ПР999'];
    for (const n of burst) await board.locator(`.recent__table tbody tr[data-ticket="${n}"]`).waitFor();
    // the order the server committed them in is the order of its recent calls (newest first)
    const snap = (await s.h.http('GET', '/api/branches/1/snapshot', { token: 'demo-display-token' })).body as { calls: { number: string; windowLabel: string }[] };
    const order = snap.calls.slice(0, 3).reverse();
    expect(order.map((c) => c.number).sort()).toEqual([...burst].sort());
    await waitForText(board, '.now__number', new RegExp(`^${order[2]!.number}$`));
    // all three marked as just called, the newest one on top
    expect(await board.locator('.recent__table tbody tr.recent--fresh').count()).toBe(3);
    // and the two before the newest are named under the big call too
    for (const c of order.slice(0, 2)) await board.locator(`.now__also [data-ticket="${c.number}"]`).waitFor();
    expect(await layoutProblems(board)).toEqual([]);
    expect(await axeProblems(board, true)).toEqual([]);
    await board.screenshot({ path: join(SHOTS, 'board-same-second.png') });
    // screen readers get the three together (separate messages a moment apart would cut each other off)
    await waitForText(board, '[data-testid="call-live"]', new RegExp(order.map((c) => `Талон ${c.number} — вікно ${c.windowLabel}`).join('\\. ')));
    await board.waitForFunction(() => (window as unknown as { __announced: string[] }).__announced.length >= 3, undefined, { timeout: 30_000 });
    expect(await announced(board)).toEqual(order.map((c) => ticketCallPhraseUk(c.number, c.windowLabel)));

    // windows 7 and 10 are free again (for the next test); «ПР999» stays called at window 123
    for (const [t, w] of [[a[0]!, w7], [a[1]!, w10]] as const) expect((await s.h.http('POST', `/api/tickets/${t.id}/no-show`, { cookie: w.cookie })).status).toBe(200);
    // a recall at window 123: «ПР999» moves to the top, marked «повторно», still one row
    expect((await s.h.http('POST', `/api/tickets/${pr[2]!.id}/recall`, { cookie: w123.cookie })).status).toBe(200);
    await waitForText(board, '.now__title', /повторний виклик/i);
    await waitForText(board, '.recent__table tbody tr:first-child', /ПР999[\s\S]*123[\s\S]*повторно/);
    expect(await board.locator('.recent__table tbody tr[data-ticket="ПР999"]').count()).toBe(1);
    await board.waitForFunction(() => (window as unknown as { __announced: string[] }).__announced.length >= 4, undefined, { timeout: 30_000 });
    expect((await announced(board)).at(-1)).toBe(ticketCallPhraseUk('ПР999', '123', { recall: true }));
    expect(await layoutProblems(board)).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });

  describe('with more calls than fit, «ПР999 → 123» the newest (a recall)', () => {
    /** the tickets the board's snapshot lists (it shows fewer: only the rows that fit) */
    let listed: Set<string>;
    beforeAll(async () => {
      const { w7, w10, w123 } = hall.windows;
      for (let i = 0; i < 4; i++) await callAndLeave(s, i % 2 ? w7 : w10, hall.serviceA);
      const snapshot = async () => (await s.h.http('GET', '/api/branches/1/snapshot', { token: 'demo-display-token' })).body as { calls: { ticketId: number; number: string }[] };
      const pr999 = (await snapshot()).calls.find((c) => c.number === 'ПР999')!;
      expect((await s.h.http('POST', `/api/tickets/${pr999.ticketId}/recall`, { cookie: w123.cookie })).status).toBe(200);
      listed = new Set((await snapshot()).calls.map((c) => c.number));
    });

    for (const size of TV_SIZES) {
      it(`${sizeName(size)}: nothing leaves the screen or its box, the arrow points at «123», whole rows only, no language toggle; axe clean`, async () => {
        const board = await s.openBoard(size);
        await waitForText(board, '.now__number', /^ПР999$/);
        expect((await board.locator('.now__window-label').textContent())?.trim()).toBe('123');
        expect(await layoutProblems(board)).toEqual([]);
        await pressSoundOn(board);
        expect(await layoutProblems(board)).toEqual([]);
        await expectArrowAtWindow(board);
        const rows = await wholeRows(board);
        // only whole rows, fewer than the calls the board knows: the limit is the screen, and no ticket twice
        expect(rows.length).toBeGreaterThanOrEqual(3);
        expect(rows.length).toBeLessThan(listed.size);
        expect(new Set(rows).size).toBe(rows.length);
        expect(rows[0]).toBe('ПР999');
        expect(await board.locator('.ck-lang').count()).toBe(0);
        expect(await axeProblems(board, true)).toEqual([]);
        await board.screenshot({ path: join(SHOTS, `board-${sizeName(size)}.png`) });
        expect(s.pageErrors).toEqual([]);
      });
    }
  });

  it('with no voice anywhere, the status corner says so inside the header and everything still fits (1366×768)', async () => {
    const board = await s.open(TV_SIZES[0]);
    // the server's voice cannot be reached, and headless Chromium has no voices of its own
    await board.route('**/api/voice/status', (route) => route.abort());
    await board.goto(s.h.base + BOARD_URL);
    const status = board.getByTestId('voice-status');
    await status.waitFor();
    const where = await status.boundingBox();
    expect(where && inside(where, await box(board, '.board__status')) && inside(where, await box(board, '.board__header'))).toBe(true);
    await pressSoundOn(board);
    await waitForText(board, '.now__number', /^ПР999$/);
    expect(await layoutProblems(board)).toEqual([]);
    await expectArrowAtWindow(board);
    await wholeRows(board);
    expect(s.pageErrors).toEqual([]);
  });

  describe('during an air-raid alert', () => {
    let sup: string;
    beforeAll(async () => {
      sup = await s.cookie('supervisor', PASSWORDS.supervisor!);
      expect((await s.h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: true } })).status).toBe(200);
    });
    afterAll(async () => {
      await s.h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: false } });
    });

    for (const size of TV_SIZES) {
      it(`${sizeName(size)}: the alert fills the screen and fits`, async () => {
        const board = await s.openBoard(size);
        await waitForText(board, '.board__alert', /Повітряна тривога/);
        await pressSoundOn(board);
        expect(await board.locator('.board__main').isVisible()).toBe(false);
        expect(await layoutProblems(board)).toEqual([]);
        // the alert's frame takes most of the screen
        const frame = await box(board, '.board__alert');
        expect(frame.width * frame.height).toBeGreaterThan(0.6 * size.width * size.height);
        expect(await axeProblems(board, true)).toEqual([]);
        await board.screenshot({ path: join(SHOTS, `board-alert-${sizeName(size)}.png`) });
        expect(s.pageErrors).toEqual([]);
      });
    }
  });

  it('language from the address: ?lang=en is English and is remembered on this PC; ?lang=uk is Ukrainian again', async () => {
    const board = await s.open(TV_SIZES[0]);
    await board.goto(`${s.h.base}${BOARD_URL}&lang=en`);
    await waitForText(board, '.recent__title', /^Recent calls$/);
    expect(await board.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await board.locator('.ck-lang').count()).toBe(0);
    expect(await layoutProblems(board)).toEqual([]);
    expect(await axeProblems(board, true)).toEqual([]);
    // the autostart link without the parameter: still English
    await board.goto(`${s.h.base}/board/`);
    await waitForText(board, '.recent__title', /^Recent calls$/);
    await board.goto(`${s.h.base}/board/?lang=uk`);
    await waitForText(board, '.recent__title', /^Останні виклики$/);
    expect(await board.evaluate(() => document.documentElement.lang)).toBe('uk');
    expect(s.pageErrors).toEqual([]);
  });

  it('the longest label a window may have (10 characters) still fits on one line, arrow and all (1366×768)', async () => {
    const admin = await s.cookie('admin', PASSWORDS.admin!);
    const label = 'Каса 10-АБ';
    const created = await s.h.http('POST', '/api/branches/1/windows', { cookie: admin, body: { label, name: 'Каса', services: [{ serviceId: hall.serviceA, level: 1 }] } });
    expect(created.status).toBe(201);
    const op = await s.cookie('operator4', PASSWORDS.operator4!);
    const t = await s.issue(hall.serviceA);
    expect((await s.h.http('POST', `/api/windows/${created.body.id}/call`, { cookie: op, body: { ticketId: t.id } })).status).toBe(200);
    const board = await s.openBoard(TV_SIZES[0]);
    await waitForText(board, '.now__window-label', new RegExp(`^${label}$`));
    await pressSoundOn(board);
    expect(await layoutProblems(board)).toEqual([]);
    await expectArrowAtWindow(board);
    await wholeRows(board);
    expect(s.pageErrors).toEqual([]);
  });
});
