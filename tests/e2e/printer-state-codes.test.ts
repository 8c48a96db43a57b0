// The printers panel words a printer's state from its code, in the language chosen: after the
// paper ran out mid-ticket the server sends `paper_out` and no Ukrainian copy of it («Закінчився
// папір під час друку: талон міг не надрукуватися» is the state plus the outcome), so in English
// the row says «Out of paper» and nothing else. A real TCP fake printer behind the demo kiosk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePrinter, type FakePrinter } from '@cherha/printer/testing';
import { kioskOnFakePrinter } from '../src/fake-printer-kiosk';
import { axeProblems, canRun, e2eSuite, loginOperator, waitForText } from './helpers';

describe.skipIf(!canRun)('printer states as codes in the printers panel (Chromium)', () => {
  const s = e2eSuite();
  let fake: FakePrinter;
  let kioskId: number;

  beforeAll(async () => {
    fake = await startFakePrinter();
    const admin = await s.h.login('admin', 'admin12345');
    kioskId = (await kioskOnFakePrinter(s.h, admin, fake.port)).id;
  });

  afterAll(async () => {
    await fake?.close();
  });

  it('paper out mid-ticket: «Закінчився папір» / «Out of paper» from the code, with no message copied from the server', async () => {
    const sup = await s.h.login('supervisor', 'super12345');
    const windows = (await s.h.http('GET', '/api/branches/1/windows', { cookie: sup })).body as { label: string; active: boolean; services: { serviceId: number }[] }[];
    const win = windows.find((w) => w.active && w.services.length > 0);
    if (!win) throw new Error('no window with services');

    fake.setState('runs_out_mid_job');
    const issued = await s.h.http('POST', '/api/branches/1/tickets', { token: 'demo-kiosk-token', body: { serviceId: win.services[0]!.serviceId, idempotencyKey: `e2e-codes-${Date.now()}` } });
    expect(issued.status).toBe(201);
    const ticketId = issued.body.ticket.id as number;
    const jobs = () => s.h.cherha.services.repos.printJobs.ofTicket(ticketId);
    for (let t = 0; t < 20_000 && jobs()[0]?.status !== 'uncertain'; t += 50) await new Promise((r) => setTimeout(r, 50));
    expect(jobs()[0]?.status).toBe('uncertain');
    // the server's record says more than the state: the panel must not repeat it
    expect(jobs()[0]?.message).toMatch(/Закінчився папір під час друку/);

    const page = await s.open({ width: 1440, height: 1100 });
    await loginOperator(page, s.h.base, 'supervisor', 'super12345');
    await page.getByRole('link', { name: 'Працювати у вікні' }).click();
    await page.getByRole('button', { name: new RegExp(`^Вікно ${win.label}\\b`) }).click();
    const state = page.locator(`.printers__table tr[data-device-id="${kioskId}"] td`).first();
    await waitForText(page, `.printers__table tr[data-device-id="${kioskId}"] .printer-state`, /Закінчився папір/);
    expect(await state.locator('.printers__message').count()).toBe(0);
    expect(await axeProblems(page, false)).toEqual([]);

    await page.getByRole('button', { name: /ENG/ }).click();
    await page.getByRole('heading', { name: 'Printers' }).waitFor();
    await waitForText(page, `.printers__table tr[data-device-id="${kioskId}"] .printer-state`, /Out of paper/);
    // the whole state cell is English: the state from its code, the time it was checked
    expect(await state.textContent()).not.toMatch(/[А-Яа-яЇїІіЄєҐґ]/);
    await page.getByRole('button', { name: /УКР/ }).click();
    fake.setState('ok');
    expect(s.pageErrors).toEqual([]);
  });
});
