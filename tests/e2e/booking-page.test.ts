// The public booking page (/book/) in Chromium at 360 px against the real server: office →
// service → day → time → name and phone with consent → code, QR code and calendar file; the
// page never shows the surname or the phone in full; English switch; cancel by the code.
// axe-core on every step, no serious findings. The booking is checked in SQLite.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSWORDS } from '../src/harness';
import { axeProblems, canRun, e2eSuite, SHOTS } from './helpers';

const PHONE = { width: 360, height: 740 };
const bookingBuilt = existsSync(join(import.meta.dirname, '..', '..', 'booking-ui', 'dist', 'index.html'));

/** nothing wider than the phone (a sideways scroll hides buttons) and no serious axe finding */
async function checkScreen(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(await axeProblems(page, false)).toEqual([]);
}

describe.skipIf(!canRun || (!bookingBuilt && !process.env.CI))('booking page (Chromium, 360 px)', () => {
  const s = e2eSuite();

  it('books a time, shows the code with its QR code, hides the personal data, switches to English and cancels', async () => {
    const admin = await s.cookie('admin', PASSWORDS.admin!);
    const windows = await s.h.http('GET', '/api/branches/1/windows', { cookie: admin });
    const serviceId = (windows.body as { id: number; services: { serviceId: number; level: number }[] }[]).find((w) => w.id === 1)!.services[0]!.serviceId;
    const settings = await s.h.http('GET', '/api/branches/1/booking-settings', { cookie: admin });
    const put = await s.h.http('PUT', '/api/branches/1/booking-settings', { cookie: admin, body: { ...settings.body, services: [{ serviceId, sharePercent: 50 }] } });
    expect(put.status).toBe(200);
    // the service's card (what to bring) is shown before booking
    const card = await s.h.http('PUT', `/api/services/${serviceId}/card`, {
      cookie: admin, body: { documents: { uk: ['Паспорт громадянина України'], en: ['Passport of a citizen of Ukraine'] }, fee: { uk: 'Безоплатно', en: 'Free' }, duration: { uk: '', en: '' }, applicants: { uk: '', en: '' } },
    });
    expect(card.status, JSON.stringify(card.body)).toBe(200);

    const page = await s.open(PHONE);
    await page.goto(`${s.h.base}/book/`);
    // one office: its services at once
    await page.getByRole('heading', { name: 'Оберіть послугу' }).waitFor();
    await checkScreen(page);
    await page.getByRole('button').filter({ hasText: /хв/ }).first().click();
    await page.getByRole('heading', { name: 'Оберіть день' }).waitFor();
    await page.getByRole('heading', { name: /^Оберіть час/ }).waitFor();
    await checkScreen(page);
    await page.locator('.time').first().click();

    await page.getByRole('heading', { name: 'Ваші дані' }).waitFor();
    await page.getByText('Що взяти з собою').click();
    await page.getByText('Паспорт громадянина України').waitFor();
    await page.getByLabel('Імʼя та прізвище').fill('Олена Петренко');
    await page.getByLabel('Телефон (необовʼязково)').fill('067 765 43 21');
    // a phone without consent is refused by the server with a clear message
    const consent = page.getByRole('checkbox', { name: /Погоджуюся/ });
    await consent.waitFor();
    await page.getByRole('button', { name: 'Записатися' }).click();
    await page.getByRole('alert').filter({ hasText: 'погодьтеся на їх зберігання' }).waitFor();
    await checkScreen(page);
    await consent.check();
    await page.getByRole('button', { name: 'Записатися' }).click();

    await page.getByRole('heading', { name: 'Ви записані' }).waitFor();
    const code = (await page.locator('.code__value').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(new URL(page.url()).searchParams.get('code')).toBe(code);
    const qrLoaded = await page.getByRole('img', { name: `QR-код запису ${code}` }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
    expect(qrLoaded).toBe(true);
    await expect(page.getByRole('link', { name: 'Додати в календар (.ics)' }).getAttribute('href')).resolves.toContain('/calendar.ics');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Олена П.');
    expect(text).not.toContain('Петренко');
    expect(text).not.toContain('7654321');
    await checkScreen(page);
    await page.screenshot({ path: join(SHOTS, 'booking-done.png'), fullPage: true });

    const row = s.h.cherha.services.repos.db.prepare('SELECT name, phone, status, service_id FROM bookings WHERE code = ?').get(code.replace('-', ''));
    expect(row).toEqual({ name: 'Олена Петренко', phone: '+380677654321', status: 'booked', service_id: serviceId });

    // the QR code's link opens the same booking, in English on a tap
    await page.goto(`${s.h.base}/book/?code=${code.replace('-', '')}`);
    await page.getByRole('heading', { name: 'Чекаємо на вас' }).waitFor();
    await page.getByRole('button', { name: 'ENG' }).click();
    await page.getByRole('heading', { name: 'We are expecting you' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await checkScreen(page);
    await page.getByRole('button', { name: 'УКР' }).click();

    await page.getByRole('button', { name: 'Скасувати запис' }).click();
    await page.getByRole('button', { name: 'Так, скасувати' }).click();
    await page.getByRole('heading', { name: 'Запис скасовано' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Час звільнено для інших' }).waitFor();
    await checkScreen(page);
    expect(s.h.cherha.services.repos.db.prepare('SELECT status FROM bookings WHERE code = ?').get(code.replace('-', ''))).toEqual({ status: 'cancelled' });
    expect(s.pageErrors).toEqual([]);
  });

  it('moves the focus to each new step’s heading and names it aloud, asks before moving, keeps the code field after a wrong code', async () => {
    const admin = await s.cookie('admin', PASSWORDS.admin!);
    const windows = await s.h.http('GET', '/api/branches/1/windows', { cookie: admin });
    const serviceId = (windows.body as { id: number; services: { serviceId: number; level: number }[] }[]).find((w) => w.id === 1)!.services[0]!.serviceId;
    const settings = await s.h.http('GET', '/api/branches/1/booking-settings', { cookie: admin });
    expect((await s.h.http('PUT', '/api/branches/1/booking-settings', { cookie: admin, body: { ...settings.body, services: [{ serviceId, sharePercent: 50 }] } })).status).toBe(200);
    const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const live = (page: Page) => page.evaluate(() => document.getElementById('step-live')?.textContent ?? '');

    const page = await s.open(PHONE);
    await page.goto(`${s.h.base}/book/`);
    await page.getByRole('heading', { name: 'Оберіть послугу' }).waitFor();
    // a service chosen: the day step's heading has the focus (not <body>) and is announced
    await page.getByRole('button').filter({ hasText: /хв/ }).first().click();
    await page.getByRole('heading', { name: 'Оберіть день' }).waitFor();
    await expect.poll(() => focused(page)).toBe('Оберіть день');
    expect(await live(page)).toBe('Оберіть день');
    // a day chosen: the focus goes to its times
    const days = page.locator('.day:not([disabled])');
    expect(await days.count()).toBeGreaterThan(1);
    await days.nth(1).click();
    await expect.poll(() => focused(page)).toMatch(/^Оберіть час — /);
    expect(await live(page)).toMatch(/^Оберіть час — /);
    // a time chosen: the form's heading
    await page.locator('.time').first().click();
    await page.getByRole('heading', { name: 'Ваші дані' }).waitFor();
    await expect.poll(() => focused(page)).toBe('Ваші дані');
    await checkScreen(page);

    // a wrong code: the field stays, with what was typed and the server's sentence under it
    await page.goto(`${s.h.base}/book/`);
    await page.getByLabel('Введіть код запису').fill('ABCD-EFGH');
    await page.getByRole('button', { name: 'Знайти' }).click();
    const reason = page.locator('#find-error');
    await reason.waitFor();
    const sentence = (await reason.innerText()).trim();
    expect(sentence).toMatch(/^Запис із таким кодом не знайдено/);
    // only the human sentence: no field path, code or JSON
    expect(sentence).not.toMatch(/[{}[\]]|NOT_FOUND|params|body\./);
    const field = page.getByLabel('Введіть код запису');
    expect(await field.inputValue()).toBe('ABCD-EFGH');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe('find-error');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('find-code');
    await checkScreen(page);

    // moving asks first, as cancelling does
    const free = await s.h.http('GET', `/api/public/booking/services/${serviceId}/availability`);
    const slots = free.body.slots as { startsAt: string; time: string }[];
    expect(slots.length).toBeGreaterThan(2);
    const made = await s.h.http('POST', '/api/public/bookings', { body: { serviceId, startsAt: slots[0]!.startsAt, name: 'Іван Коваль' } });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const code = made.body.code as string;
    await field.fill(code);
    await page.getByRole('button', { name: 'Знайти' }).click();
    await page.getByRole('heading', { name: 'Чекаємо на вас' }).waitFor();
    await page.getByRole('button', { name: 'Перенести на інший час' }).click();
    await page.getByRole('heading', { name: 'Перенести на інший час' }).waitFor();
    const target = slots[slots.length - 1]!;
    await page.locator('.time').filter({ hasText: target.time }).first().click();
    const ask = page.getByRole('group', { name: `Перенести запис на ${target.time}?` });
    await ask.waitFor();
    await expect.poll(() => focused(page)).toBe(`Перенести запис на ${target.time}?`);
    await checkScreen(page);
    const startsAt = () => (s.h.cherha.services.repos.db.prepare('SELECT starts_at FROM bookings WHERE code = ?').get(code.replace('-', '')) as { starts_at: string }).starts_at;
    // «Ні»: nothing moved
    await ask.getByRole('button', { name: 'Ні, залишити як є' }).click();
    expect(startsAt()).toBe(slots[0]!.startsAt);
    await page.locator('.time').filter({ hasText: target.time }).first().click();
    await page.getByRole('group', { name: `Перенести запис на ${target.time}?` }).getByRole('button', { name: 'Так, перенести' }).click();
    await page.getByRole('status').filter({ hasText: `о ${target.time}` }).waitFor();
    expect(startsAt()).toBe(target.startsAt);
    expect(s.pageErrors).toEqual([]);
  });
});
