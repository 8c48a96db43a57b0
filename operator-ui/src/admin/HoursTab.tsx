// Графік роботи: the office's week, dated exceptions (holidays, shortened days), the waiting
// target, the "who is next" strategy and the ticket's header/footer. Saved with one
// PUT /api/branches/:id carrying the whole branch (the server replaces it).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HHMM_PATTERN, HHMM_RE, ISO_DATE_RE, type Branch, type HoursException, type StrategyName } from '@cherha/contracts';
import { ErrorAlert, apiFetch } from '@cherha/ui-kit';
import { WorkplaceBox } from './WorkplaceBox';
import { toFormError, type FormError } from './form/errors';
import { RadioGroup, SelectField, TextAreaField, TextField } from './form/fields';
import { parseIntOrNull } from './form/parse';

interface DayForm {
  weekday: number;
  open: boolean;
  opens: string;
  closes: string;
}
interface ExceptionForm {
  key: number;
  date: string;
  closed: boolean;
  opens: string;
  closes: string;
  note: string;
}

let nextKey = 1;
const toExceptionForm = (e: HoursException): ExceptionForm => ({
  key: nextKey++,
  date: e.date,
  closed: e.opens === null || e.closes === null,
  opens: e.opens ?? '09:00',
  closes: e.closes ?? '16:00',
  note: e.note,
});

