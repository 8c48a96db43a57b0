// The rating screens in Chromium against the real server: the ticket's phone page (live call
// without reload, then the rating), the rating terminal with a scanner typing like a keyboard,
// the small screen at a window, the supervisor's «Оцінки» and the admin's rating settings.
// Every rating is checked in SQLite with who served it, where and what. axe on each screen in
// Ukrainian and English.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSWORDS } from '../src/harness';
import { issue, pairDevice, serve, serviceOf, step, windows, type WindowInfo } from '../src/rating-flow';
import { axeProblems, canRun, e2eSuite, SHOTS, waitForText } from './helpers';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TICKET_DIST = join(ROOT, 'ticket-ui', 'dist', 'assets');
const PHONE = { width: 360, height: 740 };
const TABLET = { width: 800, height: 1280 };
const WINDOW_SCREEN = { width: 1024, height: 600 };

interface RatingRow {
  ticket_id: number;
  service_id: number;
  window_id: number | null;
  operator_id: number | null;
  channel: string;
  device_id: number | null;
  value: string;
  satisfied: number;
  reasons: string;
  comment: string | null;
}

/** axe in Ukrainian, then in English (switched with the page's own УКР/ENG), back to Ukrainian */
async function axeBothLanguages(page: Page, enhancedContrast = false): Promise<void> {
  expect(await axeProblems(page, enhancedContrast)).toEqual([]);
  await page.getByRole('button', { name: /ENG|English/ }).first().click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  expect(await axeProblems(page, enhancedContrast)).toEqual([]);
  await page.getByRole('button', { name: /УКР|Українська/ }).first().click();
  await page.waitForFunction(() => document.documentElement.lang === 'uk');
}

