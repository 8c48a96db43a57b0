import { useEffect, useState } from 'react';

/** The path in the address hash ("#/admin/devices" → "/admin/devices"), following Back/Forward. */
const read = (): string => (typeof window === 'undefined' ? '/' : window.location.hash.replace(/^#/, '') || '/');

export function useHashRoute(): string {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const on = () => setRoute(read());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
