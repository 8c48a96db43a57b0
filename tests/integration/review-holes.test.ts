// Holes an independent review found after the first round of fixes (issue 10). Each test here
// failed on the code before its fix, except the last group, which pins down a claim of
// docs/security.md that held but had no test. Real server on port 0, real SQLite; nothing mocked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@cherha/server/auth/secrets';
import { loadConfig } from '@cherha/server/config';
import { key, KIOSK, startHarness, type Harness } from '../src/harness';

let h: Harness;
let op: string;
beforeAll(async () => {
  h = await startHarness();
  op = await h.login('operator1', 'operator123');
});
afterAll(() => h.close());

describe('a cookie request with no Origin is judged by its Referer', () => {
  // an older or privacy-patched browser may leave out Origin and Sec-Fetch-Site; the page that
  // sent the request still shows in Referer
  it('a pause sent from another site’s page is refused and changes nothing', async () => {
    const w = h.cherha.services.repos.windows.list(1)[0]!;
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const r = await h.http(method, `/api/windows/${w.id}/pause`, { cookie: op, headers: { referer: 'http://evil.example/page.html' } });
      expect(r.status, method).toBe(403);
      expect(r.body.error.message).toMatch(/з іншого сайту/);
    }
    const other = await h.http('POST', `/api/windows/${w.id}/pause`, { cookie: op, headers: { referer: `${h.base.replace(/:\d+$/, ':9999')}/x` } });
    expect(other.status).toBe(403);
    expect(h.cherha.services.repos.windows.get(w.id)!.paused).toBe(false);
  });

  it('a Referer of the server’s own page, or none at all (scripts, curl), still goes through', async () => {
    const w = h.cherha.services.repos.windows.list(1)[0]!;
    expect((await h.http('POST', `/api/windows/${w.id}/pause`, { cookie: op, headers: { referer: `${h.base}/operator/` } })).status).toBe(200);
    expect((await h.http('POST', `/api/windows/${w.id}/resume`, { cookie: op })).status).toBe(200);
  });
});

describe('login guesses sent in parallel are held like guesses sent one by one', () => {
  // the counters were read before the (slow, off-thread) password check and written after it,
  // so a burst found them all at zero and every guess was checked
  it('forty parallel guesses at one account: only the first five are checked', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => h.http('POST', '/api/auth/login', { body: { login: 'supervisor', password: `guess-${i}` } }).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
  });

  it('colleagues signing in together from one address are not held up by each other', async () => {
    const people = [['operator2', 'operator123'], ['operator3', 'operator123'], ['operator4', 'operator123'], ['admin', 'admin12345']] as const;
    const rounds = await Promise.all([0, 1, 2].flatMap(() => people.map(([login, password]) => h.http('POST', '/api/auth/login', { body: { login, password } }).then((r) => r.status))));
    expect(rounds.every((s) => s === 200)).toBe(true);
  });
});

describe('invisible and line-breaking characters are refused like the direction marks', () => {
  // a label «1» plus an invisible character is a second window «1» on the board; a line
  // separator breaks a one-line name in two
  const invisible: Record<string, string> = {
    'zero-width space U+200B': '7\u200b', 'word joiner U+2060': '7\u2060', 'line separator U+2028': '7\u2028', 'paragraph separator U+2029': '7\u2029',
    'tag character U+E0041': '7\u{E0041}', 'half a surrogate pair': '7\ud800', 'format control U+206A': '7\u206a', 'zero-width joiner U+200D': '7\u200d',
  };
  for (const [what, label] of Object.entries(invisible)) {
    it(`a window label with a ${what} is a 400 and nothing is saved`, async () => {
      const admin = await h.login('admin', 'admin12345');
      const w = h.cherha.services.repos.windows.list(1)[0]!;
      const r = await h.http('PUT', `/api/windows/${w.id}`, { cookie: admin, body: { label } });
      expect(r.status).toBe(400);
      expect(r.body.error.message).toMatch(/керівні або невидимі символи/);
      expect(h.cherha.services.repos.windows.get(w.id)!.label).toBe(w.label);
    });
  }

  it('a cancel reason keeps its line breaks and an emoji joined with U+200D, but not a line separator', async () => {
    const serviceId = h.cherha.services.repos.catalog.services(1)[0]!.id;
    const cancel = async (reason: string) => {
      const t = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });
      expect(t.status).toBe(201);
      const r = await h.http('POST', `/api/tickets/${t.body.ticket.id}/cancel`, { cookie: op, body: { reason } });
      return { status: r.status, ticket: h.cherha.services.repos.tickets.get(t.body.ticket.id)! };
    };
    const kept = await cancel('Пішов.\nСказав, що прийде завтра 👩‍💻');
    expect(kept.status).toBe(200);
    expect(kept.ticket.status).toBe('cancelled');
    const refused = await cancel('Пішов.\u2028Завтра');
    expect(refused.status).toBe(400);
    expect(refused.ticket.status).toBe('waiting');
  });
});

