// The three browser apps against the real server, in Debian's Chromium:
// kiosk issues a ticket → board shows it waiting → operator calls it → board shows and
// announces the call → operator starts and finishes. axe-core checks every screen.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startHarness, type Harness } from '../src/harness';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const uiBuilt = ['kiosk-ui', 'display-ui', 'operator-ui'].every((d) => existsSync(join(ROOT, d, 'dist', 'index.html')));
const canRun = existsSync(CHROMIUM) && uiBuilt;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core in the page; returns serious and critical violations (as readable strings). */
async function axeProblems(page: Page, enhancedContrast: boolean): Promise<string[]> {
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

async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = 10_000): Promise<string> {
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

describe.skipIf(!canRun)('browser apps (Chromium)', () => {
  let h: Harness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const open = async (viewport: { width: number; height: number }): Promise<Page> => {
    const ctx = await browser.newContext({ viewport, locale: 'uk-UA', timezoneId: 'Europe/Kyiv', bypassCSP: true });
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('pageerror', (err) => pageErrors.push(`${page.url()}: ${err.message}`));
    return page;
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startHarness();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await h?.close();
  });

  it('kiosk → board → operator: issue, wait, call, announce, serve', async () => {
    // ── board: paired by link; the token leaves the address bar ──
    const board = await open({ width: 1920, height: 1080 });
    await board.goto(`${h.base}/board/?token=demo-display-token&branch=1`);
    await board.waitForSelector('.board__header h1:has-text("ЦНАП")');
    expect(board.url()).not.toContain('token=');
    expect(await board.evaluate(() => localStorage.getItem('cherha.board.token'))).toBe('demo-display-token');
    expect(await board.evaluate(() => document.documentElement.lang)).toBe('uk');
    await board.getByRole('button', { name: 'Увімкнути звук' }).click();
    await board.waitForSelector('.sound-overlay', { state: 'detached' });

    // ── kiosk: category tree → service → ticket ──
    const kiosk = await open({ width: 1080, height: 1920 });
    await kiosk.goto(`${h.base}/kiosk/?token=demo-kiosk-token&branch=1`);
    await kiosk.getByRole('button', { name: /Реєстрація місця проживання/ }).first().click();
    expect(kiosk.url()).not.toContain('token=');
    await kiosk.getByRole('button', { name: /Подання документів/ }).click();
    const serviceTile = kiosk.getByRole('button', { name: /Реєстрація місця проживання \(перебування\)/ });
    await serviceTile.waitFor();
    await kiosk.waitForSelector('.tile--service .tile__meta'); // live load arrived
    expect(await axeProblems(kiosk, true)).toEqual([]);
    await kiosk.screenshot({ path: join(SHOTS, 'kiosk-services.png') });

    const issued = kiosk.waitForResponse((r) => r.url().endsWith('/api/branches/1/tickets') && r.request().method() === 'POST');
    await serviceTile.click();
    const issueResponse = await issued;
    expect(issueResponse.status()).toBe(201);
    const issueBody = (await issueResponse.json()) as { ticket: { id: number; number: string }; print: { status: string } };
    const ticketId = issueBody.ticket.id;
    const number = (await waitForText(kiosk, '.result__number', /^[А-ЯІЇЄҐ]\d{3}$/)).trim();
    expect(number).toMatch(/^Р\d{3}$/);
    await waitForText(kiosk, '.result__facts', /Перед вами/);
    expect(await axeProblems(kiosk, true)).toEqual([]);
    await kiosk.screenshot({ path: join(SHOTS, 'kiosk.png') });

    // ── board: the waiting count of that service went up ──
    await waitForText(board, '.waiting__item[data-prefix="Р"] .waiting__count', /^1$/);

    // ── operator: log in, choose window 1, call next ──
    const op = await open({ width: 1440, height: 1000 });
    await op.goto(`${h.base}/operator/`);
    await op.getByLabel('Логін').fill('operator1');
    await op.getByLabel('Пароль').fill('operator123');
    expect(await axeProblems(op, false)).toEqual([]);
    await op.getByRole('button', { name: 'Увійти' }).click();
    await op.getByRole('button', { name: /^Вікно 1\b/ }).click();
    await op.waitForSelector('.queue__number');
    await waitForText(op, '.queue__list', new RegExp(number));
    expect(await axeProblems(op, false)).toEqual([]);

    await op.getByRole('button', { name: /Викликати наступного/ }).click();
    await waitForText(op, '[data-testid="current-number"]', new RegExp(`^${number}$`));

    // ── board shows «Р001 → 1» and says it to screen readers ──
    await waitForText(board, '.now__number', new RegExp(`^${number}$`));
    expect((await board.locator('.now__window-label').textContent())?.trim()).toBe('1');
    const live = await waitForText(board, '[data-testid="call-live"]', new RegExp(`Талон ${number} — вікно 1`));
    expect(live).toContain(`Талон ${number} — вікно 1`);
    expect(await board.getByLabel(`${number} → вікно 1`).count()).toBe(1);
    expect(await axeProblems(board, true)).toEqual([]);
    await board.screenshot({ path: join(SHOTS, 'board.png') });

    // ── recall, start, finish ──
    await op.getByRole('button', { name: /Повторний виклик/ }).click();
    await waitForText(board, '[data-testid="call-live"]', /Повторний виклик/);
    await waitForText(board, '.now__title', /повторний виклик/i);
    await op.getByRole('button', { name: /Почати обслуговування/ }).click();
    await waitForText(op, '.ticket-card__status', /Обслуговується/);
    await op.screenshot({ path: join(SHOTS, 'operator.png') });
    await op.getByRole('button', { name: /Завершити/ }).click();
    await waitForText(op, '.ticket-card--empty', /Немає викликаного талону/);
    const cookie = await h.login('supervisor', 'super12345');
    const history = await h.http('GET', `/api/tickets/${ticketId}/events`, { cookie });
    expect(history.body.ticket.status).toBe('done');
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['issued', 'called', 'recalled', 'started', 'finished']);

    expect(pageErrors).toEqual([]);
  });
});
