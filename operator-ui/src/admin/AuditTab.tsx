// «Журнал дій»: what admins and supervisors changed in this office — configuration, devices,
// people, alerts, closures, printers, backups — newest first, from GET /api/audit. Read only;
// the server keeps no passwords or codes in it, so there is nothing to hide here.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ISO_DATE_RE, type AuditEntry } from '@cherha/contracts';
import { api } from '@cherha/ui-kit';
import { TextField } from './form/fields';
import { AdminSection, Loading, TabMessages } from './tab/frame';
import { useReload, useTabMessages } from './tab/hooks';
import { AdminTable } from './table';

const LIMIT = 200;

/** a local calendar day (YYYY-MM-DD) as the instant it starts or ends */
const dayEdge = (day: string, end: boolean): string | null => {
  if (!ISO_DATE_RE.test(day)) return null;
  const d = new Date(`${day}T00:00:00`);
  if (end) d.setDate(d.getDate() + 1);
  return Number.isNaN(d.getTime()) ? null : new Date(d.getTime() - (end ? 1 : 0)).toISOString();
};

function summaryText(summary: Record<string, unknown>): string {
  return Object.entries(summary)
    .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? Object.values(v).join(' / ') : String(v)}`)
    .join('; ');
}

export function AuditTab({ branchId }: { branchId: number }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { error, setError, status, setStatus, fail } = useTabMessages();
  const [tick, reload] = useReload();

  useEffect(() => {
    let cancelled = false;
    // a query's values travel as text; a day not yet typed in full is no bound
    const query = { branchId: String(branchId), limit: String(LIMIT), from: dayEdge(from, false) ?? undefined, to: dayEdge(to, true) ?? undefined };
    api('listAudit', { query })
      .then((r) => {
        if (cancelled) return;
        setEntries(r.entries);
        setStatus(t('adm.aud.shown', { count: r.entries.length }));
      })
      .catch((err: unknown) => {
        if (!cancelled) fail(err);
      });
    return () => {
      cancelled = true;
    };
  }, [branchId, from, to, tick, fail, setStatus, t]);

  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'uk-UA', { dateStyle: 'short', timeStyle: 'medium' });
  const actionName = (op: string) => (i18n.exists(`adm.aud.op_${op}`) ? t(`adm.aud.op_${op}`) : op);
  const who = (e: AuditEntry) =>
    e.actorLogin ?? (e.actorDeviceId !== null ? t('adm.aud.device', { id: e.actorDeviceId }) : t('adm.aud.nobody'));
  return (
    <AdminSection tab="audit" intro={t('adm.aud.intro')}>
      <TabMessages error={error} status={status} onDismiss={() => setError(null)} />
      <div className="adm-toolbar">
        <TextField type="date" label={t('adm.aud.from')} value={from} onChange={setFrom} />
        <TextField type="date" label={t('adm.aud.to')} value={to} onChange={setTo} />
        <button type="button" className="btn" onClick={reload}>
          {t('adm.refresh')}
        </button>
      </div>
      <h2 id="adm-audit-list">{t('adm.aud.listTitle')}</h2>
      <Loading when={!entries && !error} />
      {entries && entries.length === 0 ? <p className="adm-muted">{t('adm.aud.none')}</p> : null}
      {entries && entries.length > 0 ? (
        <AdminTable
          labelledBy="adm-audit-list"
          columns={[t('adm.aud.time'), t('adm.aud.who'), t('adm.aud.action'), t('adm.aud.target'), t('adm.aud.result'), t('adm.aud.details')]}
        >
          {entries.map((e) => (
            <tr key={e.id} data-audit-action={e.action}>
              <th scope="row">
                <time dateTime={e.at}>{time.format(new Date(e.at))}</time>
              </th>
              <td>{who(e)}</td>
              <td>{actionName(e.action)}</td>
              <td>{e.targetId ?? '—'}</td>
              <td>{e.status < 300 ? t('adm.aud.done') : t('adm.aud.refused', { status: e.status })}</td>
              <td>{summaryText(e.summary)}</td>
            </tr>
          ))}
        </AdminTable>
      ) : null}
    </AdminSection>
  );
}
