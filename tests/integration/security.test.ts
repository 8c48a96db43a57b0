// The holes a real centre's network would find: each test here failed before its fix.
// Real server on port 0, real SQLite, real sockets; nothing of ours is mocked.
import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPLAY, KIOSK, key, next, startHarness, TestClock, type Harness } from '../src/harness';

let h: Harness;
let admin: string;
let op: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', 'admin12345');
  op = await h.login('operator1', 'operator123');
});
afterAll(() => h.close());

const kioskId = () => h.cherha.services.repos.devices.list(1).find((d) => d.kind === 'kiosk')!.id;
const storedPrinter = () => h.cherha.services.repos.devices.get(kioskId())!.printer;
const firstWindow = () => h.cherha.services.repos.windows.list(1)[0]!;

describe('printer settings never name a file or an unlisted host', () => {
  const base = { profile: 'epson-cp1251', paperWidth: 80 };
  const refused: [string, Record<string, unknown>, RegExp][] = [
    ['a file transport', { ...base, transport: 'file', path: '/tmp/cherha-pwned.bin' }, /transport|Підключення/],
    ['an output folder', { ...base, transport: 'virtual', outputDir: '/tmp/cherha-pwned' }, /outputDir/],
    ['a roll counter file (renamed over its path)', { ...base, transport: 'virtual', rollCounterFile: '/tmp/cherha.sqlite' }, /rollCounterFile/],
    ['a TCP host not on the allow-list', { ...base, transport: 'tcp', host: '10.20.30.40', port: 9100 }, /EQUEUE_PRINTER_HOSTS/],
    ['an SSH port on an allowed host', { ...base, transport: 'tcp', host: 'localhost', port: 22 }, /EQUEUE_PRINTER_HOSTS/],
    ['a USB path outside the device list', { ...base, transport: 'usb', path: '/etc/passwd' }, /EQUEUE_PRINTER_DEVICES/],
    ['a serial path outside the device list', { ...base, transport: 'serial', path: '/dev/ttyS0' }, /EQUEUE_PRINTER_DEVICES/],
  ];
  for (const [what, printer, message] of refused) {
    it(`refuses ${what}, and keeps the saved printer`, async () => {
      const before = storedPrinter();
      const r = await h.http('PUT', `/api/devices/${kioskId()}/printer`, { cookie: admin, body: { printer } });
      expect(r.status).toBe(400);
      expect(r.body.error.message).toMatch(message);
      expect(storedPrinter()).toEqual(before);
    });
  }

  it('a printer saved before the allow-list (file path) is refused at use: no file is written', async () => {
    const target = join(h.dir, 'outside', 'pwned.bin');
    h.cherha.services.repos.devices.setPrinter(kioskId(), { transport: 'file', path: target, profile: 'epson-cp1251', paperWidth: 80 }, null);
    try {
      const r = await h.http('POST', `/api/devices/${kioskId()}/test-page`, { cookie: admin });
      expect(r.status).toBe(400);
      expect(r.body.error.message).toMatch(/Збережені налаштування принтера недійсні/);
      expect(existsSync(target)).toBe(false);
    } finally {
      h.cherha.services.repos.devices.setPrinter(kioskId(), { transport: 'virtual', profile: 'epson-cp1251', paperWidth: 80 }, null);
    }
  });

  it('previews and the roll counter stay inside the data folder', async () => {
    const r = await h.http('POST', `/api/devices/${kioskId()}/test-page`, { cookie: admin });
    expect(r.status).toBe(200);
    expect(readdirSync(join(h.dir, 'printed')).length).toBeGreaterThan(0);
  });

  it('the admin form learns the allow-list from the server', async () => {
    const r = await h.http('GET', '/api/printer-targets', { cookie: admin });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ tcp: ['127.0.0.1:*'], devices: [] });
    expect((await h.http('GET', '/api/printer-targets', { cookie: op })).status).toBe(403);
  });
});

