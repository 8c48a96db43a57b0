import { useEffect, useRef, useState } from 'react';

export function useIntervalEffect(fn: () => void, ms: number): void {
  const ref = useRef(fn);
  useEffect(() => {
    ref.current = fn;
  });
  useEffect(() => {
    const id = setInterval(() => ref.current(), ms);
    return () => clearInterval(id);
  }, [ms]);
}

/** Current time (ms), ticking; `skewMs` = server clock minus local clock. */
export function useNow(intervalMs = 1000, skewMs = 0): number {
  const [now, setNow] = useState(() => Date.now() + skewMs);
  useIntervalEffect(() => setNow(Date.now() + skewMs), intervalMs);
  return now;
}

/** Calls `onIdle` after `ms` without pointer, key or touch input (kiosk: back to the start). */
export function useIdle(ms: number, onIdle: () => void, active = true): void {
  const ref = useRef(onIdle);
  useEffect(() => {
    ref.current = onIdle;
  });
  useEffect(() => {
    if (!active) return undefined;
    let timer = setTimeout(() => ref.current(), ms);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => ref.current(), ms);
    };
    const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, reset);
    };
  }, [ms, active]);
}
