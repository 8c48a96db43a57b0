import { expect } from 'vitest';
import type { E2ESuite } from './helpers';

// The browser's speech engine replaced by a recorder (headless Chromium has no voices): what
// the hall would hear lands in `window.__spoken`; each phrase "takes" 700 ms. Announcements
// the server's voice-pack clips say (the usual way, tests/e2e/voice-board.test.ts follows the
// clips themselves) land there too, as the text they say.
export const SPEECH_RECORDER = `
  window.__spoken = [];
  const synth = {
    speaking: false,
    _current: null,
    speak(u) { window.__spoken.push(u.text); this._current = u; this.speaking = true;
      setTimeout(() => { if (this._current === u) { this.speaking = false; this._current = null; u.onend && u.onend(); } }, 700); },
    cancel() { const u = this._current; this._current = null; this.speaking = false; if (u && u.onend) u.onend(); },
    getVoices() { return []; },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  // what the server's voice-pack clips say (ui-kit announcer's event), recorded the same way
  window.addEventListener('cherha:announce', (e) => { if (e.detail.via === 'server') window.__spoken.push(e.detail.text); });
`;

/** The window labelled `label` and the first service it takes, as the operator's API lists them. */
export async function windowAndService(s: E2ESuite, cookie: string, label: string): Promise<{ id: number; label: string; serviceId: number }> {
  const windows = (await s.h.http('GET', '/api/branches/1/windows', { cookie })).body as { id: number; label: string; services: { serviceId: number }[] }[];
  const w = windows.find((x) => x.label === label)!;
  return { id: w.id, label: w.label, serviceId: w.services[0]!.serviceId };
}

/** `count` tickets called at the window and marked no-show at once: calls a board may miss. Returns their numbers. */
export async function callsMissed(s: E2ESuite, cookie: string, w: { id: number; serviceId: number }, count: number): Promise<string[]> {
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = await s.issue(w.serviceId);
    expect((await s.h.http('POST', `/api/windows/${w.id}/call`, { cookie, body: { ticketId: t.id } })).status).toBe(200);
    await s.h.http('POST', `/api/tickets/${t.id}/no-show`, { cookie });
    numbers.push(t.number);
  }
  return numbers;
}
