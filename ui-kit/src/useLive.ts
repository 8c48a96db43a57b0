// React hook: one socket.io connection with snapshot + delta + resync.
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { LIVE_RECONNECT, type Ack, type BoardSnapshot, type ClientToServerEvents, type DeviceAlert, type OperatorSnapshot, type ServerToClientEvents, type SocketAuth, type SocketRefusal } from '@cherha/contracts';
import { LiveSync, type AnyDelta } from './live';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface LiveOptions {
  view: 'board' | 'operator';
  /** device token (kiosk, board); people use the session cookie */
  token?: string | null;
  branchId?: number | null;
  /** false: do not connect (e.g. not logged in yet) */
  enabled?: boolean;
  /** called for every delta applied in order (the board announces delta.calls) */
  onDelta?: (delta: AnyDelta) => void;
  /** called for every full snapshot (connect, reconnect, resync) */
  onSnapshot?: (snapshot: BoardSnapshot) => void;
  /** the server refused the handshake (bad or revoked token, no session) */
  onAuthError?: (message: string) => void;
  /**
   * the server ended the connection itself (staff: an admin edited this person, the session
   * ended; devices: re-paired). It is tried again in 2 s; staff apps check the session meanwhile.
   */
  onServerDisconnect?: () => void;
  /** staff, and the kiosk concerned: a device or printer needs attention (a ticket not printed) */
  onDeviceAlert?: (alert: DeviceAlert) => void;
}

export interface LiveState<S> {
  state: S | null;
  connected: boolean;
  /** true once a connection was made at least once (to tell "connecting" from "lost") */
  everConnected: boolean;
  /** server clock minus local clock, ms (for timers) */
  clockSkewMs: number;
}

/** handshake refusals that mean "sign in or pair again" (the server's code, not its wording) */
const AUTH_CODES: readonly string[] = ['UNAUTHORIZED', 'FORBIDDEN'];

export function useLiveState<S extends BoardSnapshot = BoardSnapshot>(options: LiveOptions): LiveState<S> {
  const { view, token, branchId, enabled = true } = options;
  const [state, setState] = useState<S | null>(null);
  const [connected, setConnected] = useState(false);
  const [everConnected, setEverConnected] = useState(false);
  const [clockSkewMs, setSkew] = useState(0);
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });

  useEffect(() => {
    if (!enabled) return undefined;
    const sync = new LiveSync<S>((d) => callbacks.current.onDelta?.(d));
    const auth: SocketAuth = { view };
    if (token) auth.token = token;
    if (branchId) auth.branchId = branchId;
    const s: LiveSocket = io({ path: '/socket.io', withCredentials: true, auth, transports: ['websocket', 'polling'], ...LIVE_RECONNECT });
    let alive = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const publish = () => {
      if (!alive || !sync.state) return;
      setState(sync.state);
      setSkew(Date.parse(sync.state.serverTime) - Date.now());
    };
    const onSnapshot = (snap: BoardSnapshot) => {
      sync.snapshot(snap as S);
      callbacks.current.onSnapshot?.(snap);
      publish();
    };
    const resync = () => {
      const payload = branchId ? { branchId } : {};
      s.timeout(10_000).emit('snapshot:get', payload, (err: Error | null, res?: Ack<BoardSnapshot | OperatorSnapshot>) => {
        if (!alive) return;
        if (err || !res || !res.ok) {
          sync.resyncFailed();
          return;
        }
        onSnapshot(res.data);
      });
    };
    s.on('connect', () => {
      if (!alive) return;
      setConnected(true);
      setEverConnected(true);
    });
    s.on('disconnect', (reason) => {
      if (!alive) return;
      setConnected(false);
      // socket.io does not reconnect by itself after a server-side disconnect: a board or
      // kiosk must come back anyway (a revoked token is refused at the handshake)
      if (reason === 'io server disconnect') {
        retry = setTimeout(() => s.connect(), 2000);
        callbacks.current.onServerDisconnect?.();
      }
    });
    s.on('connect_error', (err: Error) => {
      if (!alive) return;
      setConnected(false);
      const refused = (err as Error & { data?: Partial<SocketRefusal> }).data;
      if (refused?.code && AUTH_CODES.includes(refused.code)) callbacks.current.onAuthError?.(err.message);
      // refused by the server's middleware: socket.io stops trying, so try again slowly
      if (!s.active) {
        clearTimeout(retry);
        retry = setTimeout(() => s.connect(), 5000);
      }
    });
    s.on(view === 'board' ? 'board:snapshot' : 'operator:snapshot', onSnapshot);
    // a server may send the board snapshot to staff asking for the board view and vice versa
    if (view === 'operator') s.on('board:snapshot', onSnapshot);
    s.on('device:alert', (a) => callbacks.current.onDeviceAlert?.(a));
    s.on('delta', (d: AnyDelta) => {
      const outcome = sync.delta(d);
      if (outcome === 'applied') publish();
      else if (outcome === 'resync') resync();
    });
    return () => {
      alive = false;
      clearTimeout(retry);
      s.removeAllListeners();
      s.disconnect();
    };
  }, [view, token, branchId, enabled]);

  return { state, connected, everConnected, clockSkewMs };
}
