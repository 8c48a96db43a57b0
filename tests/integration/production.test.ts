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
