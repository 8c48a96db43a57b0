// «Перед вами N»: ONE definition for the kiosk's answer, the printed ticket and the ticket's
// public page. The windows that may call the ticket (the window it was sent to, else every
// active window serving its service) each have a call order — the same strategy code the
// operator's «Хто наступний» list and call-next use (strategy.ts). A visitor's people ahead
// is the number of tickets the quickest of those windows would call before theirs.
import type { Branch, Ticket } from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import { localTime } from '../time';
import { newcomerAhead } from './ahead-newcomer';
import { callOrder, type StrategyCandidate, type StrategyState } from './strategy';

/** a waiting ticket as the count needs it (a ticket being issued has no row yet) */
export interface AheadTicket {
  id: number;
  serviceId: number;
  targetWindowId: number | null;
  priority: boolean;
  /** ms since epoch */
  queuedAt: number;
}

type CallingWindow = ReturnType<Repos['tickets']['callingWindows']>[number];

/** How many picks a window makes before it picks `id`; null when it never would. */
function placeOf(candidates: readonly StrategyCandidate[], id: number, branch: Branch, state: StrategyState, now: number): number | null {
  // callOrder is the pick-by-pick loop in O(n log n) (strategy.ts)
  const place = callOrder(candidates, branch.strategy, state, now, Infinity).indexOf(id);
  return place < 0 ? null : place;
}

/**
 * People ahead of waiting tickets of one branch at one moment. Build one per question (or per
 * committed change, for many tickets at once): it reads the queue as it is now.
 */
export class PeopleAhead {
  private readonly candidates = new Map<number, StrategyCandidate[]>();
  /** per window: ticket id → how many it calls first (the whole order, built once) */
  private readonly places = new Map<number, Map<number, number>>();
  /** the active windows with their services, read when first needed */
  private allWindows: CallingWindow[] | undefined;
  private stateRead: StrategyState | undefined;

  constructor(
    private readonly repos: Repos,
    private readonly branch: Branch,
    private readonly now: number,
    /** the ratio counter when the caller has already read the branch's runtime row */
    state?: StrategyState,
  ) {
    this.stateRead = state;
  }

  /** the ratio counter, read when first needed: only the ratio strategy looks at it */
  private get state(): StrategyState {
    return (this.stateRead ??= { ordinarySincePriority: this.repos.branches.runtime(this.branch.id)?.ordinarySincePriority ?? 0 });
  }

  private day(): string {
    return localTime(new Date(this.now), this.branch.timeZone).date;
  }

  /** booked tickets checked in on time → their booked time: called first at it (strategy.ts) */
  private booked: Map<number, number> | undefined;

  /** the branch's waiting tickets, read once per question: each window's candidates are taken from them */
  private waiting: ReturnType<Repos['tickets']['waitingForOrder']> | undefined;

  /**
   * What tickets.candidates() answers for an active window — waiting, not sent elsewhere, of
   * a service it serves (at that service's level), or sent to it (level 0) — built from one
   * read of the branch's waiting tickets instead of one query per window.
   */
  private get windows(): CallingWindow[] {
    return (this.allWindows ??= this.repos.tickets.callingWindows(this.branch.id));
  }

  private candidatesOf(windowId: number, rows?: ReturnType<Repos['tickets']['waitingForOrder']>, pool = this.windows): StrategyCandidate[] {
    let list = this.candidates.get(windowId);
    if (!list) {
      const source = rows ?? (this.waiting ??= this.repos.tickets.waitingForOrder(this.branch.id));
      const levels = new Map((pool.find((w) => w.id === windowId)?.services ?? []).map((s) => [s.serviceId, s.level]));
      const booked = (this.booked ??= this.repos.bookings.bookedWaiting(this.branch.id, this.day()));
      list = [];
      for (const t of source) {
        const level = t.targetWindowId === null ? levels.get(t.serviceId) : t.targetWindowId === windowId ? 0 : undefined;
        if (level === undefined) continue;
        const bookedAt = booked.get(t.id);
        list.push(bookedAt === undefined ? { id: t.id, priority: t.priority, queuedAt: t.queuedAtMs, level } : { id: t.id, priority: t.priority, queuedAt: t.queuedAtMs, level, bookedAt });
      }
      this.candidates.set(windowId, list);
    }
    return list;
  }

