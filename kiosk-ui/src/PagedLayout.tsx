// A screen of tiles: its heading and notes, then the paged tiles filling the rest. In the
// low-reach mode the heading grows so that the first tile starts at the reach line (the
// lower half of the screen): nothing the visitor must touch is above it.
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { TileGrid, type TileItem } from './TileGrid';
import { useLowReach } from './useVisitorModes';

/** share of the screen's height above which the low-reach mode puts nothing to touch */
export const REACH_LINE = 0.5;

/**
 * The heading block of a screen. In the low-reach mode it grows so that what follows it (the
 * tiles, the keyboard) starts at the reach line.
 */
export function ReachHead({ children }: { children: ReactNode }) {
  const low = useLowReach();
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [measured, setMeasured] = useState(0);
  useLayoutEffect(() => {
    if (!low || !el) return undefined;
    const fit = () => setMeasured(Math.max(0, Math.ceil(window.innerHeight * REACH_LINE - el.getBoundingClientRect().top)));
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [low, el]);
  return (
    <div className="paged__head" ref={setEl} style={low ? { minHeight: measured } : undefined}>
      {children}
    </div>
  );
}

export function PagedLayout({ head, items, label, aside }: { head: ReactNode; items: TileItem[]; label: string; aside?: ReactNode }) {
  return (
    <div className="paged">
      <ReachHead>{head}</ReachHead>
      <TileGrid items={items} label={label} />
      {aside}
    </div>
  );
}
