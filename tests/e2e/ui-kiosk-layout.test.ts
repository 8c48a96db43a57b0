// The kiosk fits every screen it is mounted on: landscape and portrait, 11 categories and a
// category of 40+ services — every tile on the screen above the bottom bar, the rest behind
// visible «Наступна сторінка». Service search with the on-screen keyboard; large text with
// high contrast and the low-reach layout (axe, screenshots, reset for the next visitor);
// the result screen when no window takes the service.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems, canRun, e2eSuite, SHOTS } from './helpers';
import { bottomBarTop, expectOnScreen, firstPage, walkTiles } from './kiosk-helpers';

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1080, height: 1920 },
  { width: 768, height: 1366 },
];
const BIG_CATEGORY = { uk: 'Усі довідки (тест)', en: 'All certificates (test)' };
const BIG_COUNT = 42;

describe.skipIf(!canRun)('kiosk layout, search and accessibility modes (Chromium)', () => {
  const s = e2eSuite();
  let topCategories: string[] = [];

  beforeAll(async () => {
    const admin = await s.cookie('admin', 'admin12345');
    // a category of 42 services, all served by window 10 (a service no window serves is not offered)
    const cat = await s.h.http('POST', '/api/branches/1/categories', { cookie: admin, body: { name: BIG_CATEGORY, sortOrder: 9999 } });
    expect(cat.status).toBe(201);
    const ids: number[] = [];
    for (let i = 1; i <= BIG_COUNT; i += 1) {
      const r = await s.h.http('POST', '/api/branches/1/services', {
        cookie: admin,
        body: { categoryId: cat.body.id, name: { uk: `Довідка тестова номер ${i}`, en: `Test certificate number ${i}` }, prefix: 'Ш', rangeStart: 1, rangeEnd: 999 },
      });
      expect(r.status).toBe(201);
      ids.push(r.body.id as number);
    }
    const w = s.h.cherha.services.repos.windows.list(1).find((x) => x.label === '10')!;
    const upd = await s.h.http('PUT', `/api/windows/${w.id}`, {
      cookie: admin, body: { label: w.label, name: w.name, active: true, services: [...w.services, ...ids.map((serviceId) => ({ serviceId, level: 2 }))] },
    });
    expect(upd.status).toBe(200);
    const catalog = (await s.h.http('GET', '/api/branches/1/catalog', { token: 'demo-kiosk-token' })).body as { categories: { id: number; parentId: number | null; name: { uk: string } }[] };
    topCategories = catalog.categories.filter((c) => c.parentId === null).map((c) => c.name.uk);
    expect(topCategories.length).toBeGreaterThanOrEqual(12); // the demo's 11 and ours
  });

  const openAt = async (viewport: { width: number; height: number }): Promise<Page> => {
    const page = await s.openKiosk(viewport);
    await page.locator('.tile--category').first().waitFor();
    return page;
  };

  for (const vp of VIEWPORTS) {
    it(`${vp.width}×${vp.height}: every category and all ${BIG_COUNT} services of one are on the screen (paged), nothing under the bottom bar`, async () => {
      const page = await openAt(vp);
      const home = await walkTiles(page, vp);
      expect(new Set(home.names)).toEqual(new Set(topCategories));
      // «Позачергово» and «Пошук послуги» too
      const limit = await bottomBarTop(page);
      for (const name of [/^Позачергово/, /^Пошук послуги/]) {
        expectOnScreen(await page.getByRole('button', { name }).boundingBox(), vp, limit, String(name));
      }
      for (const name of ['Назад', 'На початок', 'Великий текст', 'Кнопки внизу']) {
        const b = await page.getByRole('button', { name, exact: true }).boundingBox();
        expectOnScreen(b, vp, vp.height, name);
      }
      await page.screenshot({ path: join(SHOTS, `kiosk-${vp.width}x${vp.height}.png`) });

      // our category sorts last: it is on the last page, where the walk ended
      await page.getByRole('button', { name: BIG_CATEGORY.uk }).click();
      await page.getByRole('heading', { name: BIG_CATEGORY.uk }).waitFor();
      const big = await walkTiles(page, vp);
      expect(big.names.length).toBe(BIG_COUNT);
      expect(new Set(big.names).size).toBe(BIG_COUNT);
      expect(big.pages).toBeGreaterThan(1);
      if (vp.width === 1366) await page.screenshot({ path: join(SHOTS, 'kiosk-services-paged.png') });
      expect(await axeProblems(page, false)).toEqual([]);
      expect(s.pageErrors).toEqual([]);
    });
  }

  it('search with the on-screen keyboard: case and apostrophe variants do not matter; a found service issues a ticket', async () => {
    const vp = { width: 1080, height: 1920 };
    const page = await openAt(vp);
    await page.getByRole('button', { name: /Пошук послуги/ }).click();
    await page.getByRole('heading', { name: 'Пошук послуги' }).waitFor();
    // «сімʼям» typed on the keys with the apostrophe key
    for (const k of ['С', 'І', 'М']) await page.locator('.keyboard').getByRole('button', { name: k, exact: true }).click();
    await page.locator('.keyboard').getByRole('button', { name: 'Апостроф' }).click();
    for (const k of ['Я', 'М']) await page.locator('.keyboard').getByRole('button', { name: k, exact: true }).click();
    expect(await page.getByLabel(/Назва послуги/).inputValue()).toBe('сімʼям');
    await page.locator('.search__results .tile__name', { hasText: 'малозабезпеченим сімʼям' }).first().waitFor();
    expect(await page.locator('.search__count').textContent()).toMatch(/Знайдено \d+ послуг(у|и)?\./);
    // the same with a typewriter apostrophe from a physical keyboard, in capitals
    await page.locator('.keyboard').getByRole('button', { name: 'Очистити' }).click();
    await page.getByLabel(/Назва послуги/).fill("СІМ'ЯМ");
    await page.locator('.search__results .tile__name', { hasText: 'малозабезпеченим сімʼям' }).first().waitFor();
    // nothing found: said so
    await page.getByLabel(/Назва послуги/).fill('жжжжж');
    await page.locator('.search__count', { hasText: 'Нічого не знайдено' }).waitFor();
    expect(await page.locator('.search__results .tile').count()).toBe(0);
    // 42 test services: found, paged, all on the screen
    await page.getByLabel(/Назва послуги/).fill('тестова');
    await page.locator('.search__count', { hasText: `Знайдено ${BIG_COUNT} послуги.` }).waitFor();
    const found = await walkTiles(page, vp);
    expect(found.names.length).toBe(BIG_COUNT);
    const limit = await bottomBarTop(page);
    for (const key of ['Й', 'Ї', 'Ґ', 'Стерти']) expectOnScreen(await page.getByRole('button', { name: key, exact: true }).boundingBox(), vp, limit, key);
    expect(await axeProblems(page, false)).toEqual([]);
    await page.getByLabel(/Назва послуги/).fill('паспорт для виїзду');
    await page.screenshot({ path: join(SHOTS, 'kiosk-search.png') });
    await page.locator('.search__results .tile--service').first().click();
    await page.locator('.result__number').waitFor();
    expect(s.pageErrors).toEqual([]);
  });

  it('search in landscape: keyboard and results side by side, keys and tiles on the screen', async () => {
    const vp = { width: 1366, height: 768 };
    const page = await openAt(vp);
    await page.getByRole('button', { name: /Пошук послуги/ }).click();
    await page.getByLabel(/Назва послуги/).fill('довідка');
    await page.locator('.search__results .tile').first().waitFor();
    const found = await walkTiles(page, vp);
    expect(found.names.length).toBeGreaterThanOrEqual(BIG_COUNT);
    const limit = await bottomBarTop(page);
    for (const key of ['Й', 'Ї', 'Я', 'Пробіл', 'Стерти', 'Очистити']) {
      const b = await page.getByRole('button', { name: key, exact: true }).boundingBox();
      expectOnScreen(b, vp, limit, key);
      expect(b!.height, key).toBeGreaterThanOrEqual(64);
    }
    await page.screenshot({ path: join(SHOTS, 'kiosk-search-landscape.png') });
    // in English the keys are Latin and English names are found
    await page.getByRole('button', { name: /ENG/ }).click();
    await page.getByRole('heading', { name: 'Find a service' }).waitFor();
    await page.locator('.keyboard').getByRole('button', { name: 'Clear' }).click();
    for (const k of ['P', 'A', 'S', 'S']) await page.locator('.keyboard').getByRole('button', { name: k, exact: true }).click();
    expect(await page.getByLabel(/Service name/).inputValue()).toBe('pass');
    await page.locator('.search__count', { hasText: /\d+ services? found/ }).waitFor();
    expect(await page.locator('.search__results .tile__name').first().textContent()).toMatch(/pass/i);
    await page.getByLabel(/Service name/).fill('passport for travel abroad');
    await page.locator('.search__results .tile__name', { hasText: 'Passport for travel abroad' }).first().waitFor();
    expect(await axeProblems(page, false)).toEqual([]);
  });

  it('large text with high contrast: one tap, AAA contrast (axe), tiles still on the screen; reset after «Готово»', async () => {
    const vp = { width: 1080, height: 1920 };
    const page = await openAt(vp);
    const normalSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await page.getByRole('button', { name: 'Великий текст', exact: true }).click();
    expect(await page.getByRole('button', { name: 'Великий текст', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const largeSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(parseFloat(largeSize)).toBeGreaterThan(parseFloat(normalSize));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    const home = await walkTiles(page, vp);
    expect(new Set(home.names)).toEqual(new Set(topCategories));
    expect(await axeProblems(page, true)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'kiosk-large-text.png') });
    // landscape too
    await page.setViewportSize({ width: 1366, height: 768 });
    const wide = await walkTiles(page, { width: 1366, height: 768 });
    expect(new Set(wide.names)).toEqual(new Set(topCategories));
    await page.setViewportSize(vp);

    // through to a ticket, still large
    await page.getByRole('button', { name: 'Пошук послуги' }).click();
    await page.getByLabel(/Назва послуги/).fill('паспорт для виїзду');
    await page.locator('.search__results .tile--service').first().click();
    await page.locator('.result__number').waitFor();
    expect(await axeProblems(page, true)).toEqual([]);
    await page.getByRole('button', { name: 'Готово' }).click();
    await page.getByRole('heading', { name: 'Оберіть розділ' }).waitFor();
    // the next visitor gets the normal kiosk
    expect(await page.evaluate(() => document.documentElement.classList.contains('k-large'))).toBe(false);
    expect(await page.getByRole('button', { name: 'Великий текст', exact: true }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(normalSize);
  });

  it('low reach (portrait): everything to take a ticket in the lower half; axe; reset when the visitor walks away', async () => {
    const vp = { width: 1080, height: 1920 };
    const page = await openAt(vp);
    await page.getByRole('button', { name: 'Кнопки внизу', exact: true }).click();
    await page.locator('html.k-low').waitFor({ state: 'attached' });
    const reachLine = vp.height / 2;
    /** every visible control on the screen lies below the reach line */
    const controlsBelow = async (what: string) => {
      await page.waitForFunction((line) => {
        const tiles = document.querySelectorAll('.tiles .tile');
        return tiles.length > 0 && [...tiles].every((t) => t.getBoundingClientRect().top >= line - 1);
      }, reachLine);
      const tops = await page.evaluate(() =>
        [...document.querySelectorAll('button, input, [role="button"]')]
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => ({ name: (el.textContent ?? '').trim().slice(0, 40), top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom })),
      );
      expect(tops.length).toBeGreaterThan(4);
      for (const t of tops) {
        expect(t.top, `${what}: «${t.name}»`).toBeGreaterThanOrEqual(reachLine - 1);
        expect(t.bottom, `${what}: «${t.name}»`).toBeLessThanOrEqual(vp.height + 0.5);
      }
    };
    await controlsBelow('home');
    // language and «Озвучити» came down too
    expect(await page.locator('.bottombar').getByRole('button', { name: 'Озвучити' }).count()).toBe(1);
    expect(await page.locator('.bottombar').getByRole('group', { name: /мов/i }).count()).toBe(1);
    expect(await axeProblems(page, false)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'kiosk-low-reach.png') });
    // every category is still reachable, by the pager below the line
    const home = await walkTiles(page, vp);
    expect(new Set(home.names)).toEqual(new Set(topCategories));
    await firstPage(page);
    await page.getByRole('button', { name: 'Паспортні послуги' }).click();
    await page.getByRole('heading', { name: 'Паспортні послуги' }).waitFor();
    await controlsBelow('category');
    // both modes at once
    await page.getByRole('button', { name: 'Великий текст', exact: true }).click();
    await controlsBelow('category, large text');
    expect(await axeProblems(page, true)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'kiosk-low-reach-large.png') });

    // the visitor walks away: after the idle time (30 s) the next visitor gets the normal kiosk
    await page.getByRole('heading', { name: 'Оберіть розділ' }).waitFor({ timeout: 50_000 });
    expect(await page.evaluate(() => [...document.documentElement.classList].filter((c) => c.startsWith('k-')))).toEqual([]);
    expect(await page.locator('.topbar').getByRole('button', { name: 'Озвучити' }).count()).toBe(1);
    expect(s.pageErrors).toEqual([]);
  }, 120_000);

  it('no window takes the service now: the result says so plainly, no «no wait»', async () => {
    // nobody sits at any window in the fresh demo centre
    const open = s.h.cherha.services.repos.windows.openCountsByService(1);
    const page = await openAt({ width: 1080, height: 1920 });
    await page.getByRole('button', { name: 'Пошук послуги' }).click();
    await page.getByLabel(/Назва послуги/).fill('паспорт для виїзду');
    const tile = page.locator('.search__results .tile--service').first();
    await tile.locator('.tile__meta', { hasText: 'зараз жодне вікно не приймає' }).waitFor();
    const name = ((await tile.locator('.tile__name').textContent()) ?? '').trim();
    const service = s.h.cherha.services.repos.catalog.services(1).find((x) => x.name.uk === name)!;
    expect(open.get(service.id) ?? 0).toBe(0);
    await tile.click();
    await page.locator('.result__number').waitFor();
    const text = await page.locator('#kiosk-main').innerText();
    expect(text).toContain('Зараз жодне вікно не приймає цю послугу.');
    expect(text).not.toContain('Вас запросять найближчим часом');
    expect(text).not.toContain('Без очікування');
    expect(await axeProblems(page, false)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'kiosk-no-window.png') });

    // a window opens for it: the next ticket shows the estimate again
    const w = s.h.cherha.services.repos.windows.list(1).find((x) => x.services.some((sv) => sv.serviceId === service.id))!;
    // an administrator sits down there by calling the waiting ticket
    const op = await s.cookie('operator4', 'operator123');
    expect((await s.h.http('POST', `/api/windows/${w.id}/call-next`, { cookie: op })).status).toBe(200);
    expect(s.h.cherha.services.repos.windows.openCountsByService(1).get(service.id) ?? 0).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Готово' }).click();
    await page.getByRole('button', { name: 'Пошук послуги' }).click();
    await page.getByLabel(/Назва послуги/).fill('паспорт для виїзду');
    await page.locator('.search__results .tile--service').first().click();
    await page.locator('.result__number').waitFor();
    await page.locator('.result__facts', { hasText: 'Орієнтовне очікування' }).waitFor();
    expect(await page.locator('#kiosk-main').innerText()).not.toContain('Зараз жодне вікно не приймає цю послугу');
    expect(s.pageErrors).toEqual([]);
  });
});
