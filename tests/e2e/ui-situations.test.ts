// The situations around the main flow, in Chromium against the real server: air-raid alert
// from the supervisor's console, a service closed for today, English, pairing, the branch's
// clock on a PC set to another time zone, and the «no connection» banner. (A kiosk whose
// printer is down: ui-printing.test.ts, with a real TCP fake printer.)
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeProblems, BOARD_URL, canRun, e2eSuite, KIOSK_URL, loginOperator, SHOTS, VIEWPORT, waitForText } from './helpers';

describe.skipIf(!canRun)('browser apps: alert, closed service, language, time zone, connection (Chromium)', () => {
  const s = e2eSuite();

  it('supervisor declares an air-raid alert: kiosk stops issuing, board warns; all-clear restores', async () => {
    const kiosk = await s.openKiosk();
    await kiosk.getByRole('button', { name: /Реєстрація місця проживання/ }).first().waitFor();
    const board = await s.openBoard();
    await board.waitForSelector('.now__empty');
    await board.getByRole('button', { name: 'Увімкнути звук' }).click();

    const sup = await s.openOperator('supervisor', 'super12345', '2');
    await sup.getByRole('button', { name: 'Оголосити тривогу' }).click();
    await sup.getByRole('button', { name: /Підтвердити: Оголосити тривогу/ }).click();

    await waitForText(kiosk, '.alert-overlay', /Повітряна тривога!/);
    await waitForText(kiosk, '.alert-overlay', /Пройдіть до укриття/);
    expect(await kiosk.locator('.kiosk__frame').getAttribute('inert')).not.toBeNull();
    expect(await axeProblems(kiosk, true)).toEqual([]);
    await kiosk.screenshot({ path: join(SHOTS, 'kiosk-alert.png') });

    await waitForText(board, '.board__alert', /Повітряна тривога/);
    expect(await board.locator('.board__main').isVisible()).toBe(false);
    expect(await axeProblems(board, true)).toEqual([]);
    await board.screenshot({ path: join(SHOTS, 'board-alert.png') });

    await waitForText(sup, '.alert-control__state', /Повітряна тривога оголошена/);
    await waitForText(sup, '.alert-strip', /Повітряна тривога/);
    // the server refuses calls during the alert: the console does not offer them
    expect(await sup.getByRole('button', { name: /Викликати наступного/ }).isDisabled()).toBe(true);
    // the alert itself can be read aloud on the kiosk
    expect(await kiosk.locator('.alert-overlay').getByRole('button', { name: 'Озвучити' }).isVisible()).toBe(true);
    expect(await axeProblems(sup, false)).toEqual([]);
    await sup.screenshot({ path: join(SHOTS, 'operator-supervisor.png'), fullPage: true });

    // the server refuses tickets during the alert anyway
    const refused = await s.h.http('POST', '/api/branches/1/tickets', { token: 'demo-kiosk-token', body: { serviceId: 1, idempotencyKey: 'alert-test-1' } });
    expect(refused.body.error.code).toBe('ALERT_ACTIVE');

    await sup.getByRole('button', { name: 'Відбій тривоги' }).click();
    await sup.getByRole('button', { name: /Підтвердити: Відбій тривоги/ }).click();
    await kiosk.waitForSelector('.alert-overlay', { state: 'detached' });
    await board.waitForSelector('.board__alert', { state: 'detached' });
    expect(await kiosk.locator('.kiosk__frame').getAttribute('inert')).toBeNull();
  });

  it('supervisor closes a service for today: the kiosk shows why and does not issue', async () => {
    const kiosk = await s.openKiosk();
    await kiosk.getByRole('button', { name: /Паспорт/ }).first().click();
    const firstSub = kiosk.locator('.tile--category').first();
    if (await firstSub.count()) await firstSub.click();
    const tile = kiosk.locator('.tile--service').first();
    const name = ((await tile.locator('.tile__name').textContent()) ?? '').trim();
    expect(name.length).toBeGreaterThan(3);

    const sup = await s.openOperator('supervisor', 'super12345', '3');
    await sup.locator('.services-details summary').click();
    await sup.getByRole('button', { name: `Закрити на сьогодні: ${name}` }).click();
    // the kiosk says the supervisor closed it for today (not "outside hours" or "unavailable")
    await waitForText(kiosk, '.tile--unavailable', /Прийом з цієї послуги на сьогодні завершено/);
    // the supervisor's table shows the switch: state and the opposite action
    const row = sup.locator('.services-table tbody tr', { has: sup.getByRole('button', { name: `Відновити прийом: ${name}` }) });
    expect(((await row.locator('td').nth(2).textContent()) ?? '').trim()).toBe('Закрито на сьогодні');
    expect(await axeProblems(sup, false)).toEqual([]);
    expect(await tile.getAttribute('aria-disabled')).toBe('true');
    let posted = false;
    kiosk.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/tickets')) posted = true;
    });
    await tile.click({ force: true }); // a touch on a greyed-out tile does nothing
    expect(await axeProblems(kiosk, true)).toEqual([]);
    await sup.getByRole('button', { name: `Відновити прийом: ${name}` }).click();
    await kiosk.waitForFunction(() => document.querySelectorAll('.tile--unavailable').length === 0, undefined, { polling: 200, timeout: 30_000 });
    // no sleep needed: a request from the touch would have left long before the reopening came back
    expect(posted).toBe(false);
    expect(await kiosk.locator('.result__number').count()).toBe(0);
  });

  it('priority path and English: lang attribute follows, texts switch', async () => {
    const kiosk = await s.openKiosk({ width: 1920, height: 1080 });
    await kiosk.getByRole('button', { name: /ENG/ }).click();
    expect(await kiosk.evaluate(() => document.documentElement.lang)).toBe('en');
    await waitForText(kiosk, '#screen-title', /Choose a section/);
    await kiosk.getByRole('button', { name: /Priority service/ }).click();
    await kiosk.getByRole('button', { name: /Combatants and war veterans/ }).click();
    await waitForText(kiosk, '.priority-banner', /Priority: Combatants/);
    await kiosk.getByRole('button', { name: /Residence registration/ }).click();
    await kiosk.getByRole('button', { name: /Submitting documents/ }).click();
    const issued = kiosk.waitForResponse((r) => r.url().endsWith('/api/branches/1/tickets') && r.request().method() === 'POST');
    await kiosk.locator('.tile--service').first().click();
    const res = await issued;
    const sent = res.request().postDataJSON() as { priorityCategoryId: number | null; language: string; idempotencyKey: string };
    expect(sent.priorityCategoryId).toBeGreaterThan(0);
    expect(sent.language).toBe('en');
    expect(sent.idempotencyKey).toMatch(/^[A-Za-z0-9_:.-]{8,100}$/);
    await waitForText(kiosk, '.result__label', /Your ticket/);
    expect(await axeProblems(kiosk, true)).toEqual([]);
    await kiosk.screenshot({ path: join(SHOTS, 'kiosk-en.png') });
    // "Done" returns home and back to Ukrainian for the next visitor
    await kiosk.getByRole('button', { name: 'Done' }).click();
    await waitForText(kiosk, '#screen-title', /Оберіть розділ/);
    expect(await kiosk.evaluate(() => document.documentElement.lang)).toBe('uk');
  });

  it('a device without a token asks for a pairing code; a bad code is explained', async () => {
    const kiosk = await s.open(VIEWPORT.kiosk);
    await kiosk.goto(`${s.h.base}/kiosk/`);
    await kiosk.getByRole('heading', { name: 'Підключення пристрою' }).waitFor();
    await kiosk.getByLabel('Код підключення').fill('12');
    await kiosk.getByRole('button', { name: 'Підключити' }).click();
    await waitForText(kiosk, '.ck-error', /від 6 до 8 цифр/);
    await kiosk.getByLabel('Код підключення').fill('12345678');
    await kiosk.getByRole('button', { name: 'Підключити' }).click();
    await waitForText(kiosk, '.ck-error', /\S/);
    expect(await axeProblems(kiosk, true)).toEqual([]);
  });

  it('board, kiosk and operator show the branch time (Europe/Kyiv) on PCs set to another time zone', async () => {
    const kyiv = (ms: number) => new Intl.DateTimeFormat('uk-UA', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/Kyiv' }).format(ms);
    const near = (shown: string) => [kyiv(Date.now() - 60_000), kyiv(Date.now()), kyiv(Date.now() + 60_000)].includes(shown.trim());
    const zone = 'America/Los_Angeles'; // never the same wall clock as Kyiv
    const board = await s.open(VIEWPORT.board, zone);
    await board.goto(s.h.base + BOARD_URL);
    const boardClock = await waitForText(board, '.board__clock', /^\d{2}:\d{2}$/);
    expect(near(boardClock)).toBe(true);
    // the PC really is in another zone: its own wall clock differs from the one shown
    expect(await board.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(zone);
    const kiosk = await s.open(VIEWPORT.kiosk, zone);
    await kiosk.goto(s.h.base + KIOSK_URL);
    expect(near(await waitForText(kiosk, '.clock', /^\d{2}:\d{2}$/))).toBe(true);
    const op = await s.open(VIEWPORT.operator, zone);
    await loginOperator(op, s.h.base, 'operator1', 'operator123');
    await op.getByRole('button', { name: /^Вікно 1\b/ }).click();
    expect(near(await waitForText(op, '.topbar__clock', /^\d{2}:\d{2}$/))).toBe(true);
  });

  it('the board shows «no connection» when the server drops it and recovers by itself', async () => {
    const board = await s.openBoard();
    await board.waitForSelector('.board__header h1:has-text("ЦНАП")');
    s.h.cherha.io.disconnectSockets();
    await waitForText(board, '.ck-offline', /Немає звʼязку з сервером/);
    await board.waitForSelector('.ck-offline', { state: 'detached', timeout: 30_000 });
    expect(s.pageErrors).toEqual([]);
  });
});
