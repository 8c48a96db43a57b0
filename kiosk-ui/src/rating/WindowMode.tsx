// Rating terminal without a scanner, bound to one window: the buttons rate the ticket most
// recently finished there (POST /api/windows/:id/rating); its number comes from rating-target,
// asked again on every change at the window (the window's live feed) and every few seconds.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingScale, RatingTargetResponse, RatingValue } from '@cherha/contracts';
import { api, ApiRequestError, RateButtons, RateOutcomeView, rateOutcome, useRateOutcome, useWindowFeed } from '@cherha/ui-kit';

/** without a change at the window the target is asked again this often (the feed may be down) */
const TARGET_POLL_MS = 5000;

export function WindowMode({ token, windowId, label, onAuthError, onReady }: { token: string; windowId: number; label: string | null; onAuthError: () => void; onReady: () => void }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<RatingTargetResponse['ticket']>(null);
  const [saving, setSaving] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const ready = useCallback(() => {
    setRefresh((n) => n + 1);
    onReady();
  }, [onReady]);
  const [outcome, setOutcome] = useRateOutcome(ready);
  const feed = useWindowFeed(token, windowId, onAuthError);
  const [scale, setScale] = useState<RatingScale>('binary');
  const changed = feed.update;

  useEffect(() => {
    if (outcome) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      api('getRatingTarget', { params: { windowId } }, { token })
        .then((res) => {
          if (cancelled) return;
          setTarget(res.ticket);
          setScale(res.scale);
        })
        .catch((err: unknown) => {
          if (!cancelled && err instanceof ApiRequestError && err.status === 401) onAuthError();
        })
        .finally(() => {
          if (!cancelled) timer = setTimeout(load, TARGET_POLL_MS);
        });
    };
    load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [windowId, token, outcome, refresh, changed, onAuthError]);

  const rate = async (value: RatingValue) => {
    setSaving(true);
    const result = await rateOutcome(
      () => api('rateAtWindow', { params: { windowId }, body: { value } }, { token }),
      onAuthError,
      t('errors.NETWORK'),
    );
    setSaving(false);
    setTarget(null);
    setOutcome(result);
  };

  return (
    <div className="rt-window">
      <p className="rt-window__label">{t('rt.windowTitle', { label: feed.update?.label ?? label ?? String(windowId) })}</p>
      {outcome ? (
        <RateOutcomeView outcome={outcome} className="rt-outcome" />
      ) : target ? (
        <section className="rt-ticket" aria-labelledby="rt-ticket-title">
          <h2 id="rt-ticket-title" className="rt-ticket__number">
            {t('rt.ticket', { number: target.number })}
          </h2>
          <p className="rt-question">{t('rateCommon.question')}</p>
          <RateButtons onRate={(v) => void rate(v)} disabled={saving} className="rt-buttons" scale={feed.update?.scale ?? scale} />
        </section>
      ) : (
        <section className="rt-ready" aria-labelledby="rt-ready-title">
          <h2 id="rt-ready-title">{t('rateCommon.question')}</h2>
          <p>{t('rt.windowWaiting')}</p>
        </section>
      )}
    </div>
  );
}
