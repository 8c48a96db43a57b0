// «Звіти» for supervisors and admins (#/reports, its own lazily loaded chunk): a period and
// filters, headline figures with the previous period beside them, a chart, tables (each to
// CSV and XLSX), alert periods, a print view, and the national export. A network admin sees
// the offices side by side. Routes getReport, getReportFilters, exportTicketsCsv / exportDailyCsv
// (links), all through the typed client.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branch, Report, ReportFigures, ReportFilterOptions, ReportGrain } from '@cherha/contracts';
import { ApiRequestError, ErrorAlert, api, apiUrl, currentLanguage, errorMessage, localized, useNow, type ApiInput } from '@cherha/ui-kit';
import { i18n as appI18n } from '../i18n';
import { CheckField, SelectField, TextField } from '../admin/form/fields';
import { Topbar } from '../Topbar';
import { dayIn } from '../ratings/RatingsPage';
import { downloadXlsx } from './download';
import { ReportChart } from './ReportChart';
import { formatCell, ReportTable } from './ReportTable';
import { addReportStrings } from './strings';
import { reportTables } from './tables';
import '../admin/admin.css';
import './reports.css';
import type { StaffPageProps } from '../staffPage';

addReportStrings(appI18n);

interface Query {
  from: string;
  to: string;
  grain: '' | ReportGrain;
  branchId: string;
  categoryId: string;
  serviceId: string;
  windowId: string;
  operatorId: string;
  compare: boolean;
}

export type ReportsPageProps = StaffPageProps;

type ReportSearch = ApiInput<'getReport'>['query'];

/** the form's choices as the report route's query (empty choices are left out) */
function toSearch(q: Query): ReportSearch {
  const s: ReportSearch = { from: q.from, to: q.to };
  if (q.grain) s.grain = q.grain;
  for (const k of ['branchId', 'categoryId', 'serviceId', 'windowId', 'operatorId'] as const) if (q[k]) s[k] = q[k];
  if (q.compare) s.compare = '1';
  return s;
}

