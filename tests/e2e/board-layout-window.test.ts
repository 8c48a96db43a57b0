// The small screen at one window (/board/?window=<id>) on the screens it is put on — 7″ and
// 10″ panels landscape and portrait (800×480, 480×800, 1280×800, 800×1280) and the hall TV
// sizes — for window «123» and ticket «ПР999»: free, a pause, the ticket called, the invitation
// to rate with its buttons. At each size nothing leaves the screen or its own box, the
// buttons are large, axe is clean.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems, canRun, e2eSuite, SHOTS, waitForText } from './helpers';
import { callAt, layoutProblems, prepareHall, sizeName, TV_SIZES, type Hall } from './board-layout-fixture';

const SMALL_SIZES = [
  { width: 800, height: 480 },
  { width: 480, height: 800 },
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
] as const;
const ALL_SIZES = [...SMALL_SIZES, ...TV_SIZES];

async function expectFits(page: Page, what: string): Promise<void> {
  expect(await layoutProblems(page), what).toEqual([]);
}

describe.skipIf(!canRun)('window display layout on small and large screens (Chromium)', () => {
  const s = e2eSuite();
  let hall: Hall;
  beforeAll(async () => {
    hall = await prepareHall(s);
  });

  /** one page per size, all on window «123», kept open through the states */
  const pages: { size: (typeof ALL_SIZES)[number]; page: Page }[] = [];
  let pr999 = 0;

  it('free: «Вікно 123 вільне» fits at every size', async () => {
    for (const size of ALL_SIZES) {
      const page = await s.open(size);
      await page.goto(`${s.h.base}/board/?token=demo-display-token&branch=1&window=${hall.windows.w123.id}`);
      await waitForText(page, '.wd-state', /Вікно 123 (вільне|зачинене)/);
      await expectFits(page, `free at ${sizeName(size)}`);
      pages.push({ size, page });
    }
    expect(await axeProblems(pages[0]!.page, true)).toEqual([]);
  });

  it('on a break: «Перерва» fits at every size', async () => {
    const w = hall.windows.w123;
    expect((await s.h.http('POST', `/api/windows/${w.id}/pause`, { cookie: w.cookie })).status).toBe(200);
    for (const { size, page } of pages) {
      await waitForText(page, '.wd-state', /Перерва/);
      await expectFits(page, `break at ${sizeName(size)}`);
    }
    expect((await s.h.http('POST', `/api/windows/${w.id}/resume`, { cookie: w.cookie })).status).toBe(200);
  });

  it('calling «ПР999»: fits at every size', async () => {
    const tickets = [await s.issue(hall.servicePR), await s.issue(hall.servicePR), await s.issue(hall.servicePR)];
    expect(tickets[2]!.number).toBe('ПР999');
    pr999 = tickets[2]!.id;
    await callAt(s, hall.windows.w123, pr999);
    for (const { size, page } of pages) {
      await waitForText(page, '.wd-state', /Запрошується талон\s*ПР999/);
      await expectFits(page, `called at ${sizeName(size)}`);
      if (size.width === 800 && size.height === 480) await page.screenshot({ path: join(SHOTS, 'window-display-800x480.png') });
      if (size.width === 480) await page.screenshot({ path: join(SHOTS, 'window-display-480x800.png') });
    }
    expect(await axeProblems(pages[1]!.page, true)).toEqual([]);
  });

  it('inviting «ПР999» to rate: text and large buttons fit at every size', async () => {
    const w = hall.windows.w123;
    for (const path of [`/api/tickets/${pr999}/start`, `/api/tickets/${pr999}/finish`]) {
      expect((await s.h.http('POST', path, { cookie: w.cookie })).status).toBe(200);
    }
    for (const { size, page } of pages) {
      await waitForText(page, '.wd-rate', /Талон ПР999/);
      await expectFits(page, `rating at ${sizeName(size)}`);
      // touch targets stay large on the smallest panel too
      for (const b of await page.locator('.wd-rate button').all()) {
        const box = await b.boundingBox();
        expect(box && box.height >= 44 && box.width >= 44).toBe(true);
      }
      if (size.width === 800 && size.height === 1280) await page.screenshot({ path: join(SHOTS, 'window-display-800x1280.png') });
    }
    expect(await axeProblems(pages[0]!.page, true)).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
