import { useTranslation } from 'react-i18next';
import type { Outcome } from './useRatingFlow';

/** «Дякуємо!», «Ви вже оцінили…» or the server's message, announced politely */
export function OutcomeView({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <div className={`rt-outcome rt-outcome--${outcome.kind}`} role="status" aria-live="polite">
      <p className="rt-outcome__big">{outcome.kind === 'thanks' ? t('rateCommon.thanks') : outcome.kind === 'already' ? t('rateCommon.already') : outcome.text}</p>
      {outcome.kind === 'thanks' ? <p>{t('rateCommon.thanksText')}</p> : null}
    </div>
  );
}
