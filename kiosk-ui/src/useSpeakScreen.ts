// «Озвучити»: reads the visible screen (or the alert) aloud in the current language, with the
// server's voice (ui-kit speakText), so it works on a kiosk PC without speech voices.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isSpeaking, speakText, stopSpeaking } from '@cherha/ui-kit';

export interface ScreenReader {
  speaking: boolean;
  toggle: () => void;
  stop: () => void;
  speakAlert: () => void;
}

/** `mainId`: the element whose text is read; during an alert the alert is read first; `token`: the kiosk's (the server reads for paired devices) */
export function useSpeakScreen(mainId: string, alertActive: boolean, token: string | null): ScreenReader {
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
      void speakText(text, voice, token).then(() => setSpeaking(false));
    },
    speakAlert: () => {
      stopSpeaking();
      void speakText(`${t('common.alertTitle')} ${t('common.alertText')} ${t('kiosk.alertIssuingOff')}`, voice, token);
    },
  };
}
