import { useTranslation } from 'react-i18next';

/** The ticket was not issued: why, and «Спробувати ще раз» (the same idempotency key). */
export function FailedScreen({ message, canRetry, onRetry }: { message: string; canRetry: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="failed">
      <h1 id="screen-title" className="screen-title">
        {t('kiosk.issueFailed')}
      </h1>
      <p className="error-box" role="alert">
        {message}
      </p>
      <button type="button" className="big-button" disabled={!canRetry} onClick={onRetry}>
        {t('kiosk.tryAgain')}
      </button>
    </div>
  );
}
