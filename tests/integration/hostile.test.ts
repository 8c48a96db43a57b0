// Malformed and hostile input on every route (taken from the live OpenAPI document, so a
// new route is covered the day it appears) and every socket event: a 4xx with a
// message, no crash, nothing written.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DISPLAY, KIOSK, startHarness, type Harness } from '../src/harness';

let h: Harness;
let admin: string;
let op: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', 'admin12345');
  op = await h.login('operator1', 'operator123');
});
afterAll(() => h.close());

const HOSTILE_BODIES: unknown[] = [
  // (JSON null is accepted where a command takes no body: it means "no body")
  [], 'text', 42, true,
  { constructor: { prototype: { x: 1 } } },
  { serviceId: -1, idempotencyKey: 'x' }, { serviceId: 1e308, idempotencyKey: "'; DROP TABLE tickets; --" },
  { ticketId: '1 OR 1=1' }, { active: 'yes' }, { placement: 'everywhere' }, { name: { uk: 'a'.repeat(10_000), en: '' } },
  { login: { $gt: '' }, password: [] }, { code: '../../etc/passwd' }, { extra: 'field', serviceId: 1 },
];
const RAW_BODIES = ['{"__proto__":{"admin":true}}', '{', '{"a":', '\u0000\u0001', '[]', '{"serviceId":1}'.repeat(5000)];
/** commands without ids that take no body: `{}` is their valid request */
const BODYLESS = new Set(['/api/admin/backups']);
const BAD_IDS = ['0', '-1', 'abc', '1.5', '99999999999999999999', '%00', "1'--"];

function counts() {
  const db = h.cherha.services.repos.db;
  const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { tickets: n('tickets'), events: n('ticket_events'), services: n('services'), windows: n('windows'), users: n('users'), devices: n('devices'), categories: n('categories') };
}

it('every route answers hostile input with a clear 4xx and writes nothing', async () => {
  const doc = (await h.http('GET', '/docs/json')).body as { paths: Record<string, Record<string, { operationId?: string }>> };
  const routes = Object.entries(doc.paths).filter(([p]) => p.startsWith('/api/')).flatMap(([path, ops]) => Object.keys(ops).map((m) => ({ path, method: m.toUpperCase() })));
  expect(routes.length).toBeGreaterThan(30);
  const before = counts();
  let requests = 0;
  for (const { path, method } of routes) {
    // logout would end the admin session the loop relies on; it is tested below
    if ((method === 'GET' && !path.includes('{')) || path === '/api/auth/logout') continue;
    // bad ids in the address; a route without ids gets `{}` only if it needs a body (a body-less
    // command such as "make a backup now" rightly accepts `{}` — its hostile bodies are below)
    const paths = path.includes('{') ? BAD_IDS.map((id) => path.replace(/\{[^}]+\}/g, encodeURIComponent(id))) : BODYLESS.has(path) ? [] : [path];
    const withRealIds = path.replace(/\{[^}]+\}/g, '1');
    for (const p of paths) {
      for (const who of [{ cookie: admin }, { token: KIOSK }, {}]) {
        const r = await h.http(method, p, { ...who, body: method === 'GET' ? undefined : {} });
        requests++;
        expect(r.status, `${method} ${p}`).toBeGreaterThanOrEqual(400);
        expect(r.status, `${method} ${p}`).toBeLessThan(500);
        expect(typeof r.body.error?.message, `${method} ${p}`).toBe('string');
      }
    }
    if (method === 'GET') continue;
    for (const body of HOSTILE_BODIES) {
      for (const who of [{ cookie: admin }, { token: KIOSK }]) {
        const r = await h.http(method, withRealIds, { ...who, raw: JSON.stringify(body) });
        requests++;
        expect(r.status, `${method} ${withRealIds} ${JSON.stringify(body).slice(0, 80)}`).toBeLessThan(500);
        expect(r.status, `${method} ${withRealIds} accepted ${JSON.stringify(body).slice(0, 80)}`).toBeGreaterThanOrEqual(400);
      }
    }
    for (const raw of RAW_BODIES) {
      const r = await h.http(method, withRealIds, { cookie: admin, raw });
      requests++;
      expect(r.status, `${method} ${withRealIds} raw`).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
    }
  }
  expect(requests).toBeGreaterThan(500);
  expect(counts()).toEqual(before);
  expect((await h.http('GET', '/api/health')).status).toBe(200);
});

