// The admin forms check a body with the contracts' own zod schemas before sending it (issue 11):
// in Chromium against the real server, a mistake the server would refuse is said under its field
// and nothing is sent — the usual ones in the form's words, the rest (here: a hidden
// direction-override character in a name) in the contract's Ukrainian message. The time fields'
// `pattern` is the contracts' HHMM_RE, and the browser really applies it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page, Request } from 'playwright-core';
import { canRun, e2eSuite, waitForText } from './helpers';

/** U+202E RIGHT-TO-LEFT OVERRIDE: would reverse the text after it on the board and on paper */
const RLO = '\u202e';

/** the error under the field whose input has this label (the one its aria-describedby names) */
async function fieldError(scope: Page | Locator, label: string): Promise<string | null> {
  const input = scope.getByLabel(label, { exact: true });
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(' ').filter(Boolean).map((id) => input.page().locator(`[id="${id}"].adm-field__error`).allTextContents()));
  return texts.flat()[0] ?? null;
}

describe.skipIf(!canRun)('admin forms check with the contracts’ schemas (Chromium)', () => {
  const s = e2eSuite();
  let page: Page;
  let writes: string[];

  beforeEach(async () => {
    page = await s.openOperator('admin', 'admin12345', undefined, { width: 1280, height: 1000 });
    writes = [];
    // every request that would change something: none may leave while the form refuses
    page.on('request', (r: Request) => {
      if (r.url().includes('/api/') && r.method() !== 'GET') writes.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await page.getByRole('link', { name: 'Адміністрування' }).click();
    await page.getByRole('heading', { level: 1, name: 'Пристрої' }).waitFor();
  });

  afterEach(async () => {
    await page.close();
  });

  const tab = async (name: string) => {
    await page.getByRole('navigation', { name: 'Адміністрування' }).getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  };

  it('a new account: login, name and password are refused under their fields, nothing is sent', async () => {
    await tab('Працівники');
    const form = page.locator('form[aria-labelledby="adm-add-user"]');
    await form.getByLabel('Логін').fill('Bad Login');
    await form.getByLabel('Прізвище та імʼя').fill(`Оксана ${RLO}Тестова`);
    await form.getByLabel('Пароль', { exact: true }).fill('short');
    await form.getByRole('button', { name: 'Додати працівника' }).click();
    await waitForText(page, 'form[aria-labelledby="adm-add-user"] [role="alert"]', /^Виправте 3 поля/);
    expect(await fieldError(form, 'Логін')).toBe('3–64 малі латинські літери, цифри, крапка, _ або -');
    expect(await fieldError(form, 'Пароль')).toBe('Щонайменше 8 символів');
    // the server's own rule, said before the server is asked
    expect(await fieldError(form, 'Прізвище та імʼя')).toMatch(/керівні або невидимі символи/);
    expect(await form.getByLabel('Прізвище та імʼя').getAttribute('aria-invalid')).toBe('true');
    expect(writes).toEqual([]);
  });

  it('a device: a name with a direction override is refused in the form, nothing is sent', async () => {
    await page.getByLabel('Назва', { exact: true }).fill(`Термінал ${RLO}1`);
    await page.getByRole('button', { name: 'Додати пристрій' }).click();
    await waitForText(page, '.adm-card [role="alert"]', /^Виправте 1 поле/);
    expect(await fieldError(page.locator('form[aria-labelledby="adm-add-device"]'), 'Назва')).toMatch(/керівні або невидимі символи/);
    expect(writes).toEqual([]);
  });

  it('a service: numbers out of the contract’s ranges are said in the form’s words, a hidden character in the name in the contract’s, nothing is sent', async () => {
    await tab('Послуги');
    await page.getByRole('button', { name: 'Додати послугу' }).click();
    const dlg = page.getByRole('dialog', { name: 'Додати послугу' });
    await dlg.waitFor();
    await dlg.getByLabel('Назва українською').fill(`Тестова ${RLO}послуга`);
    await dlg.getByLabel('Назва англійською').fill('Test service');
    await dlg.getByLabel('Ліміт талонів на день').fill('0');
    await dlg.getByLabel('Середній час обслуговування, хвилин').fill('abc');
    await dlg.getByRole('button', { name: 'Зберегти' }).click();
    await dlg.locator('.adm-field__error').first().waitFor();
    expect(await dlg.getByRole('alert').textContent()).toMatch(/^Виправте 3 поля/);
    expect(await fieldError(dlg, 'Ліміт талонів на день')).toBe('Порожньо або ціле число від 1 до 10000');
    expect(await fieldError(dlg, 'Середній час обслуговування, хвилин')).toBe('Ціле число від 1 до 480');
    expect(await fieldError(dlg, 'Назва українською')).toMatch(/керівні або невидимі символи/);
    expect(writes).toEqual([]);
  });

  it('working hours: the time fields’ pattern is the contracts’ HHMM rule, applied by the browser', async () => {
    await tab('Графік роботи');
    const opens = page.getByLabel('Відкриття, Понеділок');
    expect(await opens.getAttribute('pattern')).toBeTruthy();
    const valid = async (v: string) => {
      await opens.fill(v);
      return opens.evaluate((el) => (el as HTMLInputElement).checkValidity());
    };
    expect(await valid('08:30')).toBe(true);
    expect(await valid('24:00')).toBe(true);
    expect(await valid('25:00')).toBe(false);
    expect(await valid('8:30')).toBe(false);
    expect(await valid('24:01')).toBe(false);
  });
});
