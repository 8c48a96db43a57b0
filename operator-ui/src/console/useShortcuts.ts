// The console's keys: one listener for the page's life, always calling the newest `act`.
// Keys are ignored while typing in a field or while a dialog is open.
import { useEffect, useRef } from 'react';
import { SHORTCUTS, type Action } from './actions';

export function useShortcuts(act: (a: Action) => void): void {
  const actRef = useRef(act);
  useEffect(() => {
    actRef.current = act;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.closest('input, select, textarea, [contenteditable="true"]') || target.closest('dialog[open]'))) return;
      if (document.querySelector('dialog[open]')) return;
      const sc = SHORTCUTS.find((s) => s.code === e.code);
      if (!sc) return;
      e.preventDefault();
      actRef.current(sc.action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
