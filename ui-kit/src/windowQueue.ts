// The operator's «Черга до вікна»: the server's GET /api/windows/:id/queue is the only source
// of the order (strategy, priority, window levels). These pure helpers decide when a delta
// may have changed that order (so the list is fetched again) and keep the list honest in the
// ~300 ms until the new order arrives (a ticket called elsewhere leaves at once).
import type { Delta, StrategyName, TicketView } from '@cherha/contracts';

export interface WindowQueueScope {
  windowId: number;
  /** services this window serves (any level); null: unknown yet, so every ticket counts */
  serviceIds: ReadonlySet<number> | null;
  /** tickets now in the window's list */
  listed: ReadonlySet<number>;
  /** ratio: every call in the branch moves the "one priority per N ordinary" counter */
  strategy?: StrategyName | undefined;
}

/** Could this delta change which tickets this window calls, or in which order? */
export function deltaTouchesWindowQueue(delta: Pick<Delta, 'tickets' | 'calls'>, scope: WindowQueueScope): boolean {
  const { windowId, serviceIds, listed } = scope;
  for (const t of delta.tickets ?? []) {
    if (listed.has(t.id)) return true;
    if (t.targetWindowId === windowId) return true;
    if (t.targetWindowId === null && (serviceIds === null || serviceIds.has(t.serviceId))) return true;
  }
  if (scope.strategy === 'ratio' && (delta.calls ?? []).some((c) => !c.recall)) return true;
  return false;
}

/**
 * Until the server's new order arrives: drop listed tickets that are no longer waiting (called
 * at another window, cancelled, postponed) and refresh the ones still waiting in place.
 * Never adds or reorders: only the server knows where a newcomer goes.
 */
export function pruneWindowQueue(list: readonly TicketView[], changed: readonly TicketView[]): TicketView[] {
  if (changed.length === 0) return list as TicketView[];
  const byId = new Map(changed.map((t) => [t.id, t]));
  let touched = false;
  const out: TicketView[] = [];
  for (const t of list) {
    const c = byId.get(t.id);
    if (!c) {
      out.push(t);
      continue;
    }
    touched = true;
    if (c.status === 'waiting') out.push(c);
  }
  return touched ? out : (list as TicketView[]);
}
