// The window console: choose a window, then call, serve and finish its visitors. The parts
// live in ./console (hooks for commands, keys, alerts and recent tickets; one file per panel);
// this file joins them to the live state and the window's queue.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionsFor, type Delta, type OperatorSnapshot, type TicketAction, type TicketView, type User, type Window } from '@cherha/contracts';
import {
  api,
  currentLanguage,
  deltaTouchesWindowQueue,
  isOperatorSnapshot,
  localized,
  readStored,
  useLiveState,
  useNow,
  writeStored,
} from '@cherha/ui-kit';
import { StaffLinks } from './StaffLinks';
import { TransferDialog } from './TransferDialog';
import { SupervisorPanel } from './SupervisorPanel';
import { MyRatingsPanel } from './ratings/MyRatingsPanel';
import { PrintersPanel } from './PrintersPanel';
import { WINDOW_QUEUE_LIMIT, useWindowQueue } from './useWindowQueue';
import { said, type Action } from './console/actions';
import { CurrentTicket } from './console/CurrentTicket';
import { ScreenMessages, StaffScreen } from './console/StaffScreen';
import { DeviceAlerts } from './console/DeviceAlerts';
import { NoShowDialog } from './console/NoShowDialog';
import { useCommand } from './console/useCommand';
import { useReprint } from './console/useReprint';
import { useDeviceAlerts } from './console/useDeviceAlerts';
import { RECENT_AT_WINDOW, useRecentAtWindow } from './console/useRecentAtWindow';
import { useShortcuts } from './console/useShortcuts';
import { useTakeWindow } from './console/useTakeWindow';
import { useWorkplaceSettings } from './console/useWorkplaceSettings';
import { WindowPicker } from './console/WindowPicker';
import { WindowQueuePanel } from './console/WindowQueuePanel';

export interface ConsoleProps {
  user: User;
  branchId: number;
  onLogout: () => void;
  recheck: () => void;
  onChangeBranch?: () => void;
}

const windowKey = (branchId: number) => `cherha.operator.window.${branchId}`;