describe.skipIf(!canRun)('rating screens (Chromium)', () => {
  const s = e2eSuite();
  const rating = (ticketId: number): RatingRow | undefined =>
    s.h.cherha.services.repos.db.prepare('SELECT * FROM ratings WHERE ticket_id = ?').get(ticketId) as RatingRow | undefined;
  const userId = async (cookie: string): Promise<number> => (await s.h.http('GET', '/api/auth/me', { cookie })).body.user.id as number;
  let wins: WindowInfo[] = [];
  const win = async (i: number): Promise<WindowInfo> => {
    if (wins.length === 0) wins = (await windows(s.h)).filter((w) => w.services.some((x) => x.level === 1));
    const w = wins[i];
    if (!w) throw new Error(`the demo centre has no window #${i} with services`);
    return w;
  };

  it('the ticket-ui JavaScript a phone downloads is at most 30 KB gzip', () => {
    const files = readdirSync(TICKET_DIST).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(TICKET_DIST, f)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(30 * 1024);
  });

  it('phone at 360 px: live «вікно N» without reload when called over REST, then the rating is saved with ticket, operator, window and service', async () => {
    const w = await win(0);
    const op = await s.cookie('operator1', PASSWORDS.operator1!);
    const serviceId = serviceOf(w);
    const t = await issue(s.h, serviceId);

    const phone = await s.open(PHONE);
    // what the phone does on the call, recorded: vibration patterns and notifications shown
    await phone.addInitScript(() => {
      const w = window as unknown as { __signals: string[] };
      w.__signals = [];
      Object.defineProperty(navigator, 'vibrate', { value: () => w.__signals.push('vibrate') > 0, configurable: true });
      const Real = window.Notification;
      class Recorded extends Real {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          w.__signals.push(`notification: ${title} — ${options?.body ?? ''}`);
        }
      }
      window.Notification = Recorded as typeof Notification;
    });
    await phone.goto(`${s.h.base}/t/${t.publicCode}`);
    await waitForText(phone, '.public__number', new RegExp(`^${t.number}$`));
    await waitForText(phone, '.public__status', /Очікуйте виклику/);
    await waitForText(phone, '.facts', /Перед вами/);
    // the page listens on the ticket's own socket (not the 15 s polling fallback)
    await phone.locator('[data-feed="socket"]').waitFor();
    // nothing of staff or devices is stored on the visitor's phone
    expect(await phone.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'cherha.ticket.lang'))).toEqual([]);
    await axeBothLanguages(phone);
    await phone.screenshot({ path: join(SHOTS, 'ticket-page-waiting.png') });
    // the visitor agrees when the browser asks
    const notifyMe = phone.getByRole('button', { name: 'Сповістити мене' });
    await notifyMe.waitFor();
    await phone.context().grantPermissions(['notifications'], { origin: s.h.base });
    await notifyMe.click();
    await waitForText(phone, '.notify', /Сигнал виклику увімкнено/);

    // a marker that a reload would wipe: the call must arrive in this very page
    await phone.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await step(s.h, op, `/api/windows/${w.id}/call`, { ticketId: t.id });
    await waitForText(phone, '.public__status', new RegExp(`Підійдіть до вікна ${w.label}`));
    expect(await phone.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    // the title, the vibration and the notification follow the status in effects: wait for them, not for a fixed time
    await expect.poll(() => phone.title(), { timeout: 10_000 }).toContain(`вікна ${w.label}`);
    await expect.poll(() => phone.evaluate(() => (window as unknown as { __signals: string[] }).__signals.length), { timeout: 10_000 }).toBe(2);
    expect(await phone.evaluate(() => (window as unknown as { __signals: string[] }).__signals)).toEqual([
      'vibrate',
      `notification: Талон ${t.number}: вас викликано — Підійдіть до вікна ${w.label}`,
    ]);
    await axeBothLanguages(phone);
    await phone.screenshot({ path: join(SHOTS, 'ticket-page-called.png') });

    await step(s.h, op, `/api/tickets/${t.id}/start`);
    await waitForText(phone, '.public__status', /Вас обслуговують/);
    await step(s.h, op, `/api/tickets/${t.id}/finish`);
    const unhappy = phone.getByRole('button', { name: 'Незадоволений' });
    await unhappy.waitFor();
    await axeBothLanguages(phone);
    await phone.screenshot({ path: join(SHOTS, 'ticket-page-rate.png') });

    // the branch offers reason chips (the default): the answer, then what went wrong, a comment, send
    await unhappy.click();
    await phone.getByRole('heading', { name: 'Оцінку «Незадоволений» збережено. Бажаєте додати подробиці?' }).waitFor();
    // saved on the first tap: a visitor who walks away now still counts
    expect(rating(t.id)).toMatchObject({ ticket_id: t.id, channel: 'web', value: 'dissatisfied', comment: null, reasons: '[]' });
    const chip = phone.getByRole('button', { name: 'Довго чекав' });
    await chip.click();
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    await phone.getByLabel("Коментар (необовʼязково)").fill('Черга йшла повільно');
    await axeBothLanguages(phone);
    await phone.screenshot({ path: join(SHOTS, 'ticket-page-details.png') });
    await phone.getByRole('button', { name: 'Надіслати' }).click();
    await phone.getByRole('heading', { name: 'Дякуємо!' }).waitFor();
    await axeBothLanguages(phone);
    await phone.screenshot({ path: join(SHOTS, 'ticket-page-thanks.png') });

    const row = rating(t.id);
    expect(row).toMatchObject({
      ticket_id: t.id,
      service_id: serviceId,
      window_id: w.id,
      operator_id: await userId(op),
      channel: 'web',
      device_id: null,
      value: 'dissatisfied',
      satisfied: 0,
      comment: 'Черга йшла повільно',
    });
    expect(JSON.parse(row!.reasons)).toEqual(['wait_long']);

    // the page opened again: polite, no buttons
    await phone.reload();
    await phone.getByRole('heading', { name: 'Ви вже оцінили обслуговування. Дякуємо!' }).waitFor();
    expect(await phone.getByRole('button', { name: 'Задоволений', exact: true }).count()).toBe(0);
  });

  it('the old /kiosk/?ticket= link of a printed QR code leads to the new page, which runs under the server\'s CSP', async () => {
    const t = await issue(s.h, serviceOf(await win(0)));
    // a profile that keeps the server's Content-Security-Policy (the suite's pages bypass it for axe)
    const ctx = await s.browser.newContext({ viewport: PHONE, locale: 'uk-UA' });
    try {
      const phone = await ctx.newPage();
      const blocked: string[] = [];
      phone.on('console', (m) => {
        if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) blocked.push(m.text());
      });
      phone.on('pageerror', (e) => blocked.push(e.message));
      await phone.goto(`${s.h.base}/kiosk/?ticket=${t.publicCode}`);
      await phone.waitForURL(`**/t/${t.publicCode}`);
      await waitForText(phone, '.public__number', new RegExp(`^${t.number}$`));
      await phone.locator('[data-feed="socket"]').waitFor();
      expect(blocked).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it('rating terminal: set up once, a scanner types the ticket URL and Enter, two buttons rate it; a second scan says already rated', async () => {
    const w = await win(0);
    const op = await s.cookie('operator1', PASSWORDS.operator1!);
    const terminal = await pairDevice(s.h, 'rating_terminal', 'Термінал оцінювання (e2e)');
    const t = await serve(s.h, op, w);

    const page = await s.open(TABLET);
    await page.goto(`${s.h.base}/kiosk/?token=${terminal.token}&branch=1`);
    // first start: the technician chooses how this terminal works
    await page.getByRole('heading', { name: 'Налаштування терміналу оцінювання' }).waitFor();
    expect(await axeProblems(page, true)).toEqual([]);
    // the window mode offers the office's windows by name (the device may read the list)
    await page.getByLabel('Без сканера, біля вікна').check();
    const choice = page.getByLabel('Вікно', { exact: true });
    await choice.waitFor();
    expect(await choice.locator('option').allTextContents()).toContain(`Вікно ${w.label}`);
    expect(await axeProblems(page, true)).toEqual([]);
    await page.getByLabel('Зі сканером QR-кодів').check();
    await page.getByRole('button', { name: 'Зберегти' }).click();

    const ready = page.getByRole('heading', { name: 'Піднесіть QR-код талону до сканера' });
    await ready.waitFor();
    // the scanner's input is focused, labelled, and not on the screen
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rt-scan-input');
    expect(await page.getByLabel('Код талону (сканер)').count()).toBe(1);
    await axeBothLanguages(page, true);

    // the scanner "types" what the QR code holds: the ticket's address, then Enter
    await page.keyboard.type(`http://localhost:3000/t/${t.publicCode}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Талон ${t.number}` }).waitFor();
    await axeBothLanguages(page, true);
    await page.screenshot({ path: join(SHOTS, 'rating-terminal.png') });
    await page.getByRole('button', { name: 'Задоволений', exact: true }).click();
    await waitForText(page, '.rt-outcome', /Дякуємо!/);
    expect(rating(t.id)).toMatchObject({ channel: 'terminal', device_id: terminal.id, value: 'satisfied', satisfied: 1, window_id: w.id, operator_id: await userId(op) });

    // back to ready by itself, then the same ticket scanned again
    await ready.waitFor({ timeout: 20_000 });
    // a keyboard user moved the focus to a button: the scanner's characters still reach the input
    await page.getByRole('button', { name: /ENG/ }).focus();
    await page.keyboard.type(t.publicCode);
    await page.keyboard.press('Enter');
    await waitForText(page, '.rt-outcome', /Ви вже оцінили обслуговування/);
    expect(await page.getByRole('button', { name: 'Задоволений', exact: true }).count()).toBe(0);
  });

  it('window display: the ticket being served, then after «Завершити» the invitation to rate; a tap rates; «Перерва» and «вільне»', async () => {
    const w = await win(1);
    const op = await s.cookie('operator2', PASSWORDS.operator2!);
    const display = await pairDevice(s.h, 'display', 'Екран біля вікна (e2e)');

    const page = await s.open(WINDOW_SCREEN);
    await page.goto(`${s.h.base}/board/?token=${display.token}&branch=1&window=${w.id}`);
    await waitForText(page, '.wd__label', new RegExp(`Вікно ${w.label}`));
    await waitForText(page, '.wd-state', new RegExp(`Вікно ${w.label} (вільне|зачинене)|Перерва`));
    await axeBothLanguages(page, true);

    const t = await serve(s.h, op, w, { finish: false });
    await waitForText(page, '.wd-state', new RegExp(`Обслуговується талон\\s*${t.number}`));
    await step(s.h, op, `/api/tickets/${t.id}/finish`);
    await waitForText(page, '.wd-rate', new RegExp(`Талон ${t.number}`));
    await axeBothLanguages(page, true);
    await page.screenshot({ path: join(SHOTS, 'window-display.png') });
    await page.getByRole('button', { name: 'Задоволений', exact: true }).click();
    await waitForText(page, '.wd-outcome', /Дякуємо!/);
    expect(rating(t.id)).toMatchObject({ channel: 'window_display', device_id: display.id, value: 'satisfied', window_id: w.id, operator_id: await userId(op) });
    // after «Дякуємо!» the window's state again; a pause shows «Перерва», the end of it «вільне»
    await waitForText(page, '.wd-state', new RegExp(`Вікно ${w.label} вільне`), 20_000);
    await step(s.h, op, `/api/windows/${w.id}/pause`);
    await waitForText(page, '.wd-state', /Перерва/);
    await step(s.h, op, `/api/windows/${w.id}/resume`);
    await waitForText(page, '.wd-state', new RegExp(`Вікно ${w.label} вільне`));
    // the hall board without ?window= is unchanged
    const board = await s.open(WINDOW_SCREEN);
    await board.goto(`${s.h.base}/board/?token=${display.token}&branch=1`);
    await board.locator('.board').first().waitFor();
    expect(await board.locator('.wd').count()).toBe(0);
  });

  it('supervisor «Оцінки»: today by operator, window and service, share satisfied and the comment; the operator sees their own figures', async () => {
    const supervisor = await s.cookie('supervisor', PASSWORDS.supervisor!);
    const summary = (await s.h.http('GET', '/api/branches/1/ratings/summary', { cookie: supervisor })).body;
    expect(summary.total).toBeGreaterThanOrEqual(3);

    const page = await s.openOperator('supervisor', PASSWORDS.supervisor!);
    await page.getByRole('link', { name: 'Оцінки' }).click();
    await page.getByRole('heading', { name: 'Оцінки відвідувачів' }).waitFor();
    await waitForText(page, '.rat-card--total', new RegExp(`\\b${summary.total}\\b`));
    await waitForText(page, '.rat-card--share', /\d+\s?%/);
    await page.getByRole('heading', { name: 'За працівниками' }).waitFor();
    const staff = page.getByRole('table', { name: 'За працівниками' });
    for (const row of summary.byOperator as { name: string | null; total: number }[]) {
      if (row.name) expect(await staff.getByRole('rowheader', { name: row.name }).count()).toBe(1);
    }
    await page.getByRole('table', { name: 'За вікнами' }).waitFor();
    await page.getByRole('table', { name: 'За послугами' }).waitFor();
    await waitForText(page, '.rat-comments', /Черга йшла повільно/);
    await waitForText(page, '.rat-comments', /довго чекав/);
    await axeBothLanguages(page);
    await page.screenshot({ path: join(SHOTS, 'supervisor-ratings.png'), fullPage: true });

    // another period: a day with no ratings
    await page.getByLabel('З', { exact: true }).fill('2020-01-01');
    await page.getByLabel('По', { exact: true }).fill('2020-01-02');
    await page.getByRole('button', { name: 'Показати' }).click();
    await waitForText(page, '.rat-main', /За цей період оцінок немає/);

    const operator = await s.openOperator('operator1', PASSWORDS.operator1!, (await win(0)).label);
    await waitForText(operator, '.my-ratings', /Мої оцінки сьогодні/);
    await waitForText(operator, '.my-ratings__line', /2 оцінки, задоволені 50\s?%/);
    expect(await operator.getByRole('link', { name: 'Оцінки' }).count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('admin «Оцінювання»: four levels and the 0–10 question; the phone then offers them', async () => {
    const page = await s.openOperator('admin', PASSWORDS.admin!);
    await page.goto(`${s.h.base}/operator/#/admin/ratings`);
    await page.getByRole('heading', { name: 'Оцінювання', exact: true }).waitFor();
    await page.getByLabel('Чотири рівні: чудово / добре / прийнятно / жахливо').check();
    await page.getByLabel('Питати «Чи порадили б ви центр знайомим?» (0–10, NPS)').check();
    await page.getByLabel('Кількість хвилин').check();
    await page.getByLabel('Хвилин після завершення').fill('90');
    await axeBothLanguages(page);
    await page.getByRole('button', { name: 'Зберегти' }).click();
    await waitForText(page, '.status-line', /збережено/);
    const admin = await s.cookie('admin', PASSWORDS.admin!);
    expect((await s.h.http('GET', '/api/branches/1/rating-settings', { cookie: admin })).body).toEqual({ scale: 'four', askRecommend: true, windowMinutes: 90, reasons: true });

    const op = await s.cookie('operator1', PASSWORDS.operator1!);
    const t = await serve(s.h, op, await win(0));
    const phone = await s.open(PHONE);
    await phone.goto(`${s.h.base}/t/${t.publicCode}`);
    await phone.getByRole('button', { name: 'Чудово' }).click();
    await phone.getByRole('button', { name: '9', exact: true }).click();
    await phone.getByRole('button', { name: 'Ввічливо' }).click();
    await phone.getByRole('button', { name: 'Надіслати' }).click();
    await phone.getByRole('heading', { name: 'Дякуємо!' }).waitFor();
    expect(rating(t.id)).toMatchObject({ channel: 'web', value: 'excellent', satisfied: 1 });
    expect(s.h.cherha.services.repos.db.prepare('SELECT recommend FROM ratings WHERE ticket_id = ?').get(t.id)).toEqual({ recommend: 9 });

    // the screen at a window follows the same scale: four answers, the tap stores «Добре»
    const w = await win(3);
    const display = await pairDevice(s.h, 'display', 'Екран біля вікна (чотири рівні)');
    const screen = await s.open(WINDOW_SCREEN);
    await screen.goto(`${s.h.base}/board/?token=${display.token}&branch=1&window=${w.id}`);
    await waitForText(screen, '.wd__label', new RegExp(`Вікно ${w.label}`));
    const op4 = await s.cookie('operator4', PASSWORDS.operator4!);
    const t4 = await serve(s.h, op4, w);
    await waitForText(screen, '.wd-rate', new RegExp(`Талон ${t4.number}`));
    for (const answer of ['Чудово', 'Добре', 'Прийнятно', 'Жахливо']) await screen.getByRole('button', { name: answer, exact: true }).waitFor();
    expect(await screen.getByRole('button', { name: 'Задоволений', exact: true }).count()).toBe(0);
    await axeBothLanguages(screen, true);
    await screen.getByRole('button', { name: 'Добре', exact: true }).click();
    await waitForText(screen, '.wd-outcome', /Дякуємо!/);
    expect(rating(t4.id)).toMatchObject({ channel: 'window_display', value: 'good', satisfied: 1 });
    // back to the two answers for the tests after this one
    expect((await s.h.http('PUT', '/api/branches/1/rating-settings', { cookie: admin, body: { scale: 'binary', askRecommend: false, windowMinutes: null, reasons: true } })).status).toBe(200);
    expect(s.pageErrors).toEqual([]);
  });
  it('rating terminal without a scanner, bound to a window by ?window=: the buttons rate the ticket just finished there', async () => {
    const w = await win(2);
    const op = await s.cookie('operator3', PASSWORDS.operator3!);
    const terminal = await pairDevice(s.h, 'rating_terminal', 'Термінал біля вікна (e2e)');
    const page = await s.open(TABLET);
    await page.goto(`${s.h.base}/kiosk/?token=${terminal.token}&branch=1&window=${w.id}`);
    await waitForText(page, '.rt-window__label', new RegExp(`^Вікно ${w.label}$`));
    await page.getByRole('heading', { name: 'Оцініть, будь ласка, обслуговування' }).waitFor();
    expect(await page.getByRole('button', { name: 'Задоволений', exact: true }).count()).toBe(0);

    const t = await serve(s.h, op, w);
    await page.getByRole('heading', { name: `Талон ${t.number}` }).waitFor({ timeout: 20_000 });
    await axeBothLanguages(page, true);
    await page.screenshot({ path: join(SHOTS, 'rating-terminal-window.png') });
    await page.getByRole('button', { name: 'Незадоволений' }).click();
    await waitForText(page, '.rt-outcome', /Дякуємо!/);
    expect(rating(t.id)).toMatchObject({ channel: 'terminal_window', device_id: terminal.id, value: 'dissatisfied', window_id: w.id, operator_id: await userId(op) });
    // nothing left to rate at that window: the invitation does not come back
    await page.getByRole('heading', { name: 'Оцініть, будь ласка, обслуговування' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { name: `Талон ${t.number}` }).count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });
});
