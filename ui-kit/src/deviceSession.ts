// Kiosk and board: device token from the link or pairing, checked with /api/auth/me.
import { useCallback, useEffect, useState } from 'react';
import { ApiRequestError } from './api';
import { api } from './client';
import { loadDeviceIdentity, saveDeviceIdentity, type DeviceIdentity } from './device';
import type { PairResponse } from '@cherha/contracts';

export interface DeviceSession {
  token: string | null;
  branchId: number | null;
  /** store the result of POST /api/devices/pair */
  paired: (res: PairResponse) => void;
  /** the token may be revoked: check it again (on a socket auth error or a 401) */
  recheck: () => void;
}

export function useDeviceSession(app: string): DeviceSession {
  const [identity, setIdentity] = useState<DeviceIdentity>(() => loadDeviceIdentity(app));
  const [check, setCheck] = useState(0);
  const update = useCallback(
    (next: DeviceIdentity) => {
      saveDeviceIdentity(app, next);
      setIdentity(next);
    },
    [app],
  );
  const { token, branchId } = identity;
  useEffect(() => {
    if (!token) return undefined;
    let cancelled = false;
    api('me', {}, { token })
      .then((me) => {
        if (cancelled) return;
        if (me.kind === 'device' && me.device.branchId !== branchId) update({ token, branchId: me.device.branchId });
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiRequestError && err.status === 401) update({ token: null, branchId });
      });
    return () => {
      cancelled = true;
    };
  }, [token, branchId, check, update]);
  return {
    token,
    branchId,
    paired: useCallback((res: PairResponse) => update({ token: res.token, branchId: res.device.branchId }), [update]),
    recheck: useCallback(() => setCheck((n) => n + 1), []),
  };
}
