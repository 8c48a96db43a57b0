// Device alerts at the console: each with its time, «Надрукувати ще раз» for a ticket that
// did not print, and «Сховати».
import { useTranslation } from 'react-i18next';
import { formatClock } from '@cherha/ui-kit';
import { PrinterIcon } from './PrinterIcon';
import { isPrintFailure, type AlertItem } from './useDeviceAlerts';

export function DeviceAlerts({
  items,
  timeZone,
  reprinting,
  onReprint,
  onDismiss,
  onDismissAll,
}: {
  items: AlertItem[];
  timeZone: string;
  reprinting: boolean;
  onReprint: (ticket: { id: number; number: string }) => void;
  onDismiss: (key: number) => void;
  onDismissAll: () => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section className="devices" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('op.devices')}</h2>
      <ul className="devices__list">
        {items.map((a) => (
          <li key={a.key} className={`devices__item devices__item--${a.kind}`}>
            <span className="devices__text">
              <time dateTime={a.at}>{formatClock(Date.parse(a.at), timeZone)}</time> — {a.message}
            </span>
            {isPrintFailure(a) && a.ticketId !== undefined ? (
              <button
                type="button"
                className="btn btn--small"
                disabled={reprinting}
                aria-label={`${t('op.reprint')}: ${a.message}`}
                onClick={() => onReprint({ id: a.ticketId as number, number: a.ticketNumber ?? '' })}
              >
                <PrinterIcon /> {t('op.reprint')}
              </button>
            ) : null}
            <button type="button" className="btn btn--small" aria-label={`${t('op.dismiss')}: ${a.message}`} onClick={() => onDismiss(a.key)}>
              {t('op.dismiss')}
            </button>
          </li>
        ))}
      </ul>
      {items.length > 1 ? (
        <button type="button" className="btn btn--small" onClick={onDismissAll}>
          {t('op.dismissAll')}
        </button>
      ) : null}
    </section>
  );
}
