// The administrator's console in Chromium against the real server: keyboard shortcuts,
// server errors in the alert region, transfer, postpone/return, calling a chosen ticket,
// no-show and pause; the window's queue in true call order; and the kiosk's network retry
// with the same idempotency key and idle return.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeProblems, canRun, e2eSuite, KIOSK_URL, pressShortcut, SHOTS, VIEWPORT, waitForText } from './helpers';

interface CatalogService {
  id: number;
  prefix: string;
  name: { uk: string };
}

describe.skipIf(!canRun)('operator console and kiosk robustness (Chromium)', () => {
  const s = e2eSuite();

  it('shortcuts, errors, transfer, postpone/return, call a chosen ticket, no-show, pause', async () => {
    const services = (await s.h.http('GET', '/api/branches/1/catalog')).body.services as CatalogService[];
    const residence = services.find((x) => x.prefix === 'Р')!;
    const passport = services.find((x) => x.prefix === 'П')!;
    const supervisor = await s.cookie('supervisor', 'super12345');

    const op = await s.openOperator('operator2', 'operator123', '2');
    // a loaded server: every command's answer comes 400 ms after its change reached the screen
    // over the socket, so the console is still busy when the new state shows; the test must wait
    // for the buttons (pressShortcut), never for time
    await op.route(/\/api\/(windows|tickets)\/\d+\/[a-z-]+$/, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const response = await route.fetch();
      await new Promise((r) => setTimeout(r, 400));
      return route.fulfill({ response });
    });
    // the choice is remembered
    expect(await op.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('cherha.operator.window'))?.[1])).toBeTruthy();
    await waitForText(op, '.queue', /Нікого не очікує/);

    // N with nobody waiting: the server's Ukrainian message appears in the alert region
    await pressShortcut(op, 'n', 'callNext');
    const err = await waitForText(op, '.ck-error', /\S/);
    expect(err.length).toBeGreaterThan(5);
    await op.getByRole('button', { name: 'Закрити' }).click();

    const t1 = await s.issue(residence.id);
    const t2 = await s.issue(residence.id);
    await waitForText(op, '.queue__list', new RegExp(`${t1.number}[\\s\\S]*${t2.number}`));

    // N calls the first one
    await pressShortcut(op, 'n', 'callNext');
    await waitForText(op, '[data-testid="current-number"]', new RegExp(`^${t1.number}$`));

    // transfer it to a passport service, first in that queue
    await pressShortcut(op, 't', 'transfer');
    const dialog = op.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('На послугу', { exact: true }).first().check();
    await dialog.locator('select').selectOption(String(passport.id));
    await dialog.getByLabel('Першим').check();
    expect(await axeProblems(op, false)).toEqual([]);
    await op.screenshot({ path: join(SHOTS, 'operator-transfer.png') });
    await dialog.getByRole('button', { name: 'Перенаправити' }).click();
    await waitForText(op, '.ticket-card--empty', /Немає викликаного талону/);
    const ev1 = await s.h.http('GET', `/api/tickets/${t1.id}/events`, { cookie: supervisor });
    expect(ev1.body.ticket.serviceId).toBe(passport.id);
    expect(ev1.body.events.map((e: { type: string }) => e.type)).toContain('transferred');

    // call the second, postpone it, return it first
    await op.locator('button.action--callNext:not([disabled])').click();
    await waitForText(op, '[data-testid="current-number"]', new RegExp(`^${t2.number}$`));
    await pressShortcut(op, 'p', 'postpone');
    await waitForText(op, '.postponed', new RegExp(t2.number));
    await op.getByRole('button', { name: /Повернути: Першим/ }).click();
    await waitForText(op, '.queue__list', new RegExp(t2.number));

    // choose it in the list and call exactly that ticket (the button sits on its row)
    await op.locator('.queue__item', { hasText: t2.number }).click();
    await op.getByRole('button', { name: `Викликати цей талон ${t2.number}` }).click();
    await waitForText(op, '[data-testid="current-number"]', new RegExp(`^${t2.number}$`));

    // X = no-show, confirmed with Enter (the confirming button has the focus)
    await pressShortcut(op, 'x', 'noShow');
    await op.getByRole('dialog', { name: `Талон ${t2.number}: відвідувач не зʼявився?` }).waitFor();
    await op.keyboard.press('Enter');
    await waitForText(op, '.ticket-card--empty', /Немає викликаного талону/);
    await waitForText(op, '.status-line', new RegExp(`Талон ${t2.number} позначено «Не зʼявився»`));
    const ev2 = await s.h.http('GET', `/api/tickets/${t2.id}/events`, { cookie: supervisor });
    expect(ev2.body.ticket.status).toBe('no_show');

    // B = pause, then resume with the button
    await pressShortcut(op, 'b', 'pause');
    await waitForText(op, '.paused-note', /на паузі/);
    expect(await op.locator('button.action--callNext').isDisabled()).toBe(true);
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
    expect(s.pageErrors).toEqual([]);
  });

  it('the queue is in call order: priority ahead (aging head start), sent-to-this-window first, backup services last; N calls exactly the first row', async () => {
    const admin = await s.cookie('admin', 'admin12345');
    const catalog = (await s.h.http('GET', '/api/branches/1/catalog')).body as { services: CatalogService[]; priorityCategories: { id: number }[] };
    const branch = ((await s.h.http('GET', '/api/branches', { cookie: admin })).body as { id: number; strategy: { name: string; priorityBonusMinutes: number } }[]).find((b) => b.id === 1)!;
    expect(branch.strategy).toMatchObject({ name: 'aging', priorityBonusMinutes: 20 });
    const windows = (await s.h.http('GET', '/api/branches/1/windows', { cookie: admin })).body as { id: number; label: string; services: { serviceId: number; level: number }[] }[];
    const w8 = windows.find((w) => w.label === '8')!;
    const w10 = windows.find((w) => w.label === '10')!;
    const offered = new Set(catalog.services.map((x) => x.id));
    const primary = w8.services.find((x) => x.level === 1 && offered.has(x.serviceId))!.serviceId;
    const backup = w8.services.find((x) => x.level === 2 && offered.has(x.serviceId))!.serviceId;
    // a ticket of a service window 8 does not serve: window 10 calls it and sends it to window 8
    const elsewhere = w10.services.find((x) => x.level === 1 && offered.has(x.serviceId) && !w8.services.some((y) => y.serviceId === x.serviceId))!.serviceId;

    const op = await s.openOperator('operator3', 'operator123', '8');
    await waitForText(op, '.queue', /Нікого не очікує/);

    const a = await s.issue(primary);
    const b = await s.issue(primary);
    const backupTicket = await s.issue(backup);
    const priority = await s.issue(primary, catalog.priorityCategories[0]!.id); // issued last, called first
    const rows = () => op.locator('.queue__list .queue__number').allTextContents();
    const expectRows = async (numbers: string[]) => {
      await waitForText(op, '.queue__list', new RegExp(numbers.join('[\\s\\S]*')));
      await expect.poll(rows, { timeout: 20_000 }).toEqual(numbers);
    };
    await expectRows([priority.number, a.number, b.number, backupTicket.number]);
    await waitForText(op, '.queue__row--next', new RegExp(`${priority.number}[\\s\\S]*Наступний`));
    // the same order as the server's own preview
    const api = await s.h.http('GET', `/api/windows/${w8.id}/queue?limit=20`, { cookie: await s.cookie('operator3', 'operator123') });
    expect((api.body.tickets as { number: string }[]).map((t) => t.number)).toEqual(await rows());
    expect(await axeProblems(op, false)).toEqual([]);

    // window 10 calls a ticket and sends it to window 8: it goes ahead of everyone there
    const sent = await s.issue(elsewhere);
    const op4 = await s.cookie('operator4', 'operator123');
    const called = await s.h.http('POST', `/api/windows/${w10.id}/call`, { cookie: op4, body: { ticketId: sent.id } });
    expect(called.status).toBe(200);
    const moved = await s.h.http('POST', `/api/tickets/${sent.id}/transfer`, { cookie: op4, body: { windowId: w8.id, placement: 'last' } });
    expect(moved.status).toBe(200);
    await expectRows([sent.number, priority.number, a.number, b.number, backupTicket.number]);
    await waitForText(op, '.queue__row--next', new RegExp(`${sent.number}[\\s\\S]*До цього вікна`));
    await op.screenshot({ path: join(SHOTS, 'operator-queue.png') });

    // N calls exactly the first row, every time
    for (const expected of [sent, priority, a]) {
      const first = (await op.locator('.queue__row--next .queue__number').textContent())?.trim();
      expect(first).toBe(expected.number);
      await pressShortcut(op, 'n', 'callNext');
      await waitForText(op, '[data-testid="current-number"]', new RegExp(`^${expected.number}$`));
      await pressShortcut(op, 'x', 'noShow');
      await op.getByRole('dialog').waitFor();
      await op.keyboard.press('Enter');
      await waitForText(op, '.ticket-card--empty', /Немає викликаного талону/);
    }
    await expectRows([b.number, backupTicket.number]);

    // a ticket called at another window leaves the list at once
    const op1 = await s.cookie('operator1', 'operator123');
    const w1 = windows.find((w) => w.label === '1')!;
    expect((await s.h.http('POST', `/api/windows/${w1.id}/call`, { cookie: op1, body: { ticketId: b.id } })).status).toBe(200);
    await expectRows([backupTicket.number]);
    expect(s.pageErrors).toEqual([]);
  });

  it('kiosk: a network failure while issuing is retried with the same idempotency key', async () => {
    const kiosk = await s.open(VIEWPORT.kiosk);
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
    await kiosk.goto(s.h.base + KIOSK_URL);
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
    const kiosk = await s.open(VIEWPORT.kiosk);
    await kiosk.clock.install();
    await kiosk.goto(s.h.base + KIOSK_URL);
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
