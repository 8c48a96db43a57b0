// Is the server reachable? The live socket says so most of the time; a request that failed on
// the network says so too (a proxy may drop REST while the socket lives). While a request has
// failed, /api/health is asked every few seconds, and the kiosk recovers by itself.
import { useEffect, useState } from 'react';
import { apiFetch } from '@cherha/ui-kit';

const PROBE_MS = 3000;

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
    if (!requestFailed) return undefined;
    let cancelled = false;
    const id = setInterval(() => {
      apiFetch('/api/health', { timeoutMs: PROBE_MS })
        .then(() => {
          if (!cancelled) setRequestFailed(false);
        })
        .catch(() => undefined);
    }, PROBE_MS);
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
