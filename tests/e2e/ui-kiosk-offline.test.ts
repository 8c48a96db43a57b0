// A kiosk that loses the server: issuing is switched off with a plain message, nothing spins
// for long, «Назад» and «На початок» always work, and the kiosk comes back by itself. The
// server is the real one; between it and Chromium sits a TCP relay that the test cuts (every
// connection reset, new ones refused) and restores — as a pulled cable or a dead switch would.
import { createServer, Socket, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems, canRun, e2eSuite, KIOSK_URL, SHOTS, VIEWPORT, waitForText } from './helpers';

interface Relay {
  port: number;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

async function relay(target: URL): Promise<Relay> {
  let down = false;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = new Socket();
    upstream.connect(Number(target.port), target.hostname);
    open.add(client);
    open.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('relay did not listen');
  return {
    port: address.port,
    cut() {
      down = true;
      for (const s of open) s.destroy();
      open.clear();
    },
    restore() {
      down = false;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of open) s.destroy();
        server.close(() => r());
      }),
  };
}

describe.skipIf(!canRun)('kiosk without the server (Chromium, real server behind a TCP relay)', () => {
  const s = e2eSuite();
  let net: Relay | undefined;
  const relays: Relay[] = [];
  afterAll(async () => {
    for (const r of relays) await r.close();
  });

  const openThroughRelay = async (): Promise<Page> => {
    net = await relay(new URL(s.h.base));
    relays.push(net);
    const page = await s.open(VIEWPORT.kiosk);
    await page.goto(`http://127.0.0.1:${net.port}${KIOSK_URL}`);
    await page.getByRole('button', { name: 'Паспортні послуги' }).click();
    await page.locator('.tile--category').first().click();
    await page.locator('.tile--service .tile__meta').first().waitFor(); // live load arrived
    return page;
  };

  it('cut off: tiles disabled with a clear message, «Назад» works; back by itself when the server returns', async () => {
    const page = await openThroughRelay();
    const tile = page.locator('.tile--service').first();
    expect(await tile.getAttribute('aria-disabled')).toBeNull();
    const before = (s.h.cherha.services.repos.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;

    net!.cut();
    await waitForText(page, '.offline-note', /Немає звʼязку з сервером — талони зараз не видаються/);
    await waitForText(page, '.offline-note', /відновить роботу сам/);
    await page.locator('.tile--service[aria-disabled="true"]').first().waitFor();
    expect(await page.locator('.tile--service:not([aria-disabled="true"])').count()).toBe(0);
    await waitForText(page, '.tile--service .tile__meta--reason', /Немає звʼязку — талон зараз не видати/);
    // a tap does nothing: no spinner, the screen stays (force: a finger ignores aria-disabled)
    await tile.click({ force: true });
    expect(await page.locator('.issuing').count()).toBe(0);
    expect(await axeProblems(page, false)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'kiosk-offline.png') });
    // «Назад» and «На початок» work offline
    const back = page.getByRole('button', { name: 'Назад', exact: true });
    expect(await back.isDisabled()).toBe(false);
    await back.click();
    await page.getByRole('button', { name: 'На початок', exact: true }).click();
    await page.getByRole('heading', { name: 'Оберіть розділ' }).waitFor();

    // the server returns: the kiosk recovers by itself and issues again
    net!.restore();
    await page.locator('.offline-note').waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('.ck-offline').waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('button', { name: 'Паспортні послуги' }).click();
    await page.locator('.tile--category').first().click();
    await page.locator('.tile--service:not([aria-disabled="true"])').first().click();
    await page.locator('.result__number').waitFor();
    const after = (s.h.cherha.services.repos.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
    expect(after).toBe(before + 1);
    expect(s.pageErrors).toEqual([]);
  });

  it('a request that hangs: «Назад» works during the spinner; a request that fails: a plain message, no long spinner, retry once back', async () => {
    const page = await openThroughRelay();
    const tile = page.locator('.tile--service').first();

    // the issue request never gets an answer (the socket still lives): the visitor is not trapped
    let release: (() => void) | undefined;
    await page.route('**/api/branches/*/tickets', (route) => new Promise<void>((r) => (release = () => void route.abort().then(r, r))));
    await tile.click();
    await page.locator('.issuing').waitFor();
    const back = page.getByRole('button', { name: 'Назад', exact: true });
    expect(await back.isDisabled()).toBe(false);
    expect(await page.getByRole('button', { name: 'На початок', exact: true }).isDisabled()).toBe(false);
    await back.click();
    await page.locator('.issuing').waitFor({ state: 'detached' });
    expect(await page.locator('.tile--service').count()).toBeGreaterThan(0);
    release?.();
    await page.unroute('**/api/branches/*/tickets');

    // the request fails on the network (connection refused): said plainly, after one quick retry
    await page.route('**/api/branches/*/tickets', (route) => route.abort('connectionrefused'));
    await page.locator('.tile--service').first().click();
    await waitForText(page, '.error-box', /Немає звʼязку з сервером — талон не видано/, 30_000);
    expect(await page.getByRole('button', { name: 'Назад', exact: true }).isDisabled()).toBe(false);
    // the kiosk counts itself offline until the server answers again (here: /api/health does)
    await page.unroute('**/api/branches/*/tickets');
    await page.getByRole('button', { name: 'Спробувати ще раз' }).and(page.locator(':not([disabled])')).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Спробувати ще раз' }).click();
    await page.locator('.result__number').waitFor();
    expect(s.pageErrors).toEqual([]);
  });

  it('plain requests blocked while the socket lives: the kiosk notices by itself (no tap needed) and recovers', async () => {
    const page = await openThroughRelay();
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await waitForText(page, '.offline-note', /Немає звʼязку з сервером — талони зараз не видаються/, 30_000);
    await page.locator('.tile--service[aria-disabled="true"]').first().waitFor();
    expect(await page.locator('.ck-offline').count()).toBe(0); // the socket itself is fine
    // the search screen says it too
    await page.getByRole('button', { name: 'На початок', exact: true }).click();
    await page.getByRole('button', { name: /Пошук послуги/ }).click();
    await waitForText(page, '.search .offline-note', /талони зараз не видаються/);
    await page.unroute('**/api/**');
    await page.locator('.offline-note').waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByLabel(/Назва послуги/).fill('паспорт для виїзду');
    await page.locator('.search__results .tile--service:not([aria-disabled="true"])').first().click();
    await page.locator('.result__number').waitFor();
    expect(s.pageErrors).toEqual([]);
  });
});
