// The printers panel lists the tickets shown on screen only — read from the server's record,
// so a supervisor who opens the console after the failure sees them — and reprints each one.
// A real TCP fake printer behind the demo kiosk; nothing is faked in the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePrinter, type FakePrinter } from '@cherha/printer/testing';
import { axeProblems, canRun, e2eSuite, loginOperator, waitForText } from './helpers';

const cp1251 = new TextDecoder('windows-1251');

describe.skipIf(!canRun)('tickets shown on screen only, in the printers panel (Chromium)', () => {
  const s = e2eSuite();
  let fake: FakePrinter;
  let kioskId: number;

  beforeAll(async () => {
    fake = await startFakePrinter();
    const admin = await s.h.login('admin', 'admin12345');
    const devices = (await s.h.http('GET', '/api/branches/1/devices', { cookie: admin })).body as { id: number; kind: string }[];
    kioskId = devices.find((d) => d.kind === 'kiosk')!.id;
    const put = await s.h.http('PUT', `/api/devices/${kioskId}/printer`, {
      cookie: admin,
      body: { printer: { transport: 'tcp', host: '127.0.0.1', port: fake.port, profile: 'epson-cp1251', paperWidth: 80, settleMs: 50, timeoutMs: 3000 } },
    });
    expect(put.status).toBe(200);
  });
  afterAll(async () => {
    await fake?.close();
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

    const page = await s.open({ width: 1440, height: 1100 });
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
    for (let t = 0; t < 30_000 && !cp1251.decode(Buffer.concat(fake.jobs.slice(from).map((j) => j.payload))).includes(number); t += 50) await new Promise((r) => setTimeout(r, 50));
    expect(cp1251.decode(Buffer.concat(fake.jobs.slice(from).map((j) => j.payload)))).toContain(number);

    // English
    await page.getByRole('button', { name: /ENG/ }).click();
    await page.getByRole('region', { name: 'Tickets shown on screen only' }).waitFor();
    await page.getByRole('button', { name: /УКР/ }).click();
    expect(s.pageErrors).toEqual([]);
  });
});
