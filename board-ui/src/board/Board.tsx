// The hall board: header, the latest call huge beside the recent calls, waiting per letter;
// during an air-raid alert only the alert. Layout in board.css; fitting in fit.ts.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionBanner, audioAllowed, callKey, currentLanguage, localized } from '@cherha/ui-kit';
import { AlertScreen } from './AlertScreen';
import { BoardHeader } from './BoardHeader';
import { NowCalling } from './NowCalling';
import { RecentCalls } from './RecentCalls';
import { recentRows, waitingByPrefix } from './rows';
import { SoundOverlay } from './SoundOverlay';
import { useBoardFeed } from './useBoardFeed';
import { WaitingFooter } from './WaitingFooter';
import { useFitText } from './fit';

/** how many other calls of a burst are named under the big call (the list shows them all) */
const ALSO_MAX = 3;

/** `status`: small device states for the header's status corner (e.g. the voice status) */
export function Board({ token, branchId, recheck, status }: { token: string; branchId: number | null; recheck: () => void; status?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [soundOn, setSoundOn] = useState(() => audioAllowed());
  const { live, liveText, fresh } = useBoardFeed({ token, branchId, recheck, soundOn });
  const rootRef = useRef<HTMLDivElement>(null);
  useFitText(rootRef);

  const s = live.state;
  const calls = s?.calls ?? null;
  const rows = useMemo(() => recentRows(calls ?? []), [calls]);
  const byPrefix = useMemo(() => waitingByPrefix(s?.services ?? []), [s?.services]);
  const latest = calls?.[0] ?? null;
  // the burst besides the newest call (several windows in the same second), at most ALSO_MAX
  const alsoFresh = rows.filter((r) => r.ticketId !== latest?.ticketId && fresh.has(r.callKey)).slice(0, ALSO_MAX);
  const alert = s?.alert.active ?? false;

  return (
    <div ref={rootRef} className={`board${alert ? ' board--alert' : ''}`}>
      <ConnectionBanner connected={live.connected} everConnected={live.everConnected} />
      <BoardHeader title={s ? localized(s.branchName, lang) : t('board.title')} timeZone={s?.timeZone ?? null} clockSkewMs={live.clockSkewMs} status={status} />

      {alert ? <AlertScreen /> : null}

      <main className="board__main" hidden={alert}>
        <NowCalling latest={latest} fresh={latest !== null && fresh.has(callKey(latest))} alsoFresh={alsoFresh} clockSkewMs={live.clockSkewMs} />
        <RecentCalls rows={rows} fresh={fresh} />
      </main>

      {alert ? null : <WaitingFooter byPrefix={byPrefix} />}

      <div className="ck-visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="call-live">
        {liveText}
      </div>

      {soundOn ? null : <SoundOverlay onEnabled={() => setSoundOn(true)} />}
    </div>
  );
}
