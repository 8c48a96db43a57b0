// «Перед вами N» has one definition (server/src/queue/ahead.ts): the tickets the windows serving
// the service would call first, in the very order call-next follows. The kiosk's answer, the
// printed ticket and the ticket's public page agree, and follow priority visitors and tickets
// sent to one window.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KIOSK, key, type Harness, type TestClock } from '../src/harness';
import { issue, ratingWorld, serviceOf, step, type WindowInfo } from '../src/rating-flow';

let clock: TestClock;
let h: Harness;
let op1: string;
let w1: WindowInfo;
let w5: WindowInfo;
beforeAll(async () => {
  ({ h, clock, op1, w1, w5 } = await ratingWorld());
});
afterAll(() => h.close());

const page = async (code: string) => (await h.http('GET', `/api/public/tickets/${code}`)).body.peopleAhead as number;
const preview = async (w: WindowInfo) => ((await h.http('GET', `/api/windows/${w.id}/queue?limit=50`, { cookie: op1 })).body.tickets as { id: number }[]).map((t) => t.id);

it('the kiosk, the printed ticket and the page give the same number, in call order', async () => {
  const serviceId = serviceOf(w1);
  const ordinary = [];
  for (let i = 0; i < 3; i++) {
    clock.advance(30_000);
    const r = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });
    expect(r.body.peopleAhead).toBe(i);
    expect(r.body.ticket.peopleAheadAtIssue).toBe(i); // what the paper says
    expect(await page(r.body.ticket.publicCode)).toBe(i);
    ordinary.push(r.body.ticket);
  }
  // a priority visitor (aging: 20 minutes head start) goes before all three
  const priorityCategoryId = (await h.http('GET', '/api/branches/1/catalog')).body.priorityCategories[0].id;
  clock.advance(30_000);
  const prio = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, priorityCategoryId, idempotencyKey: key() } });
  expect(prio.body.peopleAhead).toBe(0);
  expect(await page(prio.body.ticket.publicCode)).toBe(0);
  // every page follows the order the window's «Хто наступний» shows
  const order = await preview(w1);
  expect(order[0]).toBe(prio.body.ticket.id);
  for (const t of ordinary) expect(await page(t.publicCode)).toBe(order.indexOf(t.id));
  expect(await page(ordinary[0].publicCode)).toBe(1);

  // called: nobody ahead any more, the others move up
  await step(h, op1, `/api/windows/${w1.id}/call-next`);
  expect(await page(prio.body.ticket.publicCode)).toBe(0);
  expect(await page(ordinary[2].publicCode)).toBe(2);
  await step(h, op1, `/api/tickets/${prio.body.ticket.id}/no-show`);
});

it('a ticket sent to one window counts only what that window calls first', async () => {
  const t = await issue(h, serviceOf(w1));
  expect(await page(t.publicCode)).toBe(3); // behind the three ordinary visitors above
  await step(h, op1, `/api/tickets/${t.id}/transfer`, { windowId: w5.id, placement: 'last' });
  expect(await page(t.publicCode)).toBe(0);
  expect((await preview(w5))[0]).toBe(t.id);
  // another one sent to the same window after it
  const u = await issue(h, serviceOf(w1));
  await step(h, op1, `/api/tickets/${u.id}/transfer`, { windowId: w5.id, placement: 'last' });
  expect(await page(u.publicCode)).toBe(1);
  expect(await preview(w5)).toEqual(expect.arrayContaining([t.id, u.id]));
});
