// One booking by its code: what, where, when, the QR code to show at the kiosk, the calendar
// file, and cancel or move while it is still open. Never the full name or contact.
import { useEffect, useState } from 'preact/hooks';
import type { BookingPublicView } from '@cherha/contracts';
import { api, apiUrl } from '@cherha/ui-kit/client';
import { failureText, PUBLIC } from './api';
import { useStepFocus } from './focus';
import { dayLabel, tr, type Lang } from './i18n';
import { Problem, TimePicker } from './Picker';
import { ServiceCard } from './ServiceCard';

const minutesBetween = (a: string, b: string) => Math.round(Math.abs(Date.parse(b) - Date.parse(a)) / 60_000);

export function Booking({ lang, code, initial, onNew, onMissing }: {
  lang: Lang; code: string; initial: BookingPublicView | null; onNew: () => void;
  /** the code found nothing (or could not be read): back to the field, with this sentence under it */
  onMissing: (text: string) => void;
}) {
  const [v, setV] = useState<BookingPublicView | null>(initial);
  const [failure, setFailure] = useState<unknown>(null);
  const error = failure ? failureText(failure, tr(lang, 'network')) : null;
  const [note, setNote] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'cancel' | 'move'>('view');
  const params = { code };
  const fail = (e: unknown) => setFailure(e);
  /** a time picked while moving: asked about first, as cancelling is */
  const [pending, setPending] = useState<{ startsAt: string; time: string; date: string } | null>(null);
  const askText = !pending || !v ? '' : pending.date === v.date
    ? tr(lang, 'moveAsk', { time: pending.time })
    : tr(lang, 'moveAskDay', { date: dayLabel(lang, pending.date), time: pending.time });
  const ask = useStepFocus<HTMLParagraphElement>(pending?.startsAt ?? null, askText);
  const heading = useStepFocus<HTMLHeadingElement>(v ? `${v.code}-${mode}-${v.status}-${v.startsAt}` : null, v ? tr(lang, `status_${v.status}`, { ticket: v.ticketNumber ?? '' }) : '');

  useEffect(() => {
    if (initial) return;
    api('getBooking', { params: { code } }, PUBLIC)
      .then(setV)
      .catch((e: unknown) => onMissing(failureText(e, tr(lang, 'network'))));
  }, [code, initial, lang, onMissing]);

  if (!v) {
    return error ? <><Problem text={error} lang={lang} /><button type="button" class="secondary" onClick={onNew}>{tr(lang, 'newBooking')}</button></> : <p role="status">{tr(lang, 'loading')}</p>;
  }
  if (mode === 'move') {
    return (
      <>
        <TimePicker lang={lang} service={v.service} title={tr(lang, 'move')} onBack={() => setMode('view')} onPick={setPending} />
        {pending && (
          <div class="confirm" role="group" aria-labelledby="move-ask">
            <p id="move-ask" tabIndex={-1} ref={ask}>{askText}</p>
            <button type="button" class="primary" onClick={() => {
              setFailure(null);
              api('moveBooking', { params, body: { startsAt: pending.startsAt } }, PUBLIC)
                .then((moved) => {
                  setV(moved);
                  setNote(tr(lang, 'moved', { date: dayLabel(lang, moved.date), time: moved.time }));
                })
                .catch(fail)
                .finally(() => {
                  setPending(null);
                  setMode('view');
                });
            }}>{tr(lang, 'moveConfirm')}</button>
            <button type="button" class="secondary" onClick={() => setPending(null)}>{tr(lang, 'notMoved')}</button>
          </div>
        )}
      </>
    );
  }
  const open = v.status === 'booked';
  const status = tr(lang, `status_${v.status}`, { ticket: v.ticketNumber ?? '' });
  return (
    <section class="step" aria-labelledby="booking-title">
      <h1 id="booking-title" tabIndex={-1} ref={heading}>{v.status === 'booked' && initial ? tr(lang, 'doneTitle') : status}</h1>
      <p class="status" role="status">{note ?? (initial && v.status === 'booked' ? status : '')}</p>
      <div class="code" aria-label={tr(lang, 'code')}>
        <span class="code__label">{tr(lang, 'code')}</span>
        <span class="code__value">{v.code}</span>
      </div>
      <dl class="facts">
        <div><dt>{tr(lang, 'when')}</dt><dd>{dayLabel(lang, v.date)}, {v.time}</dd></div>
        <div><dt>{tr(lang, 'service')}</dt><dd>{v.service.name[lang]}</dd></div>
        <div><dt>{tr(lang, 'office')}</dt><dd>{v.office.name[lang]}{v.office.address ? `, ${v.office.address}` : ''}</dd></div>
        <div><dt>{tr(lang, 'who')}</dt><dd>{v.nameMasked}</dd></div>
        {v.contactMasked && <div><dt>{tr(lang, 'contact')}</dt><dd>{v.contactMasked}</dd></div>}
      </dl>
      {open && <ServiceCard serviceId={v.service.id} lang={lang} />}
      {open && (
        <>
          <img class="qr" src={apiUrl('getBookingQr', { params })} width={240} height={240} alt={tr(lang, 'qrAlt', { code: v.code })} />
          <p class="hint">{tr(lang, 'codeHint', { before: minutesBetween(v.checkInFrom, v.startsAt), after: minutesBetween(v.startsAt, v.checkInUntil) })}</p>
          <div class="actions">
            <a class="secondary" href={apiUrl('getBookingQr', { params })} download={`cnap-${v.code}.png`}>{tr(lang, 'downloadQr')}</a>
            <a class="secondary" href={apiUrl('getBookingCalendar', { params })} download={`cnap-${v.code}.ics`}>{tr(lang, 'downloadIcs')}</a>
            <button type="button" class="secondary" onClick={() => setMode('move')}>{tr(lang, 'move')}</button>
            {mode === 'cancel' ? (
              <div class="confirm" role="group" aria-label={tr(lang, 'cancelAsk', { time: v.time })}>
                <p>{tr(lang, 'cancelAsk', { time: v.time })}</p>
                <button type="button" class="danger" onClick={() => {
                  api('cancelBooking', { params }, PUBLIC).then((c) => {
                    setV(c);
                    setNote(tr(lang, 'cancelled'));
                  }).catch(fail).finally(() => setMode('view'));
                }}>{tr(lang, 'cancelConfirm')}</button>
                <button type="button" class="secondary" onClick={() => setMode('view')}>{tr(lang, 'keep')}</button>
              </div>
            ) : <button type="button" class="danger" onClick={() => setMode('cancel')}>{tr(lang, 'cancel')}</button>}
          </div>
        </>
      )}
      {error && <Problem text={error} lang={lang} />}
      <button type="button" class="secondary" onClick={onNew}>{tr(lang, 'newBooking')}</button>
    </section>
  );
}
