import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@cherha/ui-kit';

/** Air-raid alert: the whole screen says so, in both languages, with its own «Озвучити». */
export function AlertOverlay({ onSpeak }: { onSpeak: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <div className="alert-overlay" role="alert" aria-live="assertive">
      <p className="alert-overlay__title">{t('common.alertTitle')}</p>
      <p className="alert-overlay__text">{t('common.alertText')}</p>
      <p className="alert-overlay__sub">{t('kiosk.alertIssuingOff')}</p>
      <button type="button" className="tool-button alert-overlay__speak" onClick={onSpeak}>
        {t('kiosk.speak')}
      </button>
      {lang === 'uk' ? (
        <p className="alert-overlay__other" lang="en">
          Air-raid alert! Please go to the shelter.
        </p>
      ) : (
        <p className="alert-overlay__other" lang="uk">
          Повітряна тривога! Пройдіть до укриття.
        </p>
      )}
    </div>
  );
}
