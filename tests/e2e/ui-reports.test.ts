// «Звіти» in Chromium: five weeks of history (the demo:history generator) in the demo centre,
// the supervisor opens the screen, picks a period, a step and a window; the chart is drawn
// (the canvas has coloured pixels); a table's XLSX is downloaded through the page, read back
// with read-excel-file, and every cell equals the screen's; the national export's daily CSV
// link downloads the period's rows; the headline equals the API's
// figures; axe in both languages; screenshot docs/screenshots/reports.png.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXPORT_DAILY_COLUMNS } from '@cherha/contracts';
import { addDays } from '@cherha/server/reports/days';
import { generateHistory, historyBranches } from '@cherha/server/reports/history';
import { localTime } from '@cherha/server/time';
import { PASSWORDS } from '../src/harness';
import { axeProblems, canRun, e2eSuite, SHOTS, waitForText } from './helpers';

/** a cell as shown (uk-UA: "1 234,5", "—") back to the value the XLSX holds */
function screenValue(text: string): string | number | null {
  const s = text.trim();
  if (s === '—') return null;
  const n = s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(n) ? Number(n) : s;
}

async function tableCells(page: Page, name: string): Promise<(string | number | null)[][]> {
  const rows = await page.getByRole('table', { name }).locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
  return rows.map((r, i) => (i === 0 ? r : r.map(screenValue)));
}

describe.skipIf(!canRun)('reports screen', () => {
  const s = e2eSuite();

  it('filters, draws the chart, and downloads an XLSX whose figures equal the screen\'s', async () => {
    const repos = s.h.cherha.services.repos;
    const today = localTime(new Date(), 'Europe/Kyiv').date;
    const from = addDays(today, -35);
    const to = addDays(today, -1);
    const written = generateHistory(repos.db, { branches: historyBranches(repos, [1]), from, to, tickets: 3000, seed: 11 });
    expect(written).toBeGreaterThan(2000);
    const windowId = (repos.db.prepare("SELECT id FROM windows WHERE branch_id = 1 AND label = '1'").get() as { id: number }).id;

    const page = await s.openOperator('supervisor', PASSWORDS.supervisor!);
    await page.getByRole('link', { name: 'Звіти' }).click();
    await page.getByRole('heading', { name: 'Звіти', exact: true }).waitFor();
    await page.getByLabel('З', { exact: true }).fill(from);
    await page.getByLabel('По', { exact: true }).fill(to);
    await page.getByLabel('Крок').selectOption('day');
    await page.getByLabel('Вікно', { exact: true }).selectOption(String(windowId));
    await page.getByRole('button', { name: 'Показати' }).click();
    await waitForText(page, '.status-line', new RegExp(`Період: ${from} — ${to}`));

    // the screen's headline equals the API's figures for the same filter
    const supervisor = await s.cookie('supervisor', PASSWORDS.supervisor!);
    const api = (await s.h.http('GET', `/api/reports?from=${from}&to=${to}&grain=day&windowId=${windowId}&compare=1`, { cookie: supervisor })).body;
    expect(api.totals.tickets).toBeGreaterThan(100);
    const cards = await page.locator('.rep-card').evaluateAll((els) => els.map((e) => [e.querySelector('dt')?.textContent, e.querySelector('.rep-card__value')?.textContent]));
    const card = (label: string) => screenValue(cards.find(([dt]) => dt === label)?.[1] ?? '');
    expect(card('Талони')).toBe(api.totals.tickets);
    expect(card('Обслуговано')).toBe(api.totals.served);
    expect(card('Очікування, медіана (хв)')).toBe(api.totals.wait.medianMinutes);

    // the chart: a canvas with pixels drawn on it
    const drawn = await page.getByTestId('report-chart').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n;
    });
    expect(drawn).toBeGreaterThan(1000);

    // one row per day on the screen, the totals add up to the headline
    const screen = await tableCells(page, 'По періодах');
    expect(screen.length - 1).toBe(35);
    expect(screen.slice(1).reduce((sum, r) => sum + Number(r[1]), 0)).toBe(api.totals.tickets);

    // XLSX of that table through the page's own download, read back: the same cells
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'По періодах: XLSX' }).click()]);
    const file = join(tmpdir(), `cherha-reports-${Date.now()}.xlsx`);
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe(`cherha-${from}-${to}-series.xlsx`);
    const sheet = (await readSheet(file)) as unknown as (string | number | null)[][];
    expect(sheet[0]).toEqual(screen[0]);
    expect(sheet.slice(1)).toEqual(screen.slice(1));
    rmSync(file, { force: true });

    // the national export's links (built by the typed client from the route table) download
    // the server's CSV for the office and period shown: its columns, a row per day with tickets
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Підсумки по днях (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe(`cherha-daily-${from}-${to}.csv`);
    const csvFile = join(tmpdir(), `cherha-daily-${Date.now()}.csv`);
    await csv.saveAs(csvFile);
    const csvLines = readFileSync(csvFile, 'utf8').trim().split('\r\n');
    rmSync(csvFile, { force: true });
    expect(csvLines[0]).toBe(EXPORT_DAILY_COLUMNS.join(','));
    expect(csvLines.length - 1).toBeGreaterThan(20);
    expect(csvLines.slice(1).every((l) => l.startsWith('1,') && l.includes(from.slice(0, 4)))).toBe(true);
    // exactly what the route answers for this office and period
    const served = (await s.h.http('GET', `/api/reports/export/daily.csv?from=${from}&to=${to}&branchId=1`, { cookie: supervisor })).body as string;
    expect(csvLines).toEqual(served.trim().split('\r\n'));

    // the workload table is there too, and the operators' rows carry figures
    const workload = await tableCells(page, 'Навантаження працівників');
    expect(workload.length).toBeGreaterThan(1);

    // the previous period beside each headline figure
    expect(await page.locator('.rep-card__prev').count()).toBe(cards.length);

    await axeBothLanguages(page);
    await page.screenshot({ path: join(SHOTS, 'reports.png'), fullPage: true, clip: { x: 0, y: 0, width: 1440, height: 1800 } });

    // printed: the figures and tables without the pickers and buttons
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.rep-filters').isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: 'По періодах' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(s.pageErrors).toEqual([]);
  });

  it('shows a network admin the offices side by side', async () => {
    const page = await s.openOperator('admin', PASSWORDS.admin!);
    await page.goto(`${s.h.base}/operator/#/reports`);
    await page.getByRole('heading', { name: 'Звіти', exact: true }).waitFor();
    await page.getByLabel('Офіс', { exact: true }).waitFor();
    await page.getByRole('table', { name: 'Офіси поруч' }).waitFor();
    const offices = await tableCells(page, 'Офіси поруч');
    expect(offices.length).toBeGreaterThan(1);
    expect(offices[1]![0]).toMatch(/ЦНАП/);
    expect(s.pageErrors).toEqual([]);
  });
});

async function axeBothLanguages(page: Page): Promise<void> {
  expect(await axeProblems(page, false)).toEqual([]);
  await page.getByRole('button', { name: /ENG|English/ }).first().click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('heading', { name: 'Reports', exact: true }).waitFor();
  expect(await axeProblems(page, false)).toEqual([]);
  await page.getByRole('button', { name: /УКР|Українська/ }).first().click();
  await page.waitForFunction(() => document.documentElement.lang === 'uk');
}
