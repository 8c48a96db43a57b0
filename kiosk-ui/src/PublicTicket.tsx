// The ticket's own page on the visitor's phone (QR code → /t/<code> → /kiosk/?ticket=<code>):
// number, status, people ahead, window when called. No token, nothing stored.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicTicketView } from '@cherha/contracts';
import { ApiRequestError, LanguageToggle, apiFetch, currentLanguage, errorMessage, formatClock, localized } from '@cherha/ui-kit';

const REFRESH_MS = 15_000;

export function PublicTicket({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [view, setView] = useState<PublicTicketView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      apiFetch<PublicTicketView>(`/api/public/tickets/${encodeURIComponent(code)}`)
        .then((v) => {
          if (cancelled) return;
          setView(v);
          setError(null);
          setUpdatedAt(Date.now());
          if (['waiting', 'called', 'serving', 'postponed'].includes(v.status)) timer = setTimeout(load, REFRESH_MS);
        })
        .catch((err: unknown) => {
          if (cancelled) return;
          setError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('errors.NETWORK') : errorMessage(err));
          if (!(err instanceof ApiRequestError && err.status === 404)) timer = setTimeout(load, REFRESH_MS);
        });
    };
    load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [code, t]);

  return (
    <div className="public">
      <header className="public__bar">
        <span className="public__brand">{view ? localized(view.branchName, lang) : t('common.appName')}</span>
        <LanguageToggle />
      </header>
      <main className="public__main" aria-labelledby="public-title">
        <h1 id="public-title" className="public__label">
          {t('kiosk.yourTicket')}
        </h1>
        {view ? (
          <>
            <p className="public__number">{view.number}</p>
            <p className="public__service">{localized(view.serviceName, lang)}</p>
            <p className={`public__status public__status--${view.status}`} role="status" aria-live="polite">
              {view.status === 'called' && view.windowLabel
                ? t('public.calledTo', { window: view.windowLabel })
                : t(`public.status_${view.status}`, { defaultValue: view.status })}
            </p>
            {view.status === 'waiting' ? (
              <p className="public__ahead">{view.peopleAhead > 0 ? `${t('kiosk.peopleAhead')}: ${t('common.people', { count: view.peopleAhead })}` : t('kiosk.noneAhead')}</p>
            ) : null}
            <p className="public__meta">
              {t('public.issuedAt', { time: formatClock(Date.parse(view.issuedAt), view.timeZone) })}
              {updatedAt ? ` · ${t('public.updatedAt', { time: formatClock(updatedAt, undefined, true) })}` : ''}
            </p>
          </>
        ) : error ? null : (
          <p role="status">{t('common.loading')}</p>
        )}
        {error ? (
          <p className="error-box" role="alert">
            {error}
          </p>
        ) : null}
      </main>
    </div>
  );
}
