// Графік роботи: the office's week, dated exceptions (holidays, shortened days), the waiting
// target, the "who is next" strategy and the ticket's header/footer. Saved with one
// PUT /api/branches/:id carrying the whole branch (the server replaces it).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branch, StrategyName } from '@cherha/contracts';
import { ErrorAlert, api } from '@cherha/ui-kit';
import { WorkplaceBox } from '../WorkplaceBox';
import { toFormError, type FormError } from '../form/errors';
import { RadioGroup, TextAreaField, TextField } from '../form/fields';
import { parseIntOrNull } from '../form/parse';
import { ExceptionsFieldset } from './ExceptionsFieldset';
import { checkHours, initialDays, toExceptionForm, type DayForm, type ExceptionForm } from './hours-form';
import { WeekFieldset } from './WeekFieldset';

export function HoursTab({ branch, onSaved }: { branch: Branch; onSaved: () => void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState<DayForm[]>(() => initialDays(branch));
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

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    // the times and dates first, then the queue rules' numbers
    const fields = checkHours(days, exceptions, t);
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
      await api('updateBranch', { params: { branchId: branch.id }, body });
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
        <WeekFieldset days={days} setDay={setDay} errors={f} />

        <ExceptionsFieldset exceptions={exceptions} setExceptions={setExceptions} errors={f} />

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

