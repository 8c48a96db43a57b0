// The week: each day open or closed, and its hours (the time fields carry the contracts' HHMM rule as their pattern).
import { useTranslation } from 'react-i18next';
import { HHMM_PATTERN } from '@cherha/contracts';
import { TextField } from '../form/fields';
import type { DayForm } from './hours-form';

/** one «HH:MM» cell of the week: the label is for screen readers, the row and column say it on screen */
function TimeField(p: { label: string; value: string; placeholder: string; onChange: (v: string) => void; error: string | undefined }) {
  return <TextField {...p} hideLabel className="adm-field--compact" pattern={HHMM_PATTERN} size={6} />;
}

export function WeekFieldset({ days, setDay, errors: f }: { days: DayForm[]; setDay: (weekday: number, patch: Partial<DayForm>) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <fieldset className="adm-card adm-week">
      <legend>{t('adm.hours.week')}</legend>
      <table className="adm-table adm-week__table">
        <thead>
          <tr>
            <th scope="col">{t('adm.hours.day')}</th>
            <th scope="col">{t('adm.hours.isOpen')}</th>
            <th scope="col">{t('adm.hours.opens')}</th>
            <th scope="col">{t('adm.hours.closes')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => {
            const dayName = t(`adm.hours.wd${d.weekday}`);
            return (
              <tr key={d.weekday} className={d.open ? undefined : 'adm-week__closed'}>
                <th scope="row">{dayName}</th>
                <td>
                  <label className="adm-inline-check">
                    <input type="checkbox" checked={d.open} onChange={(e) => setDay(d.weekday, { open: e.target.checked })} />{' '}
                    <span>{t('adm.hours.workday')}</span>
                    <span className="ck-visually-hidden">: {dayName}</span>
                  </label>
                </td>
                <td>
                  {d.open ? (
                    <TimeField label={t('adm.hours.opensOn', { day: dayName })} value={d.opens} placeholder="09:00"
                      onChange={(v) => setDay(d.weekday, { opens: v })} error={f[`day${d.weekday}.opens`]} />
                  ) : (
                    <span className="adm-muted">{t('adm.hours.dayOff')}</span>
                  )}
                </td>
                <td>
                  {d.open ? (
                    <TimeField label={t('adm.hours.closesOn', { day: dayName })} value={d.closes} placeholder="18:00"
                      onChange={(v) => setDay(d.weekday, { closes: v })} error={f[`day${d.weekday}.closes`]} />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="adm-field__hint">{t('adm.hours.timeHint')}</p>
    </fieldset>
  );
}
