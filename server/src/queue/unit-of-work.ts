// The unit of work every queue command runs in: ONE synchronous better-sqlite3 transaction
// for one branch (never an await inside, so nothing interleaves and checks cannot race), the
// branch's revision bumped inside it when anything changed, and the Change handed to the
// listeners only after the commit — a refused command writes and broadcasts nothing. Separate
// because it is the one piece every command shares and none may do its own way.
import type { Repos } from '@cherha/db';
import { Change } from './change';
import { GroupCommit } from './group-commit';

export type ChangeListener = (change: Change) => void;

/** a command's work inside the transaction; it records what it touched in `change` */
export type Work<T> = (change: Change) => T;

export class UnitOfWork {
  private readonly listeners: ChangeListener[] = [];
  private readonly group: GroupCommit;

  constructor(private readonly repos: Repos) {
    this.group = new GroupCommit(repos.db);
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /** Runs `fn` in one transaction for one branch; bumps the revision when anything changed. */
  commit<T>(branchId: number, fn: Work<T>): T {
    const { result, change } = this.repos.db.transaction(this.unit(branchId, fn))();
    this.publish(change);
    return result;
  }

  /** The same unit of work, sharing its commit with others that arrive at the same moment. */
  async commitGrouped<T>(branchId: number, fn: Work<T>): Promise<T> {
    const { result, change } = await this.group.run(this.unit(branchId, fn));
    this.publish(change);
    return result;
  }

  private unit<T>(branchId: number, fn: Work<T>): () => { result: T; change: Change } {
    return () => {
      const change = new Change(branchId);
      const result = fn(change);
      if (!change.empty) change.revision = this.repos.branches.bumpRevision(branchId);
      return { result, change };
    };
  }

  private publish(change: Change): void {
    if (!change.empty) for (const l of this.listeners) l(change);
  }
}