describe('cross-site requests with the staff cookie are refused', () => {
  it('a body-less POST from another origin does not pause a window', async () => {
    const w = firstWindow();
    const evil = await h.http('POST', `/api/windows/${w.id}/pause`, { cookie: op, headers: { origin: 'http://127.0.0.1:9999' } });
    expect(evil.status).toBe(403);
    expect(evil.body.error.message).toMatch(/з іншого сайту/);
    expect(h.cherha.services.repos.windows.get(w.id)!.paused).toBe(false);
    // the browser's own header, without Origin
    const site = await h.http('POST', `/api/windows/${w.id}/pause`, { cookie: op, headers: { 'sec-fetch-site': 'same-site' } });
    expect(site.status).toBe(403);
    expect(h.cherha.services.repos.windows.get(w.id)!.paused).toBe(false);
  });

  it('the same request from the server’s own page goes through', async () => {
    const w = firstWindow();
    const own = await h.http('POST', `/api/windows/${w.id}/leave`, { cookie: op, headers: { origin: h.base, 'sec-fetch-site': 'same-origin' } });
    expect(own.status).toBe(200);
  });

  it('devices use bearer tokens, which another page cannot attach: not affected', async () => {
    const r = await h.http('POST', '/api/branches/1/tickets', {
      token: KIOSK, headers: { origin: 'http://elsewhere.example' },
      body: { serviceId: h.cherha.services.repos.catalog.services(1)[0]!.id, idempotencyKey: key() },
    });
    expect(r.status).toBe(201);
  });

  it('a staff socket opened from another origin is refused', async () => {
    await expect(h.socket({ view: 'operator' }, op).then(() => 'connected')).resolves.toBe('connected');
    const { io } = await import('socket.io-client');
    const s = io(h.base, { transports: ['websocket'], extraHeaders: { cookie: op, origin: 'http://127.0.0.1:9999' }, reconnection: false });
    const outcome = await new Promise<string>((resolve) => {
      s.once('connect_error', (err) => resolve(err.message));
      s.once('connect', () => resolve('connected'));
    });
    expect(outcome).toMatch(/іншого сайту/);
    s.disconnect();
  });

  it('a refused handshake carries a code the apps act on, not only words', async () => {
    const { io } = await import('socket.io-client');
    const s = io(h.base, { transports: ['websocket'], auth: { token: 'revoked-or-made-up' }, reconnection: false });
    const err = await new Promise<Error & { data?: { code?: string } }>((resolve) => s.once('connect_error', resolve));
    expect(err.data?.code).toBe('UNAUTHORIZED');
    s.disconnect();
  });
});

describe('boards and kiosks get what they show, nothing about staff', () => {
  it('a call reaches the board and the kiosk without operator ids or names', async () => {
    const board = await h.socket({ token: DISPLAY });
    const kiosk = await h.socket({ token: KIOSK });
    const staff = await h.socket({ view: 'operator' }, op);
    expect(JSON.stringify(board.snapshot)).not.toMatch(/operator/i);
    const w = firstWindow();
    const serviceId = w.services[0]!.serviceId;
    await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });
    const got = [next(board.sock, 'delta'), next(kiosk.sock, 'delta'), next(staff.sock, 'delta')];
    // sitting down and calling: the staff delta names the operator
    const call = await h.http('POST', `/api/windows/${w.id}/call-next`, { cookie: op });
    expect(call.status).toBe(200);
    const [b, k, s] = await Promise.all(got);
    const name = h.cherha.services.repos.people.credentials('operator1')!.name;
    for (const d of [b, k]) {
      expect(d).not.toHaveProperty('windows');
      expect(d).not.toHaveProperty('tickets');
      expect(JSON.stringify(d)).not.toContain(name);
      expect(JSON.stringify(d)).not.toMatch(/operatorId|operatorName/);
    }
    expect(JSON.stringify(s)).toContain(name);
    // nor through REST: the window list a board or kiosk may read names nobody at the windows
    for (const token of [DISPLAY, KIOSK]) {
      const list = await h.http('GET', '/api/branches/1/windows', { token });
      expect(list.status).toBe(200);
      expect(list.body.every((x: { operatorId: unknown }) => x.operatorId === null)).toBe(true);
    }
    const staffList = await h.http('GET', '/api/branches/1/windows', { cookie: op });
    expect(staffList.body.find((x: { id: number }) => x.id === w.id).operatorId).not.toBeNull();
    await h.http('POST', `/api/windows/${w.id}/leave`, { cookie: op });
  });
});

