// Chromium blocks sound until someone clicks (unless started with an autoplay flag): one
// button for the technician, gone after the first press.
import { useTranslation } from 'react-i18next';
import { unlockAudio } from '@cherha/ui-kit';

export function SoundOverlay({ onEnabled }: { onEnabled: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="sound-overlay">
      <button
        type="button"
        className="sound-overlay__button"
        onClick={() => {
          void unlockAudio();
          onEnabled();
        }}
      >
        {t('board.soundOn')}
      </button>
      <p className="sound-overlay__hint">{t('board.soundHint')}</p>
    </div>
  );
}
