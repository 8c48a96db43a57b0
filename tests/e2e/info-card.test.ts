// Service cards, notifications and the office load in Chromium: the kiosk shows a service's
// card before the ticket (read it, print the list, go back without a ticket, or take one), the
// admin edits a card and adds a webhook receiver (secret shown once), and the public load page
// and widget pass axe.
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeProblems, canRun, e2eSuite, SHOTS, waitForText } from './helpers';

const SERVICE = 'Реєстрація місця проживання (перебування)';
const CARD = {
  documents: { uk: ['Паспорт громадянина України або ID-картка', 'Документ, що підтверджує право на проживання', 'Квитанція про сплату адміністративного збору'], en: ['Passport or ID card', 'Proof of the right to live there', 'Receipt of the fee'] },
  fee: { uk: '30 грн (якщо звернулися вчасно — безоплатно)', en: 'UAH 30 (free if on time)' },
  duration: { uk: 'У день звернення', en: 'The same day' },
  applicants: { uk: 'Особа, яка змінює місце проживання, або її законний представник', en: 'The person moving, or their legal representative' },
};

describe.skipIf(!canRun)('service cards, notifications and the office load in the browser', () => {
  const s = e2eSuite();

  const serviceId = async (): Promise<number> => {
    const admin = await s.cookie('admin', 'admin12345');
    const r = await s.h.http('GET', '/api/branches/1/services', { cookie: admin });
    const list = (Array.isArray(r.body) ? r.body : r.body.services) as { id: number; name: { uk: string } }[];
    return list.find((x) => x.name.uk === SERVICE)!.id;
  };
  const tickets = () => (s.h.cherha.services.repos.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;

  it('the kiosk shows the card before the ticket: read and go back, or take the ticket from it', async () => {
    const id = await serviceId();
    const admin = await s.cookie('admin', 'admin12345');
    expect((await s.h.http('PUT', `/api/services/${id}/card`, { cookie: admin, body: CARD })).status).toBe(200);

    const kiosk = await s.openKiosk();
    await kiosk.getByRole('button', { name: /Реєстрація місця проживання/ }).first().click();
    await kiosk.getByRole('button', { name: /Подання документів/ }).click();
    const tile = kiosk.getByRole('button', { name: /Реєстрація місця проживання \(перебування\)/ });
    const before = tickets();
    await tile.click();
    await kiosk.getByRole('heading', { name: 'Що взяти з собою' }).waitFor();
    await waitForText(kiosk, '.card-screen__docs ol', /Квитанція про сплату/);
    expect(await kiosk.locator('.card-screen__docs li').count()).toBe(3);
    await waitForText(kiosk, '.card-screen__facts', /У день звернення/);
    expect(await axeProblems(kiosk, true)).toEqual([]);
    await kiosk.screenshot({ path: join(SHOTS, 'kiosk-service-card.png') });
    // the list on the kiosk's printer (the demo kiosk's virtual printer keeps a picture of it)
    await kiosk.getByRole('button', { name: 'Надрукувати перелік документів' }).click();
    await waitForText(kiosk, '.card-screen__printed', /Перелік документів надруковано/);
    const page = readdirSync(join(s.h.dir, 'printed')).find((f) => f.includes('documents') && f.endsWith('.png'));
    expect(page).toBeDefined();
    if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync(join(s.h.dir, 'printed', page!), join(SHOTS, 'printed-documents.png'));
    // reading and printing issue nothing
    expect(tickets()).toBe(before);
    await kiosk.getByRole('button', { name: /Назад/ }).click();
    await tile.waitFor();
    expect(tickets()).toBe(before);

    // English: the card in English
    await tile.click();
    await kiosk.getByRole('button', { name: 'ENG' }).or(kiosk.getByRole('button', { name: /English/ })).first().click();
    await kiosk.getByRole('heading', { name: 'What to bring' }).waitFor();
    await waitForText(kiosk, '.card-screen__docs ol', /Receipt of the fee/);
    await kiosk.getByRole('button', { name: 'УКР' }).or(kiosk.getByRole('button', { name: /Українська/ })).first().click();

    const issued = kiosk.waitForResponse((r) => r.url().endsWith('/api/branches/1/tickets') && r.request().method() === 'POST');
    await kiosk.getByRole('button', { name: 'Взяти талон' }).click();
    const answer = await issued;
    expect(answer.status()).toBe(201);
    await waitForText(kiosk, '.result__number', /^Р\d{3}$/);
    expect(tickets()).toBe(before + 1);

    // the phone's ticket page: the same card, folded under «Що взяти з собою»
    const code = ((await answer.json()) as { ticket: { publicCode: string } }).ticket.publicCode;
    const phone = await s.open({ width: 360, height: 740 });
    await phone.goto(`${s.h.base}/t/${code}`);
    await phone.getByText('Що взяти з собою').click();
    await waitForText(phone, 'details.card', /Документ, що підтверджує право на проживання/);
    await waitForText(phone, 'details.card', /У день звернення/);
    expect(await axeProblems(phone, false)).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });

  it('the admin edits a card and adds a webhook receiver; the secret is shown once', async () => {
    const page = await s.openOperator('admin', 'admin12345');
    await page.goto(`${s.h.base}/operator/#/admin/notifications`);
    await page.getByRole('heading', { name: 'Сповіщення' }).waitFor();
    expect(await axeProblems(page, false)).toEqual([]);
    await page.getByRole('button', { name: 'Додати отримувача' }).click();
    await page.getByLabel('Назва').fill('Міський шлюз SMS');
    await page.getByLabel(/Адреса \(http/).fill('https://sms.example.org/cherha');
    await page.getByLabel('Обслуговування завершено').check();
    await page.getByRole('button', { name: 'Зберегти' }).click();
    const secret = (await waitForText(page, '[data-testid="webhook-secret"]', /^whsec_/)).trim();
    expect(await axeProblems(page, false)).toEqual([]);
    await page.getByRole('button', { name: 'Закрити' }).last().click();
    await waitForText(page, '.adm-table', /Міський шлюз SMS/);
    // the list and the page never show the secret again
    expect(await page.content()).not.toContain(secret);
    await page.screenshot({ path: join(SHOTS, 'admin-notifications.png') });
    const admin = await s.cookie('admin', 'admin12345');
    const hooks = (await s.h.http('GET', '/api/branches/1/webhooks', { cookie: admin })).body.webhooks;
    expect(hooks[0]).toMatchObject({ name: 'Міський шлюз SMS', url: 'https://sms.example.org/cherha', events: ['ticket.called', 'ticket.finished'] });

    await page.goto(`${s.h.base}/operator/#/admin/services`);
    const other = 'Зняття з реєстрації місця проживання';
    await page.getByRole('button', { name: new RegExp(`^Картка: ${other}`) }).first().click();
    const docs = page.getByLabel('Документи (кожен з нового рядка) — українською');
    await docs.waitFor();
    expect(await axeProblems(page, false)).toEqual([]);
    await docs.fill('Паспорт\nЗаява');
    await page.getByLabel('Вартість — українською').fill('Безоплатно');
    await page.getByRole('button', { name: 'Зберегти' }).click();
    await waitForText(page, '.status-line', /Картку послуги «Зняття з реєстрації місця проживання.*» збережено/);
    const list = (await s.h.http('GET', '/api/public/branches/1/service-cards')).body.cards as { documents: { uk: string[] }; fee: { uk: string } }[];
    expect(list.some((c) => c.documents.uk.join('|') === 'Паспорт|Заява' && c.fee.uk === 'Безоплатно')).toBe(true);
    expect(s.pageErrors).toEqual([]);
  });

  it('the public load page and the widget are accessible, in Ukrainian and English', async () => {
    const page = await s.open({ width: 390, height: 844 });
    await page.goto(`${s.h.base}/load/1`);
    await page.getByRole('heading', { name: /Завантаженість/ }).waitFor();
    await waitForText(page, 'table', /Реєстрація місця проживання/);
    expect(await axeProblems(page, true)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'office-load.png'), fullPage: false });
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: /Current load/ }).waitFor();
    expect(await axeProblems(page, true)).toEqual([]);
    const widget = await s.open({ width: 340, height: 420 });
    await widget.goto(`${s.h.base}/load/1/widget`);
    await widget.getByRole('table').waitFor();
    expect(await axeProblems(widget, true)).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});

