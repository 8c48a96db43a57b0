// «Підійдіть до вікна N»: a short beep (WebAudio, no sound file to download), a vibration
// where the phone has one, and a notification when the visitor agreed to them. The chime is
// the board's (plain WebAudio, no React), imported by its own path to keep the bundle small.
import { playChime, unlockAudio } from '@cherha/ui-kit/announcer';

/** Browsers start audio only after a tap: the first tap on the page prepares the sound. */
let prepared = false;
export function prepareSound(): void {
  if (prepared) return;
  prepared = true;
  void unlockAudio();
}

export type NotifyState = 'unsupported' | 'default' | 'granted' | 'denied';

export function notifyState(): NotifyState {
  if (typeof Notification === 'undefined' || !window.isSecureContext) return 'unsupported';
  return Notification.permission;
}

export async function askNotify(): Promise<NotifyState> {
  prepareSound();
  if (notifyState() === 'unsupported') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return notifyState();
  }
}

/** everything the phone can do to say "it is your turn"; each part may be missing */
export function signalCall(title: string, body: string): void {
  void playChime();
  try {
    navigator.vibrate?.([300, 150, 300, 150, 300]);
  } catch {
    /* not allowed without a tap on some browsers */
  }
  if (notifyState() === 'granted') {
    try {
      new Notification(title, { body, tag: 'cherha-call', requireInteraction: true });
    } catch {
      /* Android Chrome allows notifications only from a service worker: the beep must do */
    }
  }
}
