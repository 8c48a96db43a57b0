// Bookings in the operator app, in Chromium against the real server: the admin opens a service
// for booking in «Адміністрування → Запис онлайн»; an operator sees the day's bookings and who
// has checked in (with the ticket), and books a visitor who phoned. axe-core on each screen.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIOSK, PASSWORDS, TestClock } from '../src/harness';
import { axeProblems, canRun, e2eSuite, middayInKyiv, SHOTS } from './helpers';

describe.skipIf(!canRun)('bookings in the operator app (Chromium)', () => {
  // the server's clock stands at today's midday in Kyiv: free times and the check-in window
  // then never depend on the hour the test runs (near midnight the nearest time is tomorrow's)
  const s = e2eSuite({ clock: new TestClock(middayInKyiv()) });

  it('admin sets the share; the operator sees bookings and check-ins and books by phone', async () => {
    const admin = await s.cookie('admin', PASSWORDS.admin!);
    const windows = await s.h.http('GET', '/api/branches/1/windows', { cookie: admin });
    const serviceId = (windows.body as { id: number; services: { serviceId: number }[] }[]).find((w) => w.id === 1)!.services[0]!.serviceId;
    const services = await s.h.http('GET', '/api/branches/1/services', { cookie: admin });
    const serviceName = (services.body.services as { id: number; name: { uk: string } }[]).find((x) => x.id === serviceId)!.name.uk;

    // the admin: 40 % of the service's window time for booking, check-in from 120 minutes before
    const adminPage = await s.openOperator('admin', PASSWORDS.admin!);
    await adminPage.goto(`${s.h.base}/operator/#/admin/booking`);
    await adminPage.getByRole('heading', { name: 'Запис онлайн' }).waitFor();
    await adminPage.getByLabel('Реєстрація відкривається за, хв').fill('120');
    await adminPage.getByLabel(serviceName, { exact: true }).fill('40');
    expect(await axeProblems(adminPage, false)).toEqual([]);
    await adminPage.getByRole('button', { name: 'Зберегти' }).click();
    await adminPage.getByRole('status').filter({ hasText: 'Правила запису збережено.' }).waitFor();
    const saved = await s.h.http('GET', '/api/branches/1/booking-settings', { cookie: admin });
    expect(saved.body.checkInBeforeMinutes).toBe(120);
    expect(saved.body.services.find((x: { serviceId: number }) => x.serviceId === serviceId).sharePercent).toBe(40);

    // a visitor booked online and checked in; another booked and has not come yet
    const a = await s.h.http('GET', `/api/public/booking/services/${serviceId}/availability`);
    const [first, second] = a.body.slots as { startsAt: string; time: string }[];
    const came = await s.h.http('POST', '/api/public/bookings', { body: { serviceId, startsAt: first!.startsAt, name: 'Олена Петренко', phone: '0671234567', consent: true } });
    expect(came.status).toBe(201);
    const checkIn = await s.h.http('POST', '/api/bookings/check-in', { token: KIOSK, body: { code: came.body.code } });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(201);
    await s.h.http('POST', '/api/public/bookings', { body: { serviceId, startsAt: (second ?? first)!.startsAt, name: 'Іван Коваль' } });

    const page = await s.openOperator('operator1', PASSWORDS.operator1!, '1');
    await page.getByRole('link', { name: 'Записи' }).click();
    await page.getByRole('heading', { name: 'Записи на день' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Олена Петренко' });
    await row.getByText('Зареєструвався', { exact: true }).waitFor();
    await row.getByText(checkIn.body.ticket.number as string).waitFor();
    await page.getByRole('row').filter({ hasText: 'Іван Коваль' }).getByText('Очікується').waitFor();
    await page.getByRole('status').filter({ hasText: /Записано: 2 · Очікуються: 1 · Зареєструвалися: 1/ }).waitFor();
    expect(await axeProblems(page, false)).toEqual([]);

    // «Записати за телефоном»
    await page.getByLabel('Імʼя відвідувача').fill('Марія Ткач');
    await page.getByLabel('Телефон (необовʼязково)').fill('0501112233');
    await page.getByRole('button', { name: 'Записати', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'погодьтеся' }).waitFor();
    await page.getByLabel('Відвідувач погодився, що центр зберігає його телефон або пошту').check();
    await page.getByRole('button', { name: 'Записати', exact: true }).click();
    await page.getByRole('status').filter({ hasText: /^Запис [A-Z2-9]{4}-[A-Z2-9]{4} на \d\d:\d\d створено/ }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Марія Ткач' }).waitFor();
    expect(await axeProblems(page, false)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'operator-bookings.png'), fullPage: true });
    const row3 = s.h.cherha.services.repos.db.prepare("SELECT phone, created_by FROM bookings WHERE name = 'Марія Ткач'").get() as { phone: string; created_by: string };
    expect(row3.phone).toBe('+380501112233');
    expect(row3.created_by).toMatch(/^user:\d+$/);
    expect(s.pageErrors).toEqual([]);
  });
});
