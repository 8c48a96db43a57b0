// Is the server reachable? The live socket says so most of the time. But a proxy or a broken
// switch may drop plain requests while the socket lives, so /api/health is asked too: every
// 10 s while all is well, every 3 s once a request failed on the network. Any network failure
// turns the kiosk offline; the first good answer (or the socket coming back) ends it.
import { useEffect, useState } from 'react';
import { ApiRequestError, api } from '@cherha/ui-kit';

const PROBE_ONLINE_MS = 10_000;
const PROBE_OFFLINE_MS = 3000;
const PROBE_TIMEOUT_MS = 4000;

export interface ServerReach {
  offline: boolean;
  /** a request failed on the network: stay offline until the server answers again */
  reportNetworkFailure: () => void;
}

export function useServerReach(connected: boolean, everConnected: boolean): ServerReach {
  const [requestFailed, setRequestFailed] = useState(false);
  const [wasConnected, setWasConnected] = useState(connected);
  // the socket coming back proves the server is back (adjusting state while rendering, as React advises)
  if (connected !== wasConnected) {
    setWasConnected(connected);
    if (connected) setRequestFailed(false);
  }
  useEffect(() => {
    let cancelled = false;
    const probe = () => {
      api('health', {}, { timeoutMs: PROBE_TIMEOUT_MS })
        .then(() => {
          if (!cancelled) setRequestFailed(false);
        })
        .catch((err: unknown) => {
          if (!cancelled && err instanceof ApiRequestError && err.isNetwork) setRequestFailed(true);
        });
    };
    const id = setInterval(probe, requestFailed ? PROBE_OFFLINE_MS : PROBE_ONLINE_MS);
    return () => {
      cancelled = true;
      clearInterval(id);
    };
  }, [requestFailed]);
  return {
    // before the first connection the kiosk is only «connecting»: the menu loaded over REST
    offline: (everConnected && !connected) || requestFailed,
    reportNetworkFailure: () => setRequestFailed(true),
  };
}
