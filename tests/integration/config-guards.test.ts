// Configuration edits that must be refused (clearly, with nothing half-written) and the
// rules that keep one branch's admin inside their branch.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DISPLAY, KIOSK, key, startHarness, type Harness } from '../src/harness';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', 'admin12345');
});
afterAll(() => h.close());

const branchBody = async () => {
  const { id: _id, ...b } = (await h.http('GET', '/api/branches/1/catalog')).body.branch;
  return b;
};

it('a branch admin cannot create or take over network-wide accounts', async () => {
  const mk = await h.http('POST', '/api/users', { cookie: admin, body: { branchId: 1, login: 'branch.admin', name: 'Адмін офісу', role: 'admin', password: 'branch-admin-1' } });
  expect(mk.status).toBe(201);
  const branchAdmin = await h.login('branch.admin', 'branch-admin-1');
  const network = await h.http('POST', '/api/users', { cookie: branchAdmin, body: { branchId: null, login: 'sneaky', name: 'x', role: 'admin', password: 'sneaky-pass-1' } });
  expect(network.status).toBe(403);
  const takeover = await h.http('PUT', '/api/users/1', { cookie: branchAdmin, body: { branchId: null, login: 'admin', name: 'x', role: 'admin', password: 'hijacked123' } });
  expect(takeover.status).toBe(403);
  expect((await h.http('POST', '/api/auth/login', { body: { login: 'admin', password: 'admin12345' } })).status).toBe(200);
  // a duplicate login is a conflict, not a crash
  const dup = await h.http('POST', '/api/users', { cookie: admin, body: { branchId: 1, login: 'operator1', name: 'x', role: 'operator', password: 'whatever-123' } });
  expect(dup.status).toBe(409);
  expect(dup.body.error.message).toContain('operator1');
});

it('an unknown time zone and inconsistent hours are refused; nothing is half-saved', async () => {
  const b = await branchBody();
  const tz = await h.http('PUT', '/api/branches/1', { cookie: admin, body: { ...b, timeZone: 'Kyiv' } });
  expect(tz.status).toBe(400);
  expect(tz.body.error.message).toContain('часовий пояс');
  const twice = await h.http('PUT', '/api/branches/1', { cookie: admin, body: { ...b, hours: [{ weekday: 1, opens: '08:00', closes: '20:00' }, { weekday: 1, opens: '09:00', closes: '18:00' }] } });
  expect(twice.status).toBe(400);
  const reversed = await h.http('PUT', '/api/branches/1', { cookie: admin, body: { ...b, hours: [{ weekday: 2, opens: '20:00', closes: '08:00' }] } });
  expect(reversed.status).toBe(400);
  expect((await branchBody()).hours).toHaveLength(7);
  // the board still connects and the kiosk still issues
  await h.socket({ token: DISPLAY });
  expect((await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } })).status).toBe(201);
});

it('a category cannot become its own ancestor', async () => {
  const x = (await h.http('POST', '/api/branches/1/categories', { cookie: admin, body: { name: { uk: 'X', en: 'X' } } })).body;
  const y = (await h.http('POST', '/api/branches/1/categories', { cookie: admin, body: { name: { uk: 'Y', en: 'Y' }, parentId: x.id } })).body;
  const cycle = await h.http('PUT', `/api/categories/${x.id}`, { cookie: admin, body: { name: { uk: 'X', en: 'X' }, parentId: y.id } });
  expect(cycle.status).toBe(400);
  const z = await h.http('POST', '/api/branches/1/categories', { cookie: admin, body: { name: { uk: 'Z', en: 'Z' }, parentId: y.id } });
  expect(z.status).toBe(201);
  const tooDeep = await h.http('POST', '/api/branches/1/categories', { cookie: admin, body: { name: { uk: 'W', en: 'W' }, parentId: z.body.id } });
  expect(tooDeep.status).toBe(400);
  expect(tooDeep.body.error.message).toContain('трьох рівнів');
});

it('duplicate window labels and services are refused; a switched-off window releases its visitors', async () => {
  const windows = (await h.http('GET', '/api/branches/1/windows', { cookie: admin })).body as { id: number; label: string; name: string; services: { serviceId: number; level: number }[] }[];
  const [w1, w2] = windows;
  expect((await h.http('POST', '/api/branches/1/windows', { cookie: admin, body: { label: w1!.label } })).status).toBe(409);
  expect((await h.http('POST', '/api/branches/1/windows', { cookie: admin, body: { label: '77', services: [{ serviceId: 1 }, { serviceId: 1, level: 2 }] } })).status).toBe(400);

  const op = await h.login('operator1', 'operator123');
  const serviceId = w1!.services[0]!.serviceId;
  const t = (await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } })).body.ticket;
  expect((await h.http('POST', `/api/tickets/${t.id}/transfer`, { cookie: op, body: { windowId: w2!.id } })).status).toBe(200);
  const off = await h.http('PUT', `/api/windows/${w2!.id}`, { cookie: admin, body: { label: w2!.label, name: w2!.name, services: w2!.services, active: false } });
  expect(off.status).toBe(200);
  const log = (await h.http('GET', `/api/tickets/${t.id}/events`, { cookie: op })).body;
  expect(log.ticket.targetWindowId).toBeNull();
  expect(log.events.at(-1)).toMatchObject({ type: 'transferred', data: { reason: 'window_closed' } });
  const preview = (await h.http('GET', `/api/windows/${w1!.id}/queue?limit=200`, { cookie: op })).body.tickets as { id: number }[];
  expect(preview.map((x) => x.id)).toContain(t.id);
});

