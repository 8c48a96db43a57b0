// Choosing what and when, one question at a time (a phone screen holds one list well).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BookableService, BookingAvailability, BookingOffice, BookingPublicView } from '@cherha/contracts';
import { api } from '@cherha/ui-kit/client';
import { failureText, PUBLIC } from './api';
import { useStepFocus } from './focus';
import { dayLabel, tr, type Lang } from './i18n';
import { WhoForm } from './WhoForm';

export function Picker({ lang, onBooked, onFind, missing }: {
  lang: Lang; onBooked: (v: BookingPublicView) => void; onFind: (code: string) => void;
  /** a code that found nothing: kept in the field with the reason under it */
  missing: { code: string; text: string } | null;
}) {
  const [offices, setOffices] = useState<BookingOffice[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [office, setOffice] = useState<BookingOffice | null>(null);
  const [service, setService] = useState<BookableService | null>(null);
  const [slot, setSlot] = useState<{ startsAt: string; time: string; date: string } | null>(null);

  const load = () => {
    setFailure(null);
    api('listBookingOffices', {}, PUBLIC)
      .then((list) => {
        setOffices(list);
        if (list.length === 1) setOffice(list[0]!);
      })
      .catch(setFailure);
  };
  useEffect(load, []);

  if (failure) return <Problem text={failureText(failure, tr(lang, 'network'))} lang={lang} retry={load} />;
  if (!offices) return <p role="status">{tr(lang, 'loading')}</p>;
  if (offices.length === 0) return <p class="notice" role="status">{tr(lang, 'noOffices')}</p>;
  if (!office) {
    return (
      <>
        <Step step="office" title={tr(lang, 'stepOffice')}>
          {offices.map((o) => <Choice key={o.id} onClick={() => setOffice(o)} main={o.name[lang]} sub={o.address} />)}
        </Step>
        <FindByCode lang={lang} onFind={onFind} missing={missing} />
      </>
    );
  }
  if (!service) {
    return (
      <>
        <Step step="service" title={tr(lang, 'stepService')} back={offices.length > 1 ? () => setOffice(null) : undefined} lang={lang}>
          {office.services.map((s) => <Choice key={s.id} onClick={() => setService(s)} main={s.name[lang]} sub={tr(lang, 'minutes', { n: s.expectedMinutes })} />)}
        </Step>
        <FindByCode lang={lang} onFind={onFind} missing={missing} />
      </>
    );
  }
  if (!slot) return <TimePicker lang={lang} service={service} onBack={() => setService(null)} onPick={setSlot} />;
  return (
    <WhoForm lang={lang} office={office} service={service} slot={slot} onBack={() => setSlot(null)} onBooked={onBooked} />
  );
}

/** a day, then a time of that day; the days come with how many places are free */
export function TimePicker({ lang, service, onBack, onPick, title }: {
  lang: Lang; service: { id: number; name: { uk: string; en: string } }; onBack: () => void;
  onPick: (s: { startsAt: string; time: string; date: string }) => void; title?: string;
}) {
  const [date, setDate] = useState<string | null>(null);
  const [a, setA] = useState<BookingAvailability | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const load = () => {
    setFailure(null);
    api('getBookingAvailability', { params: { serviceId: service.id }, query: date ? { date } : {} }, PUBLIC)
      .then(setA)
      .catch(setFailure);
  };
  useEffect(load, [service.id, date]);
  // a day chosen: its times appear below the days, and the focus goes to their heading
  const timesTitle = a?.date ? `${tr(lang, 'stepTime')} — ${dayLabel(lang, a.date)}` : '';
  const timesRef = useStepFocus<HTMLHeadingElement>(date !== null && a?.date === date ? date : null, timesTitle);
  if (failure) return <Problem text={failureText(failure, tr(lang, 'network'))} lang={lang} retry={load} />;
  if (!a) return <p role="status">{tr(lang, 'loading')}</p>;
  return (
    <>
      <Step step="day" title={title ?? tr(lang, 'stepDay')} back={onBack} lang={lang} sub={service.name[lang]}>
        <div class="days">
          {a.days.map((d) => (
            <button key={d.date} type="button" class="day" aria-pressed={a.date === d.date} disabled={d.free === 0} onClick={() => setDate(d.date)}>
              <span class="day__date">{dayLabel(lang, d.date)}</span>
              <span class="day__free">{d.free > 0 ? tr(lang, 'freeCount', { n: d.free }) : tr(lang, 'noneFree')}</span>
            </button>
          ))}
        </div>
      </Step>
      {a.date !== null && (
        <section class="step" aria-labelledby="times-title">
          <h2 id="times-title" tabIndex={-1} ref={timesRef}>{timesTitle}</h2>
          {a.slots.length === 0 ? <p class="notice">{tr(lang, 'noTimes')}</p> : (
            <div class="times">
              {a.slots.map((s) => <button key={s.startsAt} type="button" class="time" onClick={() => onPick({ startsAt: s.startsAt, time: s.time, date: a.date! })}>{s.time}</button>)}
            </div>
          )}
        </section>
      )}
    </>
  );
}

export function Step({ step, title, sub, back, lang, children }: {
  /** which step (not its words: switching the language must not move the focus) */
  step: string; title: string; sub?: string; back?: () => void; lang?: Lang; children: preact.ComponentChildren;
}) {
  const heading = useStepFocus<HTMLHeadingElement>(step, title);
  return (
    <section class="step" aria-labelledby="step-title">
      {back && lang && <button type="button" class="back" onClick={back}>← {tr(lang, 'back')}</button>}
      <h1 id="step-title" tabIndex={-1} ref={heading}>{title}</h1>
      {sub && <p class="step__sub">{sub}</p>}
      <div class="choices">{children}</div>
    </section>
  );
}

function Choice({ main, sub, onClick }: { main: string; sub?: string; onClick: () => void }) {
  return (
    <button type="button" class="choice" onClick={onClick}>
      <span class="choice__main">{main}</span>
      {sub && <span class="choice__sub">{sub}</span>}
    </button>
  );
}

export function Problem({ text, lang, retry }: { text: string; lang: Lang; retry?: () => void }) {
  return (
    <div class="error" role="alert">
      <p>{text}</p>
      {retry && <button type="button" class="secondary" onClick={retry}>{tr(lang, 'retry')}</button>}
    </div>
  );
}

function FindByCode({ lang, onFind, missing }: { lang: Lang; onFind: (code: string) => void; missing: { code: string; text: string } | null }) {
  const [value, setValue] = useState(missing?.code ?? '');
  const field = useRef<HTMLInputElement>(null);
  // back after a code that found nothing: the visitor retypes in the same field
  useEffect(() => {
    if (missing) field.current?.focus();
  }, [missing]);
  return (
    <form class="find" onSubmit={(e) => {
      e.preventDefault();
      if (value.trim()) onFind(value.trim().toUpperCase());
    }}>
      <h2>{tr(lang, 'haveCode')}</h2>
      <label for="find-code">{tr(lang, 'findCode')}</label>
      <input
        id="find-code" ref={field} value={value} onInput={(e) => setValue(e.currentTarget.value)} autocomplete="off" autocapitalize="characters" maxLength={20}
        aria-invalid={missing ? true : undefined} aria-describedby={missing ? 'find-error' : undefined}
      />
      {missing && <p id="find-error" class="field-error" role="alert">{missing.text}</p>}
      <button type="submit" class="secondary">{tr(lang, 'find')}</button>
    </form>
  );
}
