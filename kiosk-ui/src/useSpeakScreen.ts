// «Озвучити»: reads the visible screen (or the alert) aloud in the current language.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isSpeaking, speak, stopSpeaking } from '@cherha/ui-kit';

export interface ScreenReader {
  speaking: boolean;
  toggle: () => void;
  stop: () => void;
  speakAlert: () => void;
}

/** `mainId`: the element whose text is read; during an alert the alert is read first */
export function useSpeakScreen(mainId: string, alertActive: boolean): ScreenReader {
  const { t, i18n } = useTranslation();
  const voice = currentLanguage(i18n) === 'en' ? 'en-GB' : 'uk-UA';
  const [speaking, setSpeaking] = useState(false);

  // an alert stops any reading of the old screen; the overlay has its own «Озвучити»
  // (cancelling ends the utterance, whose promise then clears `speaking`)
  useEffect(() => {
    if (alertActive) stopSpeaking();
  }, [alertActive]);

  const stop = () => {
    stopSpeaking();
    setSpeaking(false);
  };
  return {
    speaking,
    stop,
    toggle: () => {
      if (speaking || isSpeaking()) {
        stop();
        return;
      }
      const main = document.getElementById(mainId);
      const text = [alertActive ? `${t('common.alertTitle')} ${t('common.alertText')}` : '', main?.innerText ?? '']
        .join('. ')
        .replace(/\s*\n+\s*/g, '. ')
        .replace(/[→·]/g, ',');
      setSpeaking(true);
      void speak(text, voice, 0.9).then(() => setSpeaking(false));
    },
    speakAlert: () => {
      stopSpeaking();
      void speak(`${t('common.alertTitle')} ${t('common.alertText')} ${t('kiosk.alertIssuingOff')}`, voice, 0.9);
    },
  };
}
