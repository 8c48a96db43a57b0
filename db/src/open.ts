import Database from 'better-sqlite3';
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Db = Database.Database;

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort()
    .map((name) => ({ version: Number(name.slice(0, 3)), name, sql: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Applies the numbered migrations newer than `PRAGMA user_version`, all in one
 * transaction: a crash half-way leaves the file as it was.
 */
export function migrate(db: Db, migrations = loadMigrations()): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  const apply = db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    const last = pending[pending.length - 1]!.version;
    db.pragma(`user_version = ${last}`);
    return last;
  });
  return apply();
}

/**
 * Opens the store. WAL with synchronous=FULL: centres lose power in blackouts, and a
 * ticket whose request was acknowledged must survive it (NORMAL could lose the last
 * commits on power loss).
 */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** `:memory:` with the real migrations, for tests. */
export function createTestDb(): Db {
  return openDb(':memory:');
}
