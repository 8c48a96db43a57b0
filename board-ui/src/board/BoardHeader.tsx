// The top line: the centre's name, a small status corner, the branch's clock. No language
// toggle: nobody touches a hall TV (the language comes from the address, see ../language.ts).
import type { ReactNode } from 'react';
import { formatClock, useNow } from '@cherha/ui-kit';

export function BoardHeader({ title, timeZone, clockSkewMs, status }: { title: string; timeZone: string | null; clockSkewMs: number; status?: ReactNode }) {
  return (
    <header className="board__header">
      <h1 className="board__branch" data-fit>
        {title}
      </h1>
      {/* room for small device states (e.g. "no voice available"): seen by a technician, not in the visitors' way */}
      <div className="board__status">{status}</div>
      <Clock timeZone={timeZone} clockSkewMs={clockSkewMs} />
    </header>
  );
}

/** the branch's time, whatever zone the board PC is set to (shown once the server told us the zone) */
function Clock({ timeZone, clockSkewMs }: { timeZone: string | null; clockSkewMs: number }) {
  // ticks on its own: the rest of the board does not redraw every second
  const now = useNow(1000, clockSkewMs);
  return (
    <time className="board__clock" dateTime={new Date(now).toISOString()}>
      {timeZone ? formatClock(now, timeZone) : ''}
    </time>
  );
}
