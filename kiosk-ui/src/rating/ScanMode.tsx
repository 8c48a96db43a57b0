// Rating terminal with a QR/barcode scanner. The scanner acts as a keyboard: it types the
// ticket's address (or its code) and Enter into the focused input below, which is visually
// hidden but labelled. Scan → the ticket's number → two big buttons → «Дякуємо!» → ready.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingLookupResponse, RatingValue } from '@cherha/contracts';
import { api, ApiRequestError, currentLanguage, localized, RateButtons, RateOutcomeView, rateOutcome, useIdle, useRateOutcome } from '@cherha/ui-kit';
import { CameraScan, cameraScanAvailable } from './CameraScan';

/** a ticket shown with its buttons goes back to ready after this long without a tap */
const TICKET_IDLE_MS = 30_000;

type Screen = { kind: 'ready' } | { kind: 'looking' } | { kind: 'ticket'; code: string; lookup: RatingLookupResponse; saving: boolean };

export function ScanMode({ token, onAuthError, onReady }: { token: string; onAuthError: () => void; onReady: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [screen, setScreen] = useState<Screen>({ kind: 'ready' });
  const [camera, setCamera] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const seq = useRef(0);
  const ready = useCallback(() => {
    seq.current += 1;
    setScreen({ kind: 'ready' });
    onReady();
  }, [onReady]);
  const [outcome, setOutcome] = useRateOutcome(ready);
  useIdle(TICKET_IDLE_MS, ready, screen.kind === 'ticket' && !outcome);

  // the scanner types into the input: it gets the focus back whenever the screen changes or
  // the focus is lost to nothing (a tap on the background), and the first character typed
  // while a button has the focus is sent to it too (a scanner's Enter must never press a
  // button). Tab still reaches the buttons for keyboard users.
  const refocus = useCallback(() => {
    if (!camera) setTimeout(() => inputRef.current?.focus({ preventScroll: true }), 0);
  }, [camera]);
  useEffect(refocus, [refocus, screen.kind, outcome]);
  useEffect(() => {
    if (camera) return undefined;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const input = inputRef.current;
      if (!input || document.activeElement === input || e.key.length !== 1 || e.key === ' ' || e.ctrlKey || e.altKey || e.metaKey) return;
      input.focus({ preventScroll: true });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [camera]);

  const lookup = async (scanned: string) => {
    const code = scanned.trim();
    if (!code) return;
    const mine = ++seq.current;
    setOutcome(null);
    setScreen({ kind: 'looking' });
    try {
      const res = await api('lookupRating', { body: { code } }, { token });
      if (mine !== seq.current) return;
      if (res.alreadyRated) setOutcome({ kind: 'already' });
      else if (!res.canRate) setOutcome({ kind: 'message', text: `${t('rt.ticket', { number: res.number })}. ${t('rt.cannotRate')}` });
      else {
        setScreen({ kind: 'ticket', code, lookup: res, saving: false });
        return;
      }
      setScreen({ kind: 'ready' });
    } catch (err) {
      if (mine !== seq.current) return;
      if (err instanceof ApiRequestError && err.status === 401) onAuthError();
      const text = err instanceof ApiRequestError && err.status === 404 ? t('rt.unknown') : err instanceof ApiRequestError && err.isNetwork ? t('errors.NETWORK') : String((err as Error).message);
      setScreen({ kind: 'ready' });
      setOutcome({ kind: 'message', text });
    }
  };

  const rate = async (value: RatingValue) => {
    if (screen.kind !== 'ticket' || screen.saving) return;
    const mine = seq.current;
    setScreen({ ...screen, saving: true });
    const result = await rateOutcome(
      () => api('scanRating', { body: { code: screen.code, value } }, { token }),
      onAuthError,
      t('errors.NETWORK'),
    );
    if (mine !== seq.current) return;
    setScreen({ kind: 'ready' });
    setOutcome(result);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const text = e.currentTarget.value;
    e.currentTarget.value = '';
    void lookup(text);
  };

  return (
    <div className="rt-scan">
      <label htmlFor="rt-scan-input" className="ck-visually-hidden">
        {t('rt.scanInput')}
      </label>
      <input id="rt-scan-input" ref={inputRef} className="ck-visually-hidden" autoComplete="off" spellCheck={false} onKeyDown={onKey} onBlur={(e) => e.relatedTarget === null && refocus()} />
      {outcome ? (
        <RateOutcomeView outcome={outcome} className="rt-outcome" />
      ) : screen.kind === 'ticket' ? (
        <section className="rt-ticket" aria-labelledby="rt-ticket-title">
          <h2 id="rt-ticket-title" className="rt-ticket__number">
            {t('rt.ticket', { number: screen.lookup.number })}
          </h2>
          <p className="rt-ticket__service">{localized(screen.lookup.serviceName, lang)}</p>
          <p className="rt-question">{t('rateCommon.question')}</p>
          <RateButtons onRate={(v) => void rate(v)} disabled={screen.saving} className="rt-buttons" scale={screen.lookup.scale} />
          <button type="button" className="rt-secondary" onClick={ready}>
            {t('rt.back')}
          </button>
        </section>
      ) : (
        <section className="rt-ready" aria-labelledby="rt-ready-title">
          <p className="rt-ready__icon" aria-hidden="true">
            ▣
          </p>
          <h2 id="rt-ready-title">{screen.kind === 'looking' ? t('rt.looking') : t('rt.scanPrompt')}</h2>
          <p>{t('rt.scanHint')}</p>
          {cameraScanAvailable() ? (
            <button type="button" className="rt-secondary" onClick={() => setCamera(true)}>
              {t('rt.camera')}
            </button>
          ) : null}
        </section>
      )}
      {camera ? (
        <CameraScan
          onClose={() => setCamera(false)}
          onCode={(text) => {
            setCamera(false);
            void lookup(text);
          }}
        />
      ) : null}
    </div>
  );
}
