// «Журнал дій» in Chromium against the real server: an action the test makes (a new device,
// an alert switched on and off) is listed with who did it and how it ended; a period with no
// actions says so; axe finds nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeProblems, canRun, e2eSuite, SHOTS, waitForText } from './helpers';

describe.skipIf(!canRun)('audit log tab (Chromium)', () => {
  const s = e2eSuite();

  it('lists what admins and supervisors did, newest first; filters by day; accessible', async () => {
    const admin = await s.cookie('admin', 'admin12345');
    const sup = await s.cookie('supervisor', 'super12345');
    expect((await s.h.http('POST', '/api/branches/1/devices', { cookie: admin, body: { kind: 'display', name: 'Табло для журналу' } })).status).toBe(201);
    expect((await s.h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: true } })).status).toBe(200);
    expect((await s.h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: false } })).status).toBe(200);

    const page = await s.openOperator('admin', 'admin12345');
    await page.getByRole('link', { name: 'Адміністрування' }).click();
    await page.getByRole('navigation', { name: 'Адміністрування' }).getByRole('link', { name: 'Журнал дій' }).click();
    await page.getByRole('heading', { level: 1, name: 'Журнал дій' }).waitFor();
    expect(page.url()).toMatch(/#\/admin\/audit$/);

    const device = page.locator('tr[data-audit-action="createDevice"]').first();
    await device.waitFor();
    const text = (await device.textContent()) ?? '';
    expect(text).toContain('admin');
    expect(text).toContain('Новий пристрій');
    expect(text).toContain('Виконано');
    expect(text).toContain('Табло для журналу');
    const alerts = page.locator('tr[data-audit-action="setAlert"]');
    expect(await alerts.count()).toBe(2);
    expect(await alerts.first().textContent()).toContain('supervisor');
    expect(await axeProblems(page, false)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'admin-audit.png'), fullPage: true });

    // a period in the future: nothing
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('З дня').fill(tomorrow);
    await waitForText(page, '.adm-section', /За цей час записів немає/);
    expect(await page.locator('tr[data-audit-action]').count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });
});
