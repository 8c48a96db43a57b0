import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorSnapshot } from '@cherha/contracts';
import { api, currentLanguage, localized, reasonKey } from '@cherha/ui-kit';
import { said } from './console/actions';
import type { Run } from './console/useCommand';

export function SupervisorPanel({
  snapshot,
  branchId,
  busy,
  run,
}: {
  snapshot: OperatorSnapshot;
  branchId: number;
  busy: boolean;
  run: Run;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [confirming, setConfirming] = useState(false);
  const active = snapshot.alert.active;
  const closedCount = snapshot.services.filter((s) => s.closedToday).length;
  return (
    <section className="supervisor" aria-labelledby="supervisor-title">
      <h2 id="supervisor-title">{t('op.supervisor')}</h2>
      <div className={`alert-control${active ? ' alert-control--on' : ''}`}>
        <p className="alert-control__state">{active ? t('op.alertActive') : t('op.alertInactive')}</p>
        {confirming ? (
          <div className="alert-control__confirm" role="group" aria-label={active ? t('op.alertOff') : t('op.alertOn')}>
            <p>{active ? t('op.confirmAlertOff') : t('op.confirmAlertOn')}</p>
            <button
              type="button"
              className={`btn ${active ? 'btn--primary' : 'btn--danger'}`}
              disabled={busy}
              onClick={() => {
                void run(said(t, active ? 'alertOff' : 'alertOn'), () => api('setAlert', { params: { branchId }, body: { active: !active } })).then(() => setConfirming(false));
              }}
            >
              {t('op.confirm')}: {active ? t('op.alertOff') : t('op.alertOn')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className={`btn ${active ? 'btn--primary' : 'btn--danger'}`} disabled={busy} onClick={() => setConfirming(true)}>
            {active ? t('op.alertOff') : t('op.alertOn')}
          </button>
        )}
      </div>

      <details className="services-details">
        <summary>
          {t('op.services')} ({snapshot.services.length}
          {closedCount > 0 ? `, ${t('op.closedCount', { count: closedCount })}` : ''})
        </summary>
        <table className="services-table">
          <thead>
            <tr>
              <th scope="col">{t('op.serviceCol')}</th>
              <th scope="col">{t('op.waitingCol')}</th>
              <th scope="col">{t('op.windowsCol')}</th>
              <th scope="col">{t('op.stateCol')}</th>
              <th scope="col">{t('op.actionCol')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.services.map((s) => {
              // the toggle follows the supervisor's own switch, not the reason (an inactive service is SERVICE_CLOSED too)
              const closed = s.closedToday;
              const name = localized(s.name, lang);
              return (
                <tr key={s.serviceId} className={closed ? 'services-table__closed' : undefined}>
                  <th scope="row">
                    <span className="prefix">{s.prefix}</span> {name}
                  </th>
                  <td>{s.waiting}</td>
                  <td>{s.openWindows}</td>
                  <td>
                    {closed && s.reason !== 'ALERT_ACTIVE'
                      ? t('op.closedToday')
                      : s.available
                        ? t('op.open')
                        : t(reasonKey(s.reason), { defaultValue: t('reasons.unknown') })}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn--small"
                      disabled={busy}
                      aria-label={`${closed ? t('op.reopenToday') : t('op.closeToday')}: ${name}`}
                      onClick={() =>
                        void run(said(t, closed ? 'reopenToday' : 'closeToday', { name }), () => api(closed ? 'reopenServiceToday' : 'closeServiceToday', { params: { branchId, serviceId: s.serviceId } }))
                      }
                    >
                      {closed ? t('op.reopenToday') : t('op.closeToday')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </section>
  );
}
