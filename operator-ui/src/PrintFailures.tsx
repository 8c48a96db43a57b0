// Part of the printers panel: the office's open tickets whose paper is missing (the printer
// was down, or stopped mid-ticket), from the server's record — not from this browser's alerts,
// so a supervisor who signs in later sees them too — each with its reprint button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, errorMessage, formatClock } from '@cherha/ui-kit';
import { useReprint } from './console/useReprint';
import { i18n as appI18n } from './i18n';
import { addPrintingStrings } from './printing-strings';
import { useBranchList } from './useBranchList';

addPrintingStrings(appI18n);

export function PrintFailures({
  branchId,
  timeZone,
  refresh,
  onStatus,
  onError,
}: {
  branchId: number;
  timeZone: string;
  /** changes whenever the printers panel refreshes (alerts, timer, roll change) */
  refresh: string;
  onStatus: (text: string) => void;
  onError: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [again, setAgain] = useState(0);
  // the console's reprint command, its messages going to this screen's status line and alert region
  const { reprinting, reprint } = useReprint({
    setStatus: (text) => {
      if (typeof text === 'string') onStatus(text);
      // the ticket leaves the list once its new job is queued
      setAgain((n) => n + 1);
    },
    setError: (text) => {
      if (typeof text === 'string') onError(text);
    },
    fail: (err) => onError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('errors.NETWORK') : errorMessage(err)),
  });

  const { list, loadError } = useBranchList('listPrintFailures', branchId, `${refresh}-${again}`);

  return (
    <div className="print-failures" aria-labelledby="print-failures-title" role="region">
      <h3 id="print-failures-title">{t('prn.failuresTitle')}</h3>
      {loadError ? (
        <p className="printers__error" role="alert">
          {loadError}
        </p>
      ) : null}
      {list !== null && list.length === 0 ? <p>{t('prn.failuresNone')}</p> : null}
      {list !== null && list.length > 0 ? (
        <>
          <p>{t('prn.failuresIntro')}</p>
          <table className="printers__table print-failures__table">
            <thead>
              <tr>
                <th scope="col">{t('prn.colTicket')}</th>
                <th scope="col">{t('prn.colKiosk')}</th>
                <th scope="col">{t('prn.colWhat')}</th>
                <th scope="col">{t('prn.colWhen')}</th>
                <th scope="col">{t('op.actionCol')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((f) => (
                <tr key={f.ticketId} data-ticket-id={f.ticketId}>
                  <th scope="row" className="print-failures__number">
                    {f.number}
                  </th>
                  <td>{f.kioskName ?? '—'}</td>
                  <td>
                    <span className="printer-state printer-state--paper_out">{t(`prn.outcome_${f.outcome}`)}</span>
                    {f.printerState ? <span className="printers__message">{t(`op.printer_${f.printerState}`, { defaultValue: f.printerState })}</span> : null}
                    {f.shownOnScreen ? <span className="printers__hint">{t('prn.shownOnScreen')}</span> : null}
                  </td>
                  <td>{formatClock(Date.parse(f.at), timeZone)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn--small"
                      disabled={reprinting}
                      onClick={() => reprint({ id: f.ticketId, number: f.number })}
                    >
                      {t('prn.reprint', { number: f.number })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
