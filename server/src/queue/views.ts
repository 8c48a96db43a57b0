// Read models pushed to clients: the board's snapshot stays small whatever the queue
// length (recent calls + per-service counters); staff also get windows and the queue.
import type {
  BoardSnapshot, CallView, Delta, OperatorSnapshot, ServiceLoad, Ticket, TicketView, WindowState,
} from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import { bookedTimes } from '../booking/booked-for';
import { localTime } from '../time';
import type { Change } from './change';
import { estimateWaitMinutes } from './estimate';
import { issuingVerdict } from './hours';
import type { QueueService } from './service';

const RECENT_CALLS = 10;
const QUEUE_PAGE = 100;

export class Views {
  constructor(
    private readonly repos: Repos,
    private readonly queue: QueueService,
  ) {}

  private windowLabels(branchId: number): Map<number, string> {
    return this.repos.windows.labels(branchId);
  }

  /** `booked`: bookedTimes() of the branch, so a booked visitor's row says «запис 13:00» */
  ticketView(t: Ticket, labels: Map<number, string>, booked?: ReadonlyMap<number, string>): TicketView {
    const bookedFor = booked?.get(t.id);
    return {
      id: t.id, number: t.number, serviceId: t.serviceId, status: t.status, priority: t.priorityCategoryId !== null,
      windowId: t.windowId, windowLabel: t.windowId !== null ? (labels.get(t.windowId) ?? null) : null, targetWindowId: t.targetWindowId,
      issuedAt: t.issuedAt, queuedAt: t.queuedAt, calledAt: t.calledAt, startedAt: t.startedAt, recallCount: t.recallCount,
      ...(bookedFor !== undefined && t.status === 'waiting' ? { bookedFor } : {}),
    };
  }

  /** the branch's waiting booked tickets → their booked local time (server/src/booking) */
  bookedTimes(branchId: number): Map<number, string> {
    return bookedTimes(this.repos, branchId, this.queue.branch(branchId).timeZone, this.queue.now());
  }

  /** load of the given services (all when `only` is undefined) */
  services(branchId: number, only?: Set<number>, alertActive?: boolean): ServiceLoad[] {
    const branch = this.queue.branch(branchId);
    const local = localTime(this.queue.now(), branch.timeZone);
    // a delta touches one or two services: count just those
    const waiting = only
      ? new Map([...only].map((id) => [id, this.repos.tickets.waitingIn(branchId, id, false)]))
      : this.repos.tickets.waitingCounts(branchId);
    const open = this.queue.openWindowsFor(branchId);
    const closed = this.repos.catalog.closedServiceIds(branchId, local.date);
    const served = this.repos.windows.servedServiceIds(branchId);
    const alert = alertActive ?? this.repos.branches.runtime(branchId)?.alertSince != null;
    const list = only
      ? [...only].flatMap((id) => {
          const s = this.repos.catalog.service(id);
          return s && s.branchId === branchId ? [s] : [];
        })
      : this.repos.catalog.services(branchId);
    return list.map((s) => {
        const n = waiting.get(s.id) ?? 0;
        const openWindows = open.get(s.id) ?? 0;
        let reason: string | null = null;
        if (alert) reason = 'ALERT_ACTIVE';
        // (not served: no switched-on window takes it, so the kiosk must not offer it)
        else if (!s.active || closed.has(s.id) || !served.has(s.id)) reason = 'SERVICE_CLOSED';
        else {
          const v = issuingVerdict(branch, s, local);
          if (!v.ok) reason = v.code;
        }
        return {
          serviceId: s.id, name: s.name, prefix: s.prefix, categoryId: s.categoryId, waiting: n, openWindows,
          estimatedWaitMinutes: estimateWaitMinutes(n, this.queue.typicalMinutes(s), openWindows), available: reason === null, reason,
          closedToday: closed.has(s.id),
        };
      });
  }

  windows(branchId: number, only?: Set<number>): WindowState[] {
    const labels = this.windowLabels(branchId);
    const users = new Map(this.repos.people.list().map((u) => [u.id, u.name]));
    return this.repos.windows
      .list(branchId)
      .filter((w) => !only || only.has(w.id))
      .map((w) => {
        const current = this.repos.tickets.atWindow(w.id)[0];
        return {
          id: w.id, label: w.label, paused: w.paused, operatorId: w.operatorId,
          operatorName: w.operatorId !== null ? (users.get(w.operatorId) ?? null) : null,
          current: current ? this.ticketView(current, labels) : null,
        };
      });
  }

  private calls(branchId: number): CallView[] {
    return this.repos.tickets.recentCalls(branchId, RECENT_CALLS).map((c) => ({
      ticketId: c.ticketId, number: c.number, windowLabel: c.windowLabel, calledAt: c.at, recall: c.recall,
    }));
  }

  private alert(branchId: number) {
    const since = this.repos.branches.runtime(branchId)?.alertSince ?? null;
    return { active: since !== null, since };
  }

  board(branchId: number): BoardSnapshot {
    const branch = this.queue.branch(branchId);
    return {
      branchId, branchName: branch.name, timeZone: branch.timeZone, revision: this.repos.branches.runtime(branchId)!.revision,
      serverTime: this.queue.now().toISOString(), alert: this.alert(branchId), calls: this.calls(branchId), services: this.services(branchId),
    };
  }

  operator(branchId: number): OperatorSnapshot {
    const branch = this.queue.branch(branchId);
    const labels = this.windowLabels(branchId);
    const queued = this.repos.tickets.open(branchId).filter((t) => t.status === 'waiting' || t.status === 'postponed');
    const booked = this.bookedTimes(branchId);
    return {
      ...this.board(branchId),
      windows: this.windows(branchId),
      queue: queued.slice(0, QUEUE_PAGE).map((t) => this.ticketView(t, labels, booked)),
      queueTotal: queued.length,
      strategy: branch.strategy.name,
    };
  }

  /** The staff delta; the board's is the same without ticket views. */
  delta(change: Change): Delta {
    const read = [...change.tickets].flatMap((id) => {
      const t = this.repos.tickets.get(id);
      return t ? [t] : [];
    });
    // window labels only matter for tickets at a window: an issued ticket is at none, so the
    // commonest delta (a kiosk issue) does not read the branch's windows
    const labels = read.some((t) => t.windowId !== null) ? this.windowLabels(change.branchId) : new Map<number, string>();
    // a waiting ticket may be a booked one (a check-in): its row keeps the «запис 13:00» mark
    const booked = read.some((t) => t.status === 'waiting') ? this.bookedTimes(change.branchId) : undefined;
    const tickets = read.map((t) => this.ticketView(t, labels, booked));
    // the branch's runtime row read once for both the alert and the services' availability
    const alert = this.alert(change.branchId);
    return {
      branchId: change.branchId, revision: change.revision, serverTime: this.queue.now().toISOString(), tickets, calls: change.calls,
      services: change.alert ? this.services(change.branchId, undefined, alert.active) : this.services(change.branchId, this.affectedServices(change), alert.active),
      windows: change.windows.size ? this.windows(change.branchId, change.windows) : [],
      alert,
    };
  }

  /** a window's open/paused state changes the estimates of every service it serves */
  private affectedServices(change: Change): Set<number> {
    const set = new Set(change.services);
    for (const id of change.windows) for (const s of this.repos.windows.get(id)?.services ?? []) set.add(s.serviceId);
    return set;
  }
}
