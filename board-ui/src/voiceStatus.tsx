// A plain line in the board header's status corner when nothing can speak the calls (no
// server voice and no browser voice): the hall then has the screen and the chime only, and
// whoever looks at the board should know it, rather than wonder why the calls are silent.
import { useTranslation } from 'react-i18next';
import { currentLanguage, useVoiceState } from '@cherha/ui-kit';
import './voiceStatus.css';

const TEXT = {
  uk: 'Голос недоступний — виклики лише на екрані та дзвінком',
  en: 'No voice available — calls are shown on screen and chimed only',
} as const;

export function VoiceStatus() {
  const { i18n } = useTranslation();
  const voice = useVoiceState();
  if (voice.calls !== 'none') return null;
  return (
    <p className="voice-status" role="status" data-testid="voice-status">
      {TEXT[currentLanguage(i18n)]}
    </p>
  );
}
