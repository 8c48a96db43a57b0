// One table of the report with its own CSV and XLSX buttons.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@cherha/ui-kit';
import { downloadCsv, downloadXlsx } from './download';
import type { Cell, ReportTableData } from './tables';

export function formatCell(v: Cell, lang: string): string {
  if (v === null) return '—';
  return typeof v === 'number' ? v.toLocaleString(lang === 'en' ? 'en-GB' : 'uk-UA', { maximumFractionDigits: 2 }) : v;
}

/** the heat map's cells shaded by their value (black text stays readable: at most half blue) */
function heatStyle(table: ReportTableData, v: Cell, max: number) {
  if (table.id !== 'heatmap' || typeof v !== 'number' || max === 0 || v === 0) return undefined;
  return { background: `rgba(31, 95, 168, ${((v / max) * 0.5).toFixed(3)})` };
}

export function ReportTable({ table, fileName }: { table: ReportTableData; fileName: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const max = table.id === 'heatmap' ? Math.max(0, ...table.rows.flatMap((r) => r.filter((v): v is number => typeof v === 'number'))) : 0;
  const titleId = `rep-table-${table.id}`;
  return (
    <section className="rep-table" aria-labelledby={titleId} data-table={table.id}>
      <div className="rep-table__head">
        <h2 id={titleId}>{table.title}</h2>
        <span className="rep-noprint">
          <button type="button" className="btn btn--small" onClick={() => downloadCsv(table, `${fileName}-${table.id}`)} aria-label={`${table.title}: CSV`}>
            CSV
          </button>{' '}
          <button type="button" className="btn btn--small" onClick={() => void downloadXlsx([table], `${fileName}-${table.id}`)} aria-label={`${table.title}: XLSX`}>
            XLSX
          </button>
        </span>
      </div>
      {table.rows.length === 0 ? (
        <p>{t('rep.empty')}</p>
      ) : (
        <div className="rep-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
          <table className="adm-table" aria-labelledby={titleId}>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((v, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {formatCell(v, lang)}
                      </th>
                    ) : (
                      <td key={i} className={typeof v === 'number' ? 'num' : undefined} style={heatStyle(table, v, max)}>
                        {formatCell(v, lang)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
