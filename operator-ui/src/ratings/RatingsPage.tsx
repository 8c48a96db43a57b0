// «Оцінки» for supervisors (#/ratings): satisfaction today or over a chosen period, by staff
// member, window, service and channel, NPS when asked, and the comments to read —
// GET /api/branches/:branchId/ratings/summary?from&to.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branch, RatingSummary } from '@cherha/contracts';
import { ApiRequestError, ErrorAlert, api, currentLanguage, errorMessage, localized, useNow } from '@cherha/ui-kit';
import { i18n as appI18n } from '../i18n';
import { TextField } from '../admin/form/fields';
import { Topbar } from '../Topbar';
import { Comments, Groups, Headline } from './figures';
import { addRatingStrings } from './strings';
import '../admin/admin.css';
import './ratings.css';
import type { StaffPageProps } from '../staffPage';

addRatingStrings(appI18n);

/** YYYY-MM-DD of `ms` in a time zone (the branch's service day) */
export function dayIn(ms: number, timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
  } catch {
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
  }
}

/** the day `days` before a YYYY-MM-DD date (calendar arithmetic, no time zone involved) */
function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

interface Period {
  from: string;
  to: string;
}

export type RatingsPageProps = StaffPageProps;

export function RatingsPage({ user, branchId, onLogout, recheck, onChangeBranch }: RatingsPageProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [branch, setBranch] = useState<Branch | null>(null);
  const [period, setPeriod] = useState<Period | null>(null);
  const [form, setForm] = useState<Period>({ from: '', to: '' });
  const [summary, setSummary] = useState<RatingSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** the query last answered (or failed): a different one is still loading */
  const [answered, setAnswered] = useState<string | null>(null);
  const query = period ? `?from=${period.from}&to=${period.to}` : '';
  const loading = answered !== query;
  const now = useNow(60_000);

  useEffect(() => {
    let cancelled = false;
    api('listBranches', {})
      .then((list: Branch[]) => !cancelled && setBranch(list.find((b) => b.id === branchId) ?? null))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [branchId]);

  // no period chosen: the server's default (today in the branch's zone)
  useEffect(() => {
    let cancelled = false;
    api('getRatingSummary', { params: { branchId }, query: period ?? {} })
      .then((s) => {
        if (cancelled) return;
        setSummary(s);
        setError(null);
        if (!period) setForm({ from: s.from, to: s.to });
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiRequestError && err.status === 401) recheck();
        setError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('errors.NETWORK') : errorMessage(err));
      })
      .finally(() => !cancelled && setAnswered(query));
    return () => {
      cancelled = true;
    };
  }, [branchId, query, period, recheck, t]);

  useEffect(() => {
    document.title = `${t('rat.title')} — ${t('common.appName')}`;
    return () => {
      document.title = t('common.appName');
    };
  }, [t]);

  const today = dayIn(now, branch?.timeZone);
  const choose = (p: Period) => {
    setForm(p);
    setPeriod(p);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.from || !form.to) return;
    if (form.from > form.to) {
      setError(t('rat.badPeriod'));
      return;
    }
    choose({ ...form });
  };

  return (
    <div className="app adm rat">
      <Topbar branchName={branch ? localized(branch.name, lang) : ''} user={user} onChangeBranch={onChangeBranch} onLogout={onLogout}>
        <a className="btn btn--small topbar__link" href="#/">
          {t('adm.backToConsole')}
        </a>
      </Topbar>
      <main className="adm-main rat-main" aria-labelledby="rat-title">
        <h1 id="rat-title">{t('rat.title')}</h1>
        <p className="adm-intro">{t('rat.intro')}</p>
        <form className="rat-period" onSubmit={submit} aria-label={t('rat.show')}>
          <TextField label={t('rat.from')} type="date" required value={form.from} onChange={(from) => setForm({ ...form, from })} />
          <TextField label={t('rat.to')} type="date" required value={form.to} onChange={(to) => setForm({ ...form, to })} />
          <button type="submit" className="btn btn--primary">
            {t('rat.show')}
          </button>
          <span className="rat-period__quick">
            <button type="button" className="btn btn--small" onClick={() => choose({ from: today, to: today })}>
              {t('rat.today')}
            </button>
            <button type="button" className="btn btn--small" onClick={() => choose({ from: daysBefore(today, 6), to: today })}>
              {t('rat.last7')}
            </button>
            <button type="button" className="btn btn--small" onClick={() => choose({ from: daysBefore(today, 29), to: today })}>
              {t('rat.last30')}
            </button>
          </span>
        </form>
        <ErrorAlert message={error} onClose={() => setError(null)} />
        <p className="status-line" role="status" aria-live="polite">
          {loading ? t('op.loading') : summary ? (summary.from === summary.to ? t('rat.periodDay', { day: summary.from }) : t('rat.period', { from: summary.from, to: summary.to })) : ''}
        </p>
        {summary ? (
          <div className="rat-summary" aria-busy={loading}>
            <Headline summary={summary} />
            {summary.total === 0 ? <p>{t('rat.none')}</p> : <Groups summary={summary} />}
            <Comments summary={summary} timeZone={branch?.timeZone} />
          </div>
        ) : null}
      </main>
    </div>
  );
}