describe('ids are whole numbers, never coerced', () => {
  for (const serviceId of [true, [1], '1', 1.5, '0x1', null]) {
    it(`serviceId ${JSON.stringify(serviceId)} is a 400 and issues nothing`, async () => {
      const before = h.cherha.services.repos.db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number };
      const r = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION');
      expect(h.cherha.services.repos.db.prepare('SELECT count(*) AS n FROM tickets').get()).toEqual(before);
    });
  }
  for (const id of ['1e0', '+1', ' 1', '01', '0x1']) {
    it(`an id «${id}» in the address is a 400`, async () => {
      const r = await h.http('POST', `/api/windows/${encodeURIComponent(id)}/pause`, { cookie: op });
      expect(r.status).toBe(400);
    });
  }
});

describe('control and direction characters are refused wherever text is saved', () => {
  const bad = ['Вікно\u202E01', 'Паспорт\u0000', 'A\u2066B', 'Довідка\u200F'];
  it('a window label, a service name, a person, a branch', async () => {
    const services = h.cherha.services.repos.catalog.services(1);
    const svc = services[0]!;
    const w = firstWindow();
    for (const text of bad) {
      const win = await h.http('PUT', `/api/windows/${w.id}`, { cookie: admin, body: { label: text.slice(0, 9), name: '', services: w.services, active: true } });
      expect(win.status, text).toBe(400);
      expect(win.body.error.message).toMatch(/керівні або невидимі символи/);
      const { id: _id, branchId: _b, ...rest } = svc;
      const s = await h.http('PUT', `/api/services/${svc.id}`, { cookie: admin, body: { ...rest, name: { uk: text, en: 'x' } } });
      expect(s.status, text).toBe(400);
      const u = await h.http('POST', '/api/users', { cookie: admin, body: { branchId: 1, login: 'new.person', name: text, role: 'operator', password: 'long-enough-1' } });
      expect(u.status, text).toBe(400);
      const b = await h.http('POST', '/api/branches', { cookie: admin, body: { name: { uk: 'ЦНАП', en: 'ASC' }, address: text } });
      expect(b.status, text).toBe(400);
    }
    expect(h.cherha.services.repos.windows.get(w.id)!.label).toBe(w.label);
    expect(h.cherha.services.repos.catalog.service(svc.id)!.name).toEqual(svc.name);
    expect(h.cherha.services.repos.people.credentials('new.person')).toBeUndefined();
  });

  it('line breaks stay allowed in the ticket header and footer', async () => {
    const branch = h.cherha.services.repos.branches.get(1)!;
    const { id: _id, ...body } = branch;
    const ok = await h.http('PUT', '/api/branches/1', { cookie: admin, body: { ...body, ticketFooter: 'Дякуємо!\nГарного дня' } });
    expect(ok.status).toBe(200);
    const bad = await h.http('PUT', '/api/branches/1', { cookie: admin, body: { ...body, ticketFooter: 'Дякуємо\u202E!' } });
    expect(bad.status).toBe(400);
  });
});

describe('an anonymous caller learns nothing about which ids exist', () => {
  const routes: [string, string][] = [
    ['GET', '/api/tickets/{id}/events'], ['POST', '/api/tickets/{id}/cancel'], ['PUT', '/api/windows/{id}'], ['POST', '/api/devices/{id}/revoke'],
    ['PUT', '/api/users/{id}'], ['GET', '/api/branches/{id}/devices'], ['POST', '/api/tickets/{id}/reprint'],
  ];
  for (const [method, path] of routes) {
    it(`${method} ${path}: 401 for an existing and a missing id alike, even with a bad body`, async () => {
      const existing = await h.http(method, path.replace('{id}', '1'), { body: method === 'GET' ? undefined : { nonsense: true } });
      const missing = await h.http(method, path.replace('{id}', '999999'), { body: method === 'GET' ? undefined : { nonsense: true } });
      expect(existing.status).toBe(401);
      expect(missing.status).toBe(401);
      expect(existing.body).toEqual(missing.body);
    });
  }
});

