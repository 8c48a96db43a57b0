// Puts a backup in place of the store — only when no one has the store open. The backup is
// copied next to the store first and checked there (integrity, schema version, our tables),
// so a bad backup never replaces anything; the replaced file is kept as
// `<db>.before-restore-<time>`.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { loadMigrations } from '@cherha/db';

export class RestoreError extends Error {}

const SIDE_FILES = ['-wal', '-shm', '-journal'];
const REQUIRED_TABLES = ['branches', 'services', 'tickets', 'ticket_events', 'users', 'devices'];

/** reasons the file cannot be restored, or [] */
export function checkBackup(path: string): string[] {
  const db = new Database(path, { fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity[0] !== 'ok') return [`перевірка цілісності не пройшла: ${integrity.slice(0, 3).join('; ')}`];
    const version = db.pragma('user_version', { simple: true }) as number;
    const known = Math.max(...loadMigrations().map((m) => m.version));
    if (version < 1) return ['це не база «Черги» (немає версії схеми)'];
    if (version > known) return [`версія схеми ${version} новіша, ніж знає ця версія програми (${known}): оновіть програму`];
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) return [`немає таблиць: ${missing.join(', ')}`];
    // one self-contained file: the server turns WAL back on when it opens it
    db.pragma('journal_mode = DELETE');
    return [];
  } catch (err) {
    return [`файл не читається як база SQLite (${(err as Error).message})`];
  } finally {
    db.close();
  }
}

const removeWithSides = (path: string) => {
  for (const s of ['', ...SIDE_FILES]) rmSync(path + s, { force: true });
};

/**
 * Refuses while the store is open: leaving WAL mode needs every other connection gone, so
 * a running server makes it fail with SQLITE_BUSY. Then an exclusive lock is held while
 * the files are swapped, so a server starting at that moment waits rather than reads half.
 */
export function restoreBackup(backup: string, dbPath: string, now = new Date()): { replaced: string | null } {
  if (!existsSync(backup)) throw new RestoreError(`Файл резервної копії не знайдено: ${backup}`);
  mkdirSync(dirname(dbPath), { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const incoming = `${dbPath}.restore-${stamp}.tmp`;
  copyFileSync(backup, incoming);
  const problems = checkBackup(incoming);
  if (problems.length > 0) {
    removeWithSides(incoming);
    throw new RestoreError(`Резервну копію не відновлено: ${problems.join('; ')}`);
  }
  if (!existsSync(dbPath)) {
    renameSync(incoming, dbPath);
    return { replaced: null };
  }
  const live = new Database(dbPath, { timeout: 0 });
  try {
    let mode: unknown;
    try {
      mode = live.pragma('journal_mode = DELETE', { simple: true });
    } catch {
      mode = 'busy';
    }
    if (mode !== 'delete') {
      throw new RestoreError('База даних зараз відкрита (працює сервер «Черги»?). Зупиніть сервер (наприклад, systemctl stop cherha) і повторіть.');
    }
    live.pragma('locking_mode = EXCLUSIVE');
    live.exec('BEGIN EXCLUSIVE');
    const kept = `${dbPath}.before-restore-${stamp}`;
    renameSync(dbPath, kept);
    for (const s of SIDE_FILES) if (existsSync(dbPath + s)) renameSync(dbPath + s, kept + s);
    renameSync(incoming, dbPath);
    live.exec('ROLLBACK');
    return { replaced: kept };
  } catch (err) {
    removeWithSides(incoming);
    throw err;
  } finally {
    live.close();
  }
}
