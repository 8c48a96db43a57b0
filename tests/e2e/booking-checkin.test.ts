// Check-in of booked visitors at the kiosk in Chromium against the real server: a scanner that
// types like a keyboard (the QR link, then Enter), and the on-screen keypad; an unknown code is
// refused in plain words. The ticket is a booked one in SQLite; axe-core on every screen.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PASSWORDS, TestClock } from '../src/harness';
import { axeProblems, canRun, e2eSuite, middayInKyiv, SHOTS } from './helpers';

describe.skipIf(!canRun)('kiosk check-in (Chromium)', () => {
  // the server's clock stands at today's midday in Kyiv: free times and the check-in window
  // then never depend on the hour the test runs (near midnight the nearest time is tomorrow's)
  const s = e2eSuite({ clock: new TestClock(middayInKyiv()) });

  async function bookNearest(serviceId: number, name: string): Promise<string> {
    const a = await s.h.http('GET', `/api/public/booking/services/${serviceId}/availability`);
    const slot = a.body.slots[0] as { startsAt: string };
    const r = await s.h.http('POST', '/api/public/bookings', { body: { serviceId, startsAt: slot.startsAt, name } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return (r.body.code as string).replace('-', '');
  }

  const bookingOf = (code: string) =>
    s.h.cherha.services.repos.db.prepare('SELECT b.status, b.late, t.number FROM bookings b LEFT JOIN tickets t ON t.id = b.ticket_id WHERE b.code = ?').get(code) as
      { status: string; late: number; number: string | null };

  async function openCheckIn(page: Page): Promise<void> {
    await page.getByRole('button', { name: /Я записаний\(-а\) онлайн/ }).click();
    await page.getByRole('heading', { name: 'Реєстрація за записом' }).waitFor();
  }

  it('checks in by a scanned QR link and by the keypad; an unknown code is refused', async () => {
    const admin = await s.cookie('admin', PASSWORDS.admin!);
    const windows = await s.h.http('GET', '/api/branches/1/windows', { cookie: admin });
    const serviceId = (windows.body as { id: number; services: { serviceId: number }[] }[]).find((w) => w.id === 1)!.services[0]!.serviceId;
    const settings = await s.h.http('GET', '/api/branches/1/booking-settings', { cookie: admin });
    // check-in opens two hours ahead here, so the nearest free time can be checked in whatever the hour
    const put = await s.h.http('PUT', '/api/branches/1/booking-settings', {
      cookie: admin, body: { ...settings.body, checkInBeforeMinutes: 120, services: [{ serviceId, sharePercent: 100 }] },
    });
    expect(put.status).toBe(200);
    const scanned = await bookNearest(serviceId, 'Олена Петренко');
    const typed = await bookNearest(serviceId, 'Іван Коваль');

    const page = await s.openKiosk();
    await openCheckIn(page);
    expect(await axeProblems(page, false)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'kiosk-checkin.png') });

    // an unknown code: the server's words on screen
    await page.getByLabel('Код запису').focus();
    await page.keyboard.type('ABCD-EFGH\n');
    await page.getByRole('alert').filter({ hasText: 'Запис із таким кодом не знайдено' }).waitFor();
    expect(await axeProblems(page, false)).toEqual([]);

    // the scanner types the QR link and Enter into the focused field
    await page.getByLabel('Код запису').focus();
    await page.keyboard.type(`http://localhost:3000/book/?code=${scanned}\n`, { delay: 5 });
    await page.getByRole('heading', { name: 'Вас зареєстровано' }).waitFor();
    const first = bookingOf(scanned);
    expect(first).toMatchObject({ status: 'checked_in', late: 0 });
    await page.getByText(first.number!, { exact: true }).waitFor();
    // the kiosk gives the booked time, not a count of the ordinary queue
    const verdict = await page.getByRole('status').filter({ hasText: 'вас запросять першим о' }).innerText();
    const time = /^Запис на (\d\d:\d\d) — вас запросять першим о (\d\d:\d\d)\./.exec(verdict.trim());
    expect(time?.[1]).toBeDefined();
    expect(time![2]).toBe(time![1]);
    expect(await axeProblems(page, false)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'kiosk-checkin-done.png') });
    // the ticket's own page (its QR) says the same, instead of people ahead and an estimate
    const { public_code: publicCode } = s.h.cherha.services.repos.db.prepare('SELECT t.public_code FROM bookings b JOIN tickets t ON t.id = b.ticket_id WHERE b.code = ?').get(scanned) as { public_code: string };
    const ticketPage = await s.open({ width: 360, height: 740 });
    await ticketPage.goto(`${s.h.base}/t/${publicCode}`);
    await ticketPage.getByText(`Запис на ${time![1]} — вас запросять першим о ${time![1]}`).waitFor();
    expect(await ticketPage.locator('body').innerText()).not.toContain('Перед вами');
    expect(await axeProblems(ticketPage, false)).toEqual([]);
    await ticketPage.close();
    await page.getByRole('button', { name: 'Готово' }).click();

    // the keypad, in English
    await page.getByRole('button', { name: /ENG|English/ }).first().click();
    await page.getByRole('button', { name: /I booked online/ }).click();
    await page.getByRole('heading', { name: 'Check in for a booking' }).waitFor();
    const keypad = page.getByRole('group', { name: 'Keypad for the code' });
    for (const ch of typed) await keypad.getByRole('button', { name: ch, exact: true }).click();
    expect(await axeProblems(page, false)).toEqual([]);
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await page.getByRole('heading', { name: 'You are checked in' }).waitFor();
    expect(bookingOf(typed)).toMatchObject({ status: 'checked_in', late: 0 });

    // a landscape kiosk: the field, every key and the button above the bottom bar
    const wide = await s.openKiosk({ width: 1366, height: 768 });
    await openCheckIn(wide);
    await wide.screenshot({ path: join(SHOTS, 'kiosk-checkin-landscape.png') });
    const bar = await wide.locator('.bottombar').boundingBox();
    const button = await wide.getByRole('button', { name: 'Зареєструватися' }).boundingBox();
    const keys = await wide.getByRole('group', { name: 'Клавіатура для коду' }).boundingBox();
    expect(button!.y + button!.height).toBeLessThanOrEqual(bar!.y);
    expect(keys!.y + keys!.height).toBeLessThanOrEqual(bar!.y);
    expect(await axeProblems(wide, false)).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
