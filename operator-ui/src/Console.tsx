import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS_BY_STATUS, type Delta, type TicketAction, type DeviceAlert, type OperatorSnapshot, type ReprintResponse, type TicketView, type User, type Window, type WindowState } from '@cherha/contracts';
import {
  ApiRequestError,
  ConnectionBanner,
  ErrorAlert,
  apiFetch,
  currentLanguage,
  deltaTouchesWindowQueue,
  errorMessage,
  formatClock,
  formatDuration,
  isOperatorSnapshot,
  localized,
  readStored,
  useLiveState,
  useNow,
  writeStored,
} from '@cherha/ui-kit';
import { Topbar } from './Topbar';
import { TransferDialog } from './TransferDialog';
import { SupervisorPanel } from './SupervisorPanel';
import { MyRatingsPanel } from './ratings/MyRatingsPanel';
import { PrintersPanel } from './PrintersPanel';
import { WINDOW_QUEUE_LIMIT, useWindowQueue } from './useWindowQueue';

export interface ConsoleProps {
  user: User;
  branchId: number;
  onLogout: () => void;
  recheck: () => void;
  onChangeBranch?: () => void;
}

type Action = 'callNext' | 'recall' | 'start' | 'finish' | 'noShow' | 'transfer' | 'postpone' | 'pause';

/** Physical keys (KeyboardEvent.code): the same key in the Ukrainian and English layouts. */
export const SHORTCUTS: { action: Action; code: string; key: string; keyUk: string }[] = [
  { action: 'callNext', code: 'KeyN', key: 'N', keyUk: 'Т' },
  { action: 'recall', code: 'KeyR', key: 'R', keyUk: 'К' },
  { action: 'start', code: 'KeyS', key: 'S', keyUk: 'І' },
  { action: 'finish', code: 'KeyF', key: 'F', keyUk: 'А' },
  { action: 'noShow', code: 'KeyX', key: 'X', keyUk: 'Ч' },
  { action: 'transfer', code: 'KeyT', key: 'T', keyUk: 'Е' },
  { action: 'postpone', code: 'KeyP', key: 'P', keyUk: 'З' },
  { action: 'pause', code: 'KeyB', key: 'B', keyUk: 'И' },
];

const windowKey = (branchId: number) => `cherha.operator.window.${branchId}`;

/** tickets recently at this window, newest first (reprint a ticket the visitor lost or that did not print) */
const RECENT_AT_WINDOW = 5;
const MAX_DEVICE_ALERTS = 8;

type AlertItem = DeviceAlert & { key: number };

const isPrintFailure = (a: DeviceAlert) => a.ticketId !== undefined && (a.kind === 'print_failed' || a.kind === 'print_uncertain');

