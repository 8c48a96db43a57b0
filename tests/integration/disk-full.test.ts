// The disk fills up under the database: issuing is refused with a clear Ukrainian 503
// (STORAGE_UNAVAILABLE), nothing is half-written, and once space returns the next ticket is
// issued without anyone restarting anything; the file passes PRAGMA integrity_check.
//
// How the full disk is made: the database lives on its own small tmpfs (`mount -t tmpfs`,
// which works as root here) and a filler file takes the rest of it. Where mounting is not
// permitted the test falls back to `PRAGMA max_page_count` (SQLite's own size cap, which fails
// writes with the same SQLITE_FULL); the test's name says which one ran.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { KIOSK, startHarness, type Harness } from '../src/harness';

const dir = mkdtempSync(join(tmpdir(), 'cherha-full-'));
const mnt = join(dir, 'mnt');
mkdirSync(mnt);
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mnt], { stdio: 'ignore' });
  mounted = true;
} catch {
  /* not permitted: max_page_count below */
}
afterAll(() => {
  if (mounted) execFileSync('umount', [mnt]);
  rmSync(dir, { recursive: true, force: true });
});

const seqOf = (n: string) => Number(n.slice(1));

/** writes until the file system says ENOSPC; returns the filler's path */
function fill(where: string): string {
  const path = join(where, 'filler.bin');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  // the last partial chunk too: not one byte left
  const fd2 = openSync(path, 'a');
  try {
    for (;;) writeSync(fd2, Buffer.alloc(512, 1));
  } catch {
    /* full */
  } finally {
    closeSync(fd2);
  }
  return path;
}

/**
 * `how`: 'tmpfs' fills the file system (SQLite usually fails at the commit's WAL write);
 * 'page-cap' caps the file with max_page_count (SQLite fails in the middle of a statement,
 * which rolls back the whole shared group commit, not just one savepoint).
 */
async function fullDiskScenario(how: 'tmpfs' | 'page-cap', dbPath: string): Promise<void> {
  const h: Harness = await startHarness({ config: { dbPath } });
  const issue = (k: string) => h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: k } });
  const acked: string[] = [];
  let refused: { status: number; body: any } | undefined;
  let refusedKey = '';
  let filler: string | undefined;
  try {
    for (let i = 0; i < 3; i++) {
      const r = await issue(`before-full-${i}`);
      expect(r.status).toBe(201);
      acked.push(r.body.ticket.number);
    }
    if (how === 'tmpfs') filler = fill(mnt);
    else {
      const db = h.cherha.services.repos.db;
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    }
    // four kiosks at once, so commits are shared; pages already in the WAL can still take a
    // few commits, the disk runs out soon
    for (let round = 0; round < 2000 && !refused; round++) {
      const keys = [0, 1, 2, 3].map((k) => `while-full-${round}-${k}`);
      const answers = await Promise.all(keys.map(issue));
      answers.forEach((r, k) => {
        if (r.status === 201) acked.push(r.body.ticket.number);
        else if (!refused) [refused, refusedKey] = [r, keys[k]!];
      });
    }
    expect(refused?.status, JSON.stringify(refused?.body)).toBe(503);
    expect(refused?.body.error.code).toBe('STORAGE_UNAVAILABLE');
    expect(refused?.body.error.message).toMatch(/^Талон не видано: .*місце на диску/);
    // the server keeps answering what needs no writing
    expect((await h.http('GET', '/api/branches/1/catalog')).status).toBe(200);

    // space returns
    if (filler) rmSync(filler);
    else h.cherha.services.repos.db.pragma('max_page_count = 1073741823');
    acked.sort((a, b) => seqOf(a) - seqOf(b));
    const after = await issue('after-space-returns');
    expect(after.status).toBe(201);
    expect(seqOf(after.body.ticket.number)).toBe(seqOf(acked[acked.length - 1]!) + 1);
    acked.push(after.body.ticket.number);
    // a refused tap retried with the same key now gets its ticket
    const retried = await issue(refusedKey);
    expect(retried.status).toBe(201);
    acked.push(retried.body.ticket.number);
  } finally {
    await h.close();
  }
  const db = new Database(dbPath, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const numbers = (db.prepare('SELECT number FROM tickets ORDER BY id').all() as { number: string }[]).map((r) => r.number);
    // exactly the acknowledged tickets: none of the refused ones was written, in part or whole
    expect(numbers).toEqual(acked);
    const orphans = db.prepare("SELECT COUNT(*) AS n FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'issued')").get() as { n: number };
    expect(orphans.n).toBe(0);
  } finally {
    db.close();
  }
}

it(`disk full (${mounted ? 'real tmpfs of 8 MB, filled' : 'mount not permitted: PRAGMA max_page_count instead'}): 503 STORAGE_UNAVAILABLE, nothing half-written, resumes by itself`, async () => {
  await fullDiskScenario(mounted ? 'tmpfs' : 'page-cap', join(mounted ? mnt : dir, 'full.sqlite'));
});

it('SQLite refusing in the middle of a shared commit (PRAGMA max_page_count): the same 503, the same clean file', async () => {
  await fullDiskScenario('page-cap', join(dir, 'capped.sqlite'));
});
