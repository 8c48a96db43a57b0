// Supervisors: every kiosk printer of the office, its state in words, tickets since the
// roll was changed, and «Рулон замінено»; below, the tickets shown on screen only, with a
// reprint button each (PrintFailures). Refreshed every 30 s and at once on a device alert.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCKING_PRINTER_STATES, type PrinterStateView } from '@cherha/contracts';
import { api, ApiRequestError, errorMessage, formatClock, useIntervalEffect } from '@cherha/ui-kit';
import { PrintFailures } from './PrintFailures';
import { useBranchList } from './useBranchList';

const REFRESH_MS = 30_000;

/** states that stop printing (the row is marked, not by colour alone): the server's own list */
const BAD: ReadonlySet<string> = new Set(BLOCKING_PRINTER_STATES);

export function PrintersPanel({
  branchId,
  timeZone,
  refreshKey,
  onStatus,
  onError,
}: {
  branchId: number;
  timeZone: string;
  /** changes on every device alert: the list is fetched again */
  refreshKey: number;
  onStatus: (text: string) => void;
  onError: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [busyId, setBusyId] = useState<number | null>(null);

  // fetched on mount, on every device alert, every 30 s and after a roll change
  const [tick, setTick] = useState(0);
  useIntervalEffect(() => setTick((n) => n + 1), REFRESH_MS);
  const { list: printers, loadError } = useBranchList('listPrinters', branchId, `${refreshKey}-${tick}`);

  const rollChanged = async (p: PrinterStateView) => {
    setBusyId(p.deviceId);
    try {
      await api('markRollChanged', { params: { id: p.deviceId } });
      onStatus(t('op.rollChangedDone', { name: p.deviceName }));
      setTick((n) => n + 1);
    } catch (err) {
      onError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('errors.NETWORK') : errorMessage(err));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="printers" aria-labelledby="printers-title">
      <h2 id="printers-title">{t('op.printers')}</h2>
      {loadError ? (
        <p className="printers__error" role="alert">
          {loadError}
        </p>
      ) : null}
      {printers === null && !loadError ? <p role="status">{t('op.loading')}</p> : null}
      {printers !== null && printers.length === 0 ? <p>{t('op.noPrinters')}</p> : null}
      {printers !== null && printers.length > 0 ? (
        <table className="printers__table">
          <thead>
            <tr>
              <th scope="col">{t('op.printerDevice')}</th>
              <th scope="col">{t('op.printerState')}</th>
              <th scope="col">{t('op.printerTickets')}</th>
              <th scope="col">{t('op.printerAgent')}</th>
              <th scope="col">{t('op.actionCol')}</th>
            </tr>
          </thead>
          <tbody>
            {printers.map((p) => {
              const bad = BAD.has(p.state);
              const label = p.via === 'none' ? t('op.printerNone') : t(`op.printer_${p.state}`, { defaultValue: p.state });
              return (
                <tr key={p.deviceId} className={bad ? 'printers__row--bad' : undefined} data-device-id={p.deviceId}>
                  <th scope="row">{p.deviceName}</th>
                  <td>
                    <span className={`printer-state printer-state--${p.via === 'none' ? 'none' : p.state}`}>
                      {bad ? <span aria-hidden="true">⚠ </span> : null}
                      {label}
                    </span>
                    {p.message && p.via !== 'none' ? (
                      <span className="printers__message">{p.message}</span>
                    ) : null}
                    {p.checkedAt ? <span className="printers__checked">{t('op.printerChecked', { time: formatClock(Date.parse(p.checkedAt), timeZone) })}</span> : null}
                  </td>
                  <td>{p.ticketsSinceRollChange ?? '—'}</td>
                  <td>{p.agentOnline === null ? '—' : p.agentOnline ? t('op.agentOnline') : t('op.agentOffline')}</td>
                  <td>
                    {p.via === 'server' ? (
                      <button
                        type="button"
                        className="btn btn--small"
                        disabled={busyId !== null}
                        aria-label={`${t('op.rollChanged')}: ${p.deviceName}`}
                        onClick={() => void rollChanged(p)}
                      >
                        {t('op.rollChanged')}
                      </button>
                    ) : p.via === 'agent' ? (
                      <span className="printers__hint">{t('op.rollOnAgent')}</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <PrintFailures branchId={branchId} timeZone={timeZone} refresh={`${refreshKey}-${tick}`} onStatus={onStatus} onError={onError} />
    </section>
  );
}
