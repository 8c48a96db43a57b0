// Online backups (scheduled and on demand) and `npm run restore`: back up a live server,
// restore into a fresh place, start the real server from it and go on issuing; a running
// server's database is never replaced; a bad backup is refused before anything is touched.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIOSK, PASSWORDS, startHarness, TestClock, key, type Harness } from '../src/harness';
import { issueAt, ROOT, spawnServer } from '../src/spawned';

const work = mkdtempSync(join(tmpdir(), 'cherha-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const seqOf = (n: string) => Number(n.slice(1));
const restore = (file: string, dbPath: string) =>
  spawnSync('npm', ['run', '--silent', 'restore', '--', file], { cwd: ROOT, env: { ...process.env, EQUEUE_DB_PATH: dbPath }, encoding: 'utf8' });
const ticketCount = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('backups of a running server', () => {
  let h: Harness;
  let admin: string;
  const clock = new TestClock(Date.now());
  let backupFile = '';
  let lastBacked = '';

  beforeAll(async () => {
    h = await startHarness({ clock });
    admin = await h.login('admin', PASSWORDS.admin!);
  });
  afterAll(() => h.close());

  it('a network admin makes a backup on demand; it is listed and holds the tickets issued before it', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
      expect(r.status).toBe(201);
      lastBacked = r.body.ticket.number;
    }
    const made = await h.http('POST', '/api/admin/backups', { cookie: admin });
    expect(made.status).toBe(201);
    expect(made.body.backup.name).toMatch(/^cherha-\d{4}-\d\d-\d\dT[\d-]+Z\.sqlite$/);
    const list = await h.http('GET', '/api/admin/backups', { cookie: admin });
    expect(list.status).toBe(200);
    expect(list.body.dir).toBe(join(h.dir, 'backups'));
    expect(list.body.backups.map((b: { name: string }) => b.name)).toEqual([made.body.backup.name]);
    backupFile = join(work, 'copy.sqlite');
    copyFileSync(join(h.dir, 'backups', made.body.backup.name), backupFile);
    expect(ticketCount(backupFile)).toBe(3);
    // a ticket after the backup is not in it
    expect((await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } })).status).toBe(201);
    expect(ticketCount(backupFile)).toBe(3);
  });

  it('a backup goes step by step: kiosks are answered while it runs, and what they commit meanwhile is in it', async () => {
    // test data only: ~12 MB of filler so the copy takes many steps
    h.cherha.services.repos.db.exec(`CREATE TABLE test_filler (x BLOB);
      WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000) INSERT INTO test_filler SELECT randomblob(4000) FROM c;`);
    const order: string[] = [];
    const backup = h.http('POST', '/api/admin/backups', { cookie: admin }).then((r) => {
      order.push('backup');
      return r;
    });
    // issued after the backup has started (its first step runs on the next turn of the loop)
    await new Promise((r) => setImmediate(r));
    const during = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
    order.push('ticket');
    expect(during.status).toBe(201);
    const made = await backup;
    expect(made.status).toBe(201);
    expect(order).toEqual(['ticket', 'backup']);
    const copy = new Database(join(h.dir, 'backups', made.body.backup.name), { readonly: true });
    try {
      expect((copy.prepare('SELECT COUNT(*) AS n FROM test_filler').get() as { n: number }).n).toBe(3000);
      expect(copy.prepare('SELECT number FROM tickets WHERE id = ?').get(during.body.ticket.id)).toEqual({ number: during.body.ticket.number });
    } finally {
      copy.close();
    }
    h.cherha.services.repos.db.exec('DROP TABLE test_filler');
  });

  it('the request chooses nothing; only a network admin may back up', async () => {
    expect((await h.http('POST', '/api/admin/backups', { cookie: admin, body: { path: '/tmp/evil.sqlite' } })).status).toBe(400);
    expect(existsSync('/tmp/evil.sqlite')).toBe(false);
    expect((await h.http('POST', '/api/admin/backups', {})).status).toBe(401);
    const sup = await h.login('supervisor', PASSWORDS.supervisor!);
    expect((await h.http('POST', '/api/admin/backups', { cookie: sup })).status).toBe(403);
    const branchAdmin = await h.http('POST', '/api/users', { cookie: admin, body: { branchId: 1, login: 'badmin', name: 'Адмін офісу', role: 'admin', password: 'branch-admin-1' } });
    expect(branchAdmin.status).toBe(201);
    const ba = await h.login('badmin', 'branch-admin-1');
    const refused = await h.http('POST', '/api/admin/backups', { cookie: ba });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect((await h.http('GET', '/api/admin/backups', { cookie: ba })).status).toBe(403);
  });

  it('backups older than EQUEUE_BACKUP_KEEP_DAYS are deleted; other files in the folder are not', async () => {
    const dir = join(h.dir, 'backups');
    writeFileSync(join(dir, 'notes.txt'), 'not a backup');
    expect(readdirSync(dir).filter((n) => n.endsWith('.sqlite')).length).toBeGreaterThanOrEqual(1);
    clock.advance(15 * 24 * 60 * 60 * 1000); // default keep: 14 days
    admin = await h.login('admin', PASSWORDS.admin!); // the session ended meanwhile
    const made = await h.http('POST', '/api/admin/backups', { cookie: admin });
    expect(made.status).toBe(201);
    expect(readdirSync(dir).sort()).toEqual([made.body.backup.name, 'notes.txt'].sort());
  });

  it('scheduled backups run by themselves (EQUEUE_BACKUP_EVERY_MINUTES)', async () => {
    // every 1.2 s: the real timer, not a call from the test
    const every = await startHarness({ config: { backupEveryMinutes: 0.02 } });
    try {
      const dir = join(every.dir, 'backups');
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && !(existsSync(dir) && readdirSync(dir).some((n) => n.endsWith('.sqlite')))) await new Promise((r) => setTimeout(r, 250));
      expect(readdirSync(dir).filter((n) => n.endsWith('.sqlite')).length).toBeGreaterThanOrEqual(1);
    } finally {
      await every.close();
    }
  });

  it('the schedule counts from the newest backup: a server restarted after an overdue backup makes one at once', async () => {
    const dir = join(work, 'overdue-backups');
    mkdirSync(dir);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString().replace(/[:.]/g, '-');
    copyFileSync(backupFile, join(dir, `cherha-${twoHoursAgo}.sqlite`));
    const restarted = await startHarness({ config: { backupDir: dir, backupEveryMinutes: 60 } });
    try {
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && readdirSync(dir).filter((n) => n.endsWith('.sqlite')).length < 2) await new Promise((r) => setTimeout(r, 100));
      expect(readdirSync(dir).filter((n) => n.endsWith('.sqlite'))).toHaveLength(2);
    } finally {
      await restarted.close();
    }
  });

  it('npm run restore puts the backup in a fresh place; the real server starts from it and numbering continues', async () => {
    const fresh = join(work, 'fresh', 'cherha.sqlite');
    const r = restore(backupFile, fresh);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Відновлено');
    const server = await spawnServer(fresh);
    try {
      const t = await issueAt(server.base, 'after-restore');
      expect(t.status).toBe(201);
      expect(t.body.ticket.number[0]).toBe(lastBacked[0]);
      expect(seqOf(t.body.ticket.number)).toBe(seqOf(lastBacked) + 1);
    } finally {
      await server.stop();
    }
    expect(ticketCount(fresh)).toBe(4);
  });

  it('refuses while a server has the database open; after it stops, restores and keeps the old file', async () => {
    const live = join(work, 'live', 'cherha.sqlite');
    expect(restore(backupFile, live).status).toBe(0);
    const server = await spawnServer(live);
    for (let i = 0; i < 5; i++) expect((await issueAt(server.base, `live-ticket-${i}`)).status).toBe(201);
    const refused = restore(backupFile, live);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/зараз відкрита/);
    // the running server did not notice anything
    expect((await issueAt(server.base, 'live-after-refusal')).status).toBe(201);
    await server.stop();
    expect(ticketCount(live)).toBe(9);

    const ok = restore(backupFile, live);
    expect(ok.status, ok.stderr).toBe(0);
    const kept = readdirSync(join(work, 'live')).filter((n) => n.startsWith('cherha.sqlite.before-restore-'));
    expect(kept).toHaveLength(1);
    expect(ticketCount(join(work, 'live', kept[0]!))).toBe(9);
    expect(ticketCount(live)).toBe(3);
  });

  it('refuses a damaged file, a foreign file and a newer schema, leaving the database as it was', async () => {
    const target = join(work, 'target', 'cherha.sqlite');
    expect(restore(backupFile, target).status).toBe(0);

    const damaged = join(work, 'damaged.sqlite');
    copyFileSync(backupFile, damaged);
    const db = new Database(damaged);
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    // overwrite a page in the middle with noise: the b-tree no longer adds up
    const { openSync, writeSync, closeSync, statSync } = await import('node:fs');
    const fd = openSync(damaged, 'r+');
    const pages = Math.floor(statSync(damaged).size / pageSize);
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, Math.floor(pages / 2) * pageSize);
    closeSync(fd);
    const r1 = restore(damaged, target);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toMatch(/не відновлено/);

    const foreign = join(work, 'foreign.txt');
    writeFileSync(foreign, 'hello, this is not a database at all'.repeat(200));
    expect(restore(foreign, target).status).toBe(1);

    const newer = join(work, 'newer.sqlite');
    copyFileSync(backupFile, newer);
    const n = new Database(newer);
    n.pragma('user_version = 999');
    n.close();
    const r3 = restore(newer, target);
    expect(r3.status).toBe(1);
    expect(r3.stderr).toMatch(/новіша/);

    expect(ticketCount(target)).toBe(3);
    expect(readdirSync(join(work, 'target')).filter((f) => f !== 'cherha.sqlite')).toEqual([]);
  });
});