  /** a stored ticket's place at one window: many pages ask after one change, so the order is built once */
  private placesAt(windowId: number): Map<number, number> {
    let map = this.places.get(windowId);
    if (!map) {
      const pool = this.candidatesOf(windowId);
      map = new Map(callOrder(pool, this.branch.strategy, this.state, this.now, pool.length).map((id, i) => [id, i]));
      this.places.set(windowId, map);
    }
    return map;
  }

  /**
   * People ahead of `t`. `isNew`: the ticket is being issued and is not in the database yet;
   * it is counted as if it already stood in every queue it joins — from counts per window and
   * level (ahead-newcomer.ts) when it is not sent to a window, else as countByOrder does.
   */
  count(t: AheadTicket, isNew = false): number {
    if (isNew && t.targetWindowId === null && !this.waiting && !this.allWindows) {
      const fast = newcomerAhead(this.repos, this.branch.id, this.day(), this.branch.strategy, this.now, t, () => this.state.ordinarySincePriority);
      if (fast !== null) return fast;
    }
    return this.countByOrder(t, isNew);
  }

  /** The reference: people ahead from each calling window's whole call order (callOrder). */
  countByOrder(t: AheadTicket, isNew = false): number {
    // a ticket being issued asks once: only the windows serving its service are read
    const pool = isNew && t.targetWindowId === null && !this.allWindows ? this.repos.tickets.callingWindows(this.branch.id, t.serviceId) : this.windows;
    const callers = t.targetWindowId !== null
      ? pool.filter((w) => w.id === t.targetWindowId).map((w) => ({ id: w.id, level: 0 }))
      : pool.flatMap((w) => w.services.filter((s) => s.serviceId === t.serviceId).map((s) => ({ id: w.id, level: s.level })));
    // a ticket being issued: read only what its windows may call (their services, or sent to
    // them) — every candidate of those windows is among these rows
    let rows: ReturnType<Repos['tickets']['waitingForOrder']> | undefined;
    if (isNew && !this.waiting && callers.some((w) => !this.candidates.has(w.id))) {
      const ids = new Set(callers.map((w) => w.id));
      const serviceIds = [...new Set(pool.filter((w) => ids.has(w.id)).flatMap((w) => w.services.map((s) => s.serviceId)))];
      rows = this.repos.tickets.waitingForOrder(this.branch.id, { serviceIds, windowIds: [...ids] });
    }
    let best: number | null = null;
    for (const w of callers) {
      const place = isNew
        ? placeOf([...this.candidatesOf(w.id, rows, pool), { id: t.id, priority: t.priority, queuedAt: t.queuedAt, level: w.level }], t.id, this.branch, this.state, this.now)
        : (this.placesAt(w.id).get(t.id) ?? null);
      if (place !== null && (best === null || place < best)) best = place;
    }
    // no window serves it (yet): those of its own service queued before it
    return best ?? this.repos.tickets.open(this.branch.id).filter((o) => o.status === 'waiting' && o.serviceId === t.serviceId && o.id !== t.id
      && (Date.parse(o.queuedAt) < t.queuedAt || (Date.parse(o.queuedAt) === t.queuedAt && o.id < t.id))).length;
  }

  /** a stored ticket: its people ahead while it waits, 0 in any other state */
  ofTicket(t: Ticket): number {
    if (t.status !== 'waiting') return 0;
    return this.count({ id: t.id, serviceId: t.serviceId, targetWindowId: t.targetWindowId, priority: t.priorityCategoryId !== null, queuedAt: Date.parse(t.queuedAt) });
  }
}
