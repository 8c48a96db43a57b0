// The latest call, huge: «ПР999 → вікно 123» on one line whatever the screen, the arrow level
// with the window's label. With no call yet it says what is true: wait for your number.
import { useTranslation } from 'react-i18next';
import type { CallView } from '@cherha/contracts';
import { useNow } from '@cherha/ui-kit';
import { ArrowIcon } from './icons';
import { callTitle, type RecentRow } from './rows';

/**
 * `alsoFresh`: the other calls of the last seconds (several windows at once), newest first,
 * one per ticket: named under the big call so nobody has to find them in the list.
 */
export function NowCalling({ latest, fresh, alsoFresh, clockSkewMs }: { latest: CallView | null; fresh: boolean; alsoFresh: readonly RecentRow[]; clockSkewMs: number }) {
  const { t } = useTranslation();
  // a slow tick of this PC's clock (only the title's wording depends on the time); the server's
  // skew is added at each drawing, so a PC clock that is off never shows a fresh call as old
  const localNow = useNow(10_000);
  if (!latest) {
    return (
      <section className="now now--idle" aria-labelledby="now-title">
        <h2 id="now-title" className="now__title now__title--idle" data-fit>
          {t('board.noCallsTitle')}
        </h2>
        <p className="now__empty">{t('board.noCalls')}</p>
      </section>
    );
  }
  const title = t(`board.${callTitle(latest, localNow + clockSkewMs)}`);
  return (
    <section className={`now${fresh ? ' now--fresh' : ''}`} aria-labelledby="now-title">
      <h2 id="now-title" className="now__title" data-fit>
        {title}
      </h2>
      {/* every size inside is in em of this line: shrinking it to fit keeps the proportions */}
      <p className="now__call" data-fit aria-label={t('board.arrowLabel', { number: latest.number, window: latest.windowLabel })}>
        <span className="now__number">{latest.number}</span>
        <span className="now__arrow" aria-hidden="true">
          <ArrowIcon />
        </span>
        <span className="now__window">
          <span className="now__window-word">{t('board.windowWord')}</span>
          <span className="now__window-label">{latest.windowLabel}</span>
        </span>
      </p>
      {alsoFresh.length > 0 ? (
        <p className="now__also" data-fit>
          <span className="now__also-word">{t('board.alsoCalled')}:</span>
          {alsoFresh.map((r) => (
            <span key={r.key} className="now__also-call" data-ticket={r.number}>
              {r.number}
              <ArrowIcon className="now__also-arrow" />
              <span className="ck-visually-hidden">{t('board.windowWord')}</span>
              {r.windowLabel}
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