export function ReportsPage({ user, branchId, onLogout, recheck, onChangeBranch }: ReportsPageProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const network = user.role === 'admin' && user.branchId === null;
  const [branch, setBranch] = useState<Branch | null>(null);
  const [options, setOptions] = useState<ReportFilterOptions | null>(null);
  const now = useNow(60_000);
  const today = dayIn(now, branch?.timeZone ?? 'Europe/Kyiv');
  const initial: Query = { from: `${today.slice(0, 7)}-01`, to: today, grain: '', branchId: network ? '' : String(user.branchId ?? branchId), categoryId: '', serviceId: '', windowId: '', operatorId: '', compare: true };
  const [form, setForm] = useState<Query>(initial);
  const [query, setQuery] = useState<Query>(initial);
  const [report, setReport] = useState<Report | null>(null);
  const [answered, setAnswered] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reportQuery = useMemo(() => toSearch(query), [query]);
  // the report's address tells one answer from another (what `answered` holds)
  const search = apiUrl('getReport', { query: reportQuery });
  const loading = answered !== search;

  useEffect(() => {
    let cancelled = false;
    api('listBranches', {}).then((list) => !cancelled && setBranch(list.find((b) => b.id === branchId) ?? null)).catch(() => undefined);
    api('getReportFilters', { query: {} }).then((o) => !cancelled && setOptions(o)).catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [branchId]);

  useEffect(() => {
    let cancelled = false;
    api('getReport', { query: reportQuery })
      .then((r) => {
        if (cancelled) return;
        setReport(r);
        setError(null);
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiRequestError && err.status === 401) recheck();
        setError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('errors.NETWORK') : errorMessage(err));
      })
      .finally(() => !cancelled && setAnswered(search));
    return () => {
      cancelled = true;
    };
  }, [reportQuery, search, recheck, t]);

  useEffect(() => {
    document.title = `${t('rep.title')} — ${t('common.appName')}`;
    return () => {
      document.title = t('common.appName');
    };
  }, [t]);

  const formatTime = useMemo(() => {
    const f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'uk-UA', { timeZone: branch?.timeZone ?? 'Europe/Kyiv', dateStyle: 'short', timeStyle: 'short' });
    return (iso: string) => f.format(new Date(iso));
  }, [lang, branch?.timeZone]);
  const tables = useMemo(() => (report ? reportTables(report, t, report.branchId === null, formatTime) : []), [report, t, formatTime]);
  const fileName = report ? `cherha-${report.from}-${report.to}` : 'cherha';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form.from > form.to) {
      setError(t('rep.badPeriod'));
      return;
    }
    setQuery({ ...form });
  };
  const choose = (from: string, to: string) => {
    const next = { ...form, from, to };
    setForm(next);
    setQuery(next);
  };
  const inBranch = <T extends { branchId: number | null }>(list: T[] | undefined) => (list ?? []).filter((x) => !form.branchId || x.branchId === Number(form.branchId));
  const opt = (list: { id: number; label: string }[]) => [{ value: '', label: t('rep.all') }, ...list.map((x) => ({ value: String(x.id), label: x.label }))];
  const exportQuery = { from: query.from, to: query.to, ...(query.branchId ? { branchId: query.branchId } : {}) };

  return (
    <div className="app adm rep">
      <Topbar branchName={branch ? localized(branch.name, lang) : ''} user={user} onChangeBranch={onChangeBranch} onLogout={onLogout}>
        <a className="btn btn--small topbar__link" href="#/">
          {t('adm.backToConsole')}
        </a>
      </Topbar>
      <main className="adm-main rep-main" aria-labelledby="rep-title">
        <h1 id="rep-title">{t('rep.title')}</h1>
        <p className="adm-intro rep-noprint">{t('rep.intro')}</p>
        <form className="rep-filters rep-noprint" onSubmit={submit} aria-label={t('rep.show')}>
          <TextField label={t('rep.from')} type="date" required value={form.from} onChange={(from) => setForm({ ...form, from })} />
          <TextField label={t('rep.to')} type="date" required value={form.to} onChange={(to) => setForm({ ...form, to })} />
          <SelectField label={t('rep.grain')} value={form.grain} onChange={(g) => setForm({ ...form, grain: g as Query['grain'] })}
            options={[{ value: '', label: t('rep.grain_auto') }, ...(['day', 'month', 'year'] as const).map((g) => ({ value: g, label: t(`rep.grain_${g}`) }))]} />
          {network ? (
            <SelectField label={t('rep.branch')} value={form.branchId} onChange={(v) => setForm({ ...form, branchId: v, categoryId: '', serviceId: '', windowId: '', operatorId: '' })}
              options={[{ value: '', label: t('rep.allBranches') }, ...(options?.branches ?? []).map((b) => ({ value: String(b.id), label: b.name }))]} />
          ) : null}
          <SelectField label={t('rep.category')} value={form.categoryId} onChange={(v) => setForm({ ...form, categoryId: v })}
            options={opt(inBranch(options?.categories).map((c) => ({ id: c.id, label: c.name })))} />
          <SelectField label={t('rep.service')} value={form.serviceId} onChange={(v) => setForm({ ...form, serviceId: v })}
            options={opt(inBranch(options?.services).filter((s) => !form.categoryId || s.categoryId === Number(form.categoryId)).map((s) => ({ id: s.id, label: s.name })))} />
          <SelectField label={t('rep.window')} value={form.windowId} onChange={(v) => setForm({ ...form, windowId: v })}
            options={opt(inBranch(options?.windows).map((w) => ({ id: w.id, label: w.label })))} />
          <SelectField label={t('rep.operator')} value={form.operatorId} onChange={(v) => setForm({ ...form, operatorId: v })}
            options={opt(inBranch(options?.operators).map((o) => ({ id: o.id, label: o.name })))} />
          <CheckField label={t('rep.compare')} checked={form.compare} onChange={(compare) => setForm({ ...form, compare })} />
          <button type="submit" className="btn btn--primary">
            {t('rep.show')}
          </button>
          <span className="rep-quick">
            <button type="button" className="btn btn--small" onClick={() => choose(today, today)}>{t('rep.today')}</button>
            <button type="button" className="btn btn--small" onClick={() => choose(`${today.slice(0, 7)}-01`, today)}>{t('rep.month')}</button>
            <button type="button" className="btn btn--small" onClick={() => choose(`${today.slice(0, 4)}-01-01`, today)}>{t('rep.year')}</button>
          </span>
        </form>
        <ErrorAlert message={error} onClose={() => setError(null)} />
        <p className="status-line" role="status" aria-live="polite">
          {loading ? t('rep.loading') : report ? t('rep.period', { from: report.from, to: report.to }) : ''}
        </p>
        {report ? (
          <div className="rep-body" aria-busy={loading}>
            <div className="rep-actions rep-noprint">
              <button type="button" className="btn" onClick={() => window.print()}>{t('rep.print')}</button>
              <button type="button" className="btn" onClick={() => void downloadXlsx(tables, fileName)}>{t('rep.allXlsx')}</button>
            </div>
            <Headline report={report} lang={lang} />
            {report.alerts.length > 0 ? <p className="rep-alert-note">{t('rep.alertNote', { minutes: formatCell(report.alertMinutes, lang) })}</p> : null}
            <h2>{t('rep.chartTitle')}</h2>
            <ReportChart series={report.series} label={t('rep.chartLabel')} ticketsLabel={t('rep.tickets')} waitLabel={t('rep.waitMean')} />
            {tables.map((tb) => (
              <ReportTable key={tb.id} table={tb} fileName={fileName} />
            ))}
            <section className="rep-export rep-noprint" aria-labelledby="rep-export-title">
              <h2 id="rep-export-title">{t('rep.exportTitle')}</h2>
              <p>{t('rep.exportIntro')}</p>
              <a className="btn btn--small" href={apiUrl('exportTicketsCsv', { query: exportQuery })} download>{t('rep.exportTickets')}</a>{' '}
              <a className="btn btn--small" href={apiUrl('exportDailyCsv', { query: exportQuery })} download>{t('rep.exportDaily')}</a>
            </section>
          </div>
        ) : null}
      </main>
    </div>
  );
}

