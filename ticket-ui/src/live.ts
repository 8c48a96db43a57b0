// The ticket, live: a socket that knows only this ticket (handshake `auth: { ticket }`,
// event `ticket:update`), with polling of GET /api/public/tickets/:code whenever the socket is
// not connected (a server without the feed, a proxy that drops websockets, a phone waking up).
import { useEffect, useState } from 'preact/hooks';
import { io, type Socket } from 'socket.io-client';
import { ApiRequestError } from '@cherha/ui-kit/api';
import { api } from '@cherha/ui-kit/client';
import type { TicketView } from './types';

const POLL_MS = 15_000;
/** after the server refused the socket, try it again this much later (it may have restarted) */
const SOCKET_RETRY_MS = 60_000;
const FINAL = new Set(['no_show', 'cancelled', 'closed']);

export type Feed = 'socket' | 'poll';

export interface TicketState {
  view: TicketView | null;
  /** 'notFound' | 'network' | null */
  problem: 'notFound' | 'network' | null;
  feed: Feed;
  updatedAt: number | null;
}

export function useTicket(code: string): TicketState {
  const [state, setState] = useState<TicketState>({ view: null, problem: null, feed: 'poll', updatedAt: null });

  useEffect(() => {
    let stopped = false;
    let pollTimer: ReturnType<typeof setTimeout> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let connected = false;
    let last: TicketView | null = null;

    const show = (view: TicketView) => {
      last = view;
      setState({ view, problem: null, feed: connected ? 'socket' : 'poll', updatedAt: Date.now() });
    };
    /** a finished ticket still changes (rating given); a void one never does */
    const needsUpdates = () => !last || !FINAL.has(last.status);

    const poll = () => {
      clearTimeout(pollTimer);
      if (stopped || connected) return;
      api('getPublicTicket', { params: { code } }, { credentials: 'omit' })
        .then((data: TicketView) => {
          if (stopped) return;
          show(data);
          if (needsUpdates()) pollTimer = setTimeout(poll, POLL_MS);
        })
        .catch((err: unknown) => {
          if (stopped) return;
          const notFound = err instanceof ApiRequestError && err.status === 404;
          setState((s) => ({ ...s, problem: notFound ? 'notFound' : 'network' }));
          if (!notFound) pollTimer = setTimeout(poll, POLL_MS);
        });
    };

    const socket: Socket = io({ auth: { ticket: code }, transports: ['websocket', 'polling'], reconnectionDelayMax: 10_000 });
    socket.on('connect', () => {
      connected = true;
      clearTimeout(pollTimer);
      setState((s) => ({ ...s, feed: 'socket' }));
    });
    socket.on('ticket:update', (view: TicketView) => show(view));
    socket.on('disconnect', () => {
      connected = false;
      setState((s) => ({ ...s, feed: 'poll' }));
      poll();
    });
    socket.on('connect_error', () => {
      connected = false;
      // refused by the server (unknown code, or no ticket feed): socket.io does not retry that
      // by itself; polling keeps the page true meanwhile
      if (!socket.active) {
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => !stopped && needsUpdates() && socket.connect(), SOCKET_RETRY_MS);
      }
      poll();
    });
    // a phone coming back from the pocket: refresh at once instead of waiting for the timer
    const onVisible = () => {
      if (document.visibilityState === 'visible' && !connected) poll();
    };
    document.addEventListener('visibilitychange', onVisible);
    poll();

    return () => {
      stopped = true;
      clearTimeout(pollTimer);
      clearTimeout(retryTimer);
      document.removeEventListener('visibilitychange', onVisible);
      socket.disconnect();
    };
  }, [code]);

  return state;
}
