// Day end: tickets left open from earlier service days are closed (reason "day_end") and the
// windows freed. Run by the app's timer and, first of all, by issuing on a new day. Numbering
// restarts by itself: the next number is looked up among the tickets of the new service day
// (db/src/tickets.ts nextSeq). Separate because it is the one command that acts on a whole
// day's leftovers rather than on one ticket or window.
import type { Branch } from '@cherha/contracts';
import { SYSTEM } from '../auth/actor';
import type { Change } from './change';
import type { QueueContext } from './context';
import type { UnitOfWork } from './unit-of-work';

export class DayEnd {
  constructor(
    private readonly ctx: QueueContext,
    private readonly uow: UnitOfWork,
  ) {}

  /** Closes what earlier days left open; the number of tickets closed (0 when already done today). */
  closeStaleDays(branchId: number): number {
    const branch = this.ctx.branch(branchId);
    const today = this.ctx.today(branch);
    if (this.ctx.repos.branches.runtime(branchId)?.closedThroughDay === today) return 0;
    return this.uow.commit(branchId, (change) => this.closeStaleIn(branch, today, change));
  }

  /** inside a command's transaction; `runtime`: the branch's runtime row when already read in it */
  closeStaleIn(branch: Branch, today: string, change: Change, runtime = this.ctx.repos.branches.runtime(branch.id)): number {
    const { repos } = this.ctx;
    if (runtime?.closedThroughDay === today) return 0;
    const stale = repos.tickets.staleOpen(branch.id, today);
    const at = this.ctx.clock.now().toISOString();
    for (const t of stale) {
      const from = t.status;
      t.status = 'closed';
      t.finishedAt = at;
      repos.tickets.save(t);
      this.ctx.event(change, t, 'closed', SYSTEM, { reason: 'day_end', from });
    }
    for (const w of repos.windows.list(branch.id)) {
      if (w.operatorId !== null || w.paused) {
        repos.windows.release(w.id);
        repos.windows.setPaused(w.id, false);
        change.windows.add(w.id);
      }
    }
    repos.branches.setClosedThroughDay(branch.id, today);
    return stale.length;
  }
}
