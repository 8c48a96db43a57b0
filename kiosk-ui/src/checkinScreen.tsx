// Check-in of a booked visitor at the kiosk: a scanner that types like a keyboard reads the
// booking's QR code (its link) into the focused field and presses Enter, or the visitor types
// the 8-character code on the keypad. The server decides: on time → a booked ticket (called
// first at its time); late → the normal queue, and the screen says so; refusals are shown
// in the server's own words.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOOKING_CODE_ALPHABET, normalizeBookingCode, type CheckInResponse } from '@cherha/contracts';
import { ApiRequestError, api, currentLanguage, localized } from '@cherha/ui-kit';
import { checkInText } from './checkinText';
import './checkin.css';

/** the tile on the start screen that opens the check-in */
export function CheckInTile({ onOpen }: { onOpen: () => void }) {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <button type="button" className="tile tile--action tile--checkin" onClick={onOpen}>
      <span className="tile__name">{checkInText(lang, 'tile')}</span>
      <span className="tile__meta">{checkInText(lang, 'tileHint')}</span>
    </button>
  );
}

export function CheckInScreen({ token, onDone }: { token: string; onDone: () => void }) {
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const tx = (k: Parameters<typeof checkInText>[1], v?: Record<string, string | number>) => checkInText(lang, k, v);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<CheckInResponse | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    (result ? done : input).current?.focus();
  }, [result]);

  const submit = async (text: string) => {
    if (busy || text.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      setResult(await api('checkInBooking', { body: { code: text.trim() } }, { token }));
    } catch (err) {
      setError(err instanceof ApiRequestError && !err.isNetwork ? err.message : tx('network'));
      setValue('');
    } finally {
      setBusy(false);
    }
  };

  if (result) {
    const late = result.kind === 'late';
    return (
      <div className="result checkin">
        <h1 id="screen-title" className="result__label">{tx(late ? 'lateTitle' : 'bookedTitle')}</h1>
        <p className={`checkin__verdict${late ? ' checkin__verdict--late' : ''}`} role="status">
          {tx(late ? 'late' : 'booked', { time: result.bookedFor ?? result.time })}{result.replayed ? ` ${tx('again')}` : ''}
        </p>
        <p className="result__number" aria-label={`${tx('ticket')} ${result.ticket.number}`}>{result.ticket.number}</p>
        <dl className="result__facts">
          <div>
            <dt>{tx('service')}</dt>
            <dd>{localized(result.ticket.serviceName, lang)}</dd>
          </div>
          {late ? (
            <div>
              <dt>{tx('ahead')}</dt>
              <dd>{result.peopleAhead > 0 ? result.peopleAhead : tx('nobody')}</dd>
            </div>
          ) : null}
        </dl>
        {result.print.status === 'unavailable' ? <p className="printer-down__text" role="alert">{tx('printerDown')}</p> : <p className="lead">{tx('printing')}</p>}
        <button ref={done} type="button" className="big-button" onClick={onDone}>{tx('done')}</button>
      </div>
    );
  }

  const typed = normalizeBookingCode(value);
  return (
    <form className="checkin" onSubmit={(e) => {
      e.preventDefault();
      void submit(value);
    }}>
      <h1 id="screen-title" className="screen-title">{tx('title')}</h1>
      <p className="lead">{tx('hint')}</p>
      <label className="checkin__label" htmlFor="checkin-code">{tx('codeLabel')}</label>
      {/* a scanner types the whole link here and presses Enter; the keypad below types the code */}
      <div className="checkin__entry">
        <input
          id="checkin-code" ref={input} className="checkin__input" value={value} autoComplete="off" spellCheck={false} maxLength={500}
          onChange={(e) => setValue(e.currentTarget.value)} aria-describedby={error ? 'checkin-error' : undefined}
        />
        <button type="submit" className="big-button" disabled={busy || (typed === null && !value.includes('code='))}>{tx('submit')}</button>
      </div>
      {error ? <p id="checkin-error" className="checkin__error" role="alert">{error}</p> : null}
      {busy ? <p className="lead" role="status">{tx('checking')}</p> : null}
      <div className="checkin__keypad" role="group" aria-label={tx('keypad')}>
        {[...BOOKING_CODE_ALPHABET].map((ch) => (
          <button key={ch} type="button" className="checkin__key" onClick={() => {
            setValue((v) => (v.length < 9 ? v + ch : v));
            input.current?.focus();
          }}>{ch}</button>
        ))}
        <button type="button" className="checkin__key checkin__key--wide" onClick={() => setValue((v) => v.slice(0, -1))}>⌫ {tx('erase')}</button>
        <button type="button" className="checkin__key checkin__key--wide" onClick={() => setValue('')}>{tx('clear')}</button>
      </div>
    </form>
  );
}
