// What the hall board lists, derived from the calls the server sends (newest first). Pure
// functions: no React, no DOM.
import type { CallView, ServiceLoad } from '@cherha/contracts';
import { callKey } from '@cherha/ui-kit';

export interface RecentRow {
  /** stable React key: the ticket, so a recall moves its row instead of adding one */
  key: string;
  ticketId: number;
  number: string;
  windowLabel: string;
  /** the newest call of this ticket was a recall */
  recall: boolean;
  /** callKey of the newest call of this ticket (what the board highlights as fresh) */
  callKey: string;
}

/**
 * One row per ticket, in the order of its newest call. A recall (or a ticket called again at
 * another window after a transfer) updates and lifts the ticket's row; a hall list showing
 * «Р015 → 3» twice makes visitors think two people hold the same number.
 */
export function recentRows(calls: readonly CallView[]): RecentRow[] {
  const seen = new Set<number>();
  const rows: RecentRow[] = [];
  for (const c of calls) {
    if (seen.has(c.ticketId)) continue;
    seen.add(c.ticketId);
    rows.push({ key: `t${c.ticketId}`, ticketId: c.ticketId, number: c.number, windowLabel: c.windowLabel, recall: c.recall, callKey: callKey(c) });
  }
  return rows;
}

/** Waiting visitors per ticket letter: what a visitor holding «Р015» looks for. */
export function waitingByPrefix(services: readonly ServiceLoad[]): { prefix: string; waiting: number }[] {
  const m = new Map<string, number>();
  for (const x of services) m.set(x.prefix, (m.get(x.prefix) ?? 0) + x.waiting);
  return [...m.entries()].map(([prefix, waiting]) => ({ prefix, waiting })).sort((a, b) => a.prefix.localeCompare(b.prefix, 'uk'));
}

/**
 * Calls in the order they were made (oldest first). The server lists a snapshot's calls
 * newest first by event order; two calls within one millisecond carry the same `calledAt`,
 * so the list is reversed before the (stable) sort rather than sorted on time alone.
 */
export function inCallOrder(newestFirst: readonly CallView[]): CallView[] {
  return [...newestFirst].reverse().sort((a, b) => a.calledAt.localeCompare(b.calledAt));
}

/**
 * A call older than this is no longer "being invited" (the visitor is at the window or did
 * not come): the title then says «Останній виклик» instead of «Запрошується».
 */
export const STALE_CALL_MS = 3 * 60_000;

/** Which title the latest call gets: an old call (a recall too) is only the last one made. */
export function callTitle(latest: CallView, serverNow: number): 'nowCalling' | 'recall' | 'lastCall' {
  if (serverNow - Date.parse(latest.calledAt) > STALE_CALL_MS) return 'lastCall';
  return latest.recall ? 'recall' : 'nowCalling';
}
