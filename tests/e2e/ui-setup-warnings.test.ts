// «Адміністрування» says when a setup cannot work, in Chromium against the real server:
// - «Пристрої»: the public address is a loopback one (this test server's EQUEUE_PUBLIC_URL is
//   http://localhost:3000), with the fix; the pairing steps show that address, not the page's;
//   a kiosk's new print agent is one step (its code, the npm command, the kiosk already linked);
// - «Послуги»: a service no switched-on window serves is listed, and saving it says so;
// - «Вікна»: saving a window that leaves a service without any window says so.
// axe on every screen with a warning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems, canRun, e2eSuite, waitForText } from './helpers';

describe.skipIf(!canRun)('admin setup warnings (Chromium)', () => {
  const s = e2eSuite();
  let admin: string;
  let page: Page;
  const tab = async (name: string) => {
    await page.getByRole('navigation', { name: 'Адміністрування' }).getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  };

  beforeAll(async () => {
    admin = await s.cookie('admin', 'admin12345');
    page = await s.openOperator('admin', 'admin12345');
    await page.getByRole('link', { name: 'Адміністрування' }).click();
    await page.getByRole('heading', { level: 1, name: 'Пристрої' }).waitFor();
  });
  afterAll(() => {
    expect(s.pageErrors).toEqual([]);
  });

  it('devices: a loopback public address is warned about with the fix; a kiosk’s print agent is paired in one step with the real address', async () => {
    const publicUrl = s.h.cherha.config.publicUrl;
    expect(publicUrl).toBe('http://localhost:3000');
    const warning = page.getByTestId('loopback-warning');
    await warning.getByRole('heading', { name: 'Пристрої та телефони не відкриють адресу сервера' }).waitFor();
    const text = (await warning.textContent()) ?? '';
    expect(text).toContain('http://localhost:3000');
    expect(text).toContain('лише компʼютер, на якому працює сервер');
    expect(text).toMatch(/EQUEUE_PUBLIC_URL=\S+/);
    expect(text).toContain('перезапустіть сервер');
    expect(await axeProblems(page, false)).toEqual([]);

    const kiosk = (await s.h.http('GET', '/api/branches/1/devices', { cookie: admin })).body.find((d: { kind: string; isDemo: boolean }) => d.kind === 'kiosk' && d.isDemo);
    const row = page.locator(`tr[data-device-id="${kiosk.id}"]`);
    await row.getByRole('button', { name: `Принтер…: ${kiosk.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Принтер терміналу «${kiosk.name}»` });
    await dialog.getByLabel('Агент друку на ПК терміналу').check();
    expect(await axeProblems(page, false)).toEqual([]);
    await dialog.getByRole('button', { name: 'Новий агент друку для цього терміналу' }).click();
    await dialog.waitFor({ state: 'detached' });

    const code = (await waitForText(page, '[data-testid="pairing-code"]', /^\d{4} \d{4}$/)).replace(' ', '');
    const command = await waitForText(page, '[data-testid="agent-command"]', /npm run print-agent/);
    // the address devices reach (EQUEUE_PUBLIC_URL), not the one this page was opened at
    expect(command).toContain(`npm run print-agent -- pair ${code} --server ${publicUrl}`);
    expect(command).not.toContain(s.h.base);
    await waitForText(page, '.adm-pairing', new RegExp(`Термінал «${kiosk.name}» друкуватиме через цього агента`));
    await waitForText(page, '.adm-section > .adm-messages .status-line', /створено агента друку/);
    expect(await axeProblems(page, false)).toEqual([]);

    // what the screen says is what the server did: the kiosk points at the new agent, and the code pairs it
    const devices = (await s.h.http('GET', '/api/branches/1/devices', { cookie: admin })).body as { id: number; kind: string; printAgentId: number | null }[];
    const agentId = devices.find((d) => d.id === kiosk.id)!.printAgentId;
    expect(devices.find((d) => d.id === agentId)?.kind).toBe('print_agent');
    const paired = await s.h.http('POST', '/api/devices/pair', { body: { code } });
    expect(paired.status).toBe(200);
    expect(paired.body.device.id).toBe(agentId);
  });

  it('services: a service no window serves is listed, and saving it says so; a window that takes it clears the list, one that drops it warns', async () => {
    const catalog = (await s.h.http('GET', '/api/branches/1/services', { cookie: admin })).body as { services: Record<string, unknown>[] };
    const model = catalog.services[0]!;
    const created = await s.h.http('POST', '/api/branches/1/services', {
      cookie: admin,
      body: {
        categoryId: model.categoryId, name: { uk: 'Апостиль е2е', en: 'Apostille e2e' }, prefix: 'Ш', rangeStart: 1, rangeEnd: 999, dailyCap: null,
        opensAt: null, closesAt: null, stopIssuingMinutesBeforeClose: 0, expectedMinutes: 10, active: true, sortOrder: 999,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const serviceId = created.body.id as number;

    await tab('Послуги');
    const list = page.getByTestId('unserved-services');
    await list.getByRole('heading', { name: /Послуги, яких не обслуговує жодне вікно/ }).waitFor();
    await list.locator(`li[data-service-id="${serviceId}"]`).waitFor();
    expect(await list.textContent()).toContain('Термінал їх не пропонує');
    expect(await axeProblems(page, false)).toEqual([]);

    await page.getByRole('button', { name: 'Змінити: Апостиль е2е' }).click();
    const dialog = page.getByRole('dialog', { name: 'Послуга «Апостиль е2е»' });
    await dialog.getByRole('button', { name: 'Зберегти' }).click();
    await dialog.waitFor({ state: 'detached' });
    const saved = await waitForText(page, '[data-testid="save-warning"]', /Апостиль е2е/);
    expect(saved).toContain('Увага: послугу «Апостиль е2е» не обслуговує жодне увімкнене вікно, тому термінал її не пропонує');
    expect(await page.getByTestId('save-warning').getAttribute('role')).toBe('alert');
    expect(await axeProblems(page, false)).toEqual([]);

    // window 1 takes it: the list is gone
    await tab('Вікна');
    const editWindow = async (level: '1' | '0') => {
      await page.getByRole('button', { name: 'Змінити: Вікно 1', exact: true }).click();
      const d = page.getByRole('dialog', { name: 'Вікно 1', exact: true });
      await d.getByLabel('Ш Апостиль е2е').selectOption(level);
      await d.getByRole('button', { name: 'Зберегти' }).click();
      await d.waitFor({ state: 'detached' });
      await waitForText(page, '.adm-section > .adm-messages .status-line', /Вікно 1 збережено/);
    };
    await editWindow('1');
    expect((await s.h.http('GET', '/api/branches/1/unserved-services', { cookie: admin })).body.services).toEqual([]);
    expect(await page.getByTestId('save-warning').count()).toBe(0);
    await tab('Послуги');
    await page.getByRole('button', { name: 'Змінити: Апостиль е2е' }).waitFor();
    expect(await page.getByTestId('unserved-services').count()).toBe(0);

    // and drops it again: the windows tab warns at once, naming it
    await tab('Вікна');
    await editWindow('0');
    const warned = await waitForText(page, '[data-testid="save-warning"]', /Апостиль е2е/);
    expect(warned).toContain('Увага: тепер жодне увімкнене вікно не обслуговує послугу Ш — Апостиль е2е');
    expect(await axeProblems(page, false)).toEqual([]);
  });
});
