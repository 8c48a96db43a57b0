// Online backups of the SQLite store with SQLite's backup API (better-sqlite3 `db.backup()`):
// it copies a few pages per step and gives the event loop back between steps, so issuing
// goes on while a backup runs; writes made meanwhile through this connection are carried
// into the copy by SQLite itself. Names are made here, never taken from a request.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '@cherha/contracts';
import type { Db } from '@cherha/db';
import type { Clock } from '../time';

const NAME = /^cherha-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z(?:-\d+)?\.sqlite$/;
const DAY_MS = 24 * 60 * 60 * 1000;
/** pages per step: ~400 KB at 4 KB pages; small enough that one step never holds the loop for long */
const PAGES_PER_STEP = 100;

export interface BackupLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** the time a backup was made, read back from its name (null: not one of ours) */
export function backupTime(name: string): Date | null {
  const m = NAME.exec(name);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : null;
}

export class Backups {
  private running: Promise<BackupInfo> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    readonly dir: string,
    private readonly keepDays: number,
    private readonly clock: Clock,
    private readonly log: BackupLog,
  ) {}

  /** one backup at a time: a request during a scheduled run gets that run's file */
  create(): Promise<BackupInfo> {
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async run(): Promise<BackupInfo> {
    mkdirSync(this.dir, { recursive: true });
    const at = this.clock.now();
    const stem = `cherha-${at.toISOString().replace(/[:.]/g, '-')}`;
    let name = `${stem}.sqlite`;
    for (let i = 2; existsIn(this.dir, name); i++) name = `${stem}-${i}.sqlite`;
    const partial = join(this.dir, `${name}.partial`);
    try {
      await this.db.backup(partial, { progress: () => PAGES_PER_STEP });
      // a backup is one self-contained file: no -wal beside it is needed to read it
      const copy = new Database(partial);
      copy.pragma('journal_mode = DELETE');
      copy.close();
      renameSync(partial, join(this.dir, name));
    } catch (err) {
      rmSync(partial, { force: true });
      throw err;
    }
    const info = { name, bytes: statSync(join(this.dir, name)).size, createdAt: at.toISOString() };
    this.log.info({ backup: info.name, bytes: info.bytes }, 'backup written');
    this.prune();
    return info;
  }

  /** newest first */
  list(): BackupInfo[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .flatMap((name) => {
        const t = backupTime(name);
        return t ? [{ name, bytes: statSync(join(this.dir, name)).size, createdAt: t.toISOString() }] : [];
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** deletes our backups older than keepDays; other files in the folder are never touched */
  prune(): string[] {
    const limit = this.clock.now().getTime() - this.keepDays * DAY_MS;
    const old = this.list().filter((b) => Date.parse(b.createdAt) < limit);
    for (const b of old) rmSync(join(this.dir, b.name), { force: true });
    if (old.length > 0) this.log.info({ deleted: old.map((b) => b.name) }, 'old backups deleted');
    return old.map((b) => b.name);
  }

  /**
   * Every `everyMinutes`, counted from the newest backup in the folder: a server restarted more
   * often than the interval (a PC switched off every evening) still gets its backups. With no
   * backup yet, the first comes one interval after the start.
   */
  schedule(everyMinutes: number): void {
    if (everyMinutes <= 0) return;
    const every = everyMinutes * 60_000;
    const newest = this.list()[0];
    const first = newest ? Math.min(every, Math.max(0, Date.parse(newest.createdAt) + every - this.clock.now().getTime())) : every;
    const run = () => {
      this.create().catch((err: unknown) => this.log.error({ err }, 'scheduled backup failed'));
      this.timer = setTimeout(run, every);
      this.timer.unref();
    };
    this.timer = setTimeout(run, first);
    this.timer.unref();
  }

  /** stops the schedule and waits for a backup under way (the store closes after this) */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}

function existsIn(dir: string, name: string): boolean {
  try {
    statSync(join(dir, name));
    return true;
  } catch {
    return false;
  }
}
