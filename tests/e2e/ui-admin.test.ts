// «Адміністрування» in Chromium against the real server, with nothing faked in the page: the
// admin adds a kiosk and gets a pairing code that really pairs (the list says «Очікує
// підключення до …», then «Працює», «Відкликано»), sets its printer to a real TCP fake printer
// through the form (prefilled when opened again) and prints a test page on it; closes Sunday
// and adds a holiday; switches a service off (it leaves the kiosk catalog); adds an operator,
// renames them and changes their role without a password (their open console follows), gives
// a new password, switches them off (their screen shows the sign-in form) and on again. axe on
// every admin screen.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFakePrinter, type FakePrinter } from '@cherha/printer/testing';
import { axeProblems, canRun, e2eSuite, SHOTS, waitForText } from './helpers';

interface Branch {
  id: number;
  hours: { weekday: number; opens: string; closes: string }[];
  exceptions: { date: string; opens: string | null; closes: string | null; note: string }[];
  strategy: { name: string };
}

/** a date a month ahead in Kyiv (never today, so the rest of the test is not affected) */
function dateAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe.skipIf(!canRun)('administration section (Chromium)', () => {
  const s = e2eSuite();
  let fake: FakePrinter;
  let admin: string;
  const tab = async (page: Page, name: string) => {
    await page.getByRole('navigation', { name: 'Адміністрування' }).getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  };

  beforeAll(async () => {
    fake = await startFakePrinter();
    admin = await s.cookie('admin', 'admin12345');
  });

  afterAll(async () => {
    await fake?.close();
  });

  it('devices: add a kiosk (awaiting pairing), pair it with the shown code (working), set its printer through the form (shown again when reopened), print a test page, new code, revoke', async () => {
    const page = await s.openOperator('admin', 'admin12345');
    // the admin sees «Адміністрування» next to the window console
    await page.getByRole('link', { name: 'Адміністрування' }).click();
    await page.getByRole('heading', { level: 1, name: 'Пристрої' }).waitFor();
    expect(page.url()).toMatch(/#\/admin\/devices$/);

    // an empty name is refused in the form, announced in the alert region
    await page.getByRole('button', { name: 'Додати пристрій' }).click();
    await waitForText(page, '.adm-card [role="alert"]', /Вкажіть назву пристрою/);

    await page.getByLabel('Тип пристрою').selectOption('kiosk');
    await page.getByLabel('Назва', { exact: true }).fill('Термінал e2e');
    await page.getByRole('button', { name: 'Додати пристрій' }).click();
    const shown = (await waitForText(page, '[data-testid="pairing-code"]', /^\d{4} \d{4}$/)).trim();
    await waitForText(page, '.adm-pairing', /Дійсний до \d\d:\d\d/);
    // the server's public address (EQUEUE_PUBLIC_URL), the one the device reaches — not the page's own
    await waitForText(page, '.adm-pairing', new RegExp(`${s.h.cherha.config.publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/kiosk/`));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('adm-pairing-title');
    // the list: the new kiosk waits for its code (until the time shown on the card); the demo devices are marked and work
    const added = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Термінал e2e' }) });
    const until = /Дійсний до (\d\d:\d\d)/.exec(await waitForText(page, '.adm-pairing__expiry', /Дійсний до \d\d:\d\d/))![1]!;
    await waitForText(page, '.adm-table', new RegExp(`Термінал e2e[\\s\\S]*Очікує підключення до ${until}`));
    expect(await added.getByTestId('device-state').textContent()).toContain(`Очікує підключення до ${until}`);
    const demoRows = page.locator('tr', { has: page.locator('.adm-badge--demo') });
    expect(await demoRows.count()).toBeGreaterThanOrEqual(2);
    for (const text of await demoRows.getByTestId('device-state').allTextContents()) expect(text).toContain('Працює');
    expect(await axeProblems(page, false)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'admin-devices.png'), fullPage: true });

    // the code on the screen pairs a device (what the kiosk does with it)
    const paired = await s.h.http('POST', '/api/devices/pair', { body: { code: shown.replace(' ', '') } });
    expect(paired.status).toBe(200);
    expect(paired.body.device.name).toBe('Термінал e2e');
    const kioskId = paired.body.device.id as number;
    const me = await s.h.http('GET', '/api/auth/me', { token: paired.body.token });
    expect(me.body).toMatchObject({ kind: 'device', device: { id: kioskId, kind: 'kiosk' } });

    await page.getByRole('button', { name: 'Код введено — сховати' }).click();
    await page.getByRole('button', { name: 'Оновити' }).click();
    const row = page.locator(`tr[data-device-id="${kioskId}"]`);
    await waitForText(page, `tr[data-device-id="${kioskId}"] [data-testid="device-state"]`, /^Працює$/);

    // nothing saved for its printer yet: the form says «Без принтера»
    await row.getByRole('button', { name: 'Принтер…: Термінал e2e' }).click();
    const fresh = page.getByRole('dialog', { name: 'Принтер терміналу «Термінал e2e»' });
    expect(await fresh.getByLabel('Без принтера').isChecked()).toBe(true);
    await fresh.getByRole('button', { name: 'Скасувати' }).click();
    await fresh.waitFor({ state: 'detached' });

    // printer form: the server drives a network printer (the fake one)
    await row.getByRole('button', { name: 'Принтер…: Термінал e2e' }).click();
    const dialog = page.getByRole('dialog', { name: 'Принтер терміналу «Термінал e2e»' });
    await dialog.waitFor();
    await dialog.getByLabel('Принтером керує сервер').check();
    await dialog.getByLabel('Мережа (TCP, порт 9100)').check();
    // no address: refused before it reaches the server, said next to the field and in the alert
    await dialog.getByRole('button', { name: 'Зберегти' }).click();
    await waitForText(page, '.adm-dialog [role="alert"]', /Вкажіть IP-адресу принтера/);
    expect(await dialog.getByLabel('IP-адреса або імʼя принтера').getAttribute('aria-invalid')).toBe('true');
    // the installer's allow-list is shown next to the address (this test server allows loopback, any port)
    await dialog.getByText('Дозволені налаштуваннями сервера: 127.0.0.1:*').waitFor();
    await dialog.getByLabel('IP-адреса або імʼя принтера').fill('10.99.99.99');
    await dialog.getByLabel('Порт', { exact: true }).fill('9100');
    await dialog.getByRole('button', { name: 'Зберегти' }).click();
    await dialog.getByText(/не дозволений налаштуваннями сервера/).waitFor();
    await dialog.getByLabel('IP-адреса або імʼя принтера').fill('127.0.0.1');
    await dialog.getByLabel('Порт', { exact: true }).fill(String(fake.port));
    await dialog.getByLabel('Профіль принтера').selectOption('epson-cp1251');
    await dialog.getByLabel('80 мм').check();
    expect(await axeProblems(page, false)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'admin-printer.png') });
    await dialog.getByRole('button', { name: 'Зберегти' }).click();
    await waitForText(page, '.adm-section > .adm-messages .status-line', /Принтер терміналу «Термінал e2e» збережено/);
    expect(await dialog.count()).toBe(0);

    // opened again, the form shows what was saved
    await row.getByRole('button', { name: 'Принтер…: Термінал e2e' }).click();
    await dialog.waitFor();
    expect(await dialog.getByLabel('Принтером керує сервер').isChecked()).toBe(true);
    expect(await dialog.getByLabel('Мережа (TCP, порт 9100)').isChecked()).toBe(true);
    expect(await dialog.getByLabel('IP-адреса або імʼя принтера').inputValue()).toBe('127.0.0.1');
    expect(await dialog.getByLabel('Порт', { exact: true }).inputValue()).toBe(String(fake.port));
    expect(await dialog.getByLabel('Профіль принтера').inputValue()).toBe('epson-cp1251');
    expect(await dialog.getByLabel('80 мм').isChecked()).toBe(true);
    expect(await dialog.getByText(/замінить/).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Скасувати' }).click();
    await dialog.waitFor({ state: 'detached' });

    const before = fake.jobs.length;
    await row.getByRole('button', { name: 'Тестова сторінка: Термінал e2e' }).click();
    await waitForText(page, '.adm-section > .adm-messages .status-line', /тестову сторінку надруковано/, 20_000);
    expect(fake.jobs.length).toBeGreaterThan(before);
    const bytes = Buffer.concat(fake.jobs.slice(before).map((j) => j.payload));
    expect(bytes.length).toBeGreaterThan(100);
    expect(new TextDecoder('windows-1251').decode(bytes)).toMatch(/Ґ/);

    // the printers list knows the kiosk's printer is driven by the server
    const printers = (await s.h.http('GET', '/api/branches/1/printers', { cookie: admin })).body as { deviceId: number; via: string }[];
    expect(printers.find((p) => p.deviceId === kioskId)?.via).toBe('server');

    // «Новий код підключення» asks first; confirmed, the old token stops working
    await row.getByRole('button', { name: 'Новий код підключення: Термінал e2e' }).click();
    const confirm = page.getByRole('dialog', { name: 'Новий код для «Термінал e2e»?' });
    await confirm.waitFor();
    expect(await axeProblems(page, false)).toEqual([]);
    await confirm.getByRole('button', { name: 'Так, видати новий код' }).click();
    await waitForText(page, '[data-testid="pairing-code"]', /^\d{4} \d{4}$/);
    expect((await s.h.http('GET', '/api/auth/me', { token: paired.body.token })).status).toBe(401);
    await waitForText(page, `tr[data-device-id="${kioskId}"] [data-testid="device-state"]`, /^Очікує підключення до \d\d:\d\d$/);
    await page.getByRole('button', { name: 'Код введено — сховати' }).click();

    // revoked (confirmed): said so in the list
    await row.getByRole('button', { name: 'Відкликати: Термінал e2e' }).click();
    await page.getByRole('dialog', { name: 'Відкликати «Термінал e2e»?' }).getByRole('button', { name: 'Так, відкликати' }).click();
    await waitForText(page, `tr[data-device-id="${kioskId}"] [data-testid="device-state"]`, /^Відкликано$/);
    expect(await row.getByRole('button', { name: 'Відкликати: Термінал e2e' }).count()).toBe(0);
    expect(await axeProblems(page, false)).toEqual([]);
  });

  it('working hours: close Sunday, add a holiday, change the strategy — saved on the server', async () => {
    const page = await s.openOperator('admin', 'admin12345', undefined, { width: 1280, height: 1000 });
    await page.getByRole('link', { name: 'Адміністрування' }).click();
    await tab(page, 'Графік роботи');

    const sunday = page.getByLabel('Робочий день: Неділя');
    expect(await sunday.isChecked()).toBe(true);
    await sunday.uncheck();
    await page.getByLabel('Відкриття, Понеділок').fill('08:00');
    await page.getByLabel('Закриття, Понеділок').fill('20:00');
    await page.getByRole('button', { name: 'Додати святковий або скорочений день' }).click();
    const holiday = dateAhead(30);
    const ex = page.locator('.adm-exception').last();
    await ex.getByLabel('Дата').fill(holiday);
    await ex.getByLabel('Що в цей день').selectOption('closed');
    await ex.getByLabel('Примітка').fill('Святковий день');
    // a shortened day too
    await page.getByRole('button', { name: 'Додати святковий або скорочений день' }).click();
    const shortDay = dateAhead(29);
    const ex2 = page.locator('.adm-exception').last();
    await ex2.getByLabel('Дата').fill(shortDay);
    await ex2.getByLabel('Що в цей день').selectOption('short');
    await ex2.getByLabel('Відкриття').fill('09:00');
    await ex2.getByLabel('Закриття').fill('7:00');
    await page.getByLabel('Почергово').check();
    await page.getByLabel('N — звичайних відвідувачів на одного пільгового').fill('3');

    // a wrong time is refused in the form, next to its field
    await page.getByRole('button', { name: 'Зберегти графік і правила' }).click();
    await waitForText(page, '.adm-savebar [role="alert"]', /Виправте/);
    expect(await ex2.getByLabel('Закриття').getAttribute('aria-invalid')).toBe('true');
    await ex2.getByLabel('Закриття').fill('15:00');
    // corrected: the field's own message goes away at once
    expect(await ex2.getByLabel('Закриття').getAttribute('aria-invalid')).toBeNull();
    expect(await axeProblems(page, false)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'admin-hours.png') });
    await page.getByRole('button', { name: 'Зберегти графік і правила' }).click();
    await waitForText(page, '.adm-savebar .status-line', /Графік і правила збережено/);

    const branch = ((await s.h.http('GET', '/api/branches', { cookie: admin })).body as Branch[]).find((b) => b.id === 1)!;
    expect(branch.hours.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(branch.hours[0]).toEqual({ weekday: 1, opens: '08:00', closes: '20:00' });
    expect(branch.exceptions).toEqual(
      expect.arrayContaining([
        { date: holiday, opens: null, closes: null, note: 'Святковий день' },
        { date: shortDay, opens: '09:00', closes: '15:00', note: '' },
      ]),
    );
    expect(branch.strategy).toMatchObject({ name: 'ratio', ordinaryPerPriority: 3 });

    // after a reload the form shows what the server keeps
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Графік роботи' }).waitFor();
    expect(await page.getByLabel('Робочий день: Неділя').isChecked()).toBe(false);
    expect(await page.locator('.adm-exception').count()).toBe(2);
  });

  it('services, windows and staff: switch a service off (gone from the kiosk), edit a window, add an operator; edits keep the password and reach their open screen; new password; off and on', async () => {
    const catalogBefore = (await s.h.http('GET', '/api/branches/1/catalog')).body as { services: { id: number; name: { uk: string } }[] };
    const victim = catalogBefore.services[0]!;

    const page = await s.openOperator('admin', 'admin12345', undefined, { width: 1280, height: 1000 });
    await page.getByRole('link', { name: 'Адміністрування' }).click();
    await tab(page, 'Послуги');
    await page.locator(`tr[data-service-id="${victim.id}"]`).waitFor();
    expect(await axeProblems(page, false)).toEqual([]);
    await page.getByRole('button', { name: `Змінити: ${victim.name.uk}` }).click();
    const dlg = page.getByRole('dialog', { name: `Послуга «${victim.name.uk}»` });
    await dlg.waitFor();
    expect(await dlg.getByLabel('Літера талону').locator('option').count()).toBe(19);
    await dlg.getByLabel('Послуга видається на терміналі').uncheck();
    expect(await axeProblems(page, false)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'admin-service.png') });
    await dlg.getByRole('button', { name: 'Зберегти' }).click();
    await waitForText(page, '.adm-section > .adm-messages .status-line', /збережено/);
    await waitForText(page, `tr[data-service-id="${victim.id}"]`, /Вимкнена/);
    const catalogAfter = (await s.h.http('GET', '/api/branches/1/catalog')).body as { services: { id: number }[] };
    expect(catalogAfter.services.some((s) => s.id === victim.id)).toBe(false);
    expect(catalogAfter.services.length).toBe(catalogBefore.services.length - 1);

    // windows: window 1 gets the first kiosk service as a backup (level 2)
    await tab(page, 'Вікна');
    const windows = (await s.h.http('GET', '/api/branches/1/windows', { cookie: admin })).body as { id: number; label: string; services: { serviceId: number; level: number }[] }[];
    const w = windows[0]!;
    const other = catalogAfter.services.find((s) => !w.services.some((x) => x.serviceId === s.id))!;
    expect(await axeProblems(page, false)).toEqual([]);
    await page.getByRole('button', { name: `Змінити: Вікно ${w.label}`, exact: true }).click();
    const wd = page.getByRole('dialog', { name: `Вікно ${w.label}`, exact: true });
    await wd.waitFor();
    await wd.locator(`#lvl-${other.id}`).selectOption('2');
    await page.screenshot({ path: join(SHOTS, 'admin-window.png') });
    await wd.getByRole('button', { name: 'Зберегти' }).click();
    await waitForText(page, '.adm-section > .adm-messages .status-line', new RegExp(`Вікно ${w.label} збережено`));
    const wAfter = ((await s.h.http('GET', '/api/branches/1/windows', { cookie: admin })).body as typeof windows).find((x) => x.id === w.id)!;
    expect(wAfter.services).toEqual(expect.arrayContaining([...w.services, { serviceId: other.id, level: 2 }]));

    // staff: add an operator; they sign in with the password given here
    await tab(page, 'Працівники');
    expect(await axeProblems(page, false)).toEqual([]);
    const form = page.locator('form[aria-labelledby="adm-add-user"]');
    await form.getByLabel('Логін').fill('Bad Login');
    await form.getByLabel('Прізвище та імʼя').fill('Оксана Тестова');
    await form.getByLabel('Пароль', { exact: true }).fill('short');
    await form.getByRole('button', { name: 'Додати працівника' }).click();
    await waitForText(page, 'form[aria-labelledby="adm-add-user"] [role="alert"]', /Виправте/);
    // a login that exists already: the server refuses, its message appears in the form's alert
    await form.getByLabel('Логін').fill('operator1');
    await form.getByLabel('Пароль', { exact: true }).fill('parol-12345');
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/users') && r.request().method() === 'POST');
    await form.getByRole('button', { name: 'Додати працівника' }).click();
    expect((await refused).status()).toBeGreaterThanOrEqual(400);
    await waitForText(page, 'form[aria-labelledby="adm-add-user"] [role="alert"]', /^(?!Виправте)\S/);
    await form.getByLabel('Логін').fill('e2e.operator');
    await form.getByLabel('Пароль', { exact: true }).fill('parol-12345');
    await form.getByLabel('Роль', { exact: true }).selectOption('operator');
    await form.getByRole('button', { name: 'Додати працівника' }).click();
    await waitForText(page, '.adm-section > .adm-messages .status-line', /Оксана Тестова.*додано/);
    await page.locator('tr[data-user-login="e2e.operator"]').waitFor();
    await page.screenshot({ path: join(SHOTS, 'admin-users.png'), fullPage: true });
    const login = await s.h.http('POST', '/api/auth/login', { body: { login: 'e2e.operator', password: 'parol-12345' } });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ login: 'e2e.operator', role: 'operator', branchId: 1, active: true });

    const canSignIn = async (password: string) => (await s.h.http('POST', '/api/auth/login', { body: { login: 'e2e.operator', password } })).status === 200;

    // they sit at a window; the admin renames them and makes them a supervisor — no password needed
    const theirs = await s.openOperator('e2e.operator', 'parol-12345', '6', { width: 1280, height: 900 });
    await waitForText(theirs, '.topbar__user', /Оксана Тестова \(адміністратор\)/);
    await page.getByRole('button', { name: 'Змінити: Оксана Тестова' }).click();
    const ed = page.getByRole('dialog', { name: 'Оксана Тестова (e2e.operator)' });
    await ed.waitFor();
    expect(await ed.getByLabel(/пароль/i).count()).toBe(0);
    await ed.getByLabel('Прізвище та імʼя').fill('Оксана Коваль');
    await ed.getByLabel('Роль', { exact: true }).selectOption('supervisor');
    expect(await axeProblems(page, false)).toEqual([]);
    await ed.getByRole('button', { name: 'Зберегти' }).click();
    await waitForText(page, '.adm-section > .adm-messages .status-line', /«Оксана Коваль» збережено/);
    await waitForText(page, 'tr[data-user-login="e2e.operator"]', /Керівник/);
    expect(await canSignIn('parol-12345')).toBe(true);
    // the server dropped their screen; it came back with the new name and rights, still signed in
    await waitForText(theirs, '.topbar__user', /Оксана Коваль \(керівник\)/);
    await theirs.getByRole('button', { name: 'Оголосити тривогу' }).waitFor();

    // «Новий пароль» is its own action: the old one stops working
    await page.getByRole('button', { name: 'Новий пароль: Оксана Коваль' }).click();
    const pw = page.getByRole('dialog', { name: 'Новий пароль: Оксана Коваль (e2e.operator)' });
    await pw.waitFor();
    await pw.getByRole('button', { name: 'Зберегти' }).click();
    await waitForText(page, '.adm-dialog [role="alert"]', /Щонайменше 8 символів/);
    await pw.getByLabel('Новий пароль').fill('novyi-parol-678');
    await pw.getByRole('button', { name: 'Зберегти' }).click();
    await waitForText(page, '.adm-section > .adm-messages .status-line', /Новий пароль для «Оксана Коваль».*novyi-parol-678/);
    expect(await canSignIn('parol-12345')).toBe(false);
    expect(await canSignIn('novyi-parol-678')).toBe(true);

    // switched off (confirmed): they can no longer sign in, and their open screen shows the sign-in form
    await page.getByRole('button', { name: 'Вимкнути: Оксана Коваль' }).click();
    const c = page.getByRole('dialog', { name: 'Вимкнути «Оксана Коваль»?' });
    await c.getByRole('button', { name: 'Вимкнути' }).click();
    await waitForText(page, 'tr[data-user-login="e2e.operator"]', /Вимкнений/);
    expect(await canSignIn('novyi-parol-678')).toBe(false);
    await theirs.getByRole('button', { name: 'Увійти' }).waitFor();
    // switched on again: the same password works
    await page.getByRole('button', { name: 'Увімкнути: Оксана Коваль' }).click();
    await waitForText(page, '.adm-section > .adm-messages .status-line', /«Оксана Коваль» увімкнено/);
    await waitForText(page, 'tr[data-user-login="e2e.operator"]', /Активний/);
    expect(await canSignIn('novyi-parol-678')).toBe(true);

    // English: the section is translated
    await page.getByRole('button', { name: /ENG/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    await page.getByRole('link', { name: 'Devices' }).waitFor();
    await page.getByRole('button', { name: /УКР/ }).click();

    // an operator does not get the section
    const op = await s.openOperator('operator1', 'operator123', undefined, { width: 1280, height: 900 });
    await op.getByRole('heading', { name: 'Оберіть вікно' }).waitFor();
    expect(await op.getByRole('link', { name: 'Адміністрування' }).count()).toBe(0);
    await op.goto(`${s.h.base}/operator/#/admin/devices`);
    await op.getByRole('heading', { name: 'Оберіть вікно' }).waitFor();
    expect(s.pageErrors).toEqual([]);
  });
});
