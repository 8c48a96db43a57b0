import { useTranslation } from 'react-i18next';
import type { Service, ServiceLoad } from '@cherha/contracts';
import { currentLanguage, localized, reasonKey } from '@cherha/ui-kit';

interface ServiceTileProps {
  service: Service;
  load: ServiceLoad | undefined;
  /** issuing is off for the whole kiosk (alert, no connection) */
  disabled: boolean;
  /** why, when the kiosk knows better than the stale load (no connection) */
  blockedReason?: string | null;
  onPick: () => void;
}

/** One service: its letter, name and queue now; greyed with the reason when it cannot be taken. */
export function ServiceTile({ service, load, disabled, blockedReason = null, onPick }: ServiceTileProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const unavailable = disabled || (load !== undefined && !load.available);
  // a supervisor closed it for the rest of today: say so, not "outside hours" or "unavailable"
  const reason = blockedReason
    ? blockedReason
    : load && !load.available
      ? load.closedToday && load.reason !== 'ALERT_ACTIVE'
        ? t('kiosk.closedToday')
        : t(reasonKey(load.reason), { defaultValue: t('reasons.unknown') })
      : null;
  return (
    <button
      type="button"
      className={`tile tile--service${unavailable ? ' tile--unavailable' : ''}`}
      aria-disabled={unavailable || undefined}
      onClick={() => {
        if (!unavailable) onPick();
      }}
    >
      <span className="tile__prefix" aria-hidden="true">
        {service.prefix}
      </span>
      <span className="tile__body">
        <span className="tile__name">{localized(service.name, lang)}</span>
        {reason ? (
          <span className="tile__meta tile__meta--reason">{reason}</span>
        ) : load ? (
          <span className="tile__meta">
            {load.waiting > 0 ? t('kiosk.waiting', { count: load.waiting }) : t('kiosk.waitingNone')}
            {/* no window takes it now: no invented minutes */}
            {load.openWindows === 0 ? ` · ${t('kiosk.noWindowShort')}` : load.waiting > 0 ? ` · ${t('kiosk.estimate', { minutes: load.estimatedWaitMinutes })}` : ''}
          </span>
        ) : null}
      </span>
    </button>
  );
}
