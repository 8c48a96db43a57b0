// What a visitor is told about the wait: «Перед вами» (ahead.ts) and the minutes (estimate.ts)
// over the windows open for the service now. Owns the cache of typical minutes per service,
// which a finished service or a configuration edit makes stale. Separate because issuing, the
// ticket page and the read models all ask it, and it changes nothing in the queue.
import type { Service, Ticket } from '@cherha/contracts';
import { PeopleAhead } from './ahead';
import type { QueueContext } from './context';
import { estimateWaitMinutes, typicalMinutes } from './estimate';
import { waitingSetsOf } from './waiting-set';
import type { StrategyState } from './strategy';

export class WaitEstimates {
  /** typical minutes per visitor, per service; refreshed when a service finishes */
  private readonly typical = new Map<number, number>();

  constructor(private readonly ctx: QueueContext) {
    // made now, outside any transaction (waiting-set.ts): every issue's «Перед вами» reads it
    waitingSetsOf(ctx.repos.db);
  }

  typicalMinutes(service: Service): number {
    let m = this.typical.get(service.id);
    if (m === undefined) {
      m = typicalMinutes(this.ctx.repos.tickets.recentServiceMinutes(service.id, 20), service.expectedMinutes);
      this.typical.set(service.id, m);
    }
    return m;
  }

  /** a visitor of this service was just served: its typical minutes are read afresh */
  forget(serviceId: number): void {
    this.typical.delete(serviceId);
  }

  /** the configuration was edited (services, expected minutes) */
  forgetAll(): void {
    this.typical.clear();
  }

  /** «Перед вами» of the branch's waiting tickets, as the queue stands now */
  peopleAhead(branchId: number, state?: StrategyState): PeopleAhead {
    return new PeopleAhead(this.ctx.repos, this.ctx.branch(branchId), this.ctx.clock.now().getTime(), state);
  }

  /**
   * The wait a waiting ticket can expect now: its people ahead over the windows open for its
   * service (the same rule the kiosk used when it was issued); `openWindows` 0 means nobody is
   * taking this service at the moment, and the page says so instead of inventing minutes.
   */
  waitNow(t: Ticket, peopleAhead: number): { estimatedWaitMinutes: number; openWindows: number } {
    const service = this.ctx.repos.catalog.service(t.serviceId);
    const open = this.openWindowsFor(t.branchId).get(t.serviceId) ?? 0;
    return { estimatedWaitMinutes: service ? this.estimate(peopleAhead, service, open) : 0, openWindows: open };
  }

  /** the minutes for `peopleAhead` visitors before one of `service`, with `open` windows taking it */
  estimate(peopleAhead: number, service: Service, open: number): number {
    return estimateWaitMinutes(peopleAhead, this.typicalMinutes(service), open);
  }

  /** Windows open right now for a service: active, not paused, with an operator. */
  openWindowsFor(branchId: number): Map<number, number> {
    return this.ctx.repos.windows.openCountsByService(branchId);
  }
}
