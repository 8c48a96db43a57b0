// Group commit: issue requests that arrive together share one durable commit (one fsync
// with synchronous=FULL) instead of paying one each. Every request still runs as its own
// savepoint, so one refusal rolls back only itself, and no request is answered before the
// commit that holds it is on disk — an acknowledged ticket survives a power cut.
import type { Db } from '@cherha/db';

interface Item {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

export class GroupCommit {
  private pending: Item[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Db,
    /** upper bound of one batch, so one commit never holds the event loop for long */
    private readonly maxBatch = 64,
  ) {}

  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // after the requests already read from the sockets have been queued too
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending.splice(0, this.maxBatch);
    if (this.pending.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          try {
            // a nested better-sqlite3 transaction is a SAVEPOINT: a throw undoes only this item
            outcomes.push({ ok: true, value: this.db.transaction(item.work)() });
          } catch (error) {
            // SQLITE_FULL / IOERR can make SQLite roll back the whole transaction, not just the
            // savepoint: then the items after it would run (and commit) on their own. Fail the batch.
            if (!this.db.inTransaction) throw error;
            outcomes.push({ ok: false, error });
          }
        }
      })();
    } catch (error) {
      // the commit itself failed (disk full, I/O error): nothing of the batch was written
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const o = outcomes[i]!;
      if (o.ok) item.resolve(o.value);
      else item.reject(o.error);
    });
  }
}
