// The visitor's own settings for this visit: large text with high contrast, and the low-reach
// layout (everything to take a ticket in the lower half of the screen, for a wheelchair user).
// Both are classes on <html> (the large text changes the root font size, so every rem grows)
// and both are reset when the visitor finishes or walks away (Kiosk.tsx goHome).
import { createContext, useContext, useEffect, useState } from 'react';

export interface VisitorModes {
  large: boolean;
  low: boolean;
  toggleLarge: () => void;
  toggleLow: () => void;
  reset: () => void;
}

export function useVisitorModes(): VisitorModes {
  const [large, setLarge] = useState(false);
  const [low, setLow] = useState(false);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('k-large', large);
    root.classList.toggle('k-low', low);
  }, [large, low]);
  useEffect(
    () => () => {
      document.documentElement.classList.remove('k-large', 'k-low');
    },
    [],
  );
  return {
    large,
    low,
    toggleLarge: () => setLarge((v) => !v),
    toggleLow: () => setLow((v) => !v),
    reset: () => {
      setLarge(false);
      setLow(false);
    },
  };
}

/** the low-reach mode, for screens that place their tiles below the reach line */
export const LowReachContext = createContext(false);

export const useLowReach = (): boolean => useContext(LowReachContext);
