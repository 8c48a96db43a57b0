// Tickets recently at this window, newest first (reprint a ticket the visitor lost or that
// did not print): every ticket that becomes current here joins the list; the deltas keep the
// listed tickets' status up to date (finished, no-show…).
import { useCallback, useState } from 'react';
import type { TicketView, WindowState } from '@cherha/contracts';

export const RECENT_AT_WINDOW = 5;

export function useRecentAtWindow(windowId: number | null) {
  const [recent, setRecent] = useState<TicketView[]>([]);
  const track = useCallback(
    (windows: readonly WindowState[] | undefined, tickets: readonly TicketView[] | undefined) => {
      const mine = windows?.find((w) => w.id === windowId)?.current ?? null;
      const changed = new Map((tickets ?? []).map((x) => [x.id, x]));
      if (!mine && changed.size === 0) return;
      setRecent((list) => {
        let next = changed.size > 0 && list.some((r) => changed.has(r.id)) ? list.map((r) => changed.get(r.id) ?? r) : list;
        if (mine) next = [mine, ...next.filter((r) => r.id !== mine.id)].slice(0, RECENT_AT_WINDOW + 1);
        return next;
      });
    },
    [windowId],
  );
  return { recent, setRecent, track };
}
