// The three browser apps against the real server, in Debian's Chromium:
// kiosk issues a ticket → board shows it waiting → operator calls it → board shows and
// announces the call → operator starts and finishes. axe-core checks every screen.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeProblems, canRun, e2eSuite, SHOTS, VIEWPORT, waitForText } from './helpers';

describe.skipIf(!canRun)('browser apps (Chromium)', () => {
  const s = e2eSuite();

  it('kiosk → board → operator: issue, wait, call, announce, serve', async () => {
    // ── board: paired by link; the token leaves the address bar ──
    const board = await s.openBoard();
    await board.waitForSelector('.board__header h1:has-text("ЦНАП")');
    expect(board.url()).not.toContain('token=');
    expect(await board.evaluate(() => localStorage.getItem('cherha.board.token'))).toBe('demo-display-token');
    expect(await board.evaluate(() => document.documentElement.lang)).toBe('uk');
    await board.getByRole('button', { name: 'Увімкнути звук' }).click();
    await board.waitForSelector('.sound-overlay', { state: 'detached' });

    // ── kiosk: category tree → service → ticket ──
    const kiosk = await s.openKiosk();
    await kiosk.getByRole('button', { name: /Реєстрація місця проживання/ }).first().waitFor();
    expect(kiosk.url()).not.toContain('token=');
    expect(await axeProblems(kiosk, true)).toEqual([]);
    await kiosk.screenshot({ path: join(SHOTS, 'kiosk-home.png') });
    await kiosk.getByRole('button', { name: /Реєстрація місця проживання/ }).first().click();
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

    // ── other windows call other tickets first (fills the board's list) ──
    const catalog = (await s.h.http('GET', '/api/branches/1/catalog')).body as { services: { id: number; prefix: string }[] };
    for (const [prefix, login, windowLabel] of [['П', 'operator3', '3'], ['Б', 'operator4', '5']] as const) {
      await s.issue(catalog.services.find((x) => x.prefix === prefix)!.id);
      const cookie = await s.cookie(login, 'operator123');
      const windows = (await s.h.http('GET', '/api/branches/1/windows', { cookie })).body as { id: number; label: string }[];
      const w = windows.find((x) => x.label === windowLabel)!;
      expect((await s.h.http('POST', `/api/windows/${w.id}/call-next`, { cookie })).status).toBe(200);
    }
    await waitForText(board, '.recent__table tbody', /Б001/);

    // ── operator: log in, choose window 1, call next ──
    const op = await s.open(VIEWPORT.operator);
    await op.goto(`${s.h.base}/operator/`);
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
    // more visitors meanwhile: the list is in call order, the priority visitor first
    const residence = catalog.services.find((x) => x.prefix === 'Р')!.id;
    const priorityId = ((await s.h.http('GET', '/api/branches/1/catalog')).body as { priorityCategories: { id: number }[] }).priorityCategories[1]!.id;
    const later = [await s.issue(residence), await s.issue(residence), await s.issue(residence, priorityId)];
    await waitForText(op, '.queue__row--next', new RegExp(`${later[2]!.number}[\\s\\S]*Наступний`));
    await waitForText(op, '.queue__list', new RegExp(`${later[2]!.number}[\\s\\S]*${later[0]!.number}[\\s\\S]*${later[1]!.number}`));
    await op.screenshot({ path: join(SHOTS, 'operator.png') });
    await op.getByRole('button', { name: /Завершити/ }).click();
    await waitForText(op, '.ticket-card--empty', /Немає викликаного талону/);
    const cookie = await s.cookie('supervisor', 'super12345');
    const history = await s.h.http('GET', `/api/tickets/${ticketId}/events`, { cookie });
    expect(history.body.ticket.status).toBe('done');
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['issued', 'called', 'recalled', 'started', 'finished']);

    expect(s.pageErrors).toEqual([]);
  });
});