it('an operator cannot push another off their window, nor call from a paused one', async () => {
  const op1 = await h.login('operator1', 'operator123');
  const op2 = await h.login('operator2', 'operator123');
  const w = (await h.http('GET', '/api/branches/1/windows', { cookie: op1 })).body[2];
  expect((await h.http('POST', `/api/windows/${w.id}/pause`, { cookie: op1 })).status).toBe(200);
  expect((await h.http('POST', `/api/windows/${w.id}/leave`, { cookie: op2 })).status).toBe(403);
  const t = (await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } })).body.ticket;
  const paused = await h.http('POST', `/api/windows/${w.id}/call`, { cookie: op1, body: { ticketId: t.id } });
  expect(paused.body.error.code).toBe('WINDOW_PAUSED');
  expect((await h.http('POST', `/api/windows/${w.id}/leave`, { cookie: op1 })).status).toBe(200);
});

it('logout and deactivation end a person’s live feed', async () => {
  const c = await h.login('operator3', 'operator123');
  const { sock } = await h.socket({}, c);
  const gone = new Promise((resolve) => sock.once('disconnect', resolve));
  await h.http('POST', '/api/auth/logout', { cookie: c });
  await gone;

  const c4 = await h.login('operator4', 'operator123');
  const { sock: s4 } = await h.socket({}, c4);
  const gone4 = new Promise((resolve) => s4.once('disconnect', resolve));
  const u = (await h.http('GET', '/api/users', { cookie: admin })).body.find((x: { login: string }) => x.login === 'operator4');
  await h.http('PUT', `/api/users/${u.id}`, { cookie: admin, body: { branchId: u.branchId, login: u.login, name: u.name, role: u.role, password: 'new-password-4', active: false } });
  await gone4;
  await expect(h.socket({}, c4)).rejects.toThrow();
});

it('editing a person keeps their password unless a new one is given; the device list shows state and printer', async () => {
  const u = (await h.http('GET', '/api/users', { cookie: admin })).body.find((x: { login: string }) => x.login === 'operator2');
  const r = await h.http('PUT', `/api/users/${u.id}`, { cookie: admin, body: { branchId: u.branchId, login: u.login, name: 'Нове Імʼя', role: 'supervisor', active: true } });
  expect(r.status).toBe(200);
  expect(r.body).toMatchObject({ name: 'Нове Імʼя', role: 'supervisor' });
  expect((await h.http('POST', '/api/auth/login', { body: { login: 'operator2', password: 'operator123' } })).status).toBe(200);
  const devices = (await h.http('GET', '/api/branches/1/devices', { cookie: admin })).body as { kind: string; printer: unknown; revoked: boolean; pairingExpiresAt: string | null }[];
  const kiosk = devices.find((d) => d.kind === 'kiosk')!;
  expect(kiosk).toMatchObject({ revoked: false, pairingExpiresAt: null, printer: { transport: 'virtual' } });
  expect(JSON.stringify(devices)).not.toMatch(/token/i);
  const bad = await h.http('PUT', `/api/devices/${(kiosk as unknown as { id: number }).id}/printer`, { cookie: admin, body: { printer: { transport: 'tcp', profile: 'epson-cp1251', paperWidth: 80 } } });
  expect(bad.body.error.message).toMatch(/^Для мережевого принтера \(tcp\) вкажіть адресу/);
});

it('texts printed on tickets must be printable; Ukrainian, ₴ and typography are', async () => {
  const cat = (await h.http('GET', '/api/branches/1/catalog')).body.categories[0].id;
  const emoji = await h.http('POST', '/api/branches/1/services', { cookie: admin, body: { categoryId: cat, name: { uk: 'Паспорт 🙂', en: 'Passport' }, prefix: 'П' } });
  expect(emoji.status).toBe(400);
  expect(emoji.body.error.message).toContain('🙂');
  const ok = await h.http('POST', '/api/branches/1/services', {
    cookie: admin, body: { categoryId: cat, name: { uk: 'Видача паспорта «ID» — адмінзбір 1 011 ₴, ґ ї є ʼ №', en: 'Passport issue' }, prefix: 'П' },
  });
  expect(ok.status).toBe(201);
  const b = await branchBody();
  const footer = await h.http('PUT', '/api/branches/1', { cookie: admin, body: { ...b, ticketFooter: 'Дякуємо!\nГаряча лінія ☎ 0 800' } });
  expect(footer.status).toBe(400);
  expect(footer.body.error.message).toContain('Текст унизу талону');
  const multiline = await h.http('PUT', '/api/branches/1', { cookie: admin, body: { ...b, ticketFooter: 'Дякуємо!\nГаряча лінія 0 800 000 000' } });
  expect(multiline.status).toBe(200);
});
