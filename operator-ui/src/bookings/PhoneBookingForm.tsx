// «Записати за телефоном»: staff book a free time for a visitor who phoned
// (POST /api/branches/:branchId/bookings); the code is then told to the visitor.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingAvailability, BookingOffice } from '@cherha/contracts';
import { ErrorAlert, api, currentLanguage, localized } from '@cherha/ui-kit';
import { CheckField, SelectField, TextField } from '../admin/form/fields';
import { useFormSubmit } from '../admin/form/useFormSubmit';

export function PhoneBookingForm({ branchId, onBooked }: { branchId: number; onBooked: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [office, setOffice] = useState<BookingOffice | null | undefined>(undefined);
  const [serviceId, setServiceId] = useState('');
  const [date, setDate] = useState('');
  const [availability, setAvailability] = useState<BookingAvailability | null>(null);
  const [startsAt, setStartsAt] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [status, setStatus] = useState('');
  const form = useFormSubmit();

  useEffect(() => {
    let cancelled = false;
    api('listBookingOffices', {})
      .then((all) => {
        if (cancelled) return;
        const mine = all.find((o) => o.id === branchId) ?? null;
        setOffice(mine);
        if (mine?.services[0]) setServiceId(String(mine.services[0].id));
      })
      .catch(() => !cancelled && setOffice(null));
    return () => {
      cancelled = true;
    };
  }, [branchId]);

  useEffect(() => {
    if (!serviceId) return undefined;
    let cancelled = false;
    api('getBookingAvailability', { params: { serviceId }, query: date ? { date } : {} })
      .then((a) => {
        if (cancelled) return;
        setAvailability(a);
        if (!date && a.date) setDate(a.date);
        setStartsAt(a.slots[0]?.startsAt ?? '');
      })
      .catch(() => !cancelled && setAvailability(null));
    return () => {
      cancelled = true;
    };
  }, [serviceId, date, status]);

  if (office === undefined) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    const body = {
      serviceId: Number(serviceId), startsAt, name: name.trim(), consent, language: lang,
      ...(phone.trim() ? { phone: phone.trim() } : {}), ...(email.trim() ? { email: email.trim() } : {}),
    };
    void form.run(async () => {
      const made = await api('createStaffBooking', { params: { branchId }, body });
      setStatus(t('bk.booked', { code: made.code, time: made.time }));
      setName('');
      setPhone('');
      setEmail('');
      setConsent(false);
      onBooked();
    });
  };
  return (
    <section className="bk-phone" aria-labelledby="bk-phone-title">
      <h2 id="bk-phone-title">{t('bk.phoneTitle')}</h2>
      <p className="adm-intro">{t('bk.phoneIntro')}</p>
      {!office ? <p>{t('bk.noServices')}</p> : (
        <form className="adm-form bk-form" onSubmit={submit} noValidate>
          <SelectField label={t('bk.service')} value={serviceId} onChange={(v) => {
            setServiceId(v);
            setDate('');
          }} options={office.services.map((s) => ({ value: String(s.id), label: localized(s.name, lang) }))} />
          <TextField label={t('bk.day')} type="date" value={date} onChange={(d) => d && setDate(d)} />
          <SelectField
            label={t('bk.time')}
            value={startsAt}
            onChange={setStartsAt}
            error={form.fields.startsAt}
            options={availability && availability.slots.length > 0 ? availability.slots.map((s) => ({ value: s.startsAt, label: s.time })) : [{ value: '', label: t('bk.noTimes') }]}
          />
          <TextField label={t('bk.name')} value={name} onChange={setName} maxLength={100} required error={form.fields.name} />
          <TextField label={t('bk.phone')} value={phone} onChange={setPhone} maxLength={30} error={form.fields.phone} />
          <TextField label={t('bk.email')} value={email} onChange={setEmail} maxLength={200} error={form.fields.email} />
          <CheckField label={t('bk.consent')} checked={consent} onChange={setConsent} />
          <ErrorAlert message={form.err?.message ?? null} />
          <button type="submit" className="btn btn--primary" disabled={form.busy || !startsAt}>{t('bk.book')}</button>
          <p className="status-line" role="status" aria-live="polite">{status}</p>
        </form>
      )}
    </section>
  );
}
