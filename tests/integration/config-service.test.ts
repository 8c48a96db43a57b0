// Configuration edits through the config service (server/src/config-service): each edit is ONE
// transaction that checks, writes, bumps the branch revision once and makes every live screen
// take a fresh snapshot after the commit. A refused edit leaves the record and the revision as
// they were and sends nothing; switching a window off releases the visitors sent to it in the
// same revision (it used to be three transactions and two revisions: a delta, then a resync).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPLAY, KIOSK, PASSWORDS, key, next, startHarness, type ClientSocket, type Harness } from '../src/harness';

let h: Harness;
let admin: string;
let op: string;

interface WindowBody { label: string; name: string; services: { serviceId: number; level: number }[]; active: boolean }
interface WindowRow extends WindowBody { id: number; branchId: number; paused: boolean; operatorId: number | null }

/** every live message a screen receives, in order */
interface Feed { sock: ClientSocket; got: { event: string; revision: number }[] }

async function feed(auth: Record<string, unknown>, cookie?: string): Promise<Feed> {
  const { sock } = await h.socket(auth, cookie);
  const got: Feed['got'] = [];
  for (const event of ['delta', 'board:snapshot', 'operator:snapshot'] as const) {
    sock.on(event, (p: { revision: number }) => got.push({ event, revision: p.revision }));
  }
  return { sock, got };
}

const revision = async (): Promise<number> => (await h.http('GET', '/api/branches/1/snapshot', { cookie: admin })).body.revision as number;
const windows = async (): Promise<WindowRow[]> => (await h.http('GET', '/api/branches/1/windows', { cookie: admin })).body as WindowRow[];
const bodyOf = (w: WindowRow): WindowBody => ({ label: w.label, name: w.name, services: w.services, active: w.active });

let staff: Feed;
let board: Feed;

beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', PASSWORDS.admin!);
  op = await h.login('operator1', PASSWORDS.operator1!);
  staff = await feed({}, admin);
  board = await feed({ token: DISPLAY });
});
afterAll(() => h.close());

/**
 * Runs a successful edit and checks it was ONE revision: the next message of each screen is its
 * fresh snapshot at exactly revision + 1, with nothing before it (messages arrive in the order sent,
 * so a refused edit that broadcast anything, or a second bump, would show here).
 */
async function expectOneResync(edit: () => Promise<{ status: number }>, expected = 200): Promise<void> {
  const before = await revision();
  staff.got.length = 0;
  board.got.length = 0;
  const staffSnap = next(staff.sock, 'operator:snapshot');
  const boardSnap = next(board.sock, 'board:snapshot');
  expect((await edit()).status).toBe(expected);
  expect((await staffSnap).revision).toBe(before + 1);
  expect((await boardSnap).revision).toBe(before + 1);
  expect(staff.got).toEqual([{ event: 'operator:snapshot', revision: before + 1 }]);
  expect(board.got).toEqual([{ event: 'board:snapshot', revision: before + 1 }]);
  expect(await revision()).toBe(before + 1);
}

describe('a window edit is one transaction', () => {
  let otherOfficeService: number;
  beforeAll(async () => {
    const office = await h.http('POST', '/api/branches', { cookie: admin, body: { name: { uk: 'Другий офіс', en: 'Second office' } } });
    expect(office.status).toBe(201);
    const cat = await h.http('POST', `/api/branches/${office.body.id}/categories`, { cookie: admin, body: { name: { uk: 'Інше', en: 'Other' } } });
    const svc = await h.http('POST', `/api/branches/${office.body.id}/services`, { cookie: admin, body: { categoryId: cat.body.id, name: { uk: 'Чужа послуга', en: 'Foreign service' }, prefix: 'А' } });
    expect(svc.status).toBe(201);
    otherOfficeService = svc.body.id;
  });

  it('refused for a service of another office or a taken label: the window and the revision stay as they were, nothing is sent', async () => {
    const [w1, w2] = await windows();
    const before = await revision();
    staff.got.length = 0;
    board.got.length = 0;

    const foreign = await h.http('PUT', `/api/windows/${w1!.id}`, {
      cookie: admin,
      body: { ...bodyOf(w1!), label: '91', name: 'Перейменоване', services: [...w1!.services, { serviceId: otherOfficeService, level: 1 }] },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toBe(`Послугу ${otherOfficeService} не знайдено в цьому офісі`);

    const taken = await h.http('PUT', `/api/windows/${w1!.id}`, { cookie: admin, body: { ...bodyOf(w1!), label: w2!.label, name: 'Перейменоване', services: [], active: false } });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toBe(`Вікно з номером «${w2!.label}» уже є в цьому офісі`);

    const now = (await windows()).find((w) => w.id === w1!.id);
    expect(now).toEqual(w1);
    expect(await revision()).toBe(before);
    // the next edit's snapshot is the very next message: the refused ones sent nothing
    await expectOneResync(() => h.http('PUT', `/api/windows/${w1!.id}`, { cookie: admin, body: bodyOf(w1!) }));
  });

  it('switching a window off releases the visitors sent to it in the same revision: one resync, no separate delta', async () => {
    const [w1, w2] = await windows();
    const serviceId = w1!.services[0]!.serviceId;
    const t = (await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } })).body.ticket;
    expect((await h.http('POST', `/api/tickets/${t.id}/transfer`, { cookie: op, body: { windowId: w2!.id } })).status).toBe(200);

    await expectOneResync(() => h.http('PUT', `/api/windows/${w2!.id}`, { cookie: admin, body: { ...bodyOf(w2!), active: false } }));

    const log = (await h.http('GET', `/api/tickets/${t.id}/events`, { cookie: op })).body;
    expect(log.ticket.targetWindowId).toBeNull();
    expect(log.events.at(-1)).toMatchObject({ type: 'transferred', data: { reason: 'window_closed', fromWindowId: w2!.id } });
    expect((await windows()).find((w) => w.id === w2!.id)!.active).toBe(false);
    // and back on, for the tests after this one
    await expectOneResync(() => h.http('PUT', `/api/windows/${w2!.id}`, { cookie: admin, body: bodyOf(w2!) }));
  });

  it('a new window with a taken label is refused and adds nothing', async () => {
    const count = (await windows()).length;
    const before = await revision();
    const dup = await h.http('POST', '/api/branches/1/windows', { cookie: admin, body: { label: (await windows())[0]!.label, services: [] } });
    expect(dup.status).toBe(409);
    expect((await windows()).length).toBe(count);
    expect(await revision()).toBe(before);
    await expectOneResync(() => h.http('POST', '/api/branches/1/windows', { cookie: admin, body: { label: '92', services: [] } }), 201);
    expect((await windows()).length).toBe(count + 1);
  });
});

