// «Адміністрування → Запис онлайн»: the office's booking rules (check-in window, retention,
// how far ahead, bookings per contact) and the share of each service's window time offered
// for booking (GET/PUT /api/branches/:id/booking-settings).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingSettings, Service } from '@cherha/contracts';
import { ErrorAlert, api, currentLanguage, localized } from '@cherha/ui-kit';
import { i18n as appI18n } from '../i18n';
import { TextField } from '../admin/form/fields';
import { parseIntOrNull } from '../admin/form/parse';
import { useFormSubmit } from '../admin/form/useFormSubmit';
import { AdminSection, Loading, TabMessages } from '../admin/tab/frame';
import { useTabMessages } from '../admin/tab/hooks';
import { addBookingStrings } from './strings';

addBookingStrings(appI18n);

type Rules = Omit<BookingSettings, 'services'>;
const RULES: { key: keyof Rules; label: string; min: number; max: number; hint?: string }[] = [
  { key: 'checkInBeforeMinutes', label: 'adm.booking.before', min: 0, max: 120 },
  { key: 'checkInAfterMinutes', label: 'adm.booking.after', min: 0, max: 120, hint: 'adm.booking.afterHint' },
  { key: 'retentionDays', label: 'adm.booking.retention', min: 1, max: 365 },
  { key: 'daysAhead', label: 'adm.booking.daysAhead', min: 0, max: 90 },
  { key: 'maxPerContactPerDay', label: 'adm.booking.perContact', min: 1, max: 20 },
];

export function BookingTab({ branchId }: { branchId: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { error, setError, status, setStatus, fail } = useTabMessages();
  const [loaded, setLoaded] = useState(false);
  const [rules, setRules] = useState<Record<string, string>>({});
  const [shares, setShares] = useState<Record<number, string>>({});
  const [services, setServices] = useState<Service[]>([]);
  const form = useFormSubmit();
  const failRef = useRef(fail);
  useEffect(() => {
    failRef.current = fail;
  });

  const show = (s: BookingSettings) => {
    setRules(Object.fromEntries(RULES.map((r) => [r.key, String(s[r.key])])));
    setShares(Object.fromEntries(s.services.map((x) => [x.serviceId, String(x.sharePercent)])));
  };
  useEffect(() => {
    let cancelled = false;
    Promise.all([api('getBookingSettings', { params: { branchId } }), api('listServices', { params: { branchId } })])
      .then(([s, list]) => {
        if (cancelled) return;
        show(s);
        setServices(list.services);
        setLoaded(true);
      })
      .catch((err: unknown) => !cancelled && failRef.current(err));
    return () => {
      cancelled = true;
    };
  }, [branchId]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    const bad: Record<string, string> = {};
    // every rule is set below, or the form stops at the first bad one
    const body = {} as Rules;
    for (const r of RULES) {
      const n = parseIntOrNull(rules[r.key] ?? '');
      if (n === null || n < r.min || n > r.max) bad[r.key] = t('adm.range', { min: r.min, max: r.max });
      else body[r.key] = n;
    }
    const list: { serviceId: number; sharePercent: number }[] = [];
    for (const s of services) {
      const n = parseIntOrNull(shares[s.id] ?? '0');
      if (n === null || n < 0 || n > 100) bad[`share${s.id}`] = t('adm.range', { min: 0, max: 100 });
      else list.push({ serviceId: s.id, sharePercent: n });
    }
    if (Object.keys(bad).length > 0) {
      form.invalid(bad);
      return;
    }
    void form.run(async () => {
      show(await api('updateBookingSettings', { params: { branchId }, body: { ...body, services: list } }));
      setStatus(t('adm.booking.saved'));
    });
  };

  return (
    <AdminSection tab="booking" intro={t('adm.booking.intro')}>
      <TabMessages error={error} status={status} onDismiss={() => setError(null)} />
      <Loading when={!loaded && !error} />
      {loaded ? (
        <form className="adm-form" onSubmit={submit} noValidate>
          {RULES.map((r) => (
            <TextField
              key={r.key} label={t(r.label)} hint={r.hint ? t(r.hint) : undefined} inputMode="numeric" size={5}
              value={rules[r.key] ?? ''} onChange={(v) => setRules({ ...rules, [r.key]: v })} error={form.fields[r.key]}
            />
          ))}
          <fieldset className="adm-fieldset">
            <legend>{t('adm.booking.shares')}</legend>
            <p className="adm-field__hint">{t('adm.booking.sharesHint')}</p>
            {services.filter((s) => s.active).map((s) => (
              <TextField
                key={s.id} label={localized(s.name, lang)} inputMode="numeric" size={4}
                value={shares[s.id] ?? '0'} onChange={(v) => setShares({ ...shares, [s.id]: v })} error={form.fields[`share${s.id}`]}
              />
            ))}
          </fieldset>
          <ErrorAlert message={form.err?.message ?? null} />
          <button type="submit" className="btn btn--primary" disabled={form.busy}>{t('adm.save')}</button>
        </form>
      ) : null}
    </AdminSection>
  );
}
