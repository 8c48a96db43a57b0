// Cross-site request forgery as a real browser does it: an operator signed in at the queue,
// and a page served from another port of the same host (same site, so the Lax session cookie
// rides along) that fires body-less POSTs with `mode: 'no-cors', credentials: 'include'`.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRun, e2eSuite } from './helpers';

describe.skipIf(!canRun)('another page on the same host cannot act with the staff cookie (Chromium)', () => {
  const s = e2eSuite();
  let evil: Server;
  let evilBase = '';

  beforeAll(async () => {
    evil = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Інша сторінка</title><p>Щось цікаве</p>');
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    evilBase = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => evil.close(() => resolve())));

  it('a no-cors POST from another port does not pause the operator’s window; the console itself still can', async () => {
    const page = await s.openOperator('operator3', 'operator123', '3');
    const windows = s.h.cherha.services.repos.windows.list(1);
    const w = windows.find((x) => x.label === '3')!;

    // same browser, same cookie jar: the hostile page fires the commands
    const other = await page.context().newPage();
    await other.goto(evilBase);
    await other.evaluate(async (target) => {
      for (const path of [`/api/windows/${target.id}/pause`, `/api/windows/${target.id}/leave`]) {
        await fetch(target.base + path, { method: 'POST', mode: 'no-cors', credentials: 'include' }).catch(() => undefined);
      }
    }, { base: s.h.base, id: w.id });
    // answered (opaque), but nothing happened
    const after = s.h.cherha.services.repos.windows.get(w.id)!;
    expect(after.paused).toBe(false);

    // the console on its own origin works as before
    await page.getByRole('button', { name: /Пауза/ }).first().click();
    await expect.poll(() => s.h.cherha.services.repos.windows.get(w.id)!.paused, { timeout: 10_000 }).toBe(true);
    expect(s.pageErrors).toEqual([]);
  });
});
