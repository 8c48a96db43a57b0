// Production start: no demo data, no demo devices; the first admin comes from the CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startHarness } from '../src/harness';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cherha-prod-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('an empty production database gets its first admin from the command line', async () => {
  const dbPath = join(dir, 'prod.sqlite');
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/create-admin.ts', ...args], { cwd: ROOT, env: { ...process.env, EQUEUE_DB_PATH: dbPath }, encoding: 'utf8' });
  const bad = cli('x', 'short');
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('Пароль');
  const ok = cli('chief', 'a-long-password-1', 'Олена Петренко');
  expect(ok.status, ok.stderr).toBe(0);

  const h = await startHarness({ config: { dbPath, demo: false, demoDevices: false } });
  try {
    expect(h.cherha.services.repos.branches.list()).toEqual([]);
    expect((await h.http('POST', '/api/auth/login', { body: { login: 'admin', password: 'admin12345' } })).status).toBe(401);
    const cookie = await h.login('chief', 'a-long-password-1');
    const b = await h.http('POST', '/api/branches', { cookie, body: { name: { uk: 'ЦНАП Центральний', en: 'Central ASC' } } });
    expect(b.status).toBe(201);
    expect(b.body.timeZone).toBe('Europe/Kyiv');
  } finally {
    await h.close();
  }
});

it('a database with the demo’s accounts does not start with demo mode off until their passwords are changed', async () => {
  const dbPath = join(dir, 'was-demo.sqlite');
  const demo = await startHarness({ config: { dbPath } });
  await demo.close();
  // NODE_ENV=production switches the demo off by default; the demo passwords stop the start
  const env = { ...process.env, NODE_ENV: 'production', EQUEUE_DB_PATH: dbPath, PORT: '0', EQUEUE_DEMO: '', EQUEUE_DEMO_DEVICES: '' };
  delete (env as Record<string, string | undefined>).EQUEUE_DEMO;
  delete (env as Record<string, string | undefined>).EQUEUE_DEMO_DEVICES;
  const start = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  expect(start.status).toBe(1);
  expect(start.stderr).toContain('демо-паролі');
  expect(start.stderr).toMatch(/admin, supervisor, operator1, operator2, operator3, operator4/);
  expect(start.stderr).toContain('npm run set-password');

  const setPassword = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/set-password.ts', ...args], { cwd: ROOT, env: { ...process.env, EQUEUE_DB_PATH: dbPath }, encoding: 'utf8' });
  expect(setPassword('admin', 'short').status).toBe(2);
  expect(setPassword('admin', 'a-real-admin-password').status).toBe(0);
  expect(setPassword('supervisor', 'a-real-super-password').status).toBe(0);
  for (const op of ['operator1', 'operator2', 'operator3', 'operator4']) expect(setPassword(op, '--off').status).toBe(0);

  const h = await startHarness({ config: { dbPath, demo: false, demoDevices: false } });
  try {
    expect((await h.http('POST', '/api/auth/login', { body: { login: 'admin', password: 'admin12345' } })).status).toBe(401);
    expect((await h.http('POST', '/api/auth/login', { body: { login: 'operator1', password: 'operator123' } })).status).toBe(401);
    await h.login('admin', 'a-real-admin-password');
    // the demo devices' well-known tokens no longer work
    expect((await h.http('GET', '/api/auth/me', { token: 'demo-kiosk-token' })).status).toBe(401);
  } finally {
    await h.close();
  }
});

it('NODE_ENV=production refuses the demo even when it is asked for explicitly', () => {
  const start = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000,
    env: { ...process.env, NODE_ENV: 'production', EQUEUE_DEMO: 'true', EQUEUE_DB_PATH: join(dir, 'never.sqlite'), PORT: '0' },
  });
  expect(start.status).toBe(1);
  expect(start.stderr).toMatch(/demo cannot run with NODE_ENV=production/);
});