describe('staff and devices of another office learn nothing about this office’s ids', () => {
  it('an existing record of another office and a missing id get the same 404', async () => {
    const b2 = await h.http('POST', '/api/branches', { cookie: admin, body: { name: { uk: 'Інший офіс', en: 'Other office' } } });
    expect(b2.status).toBe(201);
    for (const [login, role] of [['probe.admin2', 'admin'], ['probe.op2', 'operator']] as const) {
      expect((await h.http('POST', '/api/users', { cookie: admin, body: { branchId: b2.body.id, login, name: 'Інший', role, password: 'probe-pass-12' } })).status).toBe(201);
    }
    const admin2 = await h.login('probe.admin2', 'probe-pass-12');
    const op2 = await h.login('probe.op2', 'probe-pass-12');
    const { repos } = h.cherha.services;
    const w = repos.windows.list(1)[0]!;
    const cat = repos.catalog.categories(1)[0]!;
    const user = repos.people.credentials('operator2')!;
    const device = repos.devices.list(1)[0]!;
    const ticket = (await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: w.services[0]!.serviceId, idempotencyKey: key() } })).body.ticket as { id: number };
    const probes: [string, string, string, number, unknown][] = [
      [op2, 'POST', '/api/windows/{id}/call-next', w.id, undefined],
      [op2, 'GET', '/api/windows/{id}/queue', w.id, undefined],
      [op2, 'POST', '/api/tickets/{id}/cancel', ticket.id, undefined],
      [op2, 'GET', '/api/tickets/{id}/events', ticket.id, undefined],
      [admin2, 'PUT', '/api/categories/{id}', cat.id, { parentId: null, name: { uk: 'Х', en: 'X' } }],
      [admin2, 'PUT', '/api/users/{id}', user.id, { branchId: b2.body.id, login: 'operator2', name: 'Х', role: 'operator', active: true }],
      [admin2, 'POST', '/api/devices/{id}/test-page', device.id, undefined],
      [admin2, 'POST', '/api/devices/{id}/revoke', device.id, undefined],
    ];
    for (const [cookie, method, path, id, body] of probes) {
      const existing = await h.http(method, path.replace('{id}', String(id)), { cookie, body });
      const missing = await h.http(method, path.replace('{id}', '999999'), { cookie, body });
      expect(existing.status, `${method} ${path}`).toBe(404);
      expect(existing.body, `${method} ${path}`).toEqual(missing.body);
    }
    // nothing of branch 1 was touched
    expect(repos.devices.get(device.id)!.revoked).toBe(false);
    expect(repos.people.credentials('operator2')!.branchId).toBe(1);
  });
});

