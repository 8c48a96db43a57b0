// Shared pieces of the browser tests: Chromium launch, axe-core, waiting for text.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** docs/screenshots when UPDATE_SCREENSHOTS=1 (committed pictures), else test-results (ignored by git) */
export const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-results', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const uiBuilt = ['kiosk-ui', 'display-ui', 'operator-ui'].every((d) => existsSync(join(ROOT, d, 'dist', 'index.html')));
export const canRun = existsSync(CHROMIUM) && uiBuilt;

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

export async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = 10_000): Promise<string> {
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
