// The head of the centre's screen and the operator's two-click day, in Chromium against the
// real server: a supervisor lands on «Огляд офісу» without choosing a window and sees a ticket
// issued and called elsewhere appear live (real sockets); an operator still lands on the window
// choice; the admin switches «Завершити» without «Почати» on in «Графік роботи → Робоче місце»,
// the operator then finishes a called ticket with N, F; with it off the button stays shut and
// the server refuses with a clear 409; «Не зʼявився» asks first (Esc keeps the ticket).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeProblems, canRun, e2eSuite, pressShortcut, SHOTS, waitForText } from './helpers';

interface WindowInfo {
  id: number;
  label: string;
  services: { serviceId: number; level: number }[];
}

describe.skipIf(!canRun)('office screen and the two-click day (Chromium)', () => {
  const s = e2eSuite();
  const windowsOf = async () => (await s.h.http('GET', '/api/branches/1/windows', { cookie: await s.cookie('admin', 'admin12345') })).body as WindowInfo[];

  it('a supervisor lands on «Огляд офісу» (no window to choose) and sees issuing and calling live; operators still choose a window', async () => {
    const sup = await s.openOperator('supervisor', 'super12345');
    await sup.getByRole('heading', { level: 1, name: 'Огляд офісу' }).waitFor();
    expect(await sup.getByRole('heading', { name: 'Оберіть вікно' }).count()).toBe(0);
    expect(sup.url()).not.toContain('#/window');
    await waitForText(sup, '[data-testid="office-waiting"] dd', /^0$/);
    await waitForText(sup, '[data-testid="office-longest"]', /ніхто не чекає/);

    const w4 = (await windowsOf()).find((w) => w.label === '4')!;
    const serviceId = w4.services.find((x) => x.level === 1)!.serviceId;
    const ticket = await s.issue(serviceId);
    // the socket's delta: the count, the queue row of its service and the longest wait
    await waitForText(sup, '[data-testid="office-waiting"] dd', /^1$/);
    await waitForText(sup, '[data-testid="office-longest"]', new RegExp(`талон ${ticket.number}`));
    await waitForText(sup, `tr[data-service-id="${serviceId}"]`, /1/);

    const op = await s.cookie('operator4', 'operator123');
    expect((await s.h.http('POST', `/api/windows/${w4.id}/call`, { cookie: op, body: { ticketId: ticket.id } })).status).toBe(200);
    const row = `tr[data-window-id="${w4.id}"]`;
    await waitForText(sup, row, new RegExp(`викликано[\\s\\S]*${ticket.number}`));
    expect(await sup.locator(row).textContent()).toMatch(/Вікно 4/);
    await waitForText(sup, '[data-testid="office-waiting"] dd', /^0$/);
    await sup.locator(`tr[data-service-id="${serviceId}"]`).waitFor({ state: 'detached' });
    expect(await sup.getByRole('button', { name: 'Оголосити тривогу' }).isVisible()).toBe(true);
    expect(await axeProblems(sup, false)).toEqual([]);
    await sup.screenshot({ path: join(SHOTS, 'operator-office.png'), fullPage: true });

    // started and finished at window 4: the row says so, then frees
    expect((await s.h.http('POST', `/api/tickets/${ticket.id}/start`, { cookie: op })).status).toBe(200);
    await waitForText(sup, row, /обслуговує/);
    expect((await s.h.http('POST', `/api/tickets/${ticket.id}/finish`, { cookie: op })).status).toBe(200);
    await waitForText(sup, row, /вільне/);

    // from the top bar to a window's console and back
    await sup.getByRole('link', { name: 'Працювати у вікні' }).click();
    await sup.getByRole('heading', { name: 'Оберіть вікно' }).waitFor();
    await sup.getByRole('link', { name: 'Огляд офісу' }).click();
    await sup.getByRole('heading', { level: 1, name: 'Огляд офісу' }).waitFor();

    // English
    await sup.getByRole('button', { name: /ENG/ }).click();
    await sup.getByRole('heading', { level: 1, name: 'Office overview' }).waitFor();
    expect(await axeProblems(sup, false)).toEqual([]);

    // an operator: the window choice as before, no office link
    const opPage = await s.openOperator('operator1', 'operator123');
    await opPage.getByRole('heading', { name: 'Оберіть вікно' }).waitFor();
    expect(await opPage.getByRole('link', { name: 'Огляд офісу' }).count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('says when the longest wait passes the office target (1 minute here, so the test waits a minute of real time)', async () => {
    const admin = await s.cookie('admin', 'admin12345');
    const branch = ((await s.h.http('GET', '/api/branches', { cookie: admin })).body as { id: number; targetWaitMinutes: number }[]).find((b) => b.id === 1)!;
    const { id: _id, ...rest } = branch;
    expect((await s.h.http('PUT', '/api/branches/1', { cookie: admin, body: { ...rest, targetWaitMinutes: 1 } })).status).toBe(200);
    const sup = await s.openOperator('supervisor', 'super12345');
    await sup.getByRole('heading', { level: 1, name: 'Огляд офісу' }).waitFor();
    const w5 = (await windowsOf()).find((w) => w.label === '5')!;
    const ticket = await s.issue(w5.services.find((x) => x.level === 1)!.serviceId);
    await waitForText(sup, '[data-testid="office-longest"]', new RegExp(`талон ${ticket.number}`));
    expect(await sup.locator('[data-testid="office-late"]').count()).toBe(0);
    await waitForText(sup, '[data-testid="office-late"]', new RegExp(`Талон ${ticket.number} .*довше за ціль офісу \\(1 хв\\)`), 120_000);
    expect(await axeProblems(sup, false)).toEqual([]);
    // called: nobody waits, the alert goes
    const op = await s.cookie('operator4', 'operator123');
    expect((await s.h.http('POST', `/api/windows/${w5.id}/call`, { cookie: op, body: { ticketId: ticket.id } })).status).toBe(200);
    await sup.locator('[data-testid="office-late"]').waitFor({ state: 'detached' });
    expect((await s.h.http('POST', `/api/tickets/${ticket.id}/no-show`, { cookie: op })).status).toBe(200);
    expect((await s.h.http('PUT', '/api/branches/1', { cookie: admin, body: rest })).status).toBe(200);
    expect(s.pageErrors).toEqual([]);
  }, 240_000);

  it('finish without «Почати»: refused (409) while the branch does not allow it; two clicks once the admin allows it; no-show asks first', async () => {
    const w2 = (await windowsOf()).find((w) => w.label === '2')!;
    const serviceId = w2.services.find((x) => x.level === 1)!.serviceId;
    const op = await s.openOperator('operator2', 'operator123', '2');
    const first = await s.issue(serviceId);
    await pressShortcut(op, 'n', 'callNext');
    await waitForText(op, '[data-testid="current-number"]', new RegExp(`^${first.number}$`));
    await waitForText(op, '.status-line', new RegExp(`Викликано талон ${first.number}`));
    // off (the default): «Завершити» is shut for a called ticket, F does nothing, the server refuses
    expect(await op.locator('button.action--finish').isDisabled()).toBe(true);
    await op.keyboard.press('f');
    const refused = await s.h.http('POST', `/api/tickets/${first.id}/finish`, { cookie: await s.cookie('operator2', 'operator123') });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(`Талон ${first.number} не можна завершити без «Почати обслуговування»: у цьому офісі спершу починають обслуговування`);
    expect((await s.h.http('GET', `/api/tickets/${first.id}/events`, { cookie: await s.cookie('supervisor', 'super12345') })).body.ticket.status).toBe('called');

    // «Не зʼявився» asks; Esc keeps the ticket, the confirm button marks it
    await pressShortcut(op, 'x', 'noShow');
    const dialog = op.getByRole('dialog', { name: `Талон ${first.number}: відвідувач не зʼявився?` });
    await dialog.waitFor();
    expect(await axeProblems(op, false)).toEqual([]);
    await op.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await op.locator('[data-testid="current-number"]').textContent()).toBe(first.number);
    await op.locator('button.action--noShow').click();
    await dialog.getByRole('button', { name: `Так, ${first.number} не зʼявився` }).click();
    await waitForText(op, '.status-line', new RegExp(`Талон ${first.number} позначено «Не зʼявився»`));
    await waitForText(op, '.ticket-card--empty', /Немає викликаного талону/);

    // the admin allows two clicks in «Графік роботи → Робоче місце»
    const admin = await s.openOperator('admin', 'admin12345');
    await admin.getByRole('link', { name: 'Адміністрування' }).click();
    await admin.getByRole('navigation', { name: 'Адміністрування' }).getByRole('link', { name: 'Графік роботи' }).click();
    const box = admin.getByRole('form', { name: 'Робоче місце' });
    await box.getByLabel('Викликати → Завершити (без «Почати»)').check();
    await box.getByRole('button', { name: 'Зберегти робоче місце' }).click();
    await waitForText(admin, '#adm-workplace-title ~ .adm-savebar .status-line', /збережено/);
    expect(await axeProblems(admin, false)).toEqual([]);
    expect((await s.h.http('GET', '/api/branches/1/workplace-settings', { cookie: await s.cookie('operator2', 'operator123') })).body).toEqual({ finishWithoutStart: true });

    // the operator's console follows at once (a fresh snapshot): N, F — two clicks
    const second = await s.issue(serviceId);
    await pressShortcut(op, 'n', 'callNext');
    await waitForText(op, '[data-testid="current-number"]', new RegExp(`^${second.number}$`));
    await pressShortcut(op, 'f', 'finish');
    await waitForText(op, '.status-line', new RegExp(`Талон ${second.number} завершено`));
    await waitForText(op, '.ticket-card--empty', /Немає викликаного талону/);
    const ev = (await s.h.http('GET', `/api/tickets/${second.id}/events`, { cookie: await s.cookie('supervisor', 'super12345') })).body;
    expect(ev.ticket.status).toBe('done');
    expect(ev.ticket.startedAt).toBe(ev.ticket.calledAt);
    expect(ev.events.map((e: { type: string }) => e.type)).toEqual(['issued', 'called', 'finished']);
    expect(s.pageErrors).toEqual([]);
  });
});
