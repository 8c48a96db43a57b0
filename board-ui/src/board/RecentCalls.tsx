// Recent calls: one row per ticket (a recall lifts its row and marks it «повторно»), only as
// many rows as fit whole, the calls of the last seconds marked (several windows calling in the
// same second are all visible, not only the one shown huge).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowIcon } from './icons';
import type { RecentRow } from './rows';
import { useRowCapacity } from './useRowCapacity';

export function RecentCalls({ rows, fresh }: { rows: readonly RecentRow[]; fresh: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const boxRef = useRef<HTMLDivElement>(null);
  const fit = useRowCapacity(boxRef, rows.length > 0);
  const shown = rows.slice(0, fit);
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title" className="recent__title" data-fit>
        {t('board.recentCalls')}
      </h2>
      <div className="recent__box" ref={boxRef}>
        {/* no calls yet: no empty table headings on the screen */}
        {rows.length === 0 ? null : (
          <table className="recent__table">
            <thead>
              <tr>
                <th scope="col" className="recent__number-col">
                  {t('board.ticketCol')}
                </th>
                <th scope="col" className="recent__arrow-col">
                  <span className="ck-visually-hidden">→</span>
                </th>
                <th scope="col" className="recent__window-col">
                  {t('board.windowCol')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r, i) => (
                <tr
                  key={r.key}
                  data-ticket={r.number}
                  className={[i === 0 ? 'recent--latest' : '', fresh.has(r.callKey) ? 'recent--fresh' : ''].filter(Boolean).join(' ') || undefined}
                >
                  <td className="recent__number">
                    <span className="recent__fit" data-fit>
                      {r.number}
                    </span>
                  </td>
                  <td className="recent__arrow" aria-hidden="true">
                    <ArrowIcon />
                  </td>
                  <td className="recent__window">
                    <span className="recent__fit" data-fit>
                      {r.windowLabel}
                      {r.recall ? <span className="recent__again"> {t('board.again')}</span> : null}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
