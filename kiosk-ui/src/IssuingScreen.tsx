import { useTranslation } from 'react-i18next';

/** While the ticket is being issued (a spinner; «retrying» when the network failed once). */
export function IssuingScreen({ serviceName, retrying }: { serviceName: string; retrying: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="issuing" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true" />
      <h1 id="screen-title" className="screen-title">
        {t('kiosk.issuing')}
      </h1>
      <p className="lead">{serviceName}</p>
      {retrying ? <p className="lead">{t('kiosk.issuingRetry')}</p> : null}
    </div>
  );
}
