// «Черга до вікна» in the order call-next will call it: GET /api/windows/:id/queue. Fetched when
// the window (or its services) changes, on every snapshot (connect, reconnect, resync), and
// ~300 ms after a delta that may have changed it (several deltas in that time: one request).
// A late answer to an older request never overwrites a newer one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TicketView } from '@cherha/contracts';
import { ApiRequestError, api, pruneWindowQueue, useIntervalEffect } from '@cherha/ui-kit';

export const WINDOW_QUEUE_LIMIT = 20;
const DEBOUNCE_MS = 300;
/** a backstop for what no delta tells (an admin changed the window's services or the strategy) */
const BACKSTOP_MS = 60_000;

export interface WindowQueue {
  /** null until the first answer for this window */
  tickets: TicketView[] | null;
  /** the last request failed (the list shown may be old) */
  failed: boolean;
  /** fetch soon (debounced), e.g. after a delta */
  refresh: () => void;
  /** fetch now, e.g. after a snapshot */
  refreshNow: () => void;
  /** drop listed tickets that stopped waiting until the new order arrives */
  prune: (changed: readonly TicketView[]) => void;
}

export function useWindowQueue(windowId: number | null, configKey: string, onUnauthorized: () => void): WindowQueue {
  const [state, setState] = useState<{ windowId: number; tickets: TicketView[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unauthorized = useRef(onUnauthorized);
  useEffect(() => {
    unauthorized.current = onUnauthorized;
  });

  const fetchNow = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (windowId === null) return;
    seq.current += 1;
    const mine = seq.current;
    api('getWindowQueue', { params: { windowId }, query: { limit: WINDOW_QUEUE_LIMIT } })
      .then((res) => {
        if (mine !== seq.current) return;
        setState({ windowId, tickets: res.tickets });
        setFailed(false);
      })
      .catch((err: unknown) => {
        if (mine !== seq.current) return;
        if (err instanceof ApiRequestError && err.status === 401) unauthorized.current();
        setFailed(true);
      });
  }, [windowId]);

  // not reset by further deltas: a busy office still sees the new order within ~300 ms
  const refresh = useCallback(() => {
    if (timer.current !== undefined) return;
    timer.current = setTimeout(fetchNow, DEBOUNCE_MS);
  }, [fetchNow]);

  useEffect(() => {
    fetchNow();
    return () => {
      clearTimeout(timer.current);
      timer.current = undefined;
      seq.current += 1; // answers for the previous window are ignored
    };
  }, [fetchNow, configKey]);

  useIntervalEffect(() => {
    if (windowId !== null) refresh();
  }, BACKSTOP_MS);

  const prune = useCallback(
    (changed: readonly TicketView[]) => {
      if (changed.length === 0) return;
      setState((s) => {
        if (!s || s.windowId !== windowId) return s;
        const tickets = pruneWindowQueue(s.tickets, changed);
        return tickets === s.tickets ? s : { ...s, tickets };
      });
    },
    [windowId],
  );

  const tickets = state && state.windowId === windowId ? state.tickets : null;
  return { tickets, failed, refresh, refreshNow: fetchNow, prune };
}
