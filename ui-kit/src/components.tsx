// Small accessible components the three apps share.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from './api';
import { api } from './client';
import type { PairResponse } from '@cherha/contracts';
import { currentLanguage, LANGUAGES } from './i18n';

/** «Немає звʼязку з сервером» while the socket is down. */
export function ConnectionBanner({ connected, everConnected }: { connected: boolean; everConnected: boolean }) {
  const { t } = useTranslation();
  if (connected) return null;
  return (
    <div className="ck-offline" role="alert">
      <span aria-hidden="true" className="ck-offline__icon">
        ⚠
      </span>{' '}
      {everConnected ? t('common.offline') : t('common.connecting')}
    </div>
  );
}

/** УКР / ENG: two buttons, the current one pressed. */
export function LanguageToggle({ className, onChange }: { className?: string; onChange?: (lang: 'uk' | 'en') => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <div className={`ck-lang ${className ?? ''}`} role="group" aria-label={t('common.languageToggle')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="ck-lang__btn"
          aria-pressed={lang === l}
          aria-label={`${t(`common.${l}`)} (${l === 'uk' ? t('common.ukFull') : t('common.enFull')})`}
          onClick={() => {
            void i18n.changeLanguage(l);
            onChange?.(l);
          }}
        >
          {t(`common.${l}`)}
        </button>
      ))}
    </div>
  );
}

/** An assertive alert region for errors; renders nothing but the (empty) region when no message. */
export function ErrorAlert({ message, onClose }: { message: string | null; onClose?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" aria-live="assertive" className={message ? 'ck-error' : 'ck-error ck-error--empty'}>
      {message ? (
        <>
          <span>{message}</span>
          {onClose ? (
            <button type="button" className="ck-error__close" onClick={onClose} aria-label={t('common.close')}>
              ×
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** Pairing a kiosk or board: one-time code → POST /api/devices/pair → token. */
export function PairingScreen({ onPaired, children }: { onPaired: (res: PairResponse) => void; children?: ReactNode }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const clean = code.replace(/\s+/g, '');
    if (!/^[0-9]{6,8}$/.test(clean)) {
      setError(t('pairing.invalid'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await api('pairDevice', { body: { code: clean } });
      onPaired(res);
    } catch (err) {
      setError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('errors.NETWORK') : err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="ck-pairing">
      {children}
      <h1>{t('pairing.title')}</h1>
      <p id={hintId}>{t('pairing.intro')}</p>
      <form onSubmit={(e) => void submit(e)} className="ck-pairing__form">
        <label htmlFor={inputId}>{t('pairing.codeLabel')}</label>
        <input
          id={inputId}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={10}
          value={code}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? t('pairing.pairing') : t('pairing.submit')}
        </button>
      </form>
      <ErrorAlert message={error} />
    </main>
  );
}