describe('switching the demo off switches its devices off too', () => {
  // EQUEUE_DEMO=false without NODE_ENV=production left the README's device tokens working:
  // anyone could pair a "print agent" with them and receive every ticket printed
  it('EQUEUE_DEMO=false alone revokes the demo tokens, unless EQUEUE_DEMO_DEVICES says otherwise', async () => {
    expect(loadConfig({ EQUEUE_DEMO: 'false' }).demoDevices).toBe(false);
    expect(loadConfig({ EQUEUE_DEMO: 'false', EQUEUE_DEMO_DEVICES: 'true' }).demoDevices).toBe(true);
    expect(loadConfig({}).demoDevices).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).demoDevices).toBe(false);

    // a centre that tried the demo, changed the passwords as told and set EQUEUE_DEMO=false
    const demo = await startHarness();
    const dbPath = demo.dbPath;
    const people = demo.cherha.services.repos.people;
    const hash = await hashPassword('a-real-password-1');
    for (const u of people.list()) people.update(u.id, { branchId: u.branchId, login: u.login, name: u.name, role: u.role, active: u.active, passwordHash: hash });
    const { demo: demoOn, demoDevices } = loadConfig({ EQUEUE_DEMO: 'false' });
    await demo.cherha.close();
    const after = await startHarness({ config: { dbPath, demo: demoOn, demoDevices } });
    try {
      for (const token of ['demo-kiosk-token', 'demo-display-token', 'demo-agent-token']) {
        expect((await after.http('GET', '/api/auth/me', { token })).status, token).toBe(401);
      }
    } finally {
      await after.close();
    }
  });
});

describe('switching a person off ends their sessions and their open screens', () => {
  it('the console’s socket is dropped and cannot come back; the cookie is refused', async () => {
    const admin = await h.login('admin', 'admin12345');
    const victim = await h.login('operator4', 'operator123');
    const { sock } = await h.socket({ view: 'operator' }, victim);
    const dropped = new Promise((resolve) => sock.once('disconnect', resolve));
    const refusedAgain = new Promise<string>((resolve) => sock.once('connect_error', (err) => resolve(err.message)));
    const u = h.cherha.services.repos.people.credentials('operator4')!;
    const r = await h.http('PUT', `/api/users/${u.id}`, { cookie: admin, body: { branchId: u.branchId, login: u.login, name: u.name, role: u.role, active: false } });
    expect(r.status).toBe(200);
    await dropped;
    expect((await h.http('GET', '/api/auth/me', { cookie: victim })).status).toBe(401);
    sock.connect();
    expect(await refusedAgain).toMatch(/увійти/);
    // back on: the old cookie stays dead
    const u2 = h.cherha.services.repos.people.credentials('operator4')!;
    await h.http('PUT', `/api/users/${u2.id}`, { cookie: admin, body: { branchId: u2.branchId, login: u2.login, name: u2.name, role: u2.role, active: true } });
    expect((await h.http('GET', '/api/auth/me', { cookie: victim })).status).toBe(401);
  });
});
