// The browser's speech engine replaced by a recorder (headless Chromium has no voices): what
// the hall would hear lands in `window.__spoken`; each phrase "takes" 700 ms.
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
`;
