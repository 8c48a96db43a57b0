// One window's own feed (the window display in board-ui, the rating terminal bound to a
// window in kiosk-ui): a device socket with `auth: { token, windowId }` receives
// `window:update` on connect and after every change at that window.
import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import type { WindowDisplayUpdate } from '@cherha/contracts';

export interface WindowFeed {
  update: WindowDisplayUpdate | null;
  connected: boolean;
  everConnected: boolean;
  /** the server refused the socket (revoked token, unknown window): its message */
  refused: string | null;
}

export function useWindowFeed(token: string, windowId: number, onRefused: () => void): WindowFeed {
  const [feed, setFeed] = useState<WindowFeed>({ update: null, connected: false, everConnected: false, refused: null });
  useEffect(() => {
    const s = io({ path: '/socket.io', auth: { token, windowId }, transports: ['websocket', 'polling'] });
    let retry: ReturnType<typeof setTimeout> | undefined;
    s.on('connect', () => setFeed((f) => ({ ...f, connected: true, everConnected: true, refused: null })));
    s.on('disconnect', () => setFeed((f) => ({ ...f, connected: false })));
    s.on('window:update', (update: WindowDisplayUpdate) => setFeed((f) => ({ ...f, update })));
    s.on('connect_error', (err: Error) => {
      setFeed((f) => ({ ...f, connected: false, refused: s.active ? null : err.message }));
      // refused by the server: socket.io does not retry that itself; check the token, retry later
      if (!s.active) {
        onRefused();
        clearTimeout(retry);
        retry = setTimeout(() => s.connect(), 15_000);
      }
    });
    return () => {
      clearTimeout(retry);
      s.disconnect();
    };
  }, [token, windowId, onRefused]);
  return feed;
}
