// An operator who chooses a window in the console is at it for the whole office at once, not
// only after the first call (acceptance review, FIX-A): the supervisor's «Огляд офісу» shows
// them at the window live, «Вікна працюють» counts it, the alert «жодне відкрите вікно її не
// приймає» goes; a colleague who picks the same window hears why not and chooses again;
// waits read «N хв», not like a clock; «Завершити роботу» frees the window.
import { describe, expect, it } from 'vitest';
import { windows } from '../src/rating-flow';
import { axeProblems, canRun, e2eSuite, waitForText } from './helpers';

describe.skipIf(!canRun)('choosing a window staffs it at once (Chromium)', () => {
  const s = e2eSuite();

  it('operator2 chooses «Вікно 3»: the supervisor sees them there live; operator1 cannot take it too', async () => {
    const w3 = (await windows(s.h)).find((w) => w.label === '3')!;
    const serviceId = w3.services.find((x) => x.level === 1)!.serviceId;
    const ticket = await s.issue(serviceId);
    expect(ticket.number).toBeTruthy();

    const sup = await s.openOperator('supervisor', 'super12345');
    await sup.getByRole('heading', { level: 1, name: 'Огляд офісу' }).waitFor();
    const row = `tr[data-window-id="${w3.id}"]`;
    await waitForText(sup, row, /нікого[\s\S]*не зайняте/);
    await waitForText(sup, '[data-testid="office-windows"] dd', /^0 з \d+/);
    // nobody sits at a window that takes the service: the office is told so
    await sup.getByText(/але жодне відкрите вікно її не приймає/).first().waitFor();
    // the longest wait is said in minutes, not as a clock
    const longest = await waitForText(sup, '[data-testid="office-longest"]', /\d+ хв/);
    expect(longest).not.toMatch(/\d:\d\d/);

    // operator2 only chooses the window, calls nobody
    const op = await s.openOperator('operator2', 'operator123', '3');
    await waitForText(sup, row, /Андрій Литвиненко[\s\S]*вільне/);
    await waitForText(sup, '[data-testid="office-windows"] dd', /^1 з \d+/);
    await sup.getByText(/але жодне відкрите вікно її не приймає/).waitFor({ state: 'detached' });
    expect(await axeProblems(sup, false)).toEqual([]);

    // a reload with the remembered window keeps the operator at it
    await op.reload();
    await op.getByRole('heading', { name: /Вікно 3 — Поточний талон/ }).waitFor();
    await waitForText(sup, row, /Андрій Литвиненко/);

    // operator1 picks the same window: told who is there, back to the choice
    const other = await s.openOperator('operator1', 'operator123');
    await other.getByRole('button', { name: /^Вікно 3\b/ }).click();
    await other.getByRole('alert').filter({ hasText: 'За вікном 3 уже працює' }).waitFor();
    await other.getByRole('heading', { name: 'Оберіть вікно' }).waitFor();
    expect(await axeProblems(other, false)).toEqual([]);
    await waitForText(sup, row, /Андрій Литвиненко/);

    // «Змінити вікно» leaves: the office sees the window empty again
    await op.getByRole('button', { name: 'Змінити вікно' }).click();
    await waitForText(sup, row, /нікого[\s\S]*не зайняте/);
    expect(s.pageErrors).toEqual([]);
  });

  it('«Записи»: a supervisor goes back to «← Огляд офісу», an operator to «До робочого місця»', async () => {
    const sup = await s.openOperator('supervisor', 'super12345');
    await sup.getByRole('link', { name: 'Записи' }).first().click();
    await sup.getByRole('heading', { name: 'Записи на день' }).waitFor();
    await sup.getByRole('link', { name: '← Огляд офісу' }).click();
    await sup.getByRole('heading', { level: 1, name: 'Огляд офісу' }).waitFor();

    const op = await s.openOperator('operator4', 'operator123', '4');
    await op.getByRole('link', { name: 'Записи' }).first().click();
    await op.getByRole('heading', { name: 'Записи на день' }).waitFor();
    expect(await op.getByRole('link', { name: '← Огляд офісу' }).count()).toBe(0);
    await op.getByRole('link', { name: 'До робочого місця' }).waitFor();
    expect(s.pageErrors).toEqual([]);
  });
});
