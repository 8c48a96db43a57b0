// The board's live feed and what the hall hears: snapshot + deltas from the server, every new
// call spoken once in the order it was made, the alert and the all-clear spoken at once,
// backlogs after a lost link shown but never spoken.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardDelta, BoardSnapshot, CallView } from '@cherha/contracts';
import { ALERT_PHRASE_UK, ALL_CLEAR_PHRASE_UK, AnnouncementQueue, type LiveState, callKey, currentLanguage, ticketCallPhraseUk, ticketCallText, useLiveState } from '@cherha/ui-kit';
import { inCallOrder } from './rows';

/**
 * A call missed while the board was offline is announced after the reconnect only if it is
 * this fresh: a visitor called minutes ago is at the window (or gone); speaking a backlog of
 * old calls would send people to the wrong windows. Older calls are shown, never spoken.
 */
const LATE_ANNOUNCE_MS = 5_000;
/** never more than this many missed calls are spoken after a reconnect */
const LATE_ANNOUNCE_MAX = 2;
/** how long the calls just made stay marked on the board (the frame flashes, rows stay yellow) */
export const HIGHLIGHT_MS = 12_000;
/** calls announced within this time of each other are read out together by screen readers */
const BURST_MS = 3_000;
/**
 * A drop this large in (server time − local time) is the server's clock being set back, not a
 * late message: a link down for longer than socket.io's ping timeout (45 s) ends in a
 * reconnect and a fresh snapshot anyway.
 */
const CLOCK_JUMP_MS = 60_000;

export interface BoardFeed {
  live: LiveState<BoardSnapshot>;
  /** text of the aria-live region: the calls just made, in call order */
  liveText: string;
  /** callKeys of the calls announced in the last HIGHLIGHT_MS (several in one second: all of them) */
  fresh: ReadonlySet<string>;
}

export function useBoardFeed(opts: { token: string; branchId: number | null; recheck: () => void; soundOn: boolean }): BoardFeed {
  const { i18n } = useTranslation();
  const soundRef = useRef(opts.soundOn);
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
  const burst = useRef<{ at: number; text: string }[]>([]);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    soundRef.current = opts.soundOn;
  }, [opts.soundOn]);
  useEffect(() => () => announcer.clear(), [announcer]);

  /** `calls` oldest first: the hall hears them in the order the windows called */
  const announce = (calls: CallView[]) => {
    const todo = calls.filter((c) => !announced.current.has(callKey(c)));
    if (todo.length === 0) return;
    for (const c of todo) {
      announced.current.add(callKey(c));
      if (soundRef.current) announcer.enqueue({ text: ticketCallPhraseUk(c.number, c.windowLabel, { recall: c.recall }), lang: 'uk-UA' });
    }
    if (announced.current.size > 500) announced.current = new Set([...announced.current].slice(-200));
    // calls a moment apart (several windows in the same second) arrive as separate messages: the
    // region says them together, so a screen reader cut short by the next one loses none
    const at = Date.now();
    burst.current = [...burst.current.filter((b) => at - b.at < BURST_MS), ...todo.map((c) => ({ at, text: ticketCallText(c.number, c.windowLabel, currentLanguage(i18n), c.recall) }))];
    const next = burst.current.map((b) => b.text).join('. ');
    // a changing text makes screen readers speak again even when the same call repeats
    setLiveText((prev) => (prev === next ? `${next}\u00a0` : next));
    setFresh((prev) => new Set([...prev, ...todo.map(callKey)]));
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
      // a delta lists its calls in the order they were made; the sort is stable
      announce([...d.calls].filter((c) => !late.includes(c)).sort((a, b) => a.calledAt.localeCompare(b.calledAt)));
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
    const late = s.calls.filter((c) => !announced.current.has(callKey(c)));
    // the newest of the missed calls, at most LATE_ANNOUNCE_MAX, spoken oldest first
    const speak = late.filter((c) => serverNow - Date.parse(c.calledAt) < LATE_ANNOUNCE_MS).slice(0, LATE_ANNOUNCE_MAX);
    // the rest were missed for too long: shown in the list, marked as heard, never spoken
    for (const c of late) if (!speak.includes(c)) announced.current.add(callKey(c));
    announce(inCallOrder(speak));
  };

  const live = useLiveState<BoardSnapshot>({
    view: 'board',
    token: opts.token,
    branchId: opts.branchId,
    enabled: opts.branchId !== null,
    onDelta,
    onSnapshot,
    onAuthError: opts.recheck,
  });

  // the marks fade together HIGHLIGHT_MS after the last call of a burst
  useEffect(() => {
    if (fresh.size === 0) return undefined;
    const id = setTimeout(() => setFresh(new Set()), HIGHLIGHT_MS);
    return () => clearTimeout(id);
  }, [fresh]);

  return { live, liveText, fresh };
}
