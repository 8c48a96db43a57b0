// «Огляд офісу» (#/office): the head of the centre's own screen, where supervisors and admins
// land after signing in — no window to choose first. The live picture over the staff socket
// (snapshot + deltas, ui-kit useLiveState): the windows and who is at them, the queue per
// service with its longest wait, alerts; and the supervisor's controls (air-raid alert,
// closing a service for today, printers).
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorSnapshot, WindowState } from '@cherha/contracts';
import { api, currentLanguage, formatDuration, localized, useLiveState, useNow } from '@cherha/ui-kit';
import type { ConsoleProps } from '../Console';
import { DeviceAlerts } from '../console/DeviceAlerts';
import { ScreenMessages, StaffScreen } from '../console/StaffScreen';
import { useCommand } from '../console/useCommand';
import { useDeviceAlerts } from '../console/useDeviceAlerts';
import { useReprint } from '../console/useReprint';
import { PrintersPanel } from '../PrintersPanel';
import { StaffLinks } from '../StaffLinks';
import { SupervisorPanel } from '../SupervisorPanel';
import { byLoad, officeTotals, oldestByService, oldestWaiting, stranded, waitParts } from './figures';
import './office.css';

export function OfficePage({ user, branchId, onLogout, recheck, onChangeBranch }: ConsoleProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const cmd = useCommand(recheck);
  const alerts = useDeviceAlerts();
  const { reprinting, reprint } = useReprint(cmd);
  // the office's own waiting target (minutes), for the «waiting longer than the target» alert
  const [target, setTarget] = useState<number | null>(null);
  const [snapshots, setSnapshots] = useState(0);
  const live = useLiveState<OperatorSnapshot>({
    view: 'operator',
    branchId,
    onAuthError: recheck,
    onServerDisconnect: recheck,
    onDeviceAlert: alerts.onDeviceAlert,
    // an admin's change of the office comes as a fresh snapshot: read the target again
    onSnapshot: () => setSnapshots((n) => n + 1),
  });
  const snap = live.state;
  useEffect(() => {
    let cancelled = false;
    api('listBranches', {})
      .then((list) => {
        if (!cancelled) setTarget(list.find((b) => b.id === branchId)?.targetWaitMinutes ?? null);
      })
      .catch(() => undefined); // the other alerts do not need it
    return () => {
      cancelled = true;
    };
  }, [branchId, snapshots]);
  const now = useNow(1000, live.clockSkewMs);
  const oldest = useMemo(() => (snap ? oldestWaiting(snap.queue) : null), [snap]);
  const oldestOf = useMemo(() => (snap ? oldestByService(snap.queue) : new Map<number, number>()), [snap]);
  const serviceName = (id: number) => localized(snap?.services.find((s) => s.serviceId === id)?.name, lang);
  // a wait is said in minutes («24 хв»), not as a clock («24:17»)
  const waited = (since: number) => {
    const { h, m } = waitParts(now - since);
    return h === 0 ? t('office.waitMinutes', { m }) : m === 0 ? t('office.waitHours', { h }) : t('office.waitHoursMinutes', { h, m });
  };
  // the time at a window (called / serving) stays a running timer, as in the console
  const elapsed = (since: number) => formatDuration(Math.max(0, now - since));

  const frame = { snap, live, now, user, onLogout, onChangeBranch, bar: <StaffLinks user={user} here="office" /> };
  if (!snap) return <StaffScreen {...frame} />;

  const totals = officeTotals(snap);
  const lonely = stranded(snap.services);
  const late = oldest !== null && target !== null && now - oldest.since > target * 60_000 ? oldest : null;
  const queues = byLoad(snap.services).filter((s) => s.waiting > 0);
  const windowState = (w: WindowState) =>
    w.current ? (w.current.status === 'serving' ? t('office.stateServing') : t('office.stateCalled')) : w.operatorId === null ? t('office.stateEmpty') : w.paused ? t('office.statePaused') : t('office.stateFree');
  const windowSince = (w: WindowState) => {
    const from = w.current ? (w.current.status === 'serving' ? w.current.startedAt : w.current.calledAt) : null;
    return from ? elapsed(Date.parse(from)) : '';
  };

  return (
    <StaffScreen {...frame}>
      <ScreenMessages alertActive={snap.alert.active} error={cmd.error} onCloseError={() => cmd.setError(null)} status={cmd.status} />
      <main className="office">
        <h1>{t('office.title')}</h1>
        <p className="office__intro">{t('office.intro')}</p>

        <dl className="office__tiles">
          <div className="office__tile" data-testid="office-waiting">
            <dt>{t('office.waiting')}</dt>
            <dd>{totals.waiting}</dd>
          </div>
          <div className="office__tile" data-testid="office-longest">
            <dt>{t('office.longest')}</dt>
            <dd>
              {oldest ? (
                <>
                  <span className="mono">{waited(oldest.since)}</span> <small>{t('office.longestTicket', { number: oldest.number })}</small>
                </>
              ) : (
                <small>{t('office.longestNone')}</small>
              )}
            </dd>
          </div>
          <div className="office__tile" data-testid="office-windows">
            <dt>{t('office.windowsAtWork')}</dt>
            <dd>
              {t('office.windowsOf', { staffed: totals.windowsStaffed, total: totals.windowsTotal })}
              {totals.windowsPaused > 0 ? <small> · {t('office.pausedCount', { count: totals.windowsPaused })}</small> : null}
            </dd>
          </div>
          <div className="office__tile">
            <dt>{t('office.atWindows')}</dt>
            <dd>{totals.serving}</dd>
          </div>
        </dl>

        <section className="office__alerts" aria-labelledby="office-alerts-title">
          <h2 id="office-alerts-title">{t('office.alerts')}</h2>
          {!snap.alert.active && lonely.length === 0 && !late && alerts.items.length === 0 ? <p>{t('office.noAlerts')}</p> : null}
          <ul className="office__alert-list">
            {snap.alert.active ? <li className="office__alert office__alert--danger">{t('office.alertOn')}</li> : null}
            {late ? (
              <li className="office__alert" data-testid="office-late">
                {t('office.overTarget', { number: late.number, service: serviceName(late.serviceId), wait: waited(late.since), target })}
              </li>
            ) : null}
            {lonely.map((s) => (
              <li key={s.serviceId} className="office__alert">
                {t('office.strandedService', { name: localized(s.name, lang), count: s.waiting })}
              </li>
            ))}
          </ul>
          <DeviceAlerts items={alerts.items} timeZone={snap.timeZone} reprinting={reprinting} onReprint={reprint} onDismiss={alerts.dismiss} onDismissAll={alerts.dismissAll} />
          <div className="ck-visually-hidden" role="status" aria-live="polite" data-testid="device-alert-live">
            {alerts.lastAlert}
          </div>
        </section>

        <section className="office__windows" aria-labelledby="office-windows-title">
          <h2 id="office-windows-title">{t('office.windows')}</h2>
          <table className="office-table">
            <thead>
              <tr>
                <th scope="col">{t('office.colWindow')}</th>
                <th scope="col">{t('office.colWho')}</th>
                <th scope="col">{t('office.colState')}</th>
                <th scope="col">{t('office.colTicket')}</th>
                <th scope="col">{t('office.colService')}</th>
                <th scope="col">{t('office.colFor')}</th>
              </tr>
            </thead>
            <tbody>
              {snap.windows.map((w) => (
                <tr key={w.id} data-window-id={w.id} className={w.operatorId === null ? 'office-table__idle' : undefined}>
                  <th scope="row">{t('op.windowN', { label: w.label })}</th>
                  <td>{w.operatorName ?? t('office.nobody')}</td>
                  <td>{windowState(w)}</td>
                  <td className="mono">{w.current?.number ?? ''}</td>
                  <td>{w.current ? serviceName(w.current.serviceId) : ''}</td>
                  <td className="mono">{windowSince(w)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section className="office__queues" aria-labelledby="office-queues-title">
          <h2 id="office-queues-title">{t('office.queues')}</h2>
          {queues.length === 0 ? (
            <p>{t('office.noQueues')}</p>
          ) : (
            <>
              <p className="office__note">{t('office.onlyWaiting')}</p>
              <table className="office-table">
                <thead>
                  <tr>
                    <th scope="col">{t('office.colService')}</th>
                    <th scope="col">{t('office.colWaiting')}</th>
                    <th scope="col">{t('office.colLongest')}</th>
                    <th scope="col">{t('office.colOpenWindows')}</th>
                  </tr>
                </thead>
                <tbody>
                  {queues.map((s) => {
                    const since = oldestOf.get(s.serviceId);
                    return (
                      <tr key={s.serviceId} data-service-id={s.serviceId}>
                        <th scope="row">
                          <span className="prefix">{s.prefix}</span> {localized(s.name, lang)}
                        </th>
                        <td>{s.waiting}</td>
                        <td className="mono">{since !== undefined ? waited(since) : ''}</td>
                        <td>{s.openWindows}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
        </section>

        <SupervisorPanel snapshot={snap} branchId={branchId} busy={cmd.busy} run={cmd.run} />
        <PrintersPanel branchId={branchId} timeZone={snap.timeZone} refreshKey={alerts.count} onStatus={(m) => cmd.setStatus(m)} onError={(m) => cmd.setError(m)} />
      </main>
    </StaffScreen>
  );
}
