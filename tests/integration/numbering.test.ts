// Ticket numbers as people read them: per letter and day, within each service's range.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KIOSK, key, startHarness, type Harness } from '../src/harness';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', 'admin12345');
});
afterAll(() => h.close());

const service = async (prefix: string, rangeStart: number, rangeEnd: number) => {
  const cat = (await h.http('GET', '/api/branches/1/catalog')).body.categories[0].id;
  const r = await h.http('POST', '/api/branches/1/services', {
    cookie: admin, body: { categoryId: cat, name: { uk: `Послуга ${prefix}${rangeStart}`, en: `Service ${prefix}${rangeStart}` }, prefix, rangeStart, rangeEnd },
  });
  expect(r.status).toBe(201);
  // a window must take it, or the kiosk would refuse its tickets (nobody could call them)
  const w = (await h.http('GET', '/api/branches/1/windows', { cookie: admin })).body.find((x: { label: string }) => x.label === '10');
  const put = await h.http('PUT', `/api/windows/${w.id}`, { cookie: admin, body: { label: w.label, name: w.name, active: true, services: [...w.services, { serviceId: r.body.id, level: 9 }] } });
  expect(put.status).toBe(200);
  return r.body.id as number;
};
const issue = (serviceId: number) => h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });

it('two services sharing a letter with separate ranges number independently', async () => {
  const a = await service('Ж', 1, 499);
  const b = await service('Ж', 500, 999);
  const numbers = [];
  for (const s of [a, b, a, b, a]) numbers.push((await issue(s)).body.ticket.number);
  expect(numbers).toEqual(['Ж001', 'Ж500', 'Ж002', 'Ж501', 'Ж003']);
});

it('services sharing a letter and a range share one sequence', async () => {
  const a = await service('Ц', 1, 999);
  const b = await service('Ц', 1, 999);
  const numbers = [];
  for (const s of [a, b, a]) numbers.push((await issue(s)).body.ticket.number);
  expect(numbers).toEqual(['Ц001', 'Ц002', 'Ц003']);
});

it('an exhausted range is refused clearly and writes nothing', async () => {
  const s = await service('Ш', 998, 999);
  expect((await issue(s)).body.ticket.number).toBe('Ш998');
  expect((await issue(s)).body.ticket.number).toBe('Ш999');
  const count = () => h.cherha.services.repos.db.prepare('SELECT count(*) FROM tickets').pluck().get();
  const before = count();
  const r = await issue(s);
  expect(r.status).toBe(409);
  expect(r.body.error.code).toBe('RANGE_EXHAUSTED');
  expect(count()).toBe(before);
});

it('refuses a letter that reads or sounds like another', async () => {
  const cat = (await h.http('GET', '/api/branches/1/catalog')).body.categories[0].id;
  for (const prefix of ['З', 'О', 'Ч', 'Й', 'И', 'І', 'Ї', 'Ь', 'A']) {
    const r = await h.http('POST', '/api/branches/1/services', { cookie: admin, body: { categoryId: cat, name: { uk: 'x', en: 'x' }, prefix } });
    expect(r.status, prefix).toBe(400);
    expect(r.body.error.message).toContain('Літера талону');
  }
});
