import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardDelta, BoardSnapshot, CallView, ServiceLoad } from '@cherha/contracts';
import {
  ALERT_PHRASE_UK,
  ALL_CLEAR_PHRASE_UK,
  AnnouncementQueue,
  ConnectionBanner,
  LanguageToggle,
  PairingScreen,
  audioAllowed,
  callKey,
  currentLanguage,
  formatClock,
  localized,
  ticketCallPhraseUk,
  ticketCallText,
  unlockAudio,
  useDeviceSession,
  useLiveState,
  useNow,
} from '@cherha/ui-kit';

const RECENT_ROWS = 8;
/**
 * A call missed while the board was offline is announced after the reconnect only if it is
 * this fresh: a visitor called minutes ago is at the window (or gone); speaking a backlog of
 * old calls would send people to the wrong windows. Older calls are shown, never spoken.
 */
const LATE_ANNOUNCE_MS = 5_000;
/** never more than this many missed calls are spoken after a reconnect */
const LATE_ANNOUNCE_MAX = 2;
const HIGHLIGHT_MS = 12_000;
/**
 * A drop this large in (server time − local time) is the server's clock being set back, not a
 * late message: a link down for longer than socket.io's ping timeout (45 s) ends in a
 * reconnect and a fresh snapshot anyway.
 */
const CLOCK_JUMP_MS = 60_000;

export function App() {
  const session = useDeviceSession('board');
  if (!session.token) {
    return (
      <div className="board board--pairing">
        <PairingScreen onPaired={session.paired}>
          <LanguageToggle />
        </PairingScreen>
      </div>
    );
  }
  return <Board key={session.token} token={session.token} branchId={session.branchId} recheck={session.recheck} />;
}

/** Waiting visitors per ticket letter: what a visitor holding «Р015» looks for. */
function waitingByPrefix(services: ServiceLoad[]): { prefix: string; waiting: number }[] {
  const m = new Map<string, number>();
  for (const x of services) m.set(x.prefix, (m.get(x.prefix) ?? 0) + x.waiting);
  return [...m.entries()].map(([prefix, waiting]) => ({ prefix, waiting })).sort((a, b) => a.prefix.localeCompare(b.prefix, 'uk'));
}