export function HoursTab({ branch, onSaved }: { branch: Branch; onSaved: () => void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState<DayForm[]>(() =>
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
      const h = branch.hours.find((x) => x.weekday === weekday);
      return { weekday, open: !!h, opens: h?.opens ?? '09:00', closes: h?.closes ?? '18:00' };
    }),
  );
  const [exceptions, setExceptions] = useState<ExceptionForm[]>(() => [...branch.exceptions].sort((a, b) => a.date.localeCompare(b.date)).map(toExceptionForm));
  const [target, setTarget] = useState(String(branch.targetWaitMinutes));
  const [strategy, setStrategy] = useState<StrategyName>(branch.strategy.name);
  const [ratio, setRatio] = useState(String(branch.strategy.ordinaryPerPriority));
  const [bonus, setBonus] = useState(String(branch.strategy.priorityBonusMinutes));
  const [header, setHeader] = useState(branch.ticketHeader);
  const [footer, setFooter] = useState(branch.ticketFooter);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<FormError | null>(null);
  const [status, setStatus] = useState('');

  const setDay = (weekday: number, patch: Partial<DayForm>) => setDays((list) => list.map((d) => (d.weekday === weekday ? { ...d, ...patch } : d)));
  const setException = (key: number, patch: Partial<ExceptionForm>) => setExceptions((list) => list.map((x) => (x.key === key ? { ...x, ...patch } : x)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    const fields: Record<string, string> = {};
    const badTime = t('adm.hours.badTime');
    for (const d of days) {
      if (!d.open) continue;
      if (!HHMM_RE.test(d.opens)) fields[`day${d.weekday}.opens`] = badTime;
      if (!HHMM_RE.test(d.closes)) fields[`day${d.weekday}.closes`] = badTime;
      if (HHMM_RE.test(d.opens) && HHMM_RE.test(d.closes) && d.opens >= d.closes) fields[`day${d.weekday}.closes`] = t('adm.hours.closesAfter');
    }
    const dates = new Set<string>();
    for (const x of exceptions) {
      if (!ISO_DATE_RE.test(x.date)) fields[`ex${x.key}.date`] = t('adm.hours.badDate');
      else if (dates.has(x.date)) fields[`ex${x.key}.date`] = t('adm.hours.dupDate');
      dates.add(x.date);
      if (!x.closed) {
        if (!HHMM_RE.test(x.opens)) fields[`ex${x.key}.opens`] = badTime;
        if (!HHMM_RE.test(x.closes)) fields[`ex${x.key}.closes`] = badTime;
        if (HHMM_RE.test(x.opens) && HHMM_RE.test(x.closes) && x.opens >= x.closes) fields[`ex${x.key}.closes`] = t('adm.hours.closesAfter');
      }
    }
    const targetN = parseIntOrNull(target);
    if (targetN === null || targetN < 1 || targetN > 600) fields.target = t('adm.range', { min: 1, max: 600 });
    const ratioN = parseIntOrNull(ratio);
    if (strategy === 'ratio' && (ratioN === null || ratioN < 1 || ratioN > 20)) fields.ratio = t('adm.range', { min: 1, max: 20 });
    const bonusN = parseIntOrNull(bonus);
    if (strategy === 'aging' && (bonusN === null || bonusN > 600)) fields.bonus = t('adm.range', { min: 0, max: 600 });
    if (Object.keys(fields).length > 0) {
      setErr({ message: t('adm.fixFields', { count: Object.keys(fields).length }), fields });
      return;
    }
    const { id: _id, ...rest } = branch;
    const body = {
      ...rest,
      targetWaitMinutes: targetN as number,
      strategy: {
        name: strategy,
        ordinaryPerPriority: ratioN ?? branch.strategy.ordinaryPerPriority,
        priorityBonusMinutes: bonusN ?? branch.strategy.priorityBonusMinutes,
      },
      ticketHeader: header,
      ticketFooter: footer,
      hours: days.filter((d) => d.open).map((d) => ({ weekday: d.weekday, opens: d.opens, closes: d.closes })),
      exceptions: [...exceptions]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((x) => ({ date: x.date, opens: x.closed ? null : x.opens, closes: x.closed ? null : x.closes, note: x.note.trim() })),
    };
    setBusy(true);
    setErr(null);
    try {
      await apiFetch<Branch>(`/api/branches/${branch.id}`, { method: 'PUT', body });
      setStatus(t('adm.hours.saved'));
      onSaved();
    } catch (error) {
      setErr(toFormError(error, t('errors.NETWORK')));
    } finally {
      setBusy(false);
    }
  };

  const f = err?.fields ?? {};
  return (
    <section aria-labelledby="adm-hours-title" className="adm-section">
      <h1 id="adm-hours-title">{t('adm.tab_hours')}</h1>
      <p className="adm-intro">{t('adm.hours.intro', { tz: branch.timeZone })}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
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
                        <TextField
                          label={t('adm.hours.opensOn', { day: dayName })}
                          hideLabel
                          className="adm-field--compact"
                          value={d.opens}
                          onChange={(v) => setDay(d.weekday, { opens: v })}
                          pattern={HHMM_PATTERN}
                          placeholder="09:00"
                          size={6}
                          error={f[`day${d.weekday}.opens`]}
                        />
                      ) : (
                        <span className="adm-muted">{t('adm.hours.dayOff')}</span>
                      )}
                    </td>
                    <td>
                      {d.open ? (
                        <TextField
                          label={t('adm.hours.closesOn', { day: dayName })}
                          hideLabel
                          className="adm-field--compact"
                          value={d.closes}
                          onChange={(v) => setDay(d.weekday, { closes: v })}
                          pattern={HHMM_PATTERN}
                          placeholder="18:00"
                          size={6}
                          error={f[`day${d.weekday}.closes`]}
                        />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="adm-field__hint">{t('adm.hours.timeHint')}</p>
        </fieldset>

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
            onClick={() => setExceptions((list) => [...list, { key: nextKey++, date: '', closed: true, opens: '09:00', closes: '16:00', note: '' }])}
          >
            {t('adm.hours.addException')}
          </button>
        </fieldset>

        <fieldset className="adm-card">
          <legend>{t('adm.hours.queueRules')}</legend>
          <TextField
            label={t('adm.hours.target')}
            hint={t('adm.hours.targetHint')}
            value={target}
            onChange={setTarget}
            inputMode="numeric"
            size={5}
            error={f.target}
          />
          <RadioGroup<StrategyName>
            legend={t('adm.hours.strategy')}
            name="strategy"
            value={strategy}
            onChange={setStrategy}
            options={[
              { value: 'strict_priority', label: t('adm.hours.st_strict_priority'), hint: t('adm.hours.st_strict_priority_hint') },
              {
                value: 'ratio',
                label: t('adm.hours.st_ratio'),
                hint: t('adm.hours.st_ratio_hint'),
                extra: (
                  <TextField label={t('adm.hours.ratioN')} value={ratio} onChange={setRatio} inputMode="numeric" size={4} error={f.ratio} className="adm-field--compact" />
                ),
              },
              {
                value: 'aging',
                label: t('adm.hours.st_aging'),
                hint: t('adm.hours.st_aging_hint'),
                extra: (
                  <TextField label={t('adm.hours.bonusM')} value={bonus} onChange={setBonus} inputMode="numeric" size={4} error={f.bonus} className="adm-field--compact" />
                ),
              },
            ]}
          />
        </fieldset>

        <fieldset className="adm-card">
          <legend>{t('adm.hours.ticketText')}</legend>
          <TextAreaField label={t('adm.hours.header')} hint={t('adm.hours.headerHint')} value={header} onChange={setHeader} maxLength={200} error={f.ticketHeader} />
          <TextAreaField label={t('adm.hours.footer')} hint={t('adm.hours.footerHint')} value={footer} onChange={setFooter} maxLength={300} error={f.ticketFooter} />
        </fieldset>

        <div className="adm-savebar">
          <ErrorAlert message={err?.message ?? null} />
          <p className="status-line" role="status" aria-live="polite">
            {status}
          </p>
          <button type="submit" className="btn btn--primary btn--big" disabled={busy}>
            {t('adm.hours.save')}
          </button>
        </div>
      </form>
      <WorkplaceBox branchId={branch.id} />
    </section>
  );
}