it('wrong roles and other branches are refused', async () => {
  expect((await h.http('POST', '/api/branches/1/alert', { token: KIOSK, body: { active: true } })).status).toBe(403);
  // who may ask is checked before the body: an operator learns nothing about what a service needs
  expect((await h.http('POST', '/api/branches/1/services', { cookie: op, body: {} })).status).toBe(403);
  expect((await h.http('POST', '/api/branches/1/priority-categories', { cookie: op, body: { name: { uk: 'x', en: 'x' } } })).status).toBe(403);
  expect((await h.http('POST', '/api/windows/1/call-next', { token: KIOSK })).status).toBe(403);
  expect((await h.http('POST', '/api/windows/1/call-next', { token: DISPLAY })).status).toBe(403);
  expect((await h.http('POST', '/api/windows/1/call-next')).status).toBe(401);
  const wrong = await h.http('POST', '/api/auth/login', { body: { login: 'admin', password: 'wrong' } });
  expect(wrong.status).toBe(401);
  expect(wrong.body.error.message).toBe('Неправильний логін або пароль');
  // a second branch: its staff cannot touch branch 1
  const b2 = await h.http('POST', '/api/branches', { cookie: admin, body: { name: { uk: 'Віддалене робоче місце', en: 'Remote workplace' } } });
  expect(b2.status).toBe(201);
  const u = await h.http('POST', '/api/users', { cookie: admin, body: { branchId: b2.body.id, login: 'remote.op', name: 'Оператор ВРМ', role: 'supervisor', password: 'remote-pass-1' } });
  expect(u.status).toBe(201);
  const remote = await h.login('remote.op', 'remote-pass-1');
  expect((await h.http('POST', '/api/branches/1/alert', { cookie: remote, body: { active: true } })).status).toBe(403);
  expect((await h.http('GET', '/api/branches/1/snapshot', { cookie: remote })).status).toBe(403);
});

it('socket events with hostile payloads are answered, never crash the server', async () => {
  const { sock } = await h.socket({ token: DISPLAY });
  for (const payload of [null, 1, 'x', [], { branchId: -5 }, { branchId: { $ne: 0 } }, { a: 'b'.repeat(1000) }]) {
    const res = await sock.timeout(5000).emitWithAck('snapshot:get', payload as never);
    if (payload === null) expect(res.ok).toBe(true);
    else expect(res.ok, JSON.stringify(payload)).toBe(false);
  }
  // unknown events and events without an ack are ignored
  (sock as unknown as { emit: (e: string, ...a: unknown[]) => void }).emit('no-such-event', { x: 1 });
  (sock as unknown as { emit: (e: string, ...a: unknown[]) => void }).emit('snapshot:get', { junk: true });
  // a frame over the size limit drops that connection only
  const { sock: big } = await h.socket({ token: DISPLAY });
  const closed = new Promise((resolve) => big.once('disconnect', resolve));
  (big as unknown as { emit: (e: string, ...a: unknown[]) => void }).emit('snapshot:get', { blob: 'x'.repeat(200_000) });
  await closed;
  const res = await sock.timeout(5000).emitWithAck('snapshot:get', {});
  expect(res.ok).toBe(true);
});

it('password guessing is slowed down by a per-address login limit', async () => {
  const limited = await startHarness({ config: { loginRateLimitPerMinute: 5 } });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await limited.http('POST', '/api/auth/login', { body: { login: 'admin', password: `guess-${i}` } })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const r = await limited.http('POST', '/api/auth/login', { body: { login: 'admin', password: 'admin12345' } });
    expect(r.body.error.code).toBe('RATE_LIMITED');
  } finally {
    await limited.close();
  }
});

it('logout ends the session', async () => {
  const c = await h.login('operator2', 'operator123');
  expect((await h.http('GET', '/api/auth/me', { cookie: c })).status).toBe(200);
  expect((await h.http('POST', '/api/auth/logout', { cookie: c })).status).toBe(200);
  expect((await h.http('GET', '/api/auth/me', { cookie: c })).status).toBe(401);
});
