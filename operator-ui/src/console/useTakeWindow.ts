// The operator sits at the chosen window on the server too (POST /api/windows/{id}/take), at
// once and again after a reload with a remembered window: until the first call the office,
// the board and the kiosk otherwise counted the window as unstaffed. Refused (someone else
// sits there, or a ticket is still open at this person's other window): the server's own
// Ukrainian message is shown and the console goes back to «Оберіть вікно».
import { useEffect } from 'react';
import { ApiRequestError, api } from '@cherha/ui-kit';

export function useTakeWindow(windowId: number | null, fail: (err: unknown) => void, onRefused: () => void): void {
  useEffect(() => {
    if (windowId === null) return;
    let live = true;
    api('takeWindow', { params: { windowId } }).catch((err: unknown) => {
      if (!live) return;
      fail(err);
      // a lost connection keeps the choice: the first call takes the window as before
      if (err instanceof ApiRequestError && err.status === 409) onRefused();
    });
    return () => {
      live = false;
    };
    // only a new choice asks again; the callbacks change on every render
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [windowId]);
}