export function Console({ user, branchId, onLogout, recheck, onChangeBranch }: ConsoleProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [windowId, setWindowId] = useState<number | null>(() => {
    const v = Number(readStored(windowKey(branchId)));
    return Number.isInteger(v) && v > 0 ? v : null;
  });
  const [windows, setWindows] = useState<Window[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [transferOpen, setTransferOpen] = useState(false);
  const [deviceAlerts, setDeviceAlerts] = useState<AlertItem[]>([]);
  const [alertCount, setAlertCount] = useState(0);
  const [lastAlert, setLastAlert] = useState('');
  const [recent, setRecent] = useState<TicketView[]>([]);
  const [reprinting, setReprinting] = useState<number | null>(null);
  const isSupervisor = user.role === 'supervisor' || user.role === 'admin';

  const onDeviceAlert = (a: DeviceAlert) => {
    setAlertCount((n) => n + 1);
    setDeviceAlerts((list) => [{ ...a, key: Date.now() + Math.random() }, ...list].slice(0, MAX_DEVICE_ALERTS));
    // a changing text makes screen readers speak again even when the same message repeats
    setLastAlert((prev) => (prev === a.message ? `${a.message}\u00a0` : a.message));
  };
  // every ticket that becomes current at this window joins the recent list; the deltas keep
  // the listed tickets' status up to date (finished, no-show…)
  const track = (windows: readonly WindowState[] | undefined, tickets: readonly TicketView[] | undefined) => {
    const mine = windows?.find((w) => w.id === windowId)?.current ?? null;
    const changed = new Map((tickets ?? []).map((x) => [x.id, x]));
    if (!mine && changed.size === 0) return;
    setRecent((list) => {
      let next = changed.size > 0 && list.some((r) => changed.has(r.id)) ? list.map((r) => changed.get(r.id) ?? r) : list;
      if (mine) next = [mine, ...next.filter((r) => r.id !== mine.id)].slice(0, RECENT_AT_WINDOW + 1);
      return next;
    });
  };

  // «Черга до вікна» in the order call-next will call it (the server's strategy)
  const configKey = (windows?.find((w) => w.id === windowId)?.services ?? []).map((s) => `${s.serviceId}:${s.level}`).join(',');
  const windowQueue = useWindowQueue(windowId, configKey, recheck);
  const onQueueDelta = (d: Delta) => {
    if (windowId === null) return;
    windowQueue.prune(d.tickets ?? []);
    const cfg = windows?.find((w) => w.id === windowId);
    const scope = {
      windowId,
      serviceIds: cfg ? new Set(cfg.services.map((s) => s.serviceId)) : null,
      listed: new Set((windowQueue.tickets ?? []).map((q) => q.id)),
      strategy: live.state?.strategy,
    };
    if (deltaTouchesWindowQueue(d, scope)) windowQueue.refresh();
  };

  const live = useLiveState<OperatorSnapshot>({
    view: 'operator',
    branchId,
    onAuthError: recheck,
    // the server drops a person's screens when an admin edits them: role or access may have changed
    onServerDisconnect: recheck,
    onDeviceAlert,
    onDelta: (d) => {
      // staff screens always get the full delta; the board's smaller one has nothing to track
      if (!('tickets' in d)) return;
      track(d.windows, d.tickets);
      onQueueDelta(d);
    },
    onSnapshot: (sn) => {
      if (isOperatorSnapshot(sn)) track(sn.windows, undefined);
      windowQueue.refreshNow();
    },
  });
  const snap = live.state;

  // window configuration (which services a window serves) is not in the live snapshot
  useEffect(() => {
    let cancelled = false;
    apiFetch<Window[]>(`/api/branches/${branchId}/windows`)
      .then((list) => {
        if (!cancelled) setWindows(list.filter((w) => w.active));
      })
      .catch(() => {
        if (!cancelled) setWindows(null);
      });
    return () => {
      cancelled = true;
    };
  }, [branchId, live.everConnected]);

  const myWindow = snap?.windows.find((w) => w.id === windowId) ?? null;
  const myConfig = windows?.find((w) => w.id === windowId) ?? null;
  const current = myWindow?.current ?? null;
  const serviceIds = useMemo(() => new Set((myConfig?.services ?? []).map((s) => s.serviceId)), [myConfig]);
  const services = useMemo(() => new Map((snap?.services ?? []).map((s) => [s.serviceId, s])), [snap]);
  const serviceName = (id: number) => localized(services.get(id)?.name, lang);

  const forMe = (q: TicketView) => (q.targetWindowId !== null ? q.targetWindowId === windowId : myConfig === null || serviceIds.has(q.serviceId));
  const queue = windowQueue.tickets ?? [];
  const postponed = (snap?.queue ?? []).filter((q) => q.status === 'postponed' && (q.windowId === windowId || forMe(q)));
  // the list is the whole queue when shorter than a page; past that, the services' counts tell
  const waitingForWindow =
    queue.length < WINDOW_QUEUE_LIMIT ? queue.length : Math.max(queue.length, [...serviceIds].reduce((n, id) => n + (services.get(id)?.waiting ?? 0), 0));

  const run = useCallback(
    async (what: string, path: string, body?: unknown, number?: string) => {
      setBusy(true);
      setError(null);
      try {
        const res = await apiFetch<{ ticket?: TicketView & { number: string } }>(path, { method: 'POST', body });
        const n = res?.ticket?.number ?? number ?? '';
        setStatus(t('op.done', { what, number: n }));
        return true;
      } catch (err) {
        if (err instanceof ApiRequestError && err.status === 401) recheck();
        setError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('errors.NETWORK') : errorMessage(err));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [recheck, t, setError, setStatus],
  );

  /** POST /api/tickets/:id/reprint: the server prints on the kiosk that issued the ticket */
  const reprint = async (ticket: { id: number; number: string }) => {
    setReprinting(ticket.id);
    setError(null);
    try {
      const res = await apiFetch<ReprintResponse>(`/api/tickets/${ticket.id}/reprint`, { method: 'POST', body: {} });
      if (res.print.status === 'queued') setStatus(t('op.reprintQueued', { number: ticket.number }));
      else if (res.print.status === 'unavailable') setError(t('op.reprintUnavailable', { number: ticket.number, message: res.print.message ?? '' }));
      else setError(t('op.reprintNone', { number: ticket.number }));
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 401) recheck();
      setError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('errors.NETWORK') : errorMessage(err));
    } finally {
      setReprinting(null);
    }
  };

  // the server refuses calls during an air-raid alert: so do the buttons and keys
  const alertActive = snap?.alert.active ?? false;
  // which state allows what: the server's own table (contracts/src/transitions.ts)
  const allowedNow: readonly TicketAction[] = current ? ACTIONS_BY_STATUS[current.status] : [];
  const can: Record<Action, boolean> = {
    callNext: !!myWindow && !myWindow.paused && !current && !alertActive,
    recall: allowedNow.includes('recall') && !alertActive,
    start: allowedNow.includes('start'),
    finish: allowedNow.includes('finish'),
    noShow: allowedNow.includes('noShow'),
    transfer: allowedNow.includes('transfer'),
    postpone: allowedNow.includes('postpone'),
    pause: !!myWindow,
  };

  const act = (action: Action) => {
    if (busy || !can[action] || windowId === null) return;
    const label = actionLabel(action, !!myWindow?.paused, t);
    switch (action) {
      case 'callNext':
        void run(label, `/api/windows/${windowId}/call-next`).then((ok) => ok && setSelected(null));
        break;
      case 'pause':
        void run(label, `/api/windows/${windowId}/${myWindow?.paused ? 'resume' : 'pause'}`);
        break;
      case 'transfer':
        setTransferOpen(true);
        break;
      default:
        if (current) {
          const path = { recall: 'recall', start: 'start', finish: 'finish', noShow: 'no-show', postpone: 'postpone' }[action];
          void run(label, `/api/tickets/${current.id}/${path}`, undefined, current.number);
        }
    }
  };
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

  const chooseWindow = (id: number | null) => {
    if (windowId !== null && id !== windowId && myWindow?.operatorId === user.id && !current) {
      void apiFetch(`/api/windows/${windowId}/leave`, { method: 'POST' }).catch(() => undefined);
    }
    writeStored(windowKey(branchId), id === null ? null : String(id));
    setWindowId(id);
    const here = snap?.windows.find((w) => w.id === id)?.current;
    setRecent(here ? [here] : []);
    setSelected(null);
    setError(null);
    setStatus('');
  };

  const now = useNow(1000, live.clockSkewMs);
  const header = (
    <Topbar
      branchName={snap ? localized(snap.branchName, lang) : ''}
      user={user}
      onChangeBranch={onChangeBranch}
      onLogout={onLogout}
      beforeUser={
        <time className="topbar__clock" dateTime={new Date(now).toISOString()}>
          {snap ? formatClock(now, snap.timeZone) : ''}
        </time>
      }
    >
      {myWindow ? (
        <span className="topbar__window">
          {t('op.windowN', { label: myWindow.label })}{' '}
          <button type="button" className="btn btn--small" onClick={() => chooseWindow(null)}>
            {t('op.changeWindow')}
          </button>
        </span>
      ) : null}
      {isSupervisor ? (
        <a className="btn btn--small topbar__link" href="#/ratings">
          {t('rat.open')}
        </a>
      ) : null}
      {isSupervisor ? (
        <a className="btn btn--small topbar__link" href="#/reports">
          {t('rep.open')}
        </a>
      ) : null}
      {user.role === 'admin' ? (
        <a className="btn btn--small topbar__link" href="#/admin/devices">
          {t('adm.open')}
        </a>
      ) : null}
    </Topbar>
  );

  if (!snap) {
    return (
      <div className="app">
        <ConnectionBanner connected={live.connected} everConnected={live.everConnected} />
        {header}
        <main className="centered">
          <p role="status">{t('op.loading')}</p>
        </main>
      </div>
    );
  }

  if (!myWindow) {
    return (
      <div className="app">
        <ConnectionBanner connected={live.connected} everConnected={live.everConnected} />
        {header}
        <main className="picker">
          <h1>{t('op.chooseWindow')}</h1>
          <p>{t('op.chooseWindowIntro')}</p>
          <ul className="picker__grid">
            {snap.windows.map((w) => {
              const cfg = windows?.find((x) => x.id === w.id);
              const taken = w.operatorId !== null && w.operatorId !== user.id;
              return (
                <li key={w.id}>
                  <button type="button" className={`btn picker__window${taken ? ' picker__window--taken' : ''}`} onClick={() => chooseWindow(w.id)}>
                    <span className="picker__label">{t('op.windowN', { label: w.label })}</span>
                    {cfg?.name ? <span className="picker__name">{cfg.name}</span> : null}
                    <span className="picker__state">
                      {taken ? t('op.windowBusy', { name: w.operatorName ?? '' }) : t('op.windowFree')}
                      {w.paused ? ` · ${t('op.windowPaused')}` : ''}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </main>
      </div>
    );
  }

  const recentHere = recent.filter((r) => r.id !== current?.id).slice(0, RECENT_AT_WINDOW);
  const elapsedFrom = current ? (current.status === 'serving' ? current.startedAt : current.calledAt) : null;
  const buttons: Action[] = ['callNext', 'recall', 'start', 'finish', 'noShow', 'transfer', 'postpone', 'pause'];

  return (
    <div className="app">
      <ConnectionBanner connected={live.connected} everConnected={live.everConnected} />
      {header}
      {snap.alert.active ? (
        <div className="alert-strip" role="alert">
          <strong>{t('common.alertTitle')}</strong> {t('common.alertText')}
        </div>
      ) : null}
      <div className="messages">
        <ErrorAlert message={error} onClose={() => setError(null)} />
        <p className="status-line" role="status" aria-live="polite">
          {status}
        </p>
      </div>
      <main className="console">
        <section className="current" aria-labelledby="current-title">
          <h1 id="current-title" className="current__title">
            {t('op.windowN', { label: myWindow.label })} — {t('op.current')}
          </h1>
          {myWindow.paused ? <p className="paused-note">{t('op.paused')}</p> : null}
          {current ? (
            <div className={`ticket-card ticket-card--${current.status}`}>
              <p className="ticket-card__number" data-testid="current-number">
                {current.number}
              </p>
              <div className="ticket-card__info">
                <p className="ticket-card__service">{serviceName(current.serviceId)}</p>
                <p className="ticket-card__status">
                  {t(`op.status_${current.status}`, { defaultValue: current.status })}
                  {current.priority ? <span className="badge">{t('op.priority')}</span> : null}
                </p>
                {elapsedFrom ? (
                  <p className="ticket-card__timer">
                    {t('op.since')}: <span className="mono">{formatDuration(now - Date.parse(elapsedFrom))}</span>
                  </p>
                ) : null}
                {current.recallCount > 0 ? <p>{t('op.recalls', { count: current.recallCount })}</p> : null}
              </div>
            </div>
          ) : (
            <p className="ticket-card ticket-card--empty">{t('op.noCurrent')}</p>
          )}
          <div className="actions" role="group" aria-label={t('op.current')}>
            {buttons.map((a) => {
              const sc = SHORTCUTS.find((s) => s.action === a);
              return (
                <button
                  key={a}
                  type="button"
                  className={`btn action action--${a}`}
                  disabled={busy || !can[a]}
                  aria-keyshortcuts={sc ? sc.key : undefined}
                  onClick={() => act(a)}
                >
                  <span>{actionLabel(a, myWindow.paused, t)}</span>
                  {sc ? (
                    <kbd className="action__key" aria-hidden="true">
                      {sc.key}
                    </kbd>
                  ) : null}
                </button>
              );
            })}
          </div>
          {current ? (
            <div className="reprint-row">
              <button
                type="button"
                className="btn btn--small"
                disabled={reprinting !== null}
                aria-label={`${t('op.reprint')}: ${current.number}`}
                onClick={() => void reprint(current)}
              >
                <PrinterIcon /> {t('op.reprint')}
              </button>
            </div>
          ) : null}
          <details className="shortcuts">
            <summary>{t('op.shortcuts')}</summary>
            <p>{t('op.shortcutsNote')}</p>
            <dl>
              {SHORTCUTS.map((s) => (
                <div key={s.code}>
                  <dt>
                    <kbd>{s.key}</kbd> / <kbd>{s.keyUk}</kbd>
                  </dt>
                  <dd>{actionLabel(s.action, myWindow.paused, t)}</dd>
                </div>
              ))}
            </dl>
          </details>

          <h2 id="recent-title" className="recent__title">
            {t('op.recentTitle')}
          </h2>
          {recentHere.length === 0 ? (
            <p className="recent__empty">{t('op.recentEmpty')}</p>
          ) : (
            <ul className="recent__list" aria-labelledby="recent-title">
              {recentHere.map((r) => (
                <li key={r.id} className="recent__item">
                  <span className="queue__number">{r.number}</span>
                  <span className="queue__service">{serviceName(r.serviceId)}</span>
                  <span className="recent__status">{t(`op.status_${r.status}`, { defaultValue: r.status })}</span>
                  <button
                    type="button"
                    className="btn btn--small"
                    disabled={reprinting !== null}
                    aria-label={`${t('op.reprint')}: ${r.number}`}
                    onClick={() => void reprint(r)}
                  >
                    <PrinterIcon /> {t('op.reprint')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="queue" aria-labelledby="queue-title">
          <h2 id="queue-title">
            {t('op.queueTitle')}{' '}
            {windowQueue.tickets !== null ? <span className="queue__count">({t('op.waitingForWindow', { count: waitingForWindow })})</span> : null}
          </h2>
          <p className="queue__note">{t('op.queueOrder')}</p>
          {windowQueue.failed ? (
            <p className="queue__stale" role="status">
              {t('op.queueStale')}
            </p>
          ) : null}
          {windowQueue.tickets === null ? (
            !windowQueue.failed ? (
              <p className="queue__empty" role="status">
                {t('op.loading')}
              </p>
            ) : null
          ) : queue.length === 0 ? (
            <p className="queue__empty">{t('op.queueEmpty')}</p>
          ) : null}
          <ol className="queue__list" aria-labelledby="queue-title">
            {queue.map((q, i) => (
              <li key={q.id} className={`queue__row${i === 0 ? ' queue__row--next' : ''}`} data-ticket-id={q.id}>
                <button
                  type="button"
                  className={`queue__item${selected === q.id ? ' queue__item--selected' : ''}`}
                  aria-pressed={selected === q.id}
                  onClick={() => setSelected(selected === q.id ? null : q.id)}
                >
                  <span className="queue__number">{q.number}</span>
                  <span className="queue__service">{serviceName(q.serviceId)}</span>
                  {i === 0 || q.priority || q.targetWindowId === windowId ? (
                    <span className="queue__tags">
                      {i === 0 ? <span className="queue__next">{t('op.nextUp')}</span> : null}
                      {q.priority ? <span className="badge">{t('op.priority')}</span> : null}
                      {q.targetWindowId === windowId ? <span className="badge badge--target">{t('op.sentHere')}</span> : null}
                    </span>
                  ) : null}
                  <span className="queue__time">{t('op.issued', { time: formatClock(Date.parse(q.issuedAt), snap.timeZone) })}</span>
                </button>
                {selected === q.id ? (
                  <button
                    type="button"
                    className="btn btn--primary queue__call"
                    disabled={busy || myWindow.paused || current?.status === 'called' || alertActive}
                    onClick={() => void run(t('op.callThis'), `/api/windows/${myWindow.id}/call`, { ticketId: q.id }, q.number).then((ok) => ok && setSelected(null))}
                  >
                    {t('op.callThis')} {q.number}
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
          {waitingForWindow > queue.length && queue.length > 0 ? <p className="queue__more">{t('op.queueMore', { count: waitingForWindow - queue.length })}</p> : null}

          {postponed.length > 0 ? (
            <>
              <h2 className="queue__subtitle">{t('op.postponedTitle')}</h2>
              <ul className="queue__list">
                {postponed.map((q) => (
                  <li key={q.id} className="postponed">
                    <span className="queue__number">{q.number}</span>
                    <span className="queue__service">{serviceName(q.serviceId)}</span>
                    <ReturnControls disabled={busy} onReturn={(placement) => void run(t('op.returnTicket'), `/api/tickets/${q.id}/return`, { placement }, q.number)} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        {deviceAlerts.length > 0 ? (
          <section className="devices" aria-labelledby="devices-title">
            <h2 id="devices-title">{t('op.devices')}</h2>
            <ul className="devices__list">
              {deviceAlerts.map((a) => (
                <li key={a.key} className={`devices__item devices__item--${a.kind}`}>
                  <span className="devices__text">
                    <time dateTime={a.at}>{formatClock(Date.parse(a.at), snap.timeZone)}</time> — {a.message}
                  </span>
                  {isPrintFailure(a) && a.ticketId !== undefined ? (
                    <button
                      type="button"
                      className="btn btn--small"
                      disabled={reprinting !== null}
                      aria-label={`${t('op.reprint')}: ${a.message}`}
                      onClick={() => void reprint({ id: a.ticketId as number, number: a.ticketNumber ?? '' })}
                    >
                      <PrinterIcon /> {t('op.reprint')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="btn btn--small"
                    aria-label={`${t('op.dismiss')}: ${a.message}`}
                    onClick={() => setDeviceAlerts((list) => list.filter((x) => x.key !== a.key))}
                  >
                    {t('op.dismiss')}
                  </button>
                </li>
              ))}
            </ul>
            {deviceAlerts.length > 1 ? (
              <button type="button" className="btn btn--small" onClick={() => setDeviceAlerts([])}>
                {t('op.dismissAll')}
              </button>
            ) : null}
          </section>
        ) : null}
        <div className="ck-visually-hidden" role="status" aria-live="polite" data-testid="device-alert-live">
          {lastAlert}
        </div>

        <MyRatingsPanel />
        {isSupervisor ? <SupervisorPanel snapshot={snap} branchId={branchId} busy={busy} run={run} /> : null}
        {isSupervisor ? (
          <PrintersPanel branchId={branchId} timeZone={snap.timeZone} refreshKey={alertCount} onStatus={(m) => setStatus(m)} onError={(m) => setError(m)} />
        ) : null}
      </main>

      {transferOpen && current ? (
        <TransferDialog
          ticket={current}
          snapshot={snap}
          myWindowId={myWindow.id}
          onClose={() => setTransferOpen(false)}
          onSubmit={async (body) => {
            const ok = await run(t('op.transfer'), `/api/tickets/${current.id}/transfer`, body, current.number);
            if (ok) setTransferOpen(false);
            return ok;
          }}
        />
      ) : null}
    </div>
  );
}

function actionLabel(a: Action, paused: boolean, t: (k: string) => string): string {
  if (a === 'pause') return paused ? t('op.resume') : t('op.pause');
  return t(`op.${a}`);
}

function ReturnControls({ disabled, onReturn }: { disabled: boolean; onReturn: (p: 'first' | 'last' | 'original') => void }) {
  const { t } = useTranslation();
  return (
    <span className="return-controls">
      <button type="button" className="btn btn--small" disabled={disabled} onClick={() => onReturn('first')}>
        {t('op.returnTicket')}: {t('op.place_first')}
      </button>
      <button type="button" className="btn btn--small" disabled={disabled} onClick={() => onReturn('original')}>
        {t('op.place_original')}
      </button>
    </span>
  );
}

/** «Талон А015 не надруковано…»: the number for the status line ('' when the message has none) */
function PrinterIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M6 9V3h12v6M6 18H4a1 1 0 0 1-1-1v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6a1 1 0 0 1-1 1h-2M6 14h12v7H6z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}
