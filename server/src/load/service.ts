// The office's load for the public: open or closed now, windows working, waiting and the
// estimate per service, today's free booking times. Figures only (no ticket numbers, names or
// operators). Kept for a few seconds and dropped the moment the branch's queue changes, so a
// burst of visitors refreshing a city's website costs one computation, and what they see is
// never older than the last change.
import type { OfficeLoad } from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import { notFound } from '../errors';
import { branchHoursOn } from '../queue/hours';
import type { QueueService } from '../queue/service';
import type { Views } from '../queue/views';
import { localTime, minutesToHhmm } from '../time';

export const LOAD_CACHE_SECONDS = 5;

/** today's free booking times per service, when online booking can tell (null: it cannot) */
export type FreeTimesProvider = (branchId: number, date: string) => { serviceId: number; times: string[] }[] | null;

export class LoadService {
  private readonly cache = new Map<number, { until: number; load: OfficeLoad }>();
  private freeTimes: FreeTimesProvider = () => null;

  constructor(
    private readonly repos: Repos,
    private readonly queue: QueueService,
    private readonly views: Views,
  ) {
    queue.onChange((change) => this.cache.delete(change.branchId));
  }

  /** online booking plugs its free times in here */
  setFreeTimes(provider: FreeTimesProvider): void {
    this.freeTimes = provider;
    this.cache.clear();
  }

  /** the office's load, at most LOAD_CACHE_SECONDS old (real seconds, not the queue's clock: a cache is about real time) */
  get(branchId: number): OfficeLoad {
    const hit = this.cache.get(branchId);
    if (hit && hit.until > Date.now()) return hit.load;
    const load = this.compute(branchId);
    this.cache.set(branchId, { until: Date.now() + LOAD_CACHE_SECONDS * 1000, load });
    return load;
  }

  private compute(branchId: number): OfficeLoad {
    const branch = this.repos.branches.get(branchId);
    if (!branch || !branch.active) throw notFound('Офіс');
    const now = this.queue.now();
    const local = localTime(now, branch.timeZone);
    const hours = branchHoursOn(branch, local);
    const open = hours !== null && local.minutes >= hours.opens && local.minutes < hours.closes;
    // offered as on the kiosk: switched on and taken by a switched-on window
    const served = this.repos.windows.servedServiceIds(branchId);
    const offered = new Set(this.repos.catalog.services(branchId).filter((s) => s.active && served.has(s.id)).map((s) => s.id));
    const services = this.views.services(branchId).filter((s) => offered.has(s.serviceId)).map((s) => ({
      serviceId: s.serviceId, name: s.name, waiting: s.waiting,
      estimatedWaitMinutes: s.openWindows > 0 ? s.estimatedWaitMinutes : null,
      available: s.available,
    }));
    const windowsWorking = this.repos.windows.list(branchId).filter((w) => w.active && !w.paused && w.operatorId !== null).length;
    return {
      branchId, name: branch.name, address: branch.address, generatedAt: now.toISOString(), open,
      hoursToday: hours ? { opens: minutesToHhmm(hours.opens), closes: minutesToHhmm(hours.closes) } : null,
      alert: this.repos.branches.runtime(branchId)?.alertSince != null,
      windowsWorking, waitingTotal: services.reduce((n, s) => n + s.waiting, 0), services,
      freeBookingTimes: this.freeTimes(branchId, local.date),
    };
  }
}
