// The left half of the console: the ticket at this window, the action buttons (with their
// keys), reprint, the key list and the tickets recently at this window.
import { useTranslation } from 'react-i18next';
import type { TicketView, WindowState } from '@cherha/contracts';
import { formatDuration } from '@cherha/ui-kit';
import { actionLabel, BUTTONS, SHORTCUTS, type Action } from './actions';
import { PrinterIcon } from './PrinterIcon';

export function CurrentTicket({
  myWindow,
  now,
  serviceName,
  busy,
  can,
  onAct,
  reprinting,
  onReprint,
  recent,
}: {
  myWindow: WindowState;
  now: number;
  serviceName: (serviceId: number) => string;
  busy: boolean;
  can: Record<Action, boolean>;
  onAct: (a: Action) => void;
  reprinting: boolean;
  onReprint: (ticket: { id: number; number: string }) => void;
  /** recent tickets other than the current one, newest first */
  recent: TicketView[];
}) {
  const { t } = useTranslation();
  const current = myWindow.current;
  const elapsedFrom = current ? (current.status === 'serving' ? current.startedAt : current.calledAt) : null;
  return (
    <section className="current" aria-labelledby="current-title">
      <h1 id="current-title" className="current__title">
        {t('op.windowN', { label: myWindow.label })} — {t('op.current')}
      </h1>
      {myWindow.paused ? <p className="paused-note">{t('op.paused')}</p> : null}
      {current ? (
        <div className={`ticket-card ticket-card--${current.status}`}>
          <p className="ticket-card__number" data-testid="current-number">
            {current.number}
          </p>
          <div className="ticket-card__info">
            <p className="ticket-card__service">{serviceName(current.serviceId)}</p>
            <p className="ticket-card__status">
              {t(`op.status_${current.status}`, { defaultValue: current.status })}
              {current.priority ? <span className="badge">{t('op.priority')}</span> : null}
            </p>
            {elapsedFrom ? (
              <p className="ticket-card__timer">
                {t('op.since')}: <span className="mono">{formatDuration(now - Date.parse(elapsedFrom))}</span>
              </p>
            ) : null}
            {current.recallCount > 0 ? <p>{t('op.recalls', { count: current.recallCount })}</p> : null}
          </div>
        </div>
      ) : (
        <p className="ticket-card ticket-card--empty">{t('op.noCurrent')}</p>
      )}
      <div className="actions" role="group" aria-label={t('op.current')}>
        {BUTTONS.map((a) => {
          const sc = SHORTCUTS.find((s) => s.action === a);
          return (
            <button
              key={a}
              type="button"
              className={`btn action action--${a}`}
              disabled={busy || !can[a]}
              aria-keyshortcuts={sc ? sc.key : undefined}
              onClick={() => onAct(a)}
            >
              <span>{actionLabel(a, myWindow.paused, t)}</span>
              {sc ? (
                <kbd className="action__key" aria-hidden="true">
                  {sc.key}
                </kbd>
              ) : null}
            </button>
          );
        })}
      </div>
      {current ? (
        <div className="reprint-row">
          <button type="button" className="btn btn--small" disabled={reprinting} aria-label={`${t('op.reprint')}: ${current.number}`} onClick={() => onReprint(current)}>
            <PrinterIcon /> {t('op.reprint')}
          </button>
        </div>
      ) : null}
      <details className="shortcuts">
        <summary>{t('op.shortcuts')}</summary>
        <p>{t('op.shortcutsNote')}</p>
        <dl>
          {SHORTCUTS.map((s) => (
            <div key={s.code}>
              <dt>
                <kbd>{s.key}</kbd> / <kbd>{s.keyUk}</kbd>
              </dt>
              <dd>{actionLabel(s.action, myWindow.paused, t)}</dd>
            </div>
          ))}
        </dl>
      </details>

      <h2 id="recent-title" className="recent__title">
        {t('op.recentTitle')}
      </h2>
      {recent.length === 0 ? (
        <p className="recent__empty">{t('op.recentEmpty')}</p>
      ) : (
        <ul className="recent__list" aria-labelledby="recent-title">
          {recent.map((r) => (
            <li key={r.id} className="recent__item">
              <span className="queue__number">{r.number}</span>
              <span className="queue__service">{serviceName(r.serviceId)}</span>
              <span className="recent__status">{t(`op.status_${r.status}`, { defaultValue: r.status })}</span>
              <button type="button" className="btn btn--small" disabled={reprinting} aria-label={`${t('op.reprint')}: ${r.number}`} onClick={() => onReprint(r)}>
                <PrinterIcon /> {t('op.reprint')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