/** the headline figures, each with the previous period's value under it */
function Headline({ report, lang }: { report: Report; lang: string }) {
  const { t } = useTranslation();
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  const target = report.targetWaitMinutes.join('/');
  const cards: [string, (f: ReportFigures) => number | null][] = [
    [t('rep.tickets'), (f) => f.tickets],
    [t('rep.visitors'), (f) => f.visitors],
    [t('rep.served'), (f) => f.served],
    [t('rep.waitMean'), (f) => f.wait.meanMinutes],
    [t('rep.waitMedian'), (f) => f.wait.medianMinutes],
    [t('rep.waitP90'), (f) => f.wait.p90Minutes],
    [t('rep.withinTarget', { target }), (f) => pct(f.wait.withinTargetShare)],
    [t('rep.serviceMean'), (f) => f.service.meanMinutes],
    [t('rep.noShowRate'), (f) => pct(f.noShowRate)],
    [t('rep.transferRate'), (f) => pct(f.transferRate)],
    [t('rep.postponeRate'), (f) => pct(f.postponeRate)],
    [t('rep.cancelRate'), (f) => pct(f.cancelRate)],
    [t('rep.priority'), (f) => f.priority],
    [t('rep.satisfaction'), (f) => pct(f.satisfaction.share)],
  ];
  return (
    <dl className="rep-cards">
      {cards.map(([label, get]) => (
        <div key={label} className="rep-card">
          <dt>{label}</dt>
          <dd className="rep-card__value">{formatCell(get(report.totals), lang)}</dd>
          {report.previous ? <dd className="rep-card__prev">{t('rep.previous', { value: formatCell(get(report.previous.totals), lang) })}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
