// The issued ticket: its number huge, people ahead, the estimate; the QR code on screen when
// no paper ticket is coming.
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueTicketResponse } from '@cherha/contracts';
import { paperTicketExpected } from '@cherha/ui-kit';
import { Qr } from './Qr';

interface ResultProps {
  result: IssueTicketResponse;
  serviceName: string;
  /** windows taking the service now (from the answer, else the live load); 0: said plainly */
  openWindows: number | undefined;
  onDone: () => void;
}

export function ResultScreen({ result, serviceName, openWindows, onDone }: ResultProps) {
  const { t } = useTranslation();
  const paper = paperTicketExpected(result.print);
  const noWindow = openWindows === 0;
  const statusUrl = useMemo(() => {
    const raw = result.statusUrl || `/t/${result.ticket.publicCode}`;
    try {
      return new URL(raw, location.origin).toString();
    } catch {
      return `${location.origin}/t/${result.ticket.publicCode}`;
    }
  }, [result]);
  const doneRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    doneRef.current?.focus();
  }, []);
  return (
    <div className="result">
      <h1 id="screen-title" className="result__label">
        {t('kiosk.yourTicket')}
      </h1>
      <p className="result__number" aria-label={`${t('common.ticket')} ${result.ticket.number}`}>
        {result.ticket.number}
      </p>
      <dl className="result__facts">
        <div>
          <dt>{t('kiosk.service')}</dt>
          <dd>{serviceName}</dd>
        </div>
        <div>
          <dt>{t('kiosk.peopleAhead')}</dt>
          <dd>{result.peopleAhead > 0 ? t('common.people', { count: result.peopleAhead }) : t('kiosk.nobody')}</dd>
        </div>
        {noWindow ? null : (
          <div>
            <dt>{t('kiosk.estimatedWait')}</dt>
            <dd>{result.estimatedWaitMinutes > 0 ? t('kiosk.aboutMinutes', { minutes: result.estimatedWaitMinutes }) : t('kiosk.noWait')}</dd>
          </div>
        )}
      </dl>
      {/* nobody takes this service right now: no «no wait», no invented minutes */}
      {noWindow ? (
        <p className="no-window" role="status">
          <strong>{t('kiosk.noWindow')}</strong> {t('kiosk.noWindowMore')}
        </p>
      ) : null}
      {paper ? (
        <p className="lead">{t('kiosk.printing')}</p>
      ) : (
        <div className="printer-down" role="alert">
          <p className="printer-down__text">{t('kiosk.printerDown')}</p>
          <div className="printer-down__qr">
            <Qr text={statusUrl} size={220} label={t('kiosk.qrHint')} />
            <p>
              {t('kiosk.qrHint')}
              <br />
              <span className="url">{statusUrl}</span>
            </p>
          </div>
        </div>
      )}
      <p className="keep-note">{t('kiosk.keepTicket')}</p>
      <button ref={doneRef} type="button" className="big-button" onClick={onDone}>
        {t('kiosk.done')}
      </button>
    </div>
  );
}
