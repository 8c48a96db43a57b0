// The operator's own figures in the console: today's ratings of the services they gave
// (GET /api/me/ratings: their own rows only), refreshed now and then and on request.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingSummary } from '@cherha/contracts';
import { api, currentLanguage, useIntervalEffect } from '@cherha/ui-kit';
import { i18n as appI18n } from '../i18n';
import { percent } from './figures';
import { addRatingStrings } from './strings';
import './ratings.css';

addRatingStrings(appI18n);

const REFRESH_MS = 60_000;

/** a rating comes minutes after «Завершити», so a slow refresh (and the button) is enough */
export function MyRatingsPanel() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [mine, setMine] = useState<RatingSummary | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  useIntervalEffect(refresh, REFRESH_MS);

  useEffect(() => {
    let cancelled = false;
    api('getMyRatings', { query: {} })
      .then((s) => !cancelled && setMine(s))
      .catch(() => undefined); // the panel is a courtesy: the console works without it
    return () => {
      cancelled = true;
    };
  }, [tick]);

  if (!mine) return null;
  return (
    <section className="my-ratings" aria-labelledby="my-ratings-title">
      <h2 id="my-ratings-title">{t('rat.mine')}</h2>
      <p className="my-ratings__line" aria-live="polite">
        {mine.total === 0 ? t('rat.mineNone') : t('rat.mineLine', { count: mine.total, share: percent(mine.satisfiedShare, lang) })}
        {mine.nps ? ` · NPS ${mine.nps.score}` : ''}
      </p>
      <button type="button" className="btn btn--small" onClick={refresh}>
        {t('rat.refresh')}
      </button>
    </section>
  );
}
