// How many rows of the recent-calls table fit completely in its box: a row cut in half at the
// bottom of a TV reads as a different number («Р01…»). Rows are one line each (their text is
// fitted, never wrapped), so they share one height and the count follows from the box.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** the table is drawn with this many rows before it was measured: enough to measure one */
const FIRST_GUESS = 1;

/** `box`: the element the table must fit in (its height is set by the layout, not by the table). */
export function useRowCapacity(boxRef: RefObject<HTMLElement | null>, hasRows: boolean): number {
  const [fit, setFit] = useState(FIRST_GUESS);
  /** px per row as last measured in this box's px per rem: kept for when no row is drawn (capacity 0) */
  const rowRem = useRef<number | null>(null);
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box || !hasRows) return undefined;
    const measure = () => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const row = box.querySelector('tbody tr');
      if (row) rowRem.current = row.getBoundingClientRect().height / rem;
      if (!rowRem.current) return;
      const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      // 1 px spare: borders collapse into rows and round differently at each size
      setFit(Math.max(0, Math.floor((box.clientHeight - head - 1) / (rowRem.current * rem))));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(measure);
    ro.observe(box);
    return () => ro.disconnect();
  }, [boxRef, hasRows]);
  return fit;
}
