// Pure live-state logic: apply a Delta to a snapshot, and keep revisions in order.
// No queue rules live here: the server decides who is next; we only merge what it sends.
import type { BoardDelta, BoardSnapshot, CallView, Delta, OperatorSnapshot, ServiceLoad, TicketView, WindowState } from '@cherha/contracts';

/** How many recent calls a board keeps when deltas add calls. */
export const MAX_RECENT_CALLS = 20;

/** Statuses that keep a ticket in the operator's queue list. */
const QUEUED: ReadonlySet<string> = new Set(['waiting', 'postponed']);

export function callKey(call: CallView): string {
  return `${call.ticketId}@${call.calledAt}`;
}

function mergeById<T>(current: readonly T[], updates: readonly T[], key: (item: T) => number): T[] {
  if (updates.length === 0) return current as T[];
  const byId = new Map<number, T>();
  for (const u of updates) byId.set(key(u), u);
  const out: T[] = current.map((item) => {
    const id = key(item);
    const u = byId.get(id);
    if (u === undefined) return item;
    byId.delete(id);
    return u;
  });
  for (const u of byId.values()) out.push(u);
  return out;
}

export function mergeServices(current: readonly ServiceLoad[], updates: readonly ServiceLoad[]): ServiceLoad[] {
  return mergeById(current, updates, (s) => s.serviceId);
}

export function mergeWindows(current: readonly WindowState[], updates: readonly WindowState[]): WindowState[] {
  return mergeById(current, updates, (w) => w.id);
}

/** New calls first (the delta's own order is kept), duplicates dropped, bounded. */
export function mergeCalls(current: readonly CallView[], added: readonly CallView[], max = MAX_RECENT_CALLS): CallView[] {
  if (added.length === 0) return current as CallView[];
  const seen = new Set<string>();
  const out: CallView[] = [];
  const sortedAdded = [...added].sort((a, b) => b.calledAt.localeCompare(a.calledAt));
  for (const c of [...sortedAdded, ...current]) {
    const k = callKey(c);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
    if (out.length >= Math.max(max, 1)) break;
  }
  return out;
}

/**
 * Merge changed tickets into the operator's queue list (first page of the server's order).
 * A ticket that left the queue is removed; one already listed is updated in place; a ticket
 * that newly joined is placed by its queue time (queuedAt). The server's snapshot stays the
 * authority on the exact order; this keeps the list right between snapshots.
 */
export function mergeQueue(
  queue: readonly TicketView[],
  total: number,
  changed: readonly TicketView[],
): { queue: TicketView[]; total: number } {
  if (changed.length === 0) return { queue: queue as TicketView[], total };
  let list = [...queue];
  let count = total;
  for (const t of changed) {
    const idx = list.findIndex((q) => q.id === t.id);
    if (QUEUED.has(t.status)) {
      if (idx >= 0) {
        const before = list[idx];
        if (before && before.queuedAt === t.queuedAt) {
          list[idx] = t;
          continue;
        }
        list.splice(idx, 1);
      } else {
        count += 1;
      }
      let at = list.findIndex((q) => q.queuedAt > t.queuedAt);
      if (at < 0) at = list.length;
      list.splice(at, 0, t);
    } else if (idx >= 0) {
      list = list.filter((q) => q.id !== t.id);
      count -= 1;
    }
  }
  return { queue: list, total: Math.max(count, list.length) };
}

export function isOperatorSnapshot(s: BoardSnapshot): s is OperatorSnapshot {
  return Array.isArray((s as Partial<OperatorSnapshot>).windows) && Array.isArray((s as Partial<OperatorSnapshot>).queue);
}

/** a staff delta or the board's smaller one */
export type AnyDelta = Delta | BoardDelta;

/** Apply one delta (assumed to be the next revision) to a board or operator snapshot. */
export function applyDelta<S extends BoardSnapshot>(state: S, delta: AnyDelta): S {
  const base: BoardSnapshot = {
    ...state,
    revision: delta.revision,
    serverTime: delta.serverTime,
    alert: delta.alert ?? state.alert,
    calls: mergeCalls(state.calls, delta.calls ?? [], Math.max(state.calls.length, MAX_RECENT_CALLS)),
    services: mergeServices(state.services, delta.services ?? []),
  };
  if (!isOperatorSnapshot(state)) return base as S;
  const staff: Partial<Delta> = delta;
  const q = mergeQueue(state.queue, state.queueTotal, staff.tickets ?? []);
  const op: OperatorSnapshot = {
    ...state,
    ...base,
    windows: mergeWindows(state.windows, staff.windows ?? []),
    queue: q.queue,
    queueTotal: q.total,
  };
  return op as unknown as S;
}

export type DeltaOutcome = 'applied' | 'ignored' | 'resync' | 'buffered';

/**
 * Keeps one snapshot in revision order. A delta is applied only when its revision is exactly
 * local+1; an older one is a duplicate and ignored; a gap asks the caller for a snapshot
 * (`resync`), and deltas that arrive meanwhile are kept and replayed on top of it.
 */
export class LiveSync<S extends BoardSnapshot> {
  state: S | null = null;
  private resyncing = false;
  private pending: AnyDelta[] = [];

  constructor(private readonly onApplied?: (delta: AnyDelta, state: S) => void) {}

  get awaitingSnapshot(): boolean {
    return this.resyncing;
  }

  /** Replace the state with a full snapshot, then replay buffered deltas that follow it. */
  snapshot(s: S): void {
    this.state = s;
    this.resyncing = false;
    const buffered = this.pending.sort((a, b) => a.revision - b.revision);
    this.pending = [];
    for (const d of buffered) {
      if (!this.state || d.revision <= this.state.revision) continue;
      if (d.revision !== this.state.revision + 1) {
        // still a gap: ask again
        this.pending = buffered.filter((x) => x.revision >= d.revision);
        this.resyncing = true;
        return;
      }
      this.state = applyDelta(this.state, d);
      this.onApplied?.(d, this.state);
    }
  }

  /** The caller must fetch a snapshot when this returns 'resync'. */
  delta(d: AnyDelta): DeltaOutcome {
    if (this.state === null || this.resyncing) {
      this.pending.push(d);
      if (this.pending.length > 200) this.pending.shift();
      return 'buffered';
    }
    if (d.branchId !== this.state.branchId) return 'ignored';
    if (d.revision <= this.state.revision) return 'ignored';
    if (d.revision === this.state.revision + 1) {
      this.state = applyDelta(this.state, d);
      this.onApplied?.(d, this.state);
      return 'applied';
    }
    this.pending.push(d);
    this.resyncing = true;
    return 'resync';
  }

  /** A resync request failed: allow the next delta or reconnect to try again. */
  resyncFailed(): void {
    this.resyncing = false;
    this.pending = [];
  }

  reset(): void {
    this.state = null;
    this.resyncing = false;
    this.pending = [];
  }
}