describe('login: limits per account and per address, never the whole office', () => {
  let lh: Harness;
  let clock: TestClock;
  beforeAll(async () => {
    clock = new TestClock(Date.parse('2026-11-30T08:00:00Z'));
    lh = await startHarness({ clock });
  });
  afterAll(() => lh.close());
  // each "address" is a real loopback address of its own (127.0.0.0/8 is all loopback on Linux)
  const login = (login: string, password: string, ip = '127.0.0.11') => postFrom(lh.base, ip, '/api/auth/login', { login, password });

  it('wrong passwords slow that person down with a growing delay; a colleague behind the same address still signs in', async () => {
    // colleagues signed in from the office before
    expect((await login('operator2', 'operator123')).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await login('operator1', `typo-${i}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    // the right password during the delay is not even checked
    const during = await login('operator1', 'operator123');
    expect(during.status).toBe(429);
    expect(during.body.error.message).toMatch(/Спробуйте через \d+ с/);
    // the office keeps working
    expect((await login('operator2', 'operator123')).status).toBe(200);
    expect((await login('supervisor', 'super12345')).status).toBe(200);
    // the delay grows with the failures and then passes
    clock.advance(1_100);
    expect((await login('operator1', 'wrong-again')).status).toBe(401);
    const after = await login('operator1', 'operator123');
    expect(after.status).toBe(429);
    const wait = Number(/через (\d+) с/.exec(after.body.error.message)![1]);
    expect(wait).toBeGreaterThanOrEqual(2);
    clock.advance(wait * 1000 + 10);
    expect((await login('operator1', 'operator123')).status).toBe(200);
  });

  it('one machine trying many different accounts is slowed down, a first-time colleague on another machine is not', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) statuses.push((await login(`someone${i}`, 'guess', '127.0.2.1')).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    expect((await login('operator4', 'operator123', '127.0.2.2')).status).toBe(200);
  });

  it('a hundred typos of one person never lock out a colleague signing in for the first time from the same address', async () => {
    for (let i = 0; i < 100; i++) await login('operator1', `typo-again-${i}`, '127.0.3.1');
    expect((await login('operator4', 'operator123', '127.0.3.1')).status).toBe(200);
  });

  it('guesses at one account spread over many addresses are limited too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) statuses.push((await login('admin', `guess-${i}`, `127.0.1.${i + 1}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    // from a fresh address too, with the right password: the account is held
    expect((await login('admin', 'admin12345', '127.0.9.9')).status).toBe(429);
  });

  it('a password reset by an admin ends that person’s sessions and sockets', async () => {
    const victim = await lh.login('operator3', 'operator123');
    const { sock } = await lh.socket({ view: 'operator' }, victim);
    const dropped = new Promise((resolve) => sock.once('disconnect', resolve));
    const chief = await lh.login('supervisor', 'super12345').then(() => lh.login('operator2', 'operator123'));
    expect(chief).toBeTruthy();
    clock.advance(20 * 60_000); // the admin account's held delay from the test above has passed
    const adminCookie = (await login('admin', 'admin12345', '127.0.1.1')).status === 200 ? await lh.login('admin', 'admin12345') : '';
    expect(adminCookie).not.toBe('');
    const u = lh.cherha.services.repos.people.credentials('operator3')!;
    const r = await lh.http('PUT', `/api/users/${u.id}`, {
      cookie: adminCookie, body: { branchId: u.branchId, login: u.login, name: u.name, role: u.role, active: true, password: 'a-new-password-7' },
    });
    expect(r.status).toBe(200);
    expect((await lh.http('GET', '/api/auth/me', { cookie: victim })).status).toBe(401);
    await dropped;
    // the admin who made the change is still signed in
    expect((await lh.http('GET', '/api/auth/me', { cookie: adminCookie })).status).toBe(200);
  });
});

describe('a login does not stall the event loop', () => {
  it('password hashing runs off the main thread: a request sent after a burst of logins is answered before them', async () => {
    // synchronous scrypt (~50 ms each) held the event loop: the health check waited for every login
    const order: string[] = [];
    const logins = Array.from({ length: 8 }, (_, i) =>
      h.http('POST', '/api/auth/login', { body: { login: `nobody${i}`, password: 'wrong-password' } }).then(() => order.push('login')));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const health = h.http('GET', '/api/health').then(() => order.push('health'));
    await Promise.all([...logins, health]);
    expect(order.indexOf('health')).toBeLessThan(order.length - 1);
  });
});

/** A JSON POST from a chosen local (loopback) address, so per-address rules can be tested for real. */
function postFrom(base: string, localAddress: string, path: string, body: unknown): Promise<{ status: number; body: any }> {
  const url = new URL(path, base);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

describe('refusals before any route runs speak the same language', () => {
  it('an address part over the router limit, a broken URL and oversized headers: our error shape, Ukrainian', async () => {
    const long = await h.http('POST', `/api/windows/${'x'.repeat(150)}/call-next`, { cookie: op });
    expect(long.status).toBe(414);
    expect(long.body).toEqual({ error: { code: 'VALIDATION', message: 'Адреса запиту задовга' } });
    const bad = await h.http('GET', '/api/branches/%E0%A4%A/catalog');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION');
    const huge = await h.http('GET', `/api/health?x=${'y'.repeat(20_000)}`);
    expect(huge.status).toBe(431);
    expect(huge.body).toEqual({ error: { code: 'VALIDATION', message: 'Заголовки або адреса запиту завеликі' } });
    expect((await h.http('GET', '/api/health')).status).toBe(200);
  });
});
