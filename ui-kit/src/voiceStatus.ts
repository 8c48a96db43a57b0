// The voice state for React screens (the board's «Голос недоступний…», the admin's voice panel).
import { useEffect, useSyncExternalStore } from 'react';
import { ensureVoiceChecked, subscribeVoice, voiceState, type VoiceState } from './voice';

/** What speaks on this screen now; asks the server on first use and follows every change. */
export function useVoiceState(): VoiceState {
  useEffect(() => ensureVoiceChecked(), []);
  return useSyncExternalStore(subscribeVoice, voiceState, voiceState);
}
