// «Робоче місце» in «Графік роботи»: may an administrator press «Завершити» straight after the
// call (two clicks per visitor), or must «Почати обслуговування» come between (three)?
// Its own form and request (PUT /api/branches/:id/workplace-settings), saved apart from the week.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkplaceSettings } from '@cherha/contracts';
import { ErrorAlert, api } from '@cherha/ui-kit';
import { errorText } from './form/errors';
import { RadioGroup } from './form/fields';

type Clicks = 'three' | 'two';

export function WorkplaceBox({ branchId }: { branchId: number }) {
  const { t } = useTranslation();
  const [clicks, setClicks] = useState<Clicks | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    let cancelled = false;
    api('getWorkplaceSettings', { params: { branchId } })
      .then((s) => {
        if (!cancelled) setClicks(s.finishWithoutStart ? 'two' : 'three');
      })
      .catch((err: unknown) => {
        if (!cancelled) setError(errorText(err, t('errors.NETWORK')));
      });
    return () => {
      cancelled = true;
    };
  }, [branchId, t]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (clicks === null) return;
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const body: WorkplaceSettings = { finishWithoutStart: clicks === 'two' };
      await api('updateWorkplaceSettings', { params: { branchId }, body });
      setStatus(t('wp.saved'));
    } catch (err) {
      setError(errorText(err, t('errors.NETWORK')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="adm-card" aria-labelledby="adm-workplace-title" onSubmit={(e) => void submit(e)}>
      <h2 id="adm-workplace-title">{t('wp.title')}</h2>
      <p className="adm-intro">{t('wp.intro')}</p>
      {clicks === null ? (
        error ? null : <p role="status">{t('op.loading')}</p>
      ) : (
        <RadioGroup<Clicks>
          legend={t('wp.legend')}
          name="workplace-clicks"
          value={clicks}
          onChange={setClicks}
          options={[
            { value: 'three', label: t('wp.three'), hint: t('wp.threeHint') },
            { value: 'two', label: t('wp.two'), hint: t('wp.twoHint') },
          ]}
        />
      )}
      <div className="adm-savebar">
        <ErrorAlert message={error} />
        <p className="status-line" role="status" aria-live="polite">
          {status}
        </p>
        <button type="submit" className="btn btn--primary" disabled={busy || clicks === null}>
          {t('wp.save')}
        </button>
      </div>
    </form>
  );
}
