// What the rating terminal (kiosk-ui) and the window display (board-ui) share: the two big
// answer buttons, their phrases and how long «Дякуємо!» stays before the screen is ready again.
import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RateResponse, RatingScale, RatingValue } from '@cherha/contracts';
import { ApiRequestError } from './api';

/** «Дякуємо!» (or «вже оцінено») stays this long, then the screen is ready for the next visitor */
export const RATING_THANKS_MS = 5000;

const uk = {
  satisfied: 'Задоволений',
  dissatisfied: 'Незадоволений',
  excellent: 'Чудово',
  good: 'Добре',
  acceptable: 'Прийнятно',
  bad: 'Жахливо',
  question: 'Оцініть, будь ласка, обслуговування',
  questionTicket: 'Талон {{number}}: оцініть, будь ласка, обслуговування',
  thanks: 'Дякуємо!',
  thanksText: 'Вашу оцінку збережено.',
  already: 'Ви вже оцінили обслуговування. Дякуємо!',
  anonymous: 'Оцінка анонімна і допомагає центру працювати краще.',
  sending: 'Зберігаємо…',
};
const en: typeof uk = {
  satisfied: 'Satisfied',
  dissatisfied: 'Dissatisfied',
  excellent: 'Excellent',
  good: 'Good',
  acceptable: 'Acceptable',
  bad: 'Awful',
  question: 'Please rate the service',
  questionTicket: 'Ticket {{number}}: please rate the service',
  thanks: 'Thank you!',
  thanksText: 'Your rating is saved.',
  already: 'You have already rated the service. Thank you!',
  anonymous: 'Your rating is anonymous and helps the centre work better.',
  sending: 'Saving…',
};

/** adds the phrases above under `rateCommon.*` to an app's i18n */
export function addRatingPhrases(i18n: I18n): void {
  i18n.addResourceBundle('uk', 'translation', { rateCommon: uk }, true, false);
  i18n.addResourceBundle('en', 'translation', { rateCommon: en }, true, false);
}

const ANSWERS: Record<RatingScale, readonly RatingValue[]> = {
  binary: ['satisfied', 'dissatisfied'],
  four: ['excellent', 'good', 'acceptable', 'bad'],
};

/**
 * «Задоволений» / «Незадоволений» (or the four levels when the centre switched them on): big
 * touch targets; `data-value` names the answer.
 */
export function RateButtons({ onRate, disabled, className, scale = 'binary' }: { onRate: (value: RatingValue) => void; disabled?: boolean; className?: string; scale?: RatingScale }) {
  const { t } = useTranslation();
  return (
    <div className={`ck-rate ck-rate--${scale} ${className ?? ''}`}>
      {ANSWERS[scale].map((value) => (
        <button key={value} type="button" className={`ck-rate__btn ck-rate__btn--${value}`} data-value={value} disabled={disabled} onClick={() => onRate(value)}>
          <span className={`ck-rate__icon ck-face ck-face--${value}`} aria-hidden="true" />
          <span>{t(`rateCommon.${value}`)}</span>
        </button>
      ))}
    </div>
  );
}

/** what a rating screen shows after a tap: thanks, «вже оцінено», or the server's message */
export type RateOutcome = { kind: 'thanks' } | { kind: 'already' } | { kind: 'message'; text: string };

/** turns a rating request into the outcome to show; a 401 tells the session to check the token */
export async function rateOutcome(request: () => Promise<RateResponse>, onAuthError: () => void, networkText: string): Promise<RateOutcome> {
  try {
    const res = await request();
    return res.status === 'already_rated' ? { kind: 'already' } : { kind: 'thanks' };
  } catch (err) {
    if (err instanceof ApiRequestError && err.status === 401) onAuthError();
    if (err instanceof ApiRequestError && err.isNetwork) return { kind: 'message', text: networkText };
    return { kind: 'message', text: err instanceof Error ? err.message : String(err) };
  }
}

/** the outcome on screen, cleared (and `onReset` called) after RATING_THANKS_MS */
export function useRateOutcome(onReset: () => void): [RateOutcome | null, (o: RateOutcome | null) => void] {
  const [outcome, setOutcome] = useState<RateOutcome | null>(null);
  const reset = useCallback(() => {
    setOutcome(null);
    onReset();
  }, [onReset]);
  useEffect(() => {
    if (!outcome) return undefined;
    const timer = setTimeout(reset, RATING_THANKS_MS);
    return () => clearTimeout(timer);
  }, [outcome, reset]);
  return [outcome, setOutcome];
}

/** «Дякуємо!», «Ви вже оцінили…» or the server's message, announced politely; `headingId` makes it the screen's heading */
export function RateOutcomeView({ outcome, className, headingId }: { outcome: RateOutcome; className: string; headingId?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`${className} ${className}--${outcome.kind}`} role="status" aria-live="polite">
      <h2 id={headingId} className={`${className}__big`}>
        {outcome.kind === 'thanks' ? t('rateCommon.thanks') : outcome.kind === 'already' ? t('rateCommon.already') : outcome.text}
      </h2>
      {outcome.kind === 'thanks' ? <p>{t('rateCommon.thanksText')}</p> : null}
    </div>
  );
}
