// The administrator's console in Chromium against the real server: keyboard shortcuts,
// server errors in the alert region, transfer, postpone/return, calling a chosen ticket,
// no-show and pause; and the kiosk's network retry with the same idempotency key and idle return.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from '../src/harness';
import { axeProblems, canRun, KIOSK_URL, launch, loginOperator, openPage, SHOTS, waitForText } from './helpers';

interface CatalogService {
  id: number;
  prefix: string;
  name: { uk: string };
}

describe.skipIf(!canRun)('operator console and kiosk robustness (Chromium)', () => {
  let h: Harness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const open = async (viewport: { width: number; height: number }): Promise<Page> => {
    const { ctx, page } = await openPage(browser, viewport, pageErrors);
    contexts.push(ctx);
    return page;
  };
  const issue = async (serviceId: number): Promise<{ id: number; number: string }> => {
    const r = await h.http('POST', '/api/branches/1/tickets', { token: 'demo-kiosk-token', body: { serviceId, idempotencyKey: `e2e-${Math.random().toString(36).slice(2)}` } });
    expect(r.status).toBe(201);
    return r.body.ticket;
  };

  beforeAll(async () => {
    h = await startHarness();
    browser = await launch();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await h?.close();
  });

  it('shortcuts, errors, transfer, postpone/return, call a chosen ticket, no-show, pause', async () => {
    const services = (await h.http('GET', '/api/branches/1/catalog')).body.services as CatalogService[];
    const residence = services.find((s) => s.prefix === 'Р')!;
    const passport = services.find((s) => s.prefix === 'П')!;

    const op = await open({ width: 1440, height: 1000 });
    await loginOperator(op, h.base, 'operator2', 'operator123');
    await op.getByRole('button', { name: /^Вікно 2\b/ }).click();
    await op.getByRole('heading', { name: /Вікно 2 — Поточний талон/ }).waitFor();
    // the choice is remembered
    expect(await op.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('cherha.operator.window'))?.[1])).toBeTruthy();

    // N with nobody waiting: the server's Ukrainian message appears in the alert region
    await op.keyboard.press('n');
    const err = await waitForText(op, '.ck-error', /\S/);
    expect(err.length).toBeGreaterThan(5);
    await op.getByRole('button', { name: 'Закрити' }).click();

    const t1 = await issue(residence.id);
    const t2 = await issue(residence.id);
    await waitForText(op, '.queue__list', new RegExp(`${t1.number}[\\s\\S]*${t2.number}`));

    // N calls the first one
    await op.keyboard.press('n');
    await waitForText(op, '[data-testid="current-number"]', new RegExp(`^${t1.number}$`));

    // transfer it to a passport service, first in that queue
    await op.keyboard.press('t');
    const dialog = op.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('На послугу', { exact: true }).first().check();
    await dialog.locator('select').selectOption(String(passport.id));
    await dialog.getByLabel('Першим').check();
    expect(await axeProblems(op, false)).toEqual([]);
    await op.screenshot({ path: join(SHOTS, 'operator-transfer.png') });
    await dialog.getByRole('button', { name: 'Перенаправити' }).click();
    await waitForText(op, '.ticket-card--empty', /Немає викликаного талону/);
    const ev1 = await h.http('GET', `/api/tickets/${t1.id}/events`, { cookie: await h.login('supervisor', 'super12345') });
    expect(ev1.body.ticket.serviceId).toBe(passport.id);
    expect(ev1.body.events.map((e: { type: string }) => e.type)).toContain('transferred');

    // call the second, postpone it, return it first
    await op.getByRole('button', { name: /Викликати наступного/ }).click();
    await waitForText(op, '[data-testid="current-number"]', new RegExp(`^${t2.number}$`));
    await op.keyboard.press('p');
    await waitForText(op, '.postponed', new RegExp(t2.number));
    await op.getByRole('button', { name: /Повернути: Першим/ }).click();
    await waitForText(op, '.queue__list', new RegExp(t2.number));

    // choose it in the list and call exactly that ticket
    await op.locator('.queue__item', { hasText: t2.number }).click();
    await op.getByRole('button', { name: `Викликати цей талон ${t2.number}` }).click();
    await waitForText(op, '[data-testid="current-number"]', new RegExp(`^${t2.number}$`));

    // X = no-show
    await op.keyboard.press('x');
    await waitForText(op, '.ticket-card--empty', /Немає викликаного талону/);
    const ev2 = await h.http('GET', `/api/tickets/${t2.id}/events`, { cookie: await h.login('supervisor', 'super12345') });
    expect(ev2.body.ticket.status).toBe('no_show');

    // B = pause, then resume with the button
    await op.keyboard.press('b');
    await waitForText(op, '.paused-note', /на паузі/);
    expect(await op.getByRole('button', { name: /Викликати наступного/ }).isDisabled()).toBe(true);
    await op.getByRole('button', { name: /Продовжити/ }).click();
    await op.waitForSelector('.paused-note', { state: 'detached' });

    // English
    await op.getByRole('button', { name: /ENG/ }).click();
    await op.getByRole('button', { name: /Call next/ }).waitFor();
    expect(await op.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeProblems(op, false)).toEqual([]);

    // sign out → login form
    await op.getByRole('button', { name: 'Sign out' }).click();
    await op.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('kiosk: a network failure while issuing is retried with the same idempotency key', async () => {
    const kiosk = await open({ width: 1080, height: 1920 });
    const keys: string[] = [];
    let failFirst = true;
    await kiosk.route('**/api/branches/1/tickets', async (route) => {
      keys.push((route.request().postDataJSON() as { idempotencyKey: string }).idempotencyKey);
      if (failFirst) {
        failFirst = false;
        await route.abort('internetdisconnected');
        return;
      }
      await route.continue();
    });
    await kiosk.goto(h.base + KIOSK_URL);
    await kiosk.getByRole('button', { name: /Реєстрація місця проживання/ }).first().click();
    await kiosk.getByRole('button', { name: /Подання документів/ }).click();
    await kiosk.locator('.tile--service').first().click();
    await waitForText(kiosk, '.result__number', /^[А-Я]\d{3}$/);
    expect(keys.length).toBe(2);
    expect(keys[0]).toBe(keys[1]);

    // a second tap is a new visitor: a new key
    await kiosk.getByRole('button', { name: 'Готово' }).click();
    await kiosk.getByRole('button', { name: /Реєстрація місця проживання/ }).first().click();
    await kiosk.getByRole('button', { name: /Подання документів/ }).click();
    await kiosk.locator('.tile--service').first().click();
    await waitForText(kiosk, '.result__number', /^[А-Я]\d{3}$/);
    expect(keys.length).toBe(3);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('kiosk: back to the start after 30 s without a touch', async () => {
    const kiosk = await open({ width: 1080, height: 1920 });
    await kiosk.clock.install();
    await kiosk.goto(h.base + KIOSK_URL);
    await kiosk.getByRole('button', { name: /Реєстрація місця проживання/ }).first().click();
    await kiosk.getByRole('button', { name: /ENG/ }).click();
    await waitForText(kiosk, '#screen-title', /Residence registration/);
    await kiosk.clock.fastForward(20_000);
    await waitForText(kiosk, '#screen-title', /Residence registration/);
    await kiosk.clock.fastForward(11_000);
    await waitForText(kiosk, '#screen-title', /Оберіть розділ/);
    expect(await kiosk.evaluate(() => document.documentElement.lang)).toBe('uk');
  });
});
