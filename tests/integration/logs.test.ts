// The real server's log (JSON lines on stdout, most talkative level, every request logged)
// while people sign in, devices pair and kiosks open with a token in the address: no
// password, session token, device token or pairing code may appear in it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { KIOSK, PASSWORDS } from '../src/harness';
import { spawnServer } from '../src/spawned';

const dir = mkdtempSync(join(tmpdir(), 'cherha-logs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('pino logs never contain passwords, session tokens, device tokens or pairing codes', async () => {
  const server = await spawnServer(join(dir, 'logs.sqlite'), { EQUEUE_LOG_LEVEL: 'trace', EQUEUE_LOG_REQUESTS: 'true' });
  const secrets: string[] = [PASSWORDS.admin!, KIOSK];
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(server.base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  try {
    // a kiosk's first start: the token is in the address
    await fetch(`${server.base}/kiosk/?token=${KIOSK}&branch=1`);
    const login = await post('/api/auth/login', { login: 'admin', password: PASSWORDS.admin });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    secrets.push(cookie.split('=')[1]!);
    // a wrong password is logged as a refusal, never as the password
    secrets.push('Wrong-Pass-5555');
    expect((await post('/api/auth/login', { login: 'admin', password: 'Wrong-Pass-5555' })).status).toBe(401);
    const device = await post('/api/branches/1/devices', { kind: 'kiosk', name: 'Термінал 9' }, { cookie });
    expect(device.status).toBe(201);
    const code = ((await device.json()) as { pairingCode: string }).pairingCode;
    secrets.push(code);
    const paired = await post('/api/devices/pair', { code });
    expect(paired.status).toBe(200);
    const token = ((await paired.json()) as { token: string }).token;
    secrets.push(token);
    expect((await fetch(`${server.base}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await fetch(`${server.base}/api/auth/me?token=${token}`, { headers: { cookie } })).status).toBeLessThan(500);
    const user = await post('/api/users', { branchId: 1, login: 'logtest', name: 'Тест Журналу', role: 'operator', password: 'New-User-Pass-3131' }, { cookie });
    expect(user.status).toBe(201);
    secrets.push('New-User-Pass-3131');
  } finally {
    await server.stop();
  }
  // pino's JSON lines (the start banner, which names the demo logins on purpose, is not a log)
  const out = server.stdout().split('\n').filter((l) => l.startsWith('{')).join('\n');
  expect(out.split('\n').length).toBeGreaterThan(10);
  // the request log is really on: the kiosk address was written, with its token hidden
  expect(out).toContain('/kiosk/?token=[приховано]&branch=1');
  expect(out).toContain('/api/devices/pair');
  for (const s of secrets) expect(out, `secret ${s.slice(0, 4)}… in the log`).not.toContain(s);
});
