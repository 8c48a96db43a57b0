// A service that no switched-on window serves is not offered on the kiosk and issues no ticket:
// nobody could ever call it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KIOSK, key, startHarness, type Harness } from '../src/harness';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', 'admin12345');
});
afterAll(() => h.close());

it('hidden from the kiosk menu, refused with a clear message, offered again once a window takes it', async () => {
  const { repos } = h.cherha.services;
  const cat = repos.catalog.categories(1)[0]!;
  const created = await h.http('POST', '/api/branches/1/services', {
    cookie: admin, body: { categoryId: cat.id, name: { uk: 'Нова послуга без вікна', en: 'New service, no window' }, prefix: 'Ш', rangeStart: 900, rangeEnd: 999 },
  });
  expect(created.status).toBe(201);
  const id = created.body.id as number;
  const catalog = async () => ((await h.http('GET', '/api/branches/1/catalog')).body.services as { id: number }[]).map((s) => s.id);
  expect(await catalog()).not.toContain(id);
  const board = (await h.http('GET', '/api/branches/1/snapshot', { token: KIOSK })).body as { services: { serviceId: number; available: boolean; reason: string | null }[] };
  expect(board.services.find((s) => s.serviceId === id)).toMatchObject({ available: false, reason: 'SERVICE_CLOSED' });

  const before = (repos.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
  const refused = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: id, idempotencyKey: key() } });
  expect(refused.status).toBe(409);
  expect(refused.body.error.message).toMatch(/не обслуговує жодне вікно/);
  expect((repos.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n).toBe(before);

  // window 10 takes it as a backup service: offered and issued
  const w = repos.windows.list(1).find((x) => x.label === '10')!;
  const upd = await h.http('PUT', `/api/windows/${w.id}`, { cookie: admin, body: { label: w.label, name: w.name, active: true, services: [...w.services, { serviceId: id, level: 2 }] } });
  expect(upd.status).toBe(200);
  expect(await catalog()).toContain(id);
  expect((await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: id, idempotencyKey: key() } })).status).toBe(201);
});
