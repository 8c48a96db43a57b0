// Showing a RatingSummary: the headline figures, one table per grouping, and the comments.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingGroupFigures, RatingSummary } from '@cherha/contracts';
import { currentLanguage, formatClock, localized } from '@cherha/ui-kit';

/** "92 %" (or "—" when there is nothing to divide) */
export function percent(share: number | null, lang: string): string {
  if (share === null) return '—';
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'uk-UA', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function Headline({ summary }: { summary: RatingSummary }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const cards: { key: string; label: string; value: string; detail?: string }[] = [
    { key: 'total', label: t('rat.total'), value: String(summary.total) },
    { key: 'share', label: t('rat.share'), value: percent(summary.satisfiedShare, lang) },
    { key: 'satisfied', label: t('rat.satisfied'), value: String(summary.satisfied) },
    { key: 'dissatisfied', label: t('rat.dissatisfied'), value: String(summary.dissatisfied) },
  ];
  if (summary.nps) cards.push({ key: 'nps', label: t('rat.nps'), value: String(summary.nps.score), detail: t('rat.npsDetail', { ...summary.nps }) });
  return (
    <dl className="rat-cards">
      {cards.map((c) => (
        <div key={c.key} className={`rat-card rat-card--${c.key}`}>
          <dt>{c.label}</dt>
          <dd>
            <span className="rat-card__value">{c.value}</span>
            {c.detail ? <span className="rat-card__detail">{c.detail}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** one grouping as a table: name, ratings, satisfied, dissatisfied, share */
export function GroupTable({ id, title, nameCol, rows }: { id: string; title: string; nameCol: string; rows: { key: string; name: ReactNode; figures: RatingGroupFigures }[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  if (rows.length === 0) return null;
  return (
    <section className="rat-group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="adm-table-wrap">
        <table className="adm-table rat-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{nameCol}</th>
              <th scope="col">{t('rat.colTotal')}</th>
              <th scope="col">{t('rat.colSatisfied')}</th>
              <th scope="col">{t('rat.colDissatisfied')}</th>
              <th scope="col">{t('rat.colShare')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.name}</th>
                <td>{r.figures.total}</td>
                <td>{r.figures.satisfied}</td>
                <td>{r.figures.dissatisfied}</td>
                <td>{percent(r.figures.share, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function Groups({ summary }: { summary: RatingSummary }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <>
      <GroupTable
        id="rat-by-operator"
        title={t('rat.byOperator')}
        nameCol={t('rat.colOperator')}
        rows={summary.byOperator.map((r) => ({ key: `o${r.operatorId ?? 'none'}`, name: r.name ?? t('rat.unknownOperator'), figures: r }))}
      />
      <GroupTable
        id="rat-by-window"
        title={t('rat.byWindow')}
        nameCol={t('rat.colWindow')}
        rows={summary.byWindow.map((r) => ({ key: `w${r.windowId ?? 'none'}`, name: r.label ?? t('rat.unknownOperator'), figures: r }))}
      />
      <GroupTable
        id="rat-by-service"
        title={t('rat.byService')}
        nameCol={t('rat.colService')}
        rows={summary.byService.map((r) => ({ key: `s${r.serviceId}`, name: localized(r.name, lang), figures: r }))}
      />
      <GroupTable
        id="rat-by-channel"
        title={t('rat.byChannel')}
        nameCol={t('rat.colChannel')}
        rows={summary.byChannel.map((r) => ({ key: r.channel, name: t(`rat.channel_${r.channel}`), figures: r }))}
      />
    </>
  );
}

export function Comments({ summary, timeZone }: { summary: RatingSummary; timeZone: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <section className="rat-comments" aria-labelledby="rat-comments-title">
      <h2 id="rat-comments-title">{t('rat.comments')}</h2>
      {summary.comments.length === 0 ? (
        <p>{t('rat.noComments')}</p>
      ) : (
        <ul className="rat-comments__list">
          {summary.comments.map((c, i) => (
            <li key={`${c.createdAt}-${c.ticketNumber}-${i}`} className="rat-comment">
              <p className="rat-comment__head">
                <span className={`rat-value rat-value--${c.value}`}>{t(`rat.value_${c.value}`)}</span>{' '}
                <time dateTime={c.createdAt}>{new Date(c.createdAt).toLocaleDateString(lang === 'en' ? 'en-GB' : 'uk-UA', timeZone ? { timeZone } : {})} {formatClock(Date.parse(c.createdAt), timeZone)}</time>
                {' · '}
                {t('rat.commentLine', { number: c.ticketNumber, service: localized(c.serviceName, lang) })}
                {c.windowLabel ? ` · ${t('rat.windowN', { label: c.windowLabel })}` : ''}
                {c.operatorName ? ` · ${c.operatorName}` : ''}
              </p>
              {c.reasons.length > 0 ? <p className="rat-comment__reasons">{c.reasons.map((r) => t(`rat.reason_${r}`)).join(', ')}</p> : null}
              {c.comment ? <blockquote className="rat-comment__text">{c.comment}</blockquote> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
