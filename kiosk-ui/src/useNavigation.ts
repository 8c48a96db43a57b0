// The visitor's path through the kiosk: a stack of screens (home at the bottom) and the
// priority category chosen on the way. «Назад» pops, «На початок» clears both. Only state
// here: Kiosk.tsx adds what leaving a screen also stops (reading aloud, a pending issue).
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import type { PriorityCategory } from '@cherha/contracts';
import { HOME, type Screen } from './screens';

export interface KioskNav {
  stack: Screen[];
  /** the screen on top */
  screen: Screen;
  priority: PriorityCategory | null;
  setPriority: (p: PriorityCategory | null) => void;
  setStack: Dispatch<SetStateAction<Screen[]>>;
  push: (s: Screen) => void;
  /** one step back; on the start screen it drops the chosen priority */
  back: () => void;
  /** the start screen, no priority */
  goHome: () => void;
}

export function useNavigation(): KioskNav {
  const [stack, setStack] = useState<Screen[]>([HOME]);
  const [priority, setPriority] = useState<PriorityCategory | null>(null);
  const screen = stack[stack.length - 1] ?? HOME;
  const goHome = useCallback(() => {
    setStack([HOME]);
    setPriority(null);
  }, []);
  const push = useCallback((s: Screen) => setStack((st) => [...st, s]), []);
  const back = () => {
    if (stack.length > 1) setStack(stack.slice(0, -1));
    else setPriority(null);
  };
  return { stack, screen, priority, setPriority, setStack, push, back, goHome };
}
