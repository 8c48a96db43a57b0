// The admin's list tables: a table named by its heading, row buttons that say which row they act
// on, and on/off badges.
import type { ReactNode } from 'react';

/** A list table named by a heading, with a header row of column names; `children` are its rows. */
export function AdminTable({ labelledBy, columns, children }: { labelledBy: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="adm-table-wrap">
      <table className="adm-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A small button in a table row; screen readers hear which row it acts on («Змінити: Імʼя»). */
export function RowButton({
  label,
  of,
  onClick,
  danger,
  disabled,
  title,
  children,
}: {
  label: string;
  of: string;
  onClick: () => void;
  danger?: boolean;
  disabled?: boolean;
  title?: string | undefined;
  /** what the button shows, when not its label */
  children?: ReactNode;
}) {
  return (
    <button type="button" className={`btn btn--small${danger ? ' btn--danger-outline' : ''}`} disabled={disabled} title={title} aria-label={`${label}: ${of}`} onClick={onClick}>
      {children ?? label}
    </button>
  );
}

/** A green «on» or a grey «off» badge. */
export function OnOffBadge({ on, onText, offText }: { on: boolean; onText: string; offText: string }) {
  return on ? <span className="adm-badge adm-badge--ok">{onText}</span> : <span className="adm-badge adm-badge--no">{offText}</span>;
}
