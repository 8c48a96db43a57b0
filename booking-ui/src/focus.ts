// Each choice on the booking page replaces the part of the page the visitor was on, so the
// button they tapped disappears and focus would fall to <body>: a screen reader then says
// nothing and a keyboard starts again at the top. The new step's heading takes the focus
// instead (tabIndex -1), and the page's one live region says which step this is.
import { useEffect, useRef } from 'preact/hooks';

/** the first step shown when the page opens is not focused: the visitor has chosen nothing yet */
let pageOpened = false;

/** the live region in App (aria-live="polite"); its text is set here, never by rendering */
export const LIVE_ID = 'step-live';

export function announce(text: string): void {
  const live = document.getElementById(LIVE_ID);
  if (live) live.textContent = text;
}

/**
 * A ref for a step's heading: each time `key` changes to a value (a new step, a day chosen),
 * the heading is focused and `text` announced. `key` null: nothing to show yet.
 */
export function useStepFocus<T extends HTMLElement>(key: string | null, text: string) {
  const ref = useRef<T>(null);
  // the words follow the language; only a new key moves the focus
  const shownRef = useRef<string | null>(null);
  useEffect(() => {
    if (key === null || !ref.current || shownRef.current === key) return;
    shownRef.current = key;
    if (!pageOpened) {
      pageOpened = true;
      return;
    }
    ref.current.focus();
    announce(text);
  }, [key, text]);
  return ref;
}
