// Printing seen from the browsers, with a real TCP fake printer behind the demo kiosk (no
// answer is faked in the page): paper out before the ticket (the server answers
// «unavailable», the kiosk shows the number and a QR code), paper running out mid-ticket (the
// server answers «queued», then its device:alert switches the kiosk to the on-screen ticket),
// and the staff side: alerts, reprint of the current / a recent / a failed ticket, the
// printers panel and «Рулон замінено», and its list of tickets shown on screen only (read from
// the server's record, so a supervisor who opens the console later sees them too).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFakePrinter, type FakePrinter } from '@cherha/printer/testing';
import { kioskOnFakePrinter } from '../src/fake-printer-kiosk';
import { axeProblems, canRun, e2eSuite, loginOperator, SHOTS, waitForText } from './helpers';

const cp1251 = new TextDecoder('windows-1251');

describe.skipIf(!canRun)('printing with a real TCP fake printer (Chromium)', () => {
  const s = e2eSuite();
  let fake: FakePrinter;
  let kioskId: number;
  let kioskName: string;
  const open = (viewport: { width: number; height: number }): Promise<Page> => s.open(viewport);
  /** everything the fake printer was sent after job index `from`, decoded as the printer would */
  const printedSince = (from: number) => cp1251.decode(Buffer.concat(fake.jobs.slice(from).map((j) => j.payload)));
  const waitPrinted = async (from: number, number: string, ms = 30_000) => {
    for (let t = 0; t < ms && !printedSince(from).includes(number); t += 50) await new Promise((r) => setTimeout(r, 50));
    expect(printedSince(from)).toContain(number);
  };
  const issueAtKiosk = async (kiosk: Page) => {
    await kiosk.getByRole('button', { name: /Реєстрація місця проживання/ }).first().click();
    await kiosk.getByRole('button', { name: /Видача довідок/ }).click();
    const answered = kiosk.waitForResponse((r) => r.url().endsWith('/api/branches/1/tickets') && r.request().method() === 'POST');
    await kiosk.locator('.tile--service').first().click();
    const res = await answered;
    return (await res.json()) as { ticket: { id: number; number: string }; print: { status: string } };
  };

  beforeAll(async () => {
    fake = await startFakePrinter();
    const admin = await s.h.login('admin', 'admin12345');
    ({ id: kioskId, name: kioskName } = await kioskOnFakePrinter(s.h, admin, fake.port));
  });

  afterAll(async () => {
    await fake?.close();
  });

  it('paper out before the ticket: the kiosk shows the number to write down and a QR code; the ticket page works', async () => {
    fake.setState('paper_out');
    const before = fake.jobs.length;
    const kiosk = await s.openKiosk();
    const issued = await issueAtKiosk(kiosk);
    expect(issued.print.status).toBe('unavailable');
    const number = (await waitForText(kiosk, '.result__number', /^[А-Я]\d{3}$/)).trim();
    expect(number).toBe(issued.ticket.number);
    await waitForText(kiosk, '.printer-down', /Принтер не працює — запишіть або сфотографуйте номер талону/);
    expect(await kiosk.getByRole('img', { name: /Скануйте код/ }).count()).toBe(1);
    const url = ((await kiosk.locator('.printer-down .url').textContent()) ?? '').trim();
    expect(url).toMatch(/\/t\/[A-Za-z0-9_-]{8,64}$/);
    // nothing of this ticket reached the printer (the server asked it first)
    expect(printedSince(before)).not.toContain(number);
    expect(await axeProblems(kiosk, true)).toEqual([]);
    await kiosk.screenshot({ path: join(SHOTS, 'kiosk-printer-down.png') });

    // the visitor's phone opens the QR link (the server redirects /t/<code> to the kiosk app)
    const phone = await open({ width: 390, height: 844 });
    await phone.goto(`${s.h.base}/t/${url.split('/t/')[1] ?? ''}`);
    await waitForText(phone, '.public__number', new RegExp(`^${number}$`));
    await waitForText(phone, '.public__status', /Очікуйте виклику/);
    expect(await phone.evaluate(() => localStorage.getItem('cherha.kiosk.token'))).toBeNull();
    expect(await axeProblems(phone, false)).toEqual([]);
    await phone.screenshot({ path: join(SHOTS, 'ticket-page.png') });

    await kiosk.getByRole('button', { name: 'Готово' }).click();
    await waitForText(kiosk, '#screen-title', /Оберіть розділ/);
    fake.setState('ok');
  });

  it('paper runs out mid-ticket: the issue answers «queued», then the server\'s alert switches the kiosk to the on-screen ticket', async () => {
    fake.setState('runs_out_mid_job');
    const kiosk = await s.openKiosk();
    const issued = await issueAtKiosk(kiosk);
    expect(issued.print.status).toBe('queued');
    await waitForText(kiosk, '.result__number', new RegExp(`^${issued.ticket.number}$`));
    // the answer said "printing"; the device:alert that follows replaces it with the fallback
    await waitForText(kiosk, '.printer-down', /Принтер не працює — запишіть або сфотографуйте номер талону/);
    expect(await kiosk.locator('.printer-down .url').textContent()).toMatch(/\/t\/[A-Za-z0-9_-]{8,64}$/);
    expect(await kiosk.getByText('Талон друкується…').count()).toBe(0);
    expect(await axeProblems(kiosk, true)).toEqual([]);
    // the "Done" button keeps the focus for the next touch
    expect(await kiosk.evaluate(() => document.activeElement?.textContent)).toBe('Готово');
    fake.setState('ok');
  });

  it('staff: alerts, reprint of a failed / the current / a recent ticket, the printers panel, «Рулон замінено»', async () => {
    const windows = (await s.h.http('GET', '/api/branches/1/windows', { cookie: await s.h.login('supervisor', 'super12345') })).body as {
      id: number;
      label: string;
      active: boolean;
      services: { serviceId: number }[];
    }[];
    const win = windows.find((w) => w.active && w.services.length > 0);
    if (!win) throw new Error('no window with services');
    const serviceId = win.services[0]?.serviceId as number;

    const sup = await open({ width: 1440, height: 1100 });
    await loginOperator(sup, s.h.base, 'supervisor', 'super12345');
    // a supervisor lands on «Огляд офісу»; this test works at a window
    await sup.getByRole('link', { name: 'Працювати у вікні' }).click();
    await sup.getByRole('button', { name: new RegExp(`^Вікно ${win.label}\\b`) }).click();
    await sup.getByRole('heading', { name: 'Принтери' }).waitFor();
    const row = sup.locator(`.printers__table tr[data-device-id="${kioskId}"]`);
    await row.waitFor();
    expect(await row.locator('th').textContent()).toBe(kioskName);

    // paper out: a ticket issued at the kiosk is not printed; staff get the alerts, the panel refreshes at once
    fake.setState('paper_out');
    const failed = await s.h.http('POST', '/api/branches/1/tickets', { token: 'demo-kiosk-token', body: { serviceId, idempotencyKey: `e2e-print-${Date.now()}` } });
    expect(failed.body.print.status).toBe('unavailable');
    const number = failed.body.ticket.number as string;
    const alertItem = sup.locator('.devices__item', { hasText: `Талон ${number}` });
    await alertItem.waitFor();
    await waitForText(sup, '[data-testid="device-alert-live"]', /\S/);
    await waitForText(sup, `.printers__table tr[data-device-id="${kioskId}"] .printer-state`, /Закінчився папір/);
    expect(await axeProblems(sup, false)).toEqual([]);
    await sup.screenshot({ path: join(SHOTS, 'operator-printers.png'), fullPage: true });

    // paper put in: reprint the failed ticket from its alert
    fake.setState('ok');
    let from = fake.jobs.length;
    await alertItem.getByRole('button', { name: /^Надрукувати ще раз/ }).click();
    await waitForText(sup, '.status-line', new RegExp(`Талон ${number} надіслано на друк`));
    await waitPrinted(from, number);
    // the alert is dismissed on its own; the others stay
    const alertsBefore = await sup.locator('.devices__item').count();
    await alertItem.getByRole('button', { name: /^Сховати/ }).click();
    expect(await sup.locator('.devices__item').count()).toBe(alertsBefore - 1);

    // the current ticket: call, reprint
    await sup.getByRole('button', { name: /^Викликати наступного/ }).click();
    const current = (await waitForText(sup, '[data-testid="current-number"]', /^[А-Я]\d{3}$/)).trim();
    from = fake.jobs.length;
    // (the printers panel may list the same ticket among those shown on screen only: the current ticket's own button)
    await sup.locator('section.current').getByRole('button', { name: `Надрукувати ще раз: ${current}` }).click();
    await waitForText(sup, '.status-line', new RegExp(`Талон ${current} надіслано на друк`));
    await waitPrinted(from, current);

    // served and finished: it stays in the window's recent list, with its own reprint
    await sup.getByRole('button', { name: /^Почати обслуговування/ }).click();
    await sup.getByRole('button', { name: /^Завершити/ }).click();
    const recent = sup.locator('.recent__item', { hasText: current });
    await waitForText(sup, '.recent__list', new RegExp(`${current}[\\s\\S]*Обслуговано`));
    from = fake.jobs.length;
    await recent.getByRole('button', { name: `Надрукувати ще раз: ${current}` }).click();
    await waitPrinted(from, current);

    // a new roll: the counter of the kiosk's printer is reset
    await sup.getByRole('button', { name: `Рулон замінено: ${kioskName}` }).click();
    await waitForText(sup, '.status-line', /лічильник рулону скинуто/);
    expect(await axeProblems(sup, false)).toEqual([]);

    // English: the panel is translated
    await sup.getByRole('button', { name: /ENG/ }).click();
    await sup.getByRole('heading', { name: 'Printers' }).waitFor();
    await waitForText(sup, `.printers__table tr[data-device-id="${kioskId}"] .printer-state`, /Ready|State unknown|Out of paper/);
    await sup.getByRole('button', { name: /УКР/ }).click();
    expect(s.pageErrors).toEqual([]);
  });

  it('a ticket the printer could not take is listed after the printer recovered, and «Надрукувати ще раз» prints it and takes it off', async () => {
    const sup = await s.h.login('supervisor', 'super12345');
    const windows = (await s.h.http('GET', '/api/branches/1/windows', { cookie: sup })).body as { id: number; label: string; active: boolean; services: { serviceId: number }[] }[];
    const win = windows.find((w) => w.active && w.services.length > 0)!;
    // paper out before anyone has the console open: the failure lives in the database
    fake.setState('paper_out');
    const failed = await s.h.http('POST', '/api/branches/1/tickets', { token: 'demo-kiosk-token', body: { serviceId: win.services[0]!.serviceId, idempotencyKey: `e2e-pf-${Date.now()}` } });
    expect(failed.body.print.status).toBe('unavailable');
    const number = failed.body.ticket.number as string;
    fake.setState('ok');

    const page = await open({ width: 1440, height: 1100 });
    await loginOperator(page, s.h.base, 'supervisor', 'super12345');
    await page.getByRole('link', { name: 'Працювати у вікні' }).click();
    await page.getByRole('button', { name: new RegExp(`^Вікно ${win.label}\\b`) }).click();
    const region = page.getByRole('region', { name: 'Талони, показані лише на екрані' });
    await region.waitFor();
    const row = region.locator(`tr[data-ticket-id="${failed.body.ticket.id}"]`);
    await row.waitFor();
    expect((await row.locator('th').textContent())?.trim()).toBe(number);
    expect(await row.textContent()).toMatch(/Не надруковано[\s\S]*Закінчився папір[\s\S]*номер показано на екрані терміналу/);
    expect(await axeProblems(page, false)).toEqual([]);

    const from = fake.jobs.length;
    await row.getByRole('button', { name: `Надрукувати ще раз: ${number}` }).click();
    await waitForText(page, '.status-line', new RegExp(`Талон ${number} надіслано на друк`));
    await row.waitFor({ state: 'detached' });
    await waitPrinted(from, number);

    // English
    await page.getByRole('button', { name: /ENG/ }).click();
    await page.getByRole('region', { name: 'Tickets shown on screen only' }).waitFor();
    await page.getByRole('button', { name: /УКР/ }).click();
    expect(s.pageErrors).toEqual([]);
  });
});
