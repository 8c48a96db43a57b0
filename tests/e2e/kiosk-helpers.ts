// Kiosk pieces shared by the kiosk browser tests: walking the paged menu and checking that every
// tile and control lies on the screen, above the bottom bar.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** the box lies wholly inside the viewport and above `limitY` (the bottom bar's top edge) */
export function expectOnScreen(box: Box | null, viewport: { width: number; height: number }, limitY: number, what: string): void {
  expect(box, `${what}: not drawn`).not.toBeNull();
  const b = box!;
  const where = `${what} at ${JSON.stringify(b)} in ${viewport.width}×${viewport.height} (limit ${limitY})`;
  expect(b.x, where).toBeGreaterThanOrEqual(0);
  expect(b.y, where).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, where).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(b.y + b.height, where).toBeLessThanOrEqual(limitY + 0.5);
}

/** top edge of the kiosk's bottom bar («Назад», «На початок») */
export async function bottomBarTop(page: Page): Promise<number> {
  const bar = await page.locator('.bottombar').boundingBox();
  expect(bar).not.toBeNull();
  return bar!.y;
}

/**
 * Every tile of the current list, page by page («Наступна сторінка» while it is enabled): their
 * names, each checked to lie on the screen above the bottom bar, and the pager with them.
 */
export async function walkTiles(page: Page, viewport: { width: number; height: number }): Promise<{ names: string[]; pages: number }> {
  const names: string[] = [];
  let pages = 0;
  const limit = await bottomBarTop(page);
  for (;;) {
    pages += 1;
    await page.locator('.tiles > li').first().waitFor();
    const tiles = page.locator('.tiles > li .tile');
    const n = await tiles.count();
    for (let i = 0; i < n; i += 1) {
      const tile = tiles.nth(i);
      const name = ((await tile.locator('.tile__name').textContent()) ?? '').trim();
      expectOnScreen(await tile.boundingBox(), viewport, limit, `tile «${name}» (page ${pages})`);
      names.push(name);
    }
    const next = page.getByRole('button', { name: 'Наступна сторінка' });
    if ((await next.count()) === 0) break;
    expectOnScreen(await next.boundingBox(), viewport, limit, '«Наступна сторінка»');
    expectOnScreen(await page.getByRole('button', { name: 'Попередня сторінка' }).boundingBox(), viewport, limit, '«Попередня сторінка»');
    if (await next.isDisabled()) break;
    const status = (await page.locator('.pager__status').textContent()) ?? '';
    await next.click();
    await page.waitForFunction((before) => document.querySelector('.pager__status')?.textContent !== before, status);
  }
  return { names, pages };
}

/** Pages back to the first page of the list (while «Попередня сторінка» is offered and enabled). */
export async function firstPage(page: Page): Promise<void> {
  const prev = page.getByRole('button', { name: 'Попередня сторінка' });
  while ((await prev.count()) > 0 && !(await prev.isDisabled())) {
    const status = (await page.locator('.pager__status').textContent()) ?? '';
    await prev.click();
    await page.waitForFunction((before) => document.querySelector('.pager__status')?.textContent !== before, status);
  }
}