function Board({ token, branchId, recheck }: { token: string; branchId: number | null; recheck: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [soundOn, setSoundOn] = useState(() => audioAllowed());
  const soundRef = useRef(soundOn);
  const announcer = useMemo(() => new AnnouncementQueue(), []);
  const announced = useRef(new Set<string>());
  const firstSnapshot = useRef(true);
  /**
   * server clock minus this PC's clock, from the least delayed message since the last snapshot.
   * A link that drops without the connection ending (a switch restarting) delivers the deltas
   * of the meantime in one burst, late: their calls are judged by when they arrive, not by
   * when they were sent, so a backlog is shown but never spoken.
   */
  const skew = useRef(0);
  const observeClock = (serverTime: string, rebase: boolean) => {
    const seen = Date.parse(serverTime) - Date.now();
    if (rebase || seen > skew.current || skew.current - seen > CLOCK_JUMP_MS) skew.current = seen;
  };
  const [liveText, setLiveText] = useState('');
  const [highlightKey, setHighlightKey] = useState<string | null>(null);

  useEffect(() => {
    soundRef.current = soundOn;
  }, [soundOn]);
  useEffect(() => () => announcer.clear(), [announcer]);

  const announce = (calls: CallView[]) => {
    const fresh = calls.filter((c) => !announced.current.has(callKey(c))).sort((a, b) => a.calledAt.localeCompare(b.calledAt));
    if (fresh.length === 0) return;
    for (const c of fresh) {
      announced.current.add(callKey(c));
      if (soundRef.current) announcer.enqueue({ text: ticketCallPhraseUk(c.number, c.windowLabel, { recall: c.recall }), lang: 'uk-UA' });
    }
    if (announced.current.size > 500) announced.current = new Set([...announced.current].slice(-200));
    const last = fresh[fresh.length - 1] as CallView;
    const texts = fresh.map((c) => ticketCallText(c.number, c.windowLabel, currentLanguage(i18n), c.recall));
    // a changing text makes screen readers speak again even when the same call repeats
    setLiveText((prev) => {
      const next = texts.join('. ');
      return prev === next ? `${next}\u00a0` : next;
    });
    setHighlightKey(callKey(last));
  };

  // the hall hears the alert and the all-clear too (the screen shows them)
  const alertWas = useRef<boolean | null>(null);
  const alertChanged = (active: boolean) => {
    const before = alertWas.current;
    alertWas.current = active;
    if (before === null || before === active || !soundRef.current) return;
    // the hall must hear "go to the shelter" now, not after the calls still queued
    announcer.interrupt({ text: active ? ALERT_PHRASE_UK : ALL_CLEAR_PHRASE_UK, lang: 'uk-UA' });
  };

  const onDelta = (d: BoardDelta) => {
    if (d.alert) alertChanged(d.alert.active);
    observeClock(d.serverTime, false);
    if (d.calls && d.calls.length > 0) {
      const serverNow = Date.now() + skew.current;
      const late = d.calls.filter((c) => serverNow - Date.parse(c.calledAt) >= LATE_ANNOUNCE_MS);
      // arrived too late to send anyone to a window: shown in the list, never spoken
      for (const c of late) announced.current.add(callKey(c));
      announce(d.calls.filter((c) => !late.includes(c)));
    }
  };
  const onSnapshot = (s: BoardSnapshot) => {
    observeClock(s.serverTime, true);
    alertChanged(s.alert.active);
    if (firstSnapshot.current) {
      firstSnapshot.current = false;
      for (const c of s.calls) announced.current.add(callKey(c));
      return;
    }
    const serverNow = Date.parse(s.serverTime);
    const late = s.calls
      .filter((c) => !announced.current.has(callKey(c)))
      .sort((a, b) => b.calledAt.localeCompare(a.calledAt));
    const speak = late.filter((c) => serverNow - Date.parse(c.calledAt) < LATE_ANNOUNCE_MS).slice(0, LATE_ANNOUNCE_MAX);
    // the rest were missed for too long: shown in the list, marked as heard, never spoken
    for (const c of late) if (!speak.includes(c)) announced.current.add(callKey(c));
    announce(speak);
  };

  const live = useLiveState<BoardSnapshot>({
    view: 'board',
    token,
    branchId,
    enabled: branchId !== null,
    onDelta,
    onSnapshot,
    onAuthError: recheck,
  });

  useEffect(() => {
    if (!highlightKey) return undefined;
    const id = setTimeout(() => setHighlightKey(null), HIGHLIGHT_MS);
    return () => clearTimeout(id);
  }, [highlightKey]);

  const now = useNow(1000, live.clockSkewMs);
  const s = live.state;
  const calls = s?.calls ?? [];
  const latest = calls[0] ?? null;
  const recent = calls.slice(0, RECENT_ROWS);
  const byPrefix = waitingByPrefix(s?.services ?? []);
  const alert = s?.alert.active ?? false;

  return (
    <div className={`board${alert ? ' board--alert' : ''}`}>
      <ConnectionBanner connected={live.connected} everConnected={live.everConnected} />
      <header className="board__header">
        <h1 className="board__branch">{s ? localized(s.branchName, lang) : t('board.title')}</h1>
        <LanguageToggle className="board__lang" />
        {/* the branch's time, whatever zone the board PC is set to (shown once the server told us the zone) */}
        <time className="board__clock" dateTime={new Date(now).toISOString()}>
          {s ? formatClock(now, s.timeZone) : ''}
        </time>
      </header>

      {alert ? (
        <div className="board__alert" role="alert">
          <p className="board__alert-title">
            <span aria-hidden="true">⚠ </span>
            {t('common.alertTitle')}
          </p>
          <p className="board__alert-text">{t('common.alertText')}</p>
          <p className="board__alert-other" lang={lang === 'uk' ? 'en' : 'uk'}>
            {lang === 'uk' ? 'Air-raid alert! Please go to the shelter.' : 'Повітряна тривога! Пройдіть до укриття.'}
          </p>
        </div>
      ) : null}

      <main className="board__main" hidden={alert}>
        <section className={`now${latest && highlightKey === callKey(latest) ? ' now--fresh' : ''}`} aria-labelledby="now-title">
          <h2 id="now-title" className="now__title">
            {latest?.recall ? t('board.recall') : t('board.nowCalling')}
          </h2>
          {latest ? (
            <p className="now__call" aria-label={t('board.arrowLabel', { number: latest.number, window: latest.windowLabel })}>
              <span className="now__number">{latest.number}</span>
              <span className="now__arrow" aria-hidden="true">
                →
              </span>
              <span className="now__window">
                <span className="now__window-word">{t('board.windowWord')}</span>
                <span className="now__window-label">{latest.windowLabel}</span>
              </span>
            </p>
          ) : (
            <p className="now__empty">{t('board.noCalls')}</p>
          )}
        </section>

        <section className="recent" aria-labelledby="recent-title">
          <h2 id="recent-title" className="recent__title">
            {t('board.recentCalls')}
          </h2>
          <table className="recent__table">
            <thead>
              <tr>
                <th scope="col">{t('board.ticketCol')}</th>
                <th scope="col" className="recent__arrow-col">
                  <span className="ck-visually-hidden">→</span>
                </th>
                <th scope="col">{t('board.windowCol')}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((c) => (
                <tr key={callKey(c)} className={c === latest ? 'recent--latest' : undefined}>
                  <td className="recent__number">{c.number}</td>
                  <td className="recent__arrow" aria-hidden="true">
                    →
                  </td>
                  <td className="recent__window">{c.windowLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </main>

      {byPrefix.length > 0 && !alert ? (
        <footer className="board__footer" aria-labelledby="waiting-title">
          <h2 id="waiting-title" className="board__footer-title">
            {t('board.waitingTitle')}:
          </h2>
          <ul className="waiting" role="list">
            {byPrefix.map((x) => (
              <li key={x.prefix} className="waiting__item" data-prefix={x.prefix}>
                <span className="waiting__prefix">{x.prefix}</span>
                <span className="waiting__count">{x.waiting}</span>
              </li>
            ))}
          </ul>
        </footer>
      ) : null}

      <div className="ck-visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="call-live">
        {liveText}
      </div>

      {!soundOn ? (
        <div className="sound-overlay">
          <button
            type="button"
            className="sound-overlay__button"
            onClick={() => {
              void unlockAudio();
              setSoundOn(true);
            }}
          >
            {t('board.soundOn')}
          </button>
          <p className="sound-overlay__hint">{t('board.soundHint')}</p>
        </div>
      ) : null}
    </div>
  );
}
