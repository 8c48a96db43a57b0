// Dated exceptions: holidays (closed all day) and shortened days, each with a note.
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { HHMM_PATTERN } from '@cherha/contracts';
import { SelectField, TextField } from '../form/fields';
import { newException, type ExceptionForm } from './hours-form';

export function ExceptionsFieldset({
  exceptions,
  setExceptions,
  errors: f,
}: {
  exceptions: ExceptionForm[];
  setExceptions: Dispatch<SetStateAction<ExceptionForm[]>>;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const setException = (key: number, patch: Partial<ExceptionForm>) => setExceptions((list) => list.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  return (
    <fieldset className="adm-card">
      <legend>{t('adm.hours.exceptions')}</legend>
      <p className="adm-field__hint">{t('adm.hours.exceptionsHint')}</p>
      {exceptions.length === 0 ? <p>{t('adm.hours.noExceptions')}</p> : null}
      <ul className="adm-exceptions">
        {exceptions.map((x, i) => (
          <li key={x.key} className="adm-exception">
            <fieldset>
              <legend className="adm-exception__legend">{t('adm.hours.exceptionN', { n: i + 1, date: x.date || '—' })}</legend>
              <div className="adm-form-row">
                <TextField label={t('adm.hours.date')} type="date" value={x.date} onChange={(v) => setException(x.key, { date: v })} error={f[`ex${x.key}.date`]} />
                <SelectField
                  label={t('adm.hours.exceptionKind')}
                  value={x.closed ? 'closed' : 'short'}
                  onChange={(v) => setException(x.key, { closed: v === 'closed' })}
                  options={[
                    { value: 'closed', label: t('adm.hours.closedAllDay') },
                    { value: 'short', label: t('adm.hours.otherHours') },
                  ]}
                />
                {!x.closed ? (
                  <>
                    <TextField
                      label={t('adm.hours.opens')}
                      className="adm-field--compact"
                      value={x.opens}
                      onChange={(v) => setException(x.key, { opens: v })}
                      pattern={HHMM_PATTERN}
                      size={6}
                      error={f[`ex${x.key}.opens`]}
                    />
                    <TextField
                      label={t('adm.hours.closes')}
                      className="adm-field--compact"
                      value={x.closes}
                      onChange={(v) => setException(x.key, { closes: v })}
                      pattern={HHMM_PATTERN}
                      size={6}
                      error={f[`ex${x.key}.closes`]}
                    />
                  </>
                ) : null}
                <TextField label={t('adm.hours.note')} value={x.note} onChange={(v) => setException(x.key, { note: v })} maxLength={200} className="adm-field--grow" />
                <button
                  type="button"
                  className="btn btn--small adm-form-row__submit"
                  aria-label={`${t('adm.hours.removeException')}: ${x.date || i + 1}`}
                  onClick={() => setExceptions((list) => list.filter((y) => y.key !== x.key))}
                >
                  {t('adm.hours.removeException')}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn"
        onClick={() => setExceptions((list) => [...list, newException()])}
      >
        {t('adm.hours.addException')}
      </button>
    </fieldset>
  );
}
