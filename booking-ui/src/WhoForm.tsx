// The visitor's name and, only with consent, a phone or an e-mail; then the booking.
import { useState } from 'preact/hooks';
import type { BookableService, BookingOffice, BookingPublicView } from '@cherha/contracts';
import { api } from '@cherha/ui-kit/client';
import { failureText, PUBLIC } from './api';
import { useStepFocus } from './focus';
import { dayLabel, tr, type Lang } from './i18n';
import { Problem } from './Picker';
import { ServiceCard } from './ServiceCard';

export function WhoForm({ lang, office, service, slot, onBack, onBooked }: {
  lang: Lang; office: BookingOffice; service: BookableService; slot: { startsAt: string; time: string; date: string };
  onBack: () => void; onBooked: (v: BookingPublicView) => void;
}) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needsConsent = phone.trim() !== '' || email.trim() !== '';
  const heading = useStepFocus<HTMLHeadingElement>('who', tr(lang, 'stepWho'));

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = {
        serviceId: service.id, startsAt: slot.startsAt, name: name.trim(), language: lang, consent: needsConsent && consent,
        ...(phone.trim() ? { phone: phone.trim() } : {}), ...(email.trim() ? { email: email.trim() } : {}),
      };
      onBooked(await api('createBooking', { body }, PUBLIC));
    } catch (err) {
      setError(failureText(err, tr(lang, 'network')));
      setBusy(false);
    }
  };

  return (
    <section class="step" aria-labelledby="who-title">
      <button type="button" class="back" onClick={onBack}>← {tr(lang, 'back')}</button>
      <h1 id="who-title" tabIndex={-1} ref={heading}>{tr(lang, 'stepWho')}</h1>
      <p class="step__sub">{tr(lang, 'summary', { service: service.name[lang], date: dayLabel(lang, slot.date), time: slot.time })}</p>
      <ServiceCard serviceId={service.id} lang={lang} />
      <form class="form" onSubmit={submit} noValidate>
        <label for="who-name">{tr(lang, 'name')}</label>
        <input id="who-name" required autocomplete="name" maxLength={100} value={name} aria-describedby="who-name-hint" onInput={(e) => setName(e.currentTarget.value)} />
        <p id="who-name-hint" class="hint">{tr(lang, 'nameHint')}</p>
        <label for="who-phone">{tr(lang, 'phone')}</label>
        <input id="who-phone" type="tel" inputMode="tel" autocomplete="tel" maxLength={30} value={phone} aria-describedby="who-contact-hint" onInput={(e) => setPhone(e.currentTarget.value)} />
        <label for="who-email">{tr(lang, 'email')}</label>
        <input id="who-email" type="email" autocomplete="email" maxLength={200} value={email} aria-describedby="who-contact-hint" onInput={(e) => setEmail(e.currentTarget.value)} />
        <p id="who-contact-hint" class="hint">{tr(lang, 'contactHint')}</p>
        {needsConsent && (
          <label class="check">
            <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
            <span>{tr(lang, 'consent', { days: office.retentionDays })}</span>
          </label>
        )}
        {error && <Problem text={error} lang={lang} />}
        <button type="submit" class="primary" disabled={busy}>{busy ? tr(lang, 'booking') : tr(lang, 'book')}</button>
      </form>
      <p class="hint">{tr(lang, 'privacy', { days: office.retentionDays })}</p>
    </section>
  );
}
