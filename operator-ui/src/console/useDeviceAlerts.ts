// Device alerts (printer out of paper, a ticket not printed…) pushed to staff screens: the
// newest few listed, one live region that speaks each, and a counter others refresh on.
import { useCallback, useState } from 'react';
import type { DeviceAlert } from '@cherha/contracts';

const MAX_DEVICE_ALERTS = 8;

export type AlertItem = DeviceAlert & { key: number };

export const isPrintFailure = (a: DeviceAlert) => a.ticketId !== undefined && (a.kind === 'print_failed' || a.kind === 'print_uncertain');

export function useDeviceAlerts() {
  const [items, setItems] = useState<AlertItem[]>([]);
  const [count, setCount] = useState(0);
  const [lastAlert, setLastAlert] = useState('');
  const onDeviceAlert = useCallback((a: DeviceAlert) => {
    setCount((n) => n + 1);
    setItems((list) => [{ ...a, key: Date.now() + Math.random() }, ...list].slice(0, MAX_DEVICE_ALERTS));
    // a changing text makes screen readers speak again even when the same message repeats
    setLastAlert((prev) => (prev === a.message ? `${a.message}\u00a0` : a.message));
  }, []);
  const dismiss = useCallback((key: number) => setItems((list) => list.filter((x) => x.key !== key)), []);
  const dismissAll = useCallback(() => setItems([]), []);
  return { items, count, lastAlert, onDeviceAlert, dismiss, dismissAll };
}
