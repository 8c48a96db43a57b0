// Keeps the roll-ups up to date. After every committed change (and before every report) it
// reads which branch-days have events, ratings or window-log rows newer than the last ones it
// read (ids kept in report_state, so a restart resumes where it stopped) and rebuilds those.
// One branch-day is a few hundred tickets: milliseconds, never a long block.
import type { Db, ReportRepo } from '@cherha/db';
import { localTime } from '../time';
import { rebuildDays, type BranchInfo } from './rollup';

/** quiet time after the last change before the roll-ups are rebuilt in the background */
export const SYNC_QUIET_MS = 1000;
/** under a steady stream of changes the rebuild still runs at least this often */
export const SYNC_MAX_WAIT_MS = 10_000;

/**
 * When the background rebuild should run: once the changes have been quiet for
 * SYNC_QUIET_MS, or SYNC_MAX_WAIT_MS after the first unsynced one — whichever comes first.
 * Every rebuild reads the branch's whole day, so during a burst (a queue of people at the
 * kiosk) a rebuild every second cost ~6 % of the server's time; a report always syncs
 * before it reads, so this only decides when the work is done, never what a report shows.
 */
export class SyncSchedule {
  private firstAt: number | null = null;
  private lastAt = 0;

  /** a change was committed at `now` (ms, monotonic) */
  changed(now: number): void {
    if (this.firstAt === null) this.firstAt = now;
    this.lastAt = now;
  }

  /** ms to wait before rebuilding (0: now), or null when nothing is pending */
  wait(now: number): number | null {
    if (this.firstAt === null) return null;
    return Math.max(0, Math.min(this.lastAt + SYNC_QUIET_MS, this.firstAt + SYNC_MAX_WAIT_MS) - now);
  }

  /** the rebuild ran (or a report synced): nothing pending */
  done(): void {
    this.firstAt = null;
  }
}

export class RollupKeeper {
  private branches = new Map<number, BranchInfo>();

  constructor(
    private readonly db: Db,
    private readonly rr: ReportRepo,
    private readonly now: () => Date,
  ) {}

  branchInfo(): ReadonlyMap<number, BranchInfo> {
    this.branches = new Map(this.rr.names().branches.map((b) => [b.id, { id: b.id, timeZone: b.time_zone, targetWaitMinutes: b.target_wait_minutes }]));
    return this.branches;
  }

  /** rebuilds every branch-day touched since the last call; returns how many */
  sync(): number {
    const max = this.rr.maxIds();
    const seen = { events: this.rr.state('events'), ratings: this.rr.state('ratings'), log: this.rr.state('log') };
    if (max.events === seen.events && max.ratings === seen.ratings && max.log === seen.log) return 0;
    const branches = this.branchInfo();
    const dirty = new Map<string, readonly [number, string]>();
    const mark = (branchId: number, day: string) => dirty.set(`${branchId}|${day}`, [branchId, day]);
    for (const d of this.rr.eventDays(seen.events, max.events)) mark(d.branch_id, d.service_day);
    for (const d of this.rr.ratingDays(seen.ratings, max.ratings)) mark(d.branch_id, d.service_day);
    for (const l of this.rr.logTimes(seen.log, max.log)) {
      const b = branches.get(l.branch_id);
      if (b) mark(l.branch_id, localTime(new Date(l.at), b.timeZone).date);
    }
    const n = rebuildDays(this.rr, this.db, branches, dirty.values(), this.now().getTime());
    this.db.transaction(() => {
      this.rr.setState('events', max.events);
      this.rr.setState('ratings', max.ratings);
      this.rr.setState('log', max.log);
    })();
    return n;
  }
}
