// «Оцінювання»: the branch's rating settings — the scale, the 0–10 question, reason chips and
// how long after the service a rating is taken (GET/PUT /api/branches/:id/rating-settings).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingScale, RatingSettings } from '@cherha/contracts';
import { ErrorAlert, api } from '@cherha/ui-kit';
import { i18n as appI18n } from '../i18n';
import { addRatingStrings } from '../ratings/strings';
import { CheckField, RadioGroup, TextField } from './form/fields';
import { parseIntOrNull } from './form/parse';
import { useFormSubmit } from './form/useFormSubmit';
import { AdminSection, Loading, TabMessages } from './tab/frame';
import { useTabMessages } from './tab/hooks';

addRatingStrings(appI18n);

const MAX_MINUTES = 1440;

export function RatingsTab({ branchId }: { branchId: number }) {
  const { t } = useTranslation();
  const { error, setError, status, setStatus, fail } = useTabMessages();
  const [settings, setSettings] = useState<RatingSettings | null>(null);
  const [scale, setScale] = useState<RatingScale>('binary');
  const [askRecommend, setAskRecommend] = useState(false);
  const [reasons, setReasons] = useState(true);
  const [untilDayEnd, setUntilDayEnd] = useState<'day' | 'minutes'>('day');
  const [minutes, setMinutes] = useState('60');
  const form = useFormSubmit();
  // `fail` follows the language: the settings are loaded once per branch, not again on УКР/ENG
  // (that would throw away what the admin has changed but not saved)
  const failRef = useRef(fail);
  useEffect(() => {
    failRef.current = fail;
  });

  useEffect(() => {
    let cancelled = false;
    api('getRatingSettings', { params: { branchId } })
      .then((s) => {
        if (cancelled) return;
        setSettings(s);
        setScale(s.scale);
        setAskRecommend(s.askRecommend);
        setReasons(s.reasons);
        setUntilDayEnd(s.windowMinutes === null ? 'day' : 'minutes');
        if (s.windowMinutes !== null) setMinutes(String(s.windowMinutes));
      })
      .catch((err: unknown) => !cancelled && failRef.current(err));
    return () => {
      cancelled = true;
    };
  }, [branchId]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    const n = parseIntOrNull(minutes);
    if (untilDayEnd === 'minutes' && (n === null || n < 1 || n > MAX_MINUTES)) {
      form.invalid({ minutes: t('adm.range', { min: 1, max: MAX_MINUTES }) });
      return;
    }
    const body: RatingSettings = { scale, askRecommend, reasons, windowMinutes: untilDayEnd === 'day' ? null : n };
    void form.run(async () => {
      const saved = await api('updateRatingSettings', { params: { branchId }, body });
      setSettings(saved);
      setStatus(t('adm.rating.saved'));
    });
  };

  return (
    <AdminSection tab="ratings" intro={t('adm.rating.intro')}>
      <TabMessages error={error} status={status} onDismiss={() => setError(null)} />
      <Loading when={!settings && !error} />
      {settings ? (
        <form className="adm-form" onSubmit={submit} noValidate>
          <RadioGroup
            legend={t('adm.rating.scale')}
            name="scale"
            value={scale}
            onChange={setScale}
            options={[
              { value: 'binary', label: t('adm.rating.scale_binary') },
              { value: 'four', label: t('adm.rating.scale_four'), hint: t('adm.rating.scaleHint') },
            ]}
          />
          <CheckField label={t('adm.rating.askRecommend')} checked={askRecommend} onChange={setAskRecommend} />
          <CheckField label={t('adm.rating.reasons')} checked={reasons} onChange={setReasons} />
          <RadioGroup
            legend={t('adm.rating.window')}
            name="window"
            value={untilDayEnd}
            onChange={setUntilDayEnd}
            options={[
              { value: 'day', label: t('adm.rating.window_day') },
              {
                value: 'minutes',
                label: t('adm.rating.window_minutes'),
                extra: (
                  <TextField
                    label={t('adm.rating.minutes')}
                    inputMode="numeric"
                    size={5}
                    value={minutes}
                    onChange={setMinutes}
                    error={form.fields.minutes}
                  />
                ),
              },
            ]}
          />
          <ErrorAlert message={form.err?.message ?? null} />
          <button type="submit" className="btn btn--primary" disabled={form.busy}>
            {t('adm.save')}
          </button>
        </form>
      ) : null}
    </AdminSection>
  );
}