export function Console({ user, branchId, onLogout, recheck, onChangeBranch }: ConsoleProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [windowId, setWindowId] = useState<number | null>(() => {
    const v = Number(readStored(windowKey(branchId)));
    return Number.isInteger(v) && v > 0 ? v : null;
  });
  const [windows, setWindows] = useState<Window[] | null>(null);
  const [transferOpen, setTransferOpen] = useState(false);
  const [noShowOpen, setNoShowOpen] = useState(false);
  const [snapshots, setSnapshots] = useState(0);
  const cmd = useCommand(recheck);
  const { reprinting, reprint } = useReprint(cmd);
  const alerts = useDeviceAlerts();
  const recentAt = useRecentAtWindow(windowId);
  const settings = useWorkplaceSettings(branchId, snapshots);
  const isSupervisor = user.role === 'supervisor' || user.role === 'admin';

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
    onDeviceAlert: alerts.onDeviceAlert,
    onDelta: (d) => {
      // staff screens always get the full delta; the board's smaller one has nothing to track
      if (!('tickets' in d)) return;
      recentAt.track(d.windows, d.tickets);
      onQueueDelta(d);
    },
    onSnapshot: (sn) => {
      if (isOperatorSnapshot(sn)) recentAt.track(sn.windows, undefined);
      windowQueue.refreshNow();
      // a configuration change comes as a snapshot: the workplace settings may have changed
      setSnapshots((n) => n + 1);
    },
  });
  const snap = live.state;

  // window configuration (which services a window serves) is not in the live snapshot
  useEffect(() => {
    let cancelled = false;
    api('listWindows', { params: { branchId } })
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
  const serviceIds = new Set((myConfig?.services ?? []).map((s) => s.serviceId));
  const services = new Map((snap?.services ?? []).map((s) => [s.serviceId, s]));
  const serviceName = (id: number) => localized(services.get(id)?.name, lang);

  const forMe = (q: TicketView) => (q.targetWindowId !== null ? q.targetWindowId === windowId : myConfig === null || serviceIds.has(q.serviceId));
  const queue = windowQueue.tickets ?? [];
  const postponed = (snap?.queue ?? []).filter((q) => q.status === 'postponed' && (q.windowId === windowId || forMe(q)));
  // the list is the whole queue when shorter than a page; past that, the services' counts tell
  const waitingForWindow =
    queue.length < WINDOW_QUEUE_LIMIT ? queue.length : Math.max(queue.length, [...serviceIds].reduce((n, id) => n + (services.get(id)?.waiting ?? 0), 0));

  // the server refuses calls during an air-raid alert: so do the buttons and keys
  const alertActive = snap?.alert.active ?? false;
  // which state allows what: the server's own table (contracts/src/transitions.ts) under the
  // branch's workplace settings (may «Завершити» follow the call directly?)
  const allowedNow: readonly TicketAction[] = current ? actionsFor(current.status, settings) : [];
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
    if (cmd.busy || !can[action] || windowId === null || !myWindow) return;
    switch (action) {
      case 'callNext':
        void cmd.run(said(t, 'callNext'), () => api('callNext', { params: { windowId } }));
        break;
      case 'pause':
        void cmd.run(said(t, myWindow.paused ? 'resume' : 'pause', { window: myWindow.label }), () => api(myWindow.paused ? 'resumeWindow' : 'pauseWindow', { params: { windowId } }));
        break;
      case 'transfer':
        setTransferOpen(true);
        break;
      case 'noShow':
        // one key must not cost a visitor their place: ask first (Enter confirms)
        setNoShowOpen(true);
        break;
      default:
        if (current) {
          const id = ({ recall: 'recallTicket', start: 'startService', finish: 'finishService', postpone: 'postponeTicket' } as const)[action];
          void cmd.run(said(t, action), () => api(id, { params: { ticketId: current.id } }), current.number);
        }
    }
  };
  useShortcuts(act);

  const chooseWindow = (id: number | null) => {
    if (windowId !== null && id !== windowId && myWindow?.operatorId === user.id && !current) {
      void api('leaveWindow', { params: { windowId } }).catch(() => undefined);
    }
    writeStored(windowKey(branchId), id === null ? null : String(id));
    setWindowId(id);
    const here = snap?.windows.find((w) => w.id === id)?.current;
    recentAt.setRecent(here ? [here] : []);
    cmd.setError(null);
    cmd.setStatus('');
  };

  // the server learns of the choice at once (the office, board and kiosk count the window open)
  useTakeWindow(windowId, cmd.fail, () => {
    writeStored(windowKey(branchId), null);
    setWindowId(null);
  });

  const now = useNow(1000, live.clockSkewMs);
  const frame = {
    snap,
    live,
    now,
    user,
    onLogout,
    onChangeBranch,
    bar: (
      <>
        {myWindow ? (
          <span className="topbar__window">
            {t('op.windowN', { label: myWindow.label })}{' '}
            <button type="button" className="btn btn--small" onClick={() => chooseWindow(null)}>
              {t('op.changeWindow')}
            </button>
          </span>
        ) : null}
        <StaffLinks user={user} here="window" />
      </>
    ),
  };

  if (!snap) return <StaffScreen {...frame} />;
  if (!myWindow) {
    return (
      <StaffScreen {...frame}>
        {/* a refused choice («за вікном уже працює…») is said here, above the picker */}
        <ScreenMessages alertActive={false} error={cmd.error} onCloseError={() => cmd.setError(null)} status="" />
        <WindowPicker snap={snap} windows={windows} user={user} onChoose={chooseWindow} />
      </StaffScreen>
    );
  }

  return (
    <StaffScreen {...frame}>
      <ScreenMessages alertActive={snap.alert.active} error={cmd.error} onCloseError={() => cmd.setError(null)} status={cmd.status} />
      <main className="console">
        <CurrentTicket
          myWindow={myWindow}
          now={now}
          serviceName={serviceName}
          busy={cmd.busy}
          can={can}
          onAct={act}
          reprinting={reprinting}
          onReprint={reprint}
          recent={recentAt.recent.filter((r) => r.id !== current?.id).slice(0, RECENT_AT_WINDOW)}
        />
        <WindowQueuePanel
          key={myWindow.id}
          windowId={myWindow.id}
          windowQueue={windowQueue}
          waitingForWindow={waitingForWindow}
          postponed={postponed}
          timeZone={snap.timeZone}
          serviceName={serviceName}
          busy={cmd.busy}
          callBlocked={myWindow.paused || current?.status === 'called' || alertActive}
          onCall={(q) => cmd.run(said(t, 'callNext'), () => api('callSpecificTicket', { params: { windowId: myWindow.id }, body: { ticketId: q.id } }), q.number)}
          onReturn={(q, placement) => void cmd.run(said(t, 'return'), () => api('returnTicket', { params: { ticketId: q.id }, body: { placement } }), q.number)}
        />
        <DeviceAlerts
          items={alerts.items}
          timeZone={snap.timeZone}
          reprinting={reprinting}
          onReprint={reprint}
          onDismiss={alerts.dismiss}
          onDismissAll={alerts.dismissAll}
        />
        <div className="ck-visually-hidden" role="status" aria-live="polite" data-testid="device-alert-live">
          {alerts.lastAlert}
        </div>

        <MyRatingsPanel />
        {isSupervisor ? <SupervisorPanel snapshot={snap} branchId={branchId} busy={cmd.busy} run={cmd.run} /> : null}
        {isSupervisor ? (
          <PrintersPanel branchId={branchId} timeZone={snap.timeZone} refreshKey={alerts.count} onStatus={(m) => cmd.setStatus(m)} onError={(m) => cmd.setError(m)} />
        ) : null}
      </main>

      {transferOpen && current ? (
        <TransferDialog
          ticket={current}
          snapshot={snap}
          myWindowId={myWindow.id}
          onClose={() => setTransferOpen(false)}
          onSubmit={async (body) => {
            const ok = await cmd.run(said(t, 'transfer'), () => api('transferTicket', { params: { ticketId: current.id }, body }), current.number);
            if (ok) setTransferOpen(false);
            return ok;
          }}
        />
      ) : null}
      {noShowOpen && current ? (
        <NoShowDialog
          number={current.number}
          busy={cmd.busy}
          onClose={() => setNoShowOpen(false)}
          onConfirm={() => {
            setNoShowOpen(false);
            void cmd.run(said(t, 'noShow'), () => api('markNoShow', { params: { ticketId: current.id } }), current.number);
          }}
        />
      ) : null}
    </StaffScreen>
  );
}