describe('every catalogue and office edit bumps the revision exactly once', () => {
  it('office, category, service and priority category', async () => {
    const catalog = (await h.http('GET', '/api/branches/1/services', { cookie: admin })).body;
    const { id: _id, ...branch } = (await h.http('GET', '/api/branches/1/catalog')).body.branch;
    await expectOneResync(() => h.http('PUT', '/api/branches/1', { cookie: admin, body: { ...branch, address: 'вул. Нова, 1' } }));
    expect((await h.http('GET', '/api/branches/1/catalog')).body.branch.address).toBe('вул. Нова, 1');

    let categoryId = 0;
    await expectOneResync(async () => {
      const r = await h.http('POST', '/api/branches/1/categories', { cookie: admin, body: { name: { uk: 'Нова', en: 'New' } } });
      categoryId = r.body.id;
      return r;
    }, 201);
    await expectOneResync(() => h.http('PUT', `/api/categories/${categoryId}`, { cookie: admin, body: { name: { uk: 'Нова категорія', en: 'New category' } } }));

    const s = catalog.services[0];
    const { id: _s, branchId: _b, ...service } = s;
    await expectOneResync(() => h.http('PUT', `/api/services/${s.id}`, { cookie: admin, body: { ...service, expectedMinutes: 12 } }));
    await expectOneResync(() => h.http('POST', '/api/branches/1/services', { cookie: admin, body: { ...service, name: { uk: 'Ще одна', en: 'One more' }, categoryId } }), 201);

    let priorityId = 0;
    await expectOneResync(async () => {
      const r = await h.http('POST', '/api/branches/1/priority-categories', { cookie: admin, body: { name: { uk: 'Пільга', en: 'Priority' } } });
      priorityId = r.body.id;
      return r;
    }, 201);
    await expectOneResync(() => h.http('PUT', `/api/priority-categories/${priorityId}`, { cookie: admin, body: { name: { uk: 'Пільга', en: 'Priority' }, active: false } }));
  });

  it('a refused catalogue edit changes nothing: a service moved to a category that does not exist', async () => {
    const before = await revision();
    const svc = (await h.http('GET', '/api/branches/1/services', { cookie: admin })).body.services[0];
    const { id, branchId: _b, ...service } = svc;
    const missing = await h.http('PUT', `/api/services/${id}`, { cookie: admin, body: { ...service, categoryId: 999_999, name: { uk: 'Не збережеться', en: 'Not saved' } } });
    expect(missing.status).toBe(404);
    expect((await h.http('GET', '/api/branches/1/services', { cookie: admin })).body.services[0]).toEqual(svc);
    expect(await revision()).toBe(before);
  });
});

describe('people', () => {
  it('two admins adding the same login at once: one account, the other told the login is taken', async () => {
    // the password is hashed (awaited) between the first look at the login and the write:
    // the login is looked at again inside the write's transaction
    const body = (name: string) => ({ branchId: 1, login: 'twin.login', name, role: 'operator', password: 'twin-pass-123' });
    const both = await Promise.all([
      h.http('POST', '/api/users', { cookie: admin, body: body('Перша') }),
      h.http('POST', '/api/users', { cookie: admin, body: body('Друга') }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = both.find((r) => r.status === 409)!;
    expect(refused.body.error).toEqual({ code: 'CONFLICT', message: 'Логін «twin.login» уже зайнятий' });
    const users = (await h.http('GET', '/api/users', { cookie: admin })).body as { login: string }[];
    expect(users.filter((u) => u.login === 'twin.login')).toHaveLength(1);
  });
});
