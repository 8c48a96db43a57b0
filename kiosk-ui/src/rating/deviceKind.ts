// Which kind of device this paired token belongs to: a kiosk shows the menu, a rating
// terminal its rating screen. The last answer is kept so a restart without the server still
// comes up as what it was.
import { useEffect, useState } from 'react';
import type { DeviceKind } from '@cherha/contracts';
import { api, readStored, writeStored } from '@cherha/ui-kit';

const KEY = 'cherha.kiosk.kind';

export function useDeviceKind(token: string | null): DeviceKind | 'unknown' {
  const [kind, setKind] = useState<DeviceKind | 'unknown'>(() => (readStored(KEY) as DeviceKind | null) ?? 'unknown');
  useEffect(() => {
    if (!token) return undefined;
    let cancelled = false;
    api('me', {}, { token })
      .then((me) => {
        if (cancelled || me.kind !== 'device') return;
        writeStored(KEY, me.device.kind);
        setKind(me.device.kind);
      })
      .catch(() => {
        // no answer: stay with what was known; a first start without the server is a kiosk
        if (!cancelled) setKind((k) => (k === 'unknown' ? 'kiosk' : k));
      });
    return () => {
      cancelled = true;
    };
  }, [token]);
  return kind;
}
