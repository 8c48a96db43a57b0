// Shared pieces of the browser tests: one real server + Chromium per file (`e2eSuite`),
// fresh pages, axe-core, and waits on what the screen shows (never on fixed sleeps).
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startHarness, type Harness } from '../src/harness';
import type { AppOptions } from '@cherha/server/app';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** docs/screenshots when UPDATE_SCREENSHOTS=1 (committed pictures), else test-results (ignored by git) */
export const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-results', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const uiBuilt = ['kiosk-ui', 'board-ui', 'operator-ui', 'ticket-ui'].every((d) => existsSync(join(ROOT, d, 'dist', 'index.html')));
// a developer without Chromium gets the browser tests skipped; CI (which installs it and
// builds the apps first) runs them always, so a missing browser fails instead of hiding
export const canRun = (existsSync(CHROMIUM) && uiBuilt) || !!process.env.CI;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core in the page; returns serious and critical violations (as readable strings). */
export async function axeProblems(page: Page, enhancedContrast: boolean): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (enhanced: boolean) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const res = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', ...(enhanced ? ['wcag2aaa'] : [])] },
      resultTypes: ['violations'],
    });
    return res.violations;
  }, enhancedContrast);
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

export async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = 20_000): Promise<string> {
  await page.waitForFunction(
    ({ sel, src, flags }) => {
      const el = document.querySelector(sel);
      return !!el && new RegExp(src, flags).test((el as HTMLElement).innerText || el.textContent || '');
    },
    { sel: selector, src: pattern.source, flags: pattern.flags },
    { timeout, polling: 200 },
  );
  return (await page.locator(selector).first().textContent()) ?? '';
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];

export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A fresh browser profile (own storage and cookies); page errors are collected. `timezoneId`: the PC's zone. */
export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number },
  errors: string[],
  timezoneId = 'Europe/Kyiv',
): Promise<{ ctx: BrowserContext; page: Page }> {
  // bypassCSP: axe-core is injected as an inline script; the apps themselves run under the server's CSP
  const ctx = await browser.newContext({ viewport, locale: 'uk-UA', timezoneId, bypassCSP: true });
  const page = await ctx.newPage();
  page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  return { ctx, page };
}

export const KIOSK_URL = '/kiosk/?token=demo-kiosk-token&branch=1';
export const BOARD_URL = '/board/?token=demo-display-token&branch=1';

export async function loginOperator(page: Page, base: string, login: string, password: string): Promise<void> {
  await page.goto(`${base}/operator/`);
  await page.getByLabel('Логін').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Увійти' }).click();
}

export const VIEWPORT = {
  operator: { width: 1440, height: 1000 },
  kiosk: { width: 1080, height: 1920 },
  board: { width: 1920, height: 1080 },
} as const;

type Viewport = { width: number; height: number };

export interface E2ESuite {
  /** the real server (fresh SQLite with the demo centre) */
  readonly h: Harness;
  readonly browser: Browser;
  /** uncaught errors of every page of the file: a test ends with `expect(s.pageErrors).toEqual([])` */
  readonly pageErrors: string[];
  /** a fresh browser profile; closed after the file */
  open(viewport: Viewport, timezoneId?: string): Promise<Page>;
  /** signed in at /operator/; with `windowLabel`, sitting at that window with its console shown (supervisors go there from «Огляд офісу») */
  openOperator(login: string, password: string, windowLabel?: string, viewport?: Viewport): Promise<Page>;
  openKiosk(viewport?: Viewport): Promise<Page>;
  openBoard(viewport?: Viewport): Promise<Page>;
  /** a ticket issued by the demo kiosk over the API */
  issue(serviceId: number, priorityCategoryId?: number): Promise<{ id: number; number: string }>;
  /** a session cookie for API calls as that person */
  cookie(login: string, password: string): Promise<string>;
}

/** today's 12:00 in Kyiv (13:00 in summer), as ms: a fixed server clock for tests about times of day */
export function middayInKyiv(): number {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
  return Date.parse(`${day}T10:00:00Z`);
}

/**
 * Call at the top of a `describe`: starts the server and Chromium before its tests and closes
 * pages, browser and server after them. More `beforeAll` hooks of the file run after this one.
 * `options` go to the server (e.g. a fixed `clock`, so a test does not depend on the hour it runs).
 */
export function e2eSuite(options: AppOptions = {}): E2ESuite {
  let h: Harness | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is not started yet (use it inside a test or a later beforeAll)`);
    return v;
  };

  beforeAll(async () => {
    h = await startHarness(options);
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await h?.close();
  });

  const suite: E2ESuite = {
    get h() {
      return need(h, 'the server');
    },
    get browser() {
      return need(browser, 'Chromium');
    },
    pageErrors,
    async open(viewport, timezoneId) {
      const { ctx, page } = await openPage(suite.browser, viewport, pageErrors, timezoneId);
      contexts.push(ctx);
      return page;
    },
    async openOperator(login, password, windowLabel, viewport = VIEWPORT.operator) {
      const page = await suite.open(viewport);
      await loginOperator(page, suite.h.base, login, password);
      if (windowLabel !== undefined) {
        const pick = page.getByRole('button', { name: new RegExp(`^Вікно ${windowLabel}\\b`) });
        // supervisors and admins land on «Огляд офісу»: the top bar leads to the windows
        const toWindow = page.getByRole('link', { name: 'Працювати у вікні' });
        await pick.or(toWindow).first().waitFor();
        if (await toWindow.isVisible()) await toWindow.click();
        await pick.click();
        await page.getByRole('heading', { name: new RegExp(`Вікно ${windowLabel} — Поточний талон`) }).waitFor();
      }
      return page;
    },
    async openKiosk(viewport = VIEWPORT.kiosk) {
      const page = await suite.open(viewport);
      await page.goto(suite.h.base + KIOSK_URL);
      return page;
    },
    async openBoard(viewport = VIEWPORT.board) {
      const page = await suite.open(viewport);
      await page.goto(suite.h.base + BOARD_URL);
      return page;
    },
    async issue(serviceId, priorityCategoryId) {
      const body: Record<string, unknown> = { serviceId, idempotencyKey: `e2e-${Math.random().toString(36).slice(2)}-${Date.now()}` };
      if (priorityCategoryId !== undefined) body.priorityCategoryId = priorityCategoryId;
      const r = await suite.h.http('POST', '/api/branches/1/tickets', { token: 'demo-kiosk-token', body });
      expect(r.status).toBe(201);
      return r.body.ticket as { id: number; number: string };
    },
    cookie: (login, password) => suite.h.login(login, password),
  };
  return suite;
}

/** The console's action buttons (class `action--<name>`), e.g. 'callNext', 'transfer'. */
export type ConsoleAction = 'callNext' | 'recall' | 'start' | 'finish' | 'noShow' | 'transfer' | 'postpone' | 'pause';

/**
 * Presses a console shortcut once its button is enabled: a key pressed while the previous
 * command is still being answered is ignored by the console (as a double click would be).
 */
export async function pressShortcut(page: Page, key: string, action: ConsoleAction): Promise<void> {
  await page.locator(`button.action--${action}:not([disabled])`).waitFor();
  await page.keyboard.press(key);
}
