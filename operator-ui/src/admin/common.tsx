// Building blocks of the administration screens: the tab's frame and messages, tables, labelled
// fields with their own error, modal dialogs and forms, confirmation, and turning a server error
// into a message per field.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HHMM_RE } from '@cherha/contracts';
import { ApiRequestError, ErrorAlert, errorMessage } from '@cherha/ui-kit';
import type { AdminTab } from './Admin';

/** the contracts' rule (the same the server checks) */
export const HHMM = HHMM_RE;
export const HHMM_PATTERN = '([01][0-9]|2[0-3]):[0-5][0-9]|24:00';

/** A server error: its Ukrainian message, and per-field messages from `details` (zod paths like "name.uk"). */
export interface FormError {
  message: string;
  fields: Record<string, string>;
}

/** A failed request as one sentence: «no connection» for a network error, else the server's message. */
export function errorText(err: unknown, networkText: string): string {
  return err instanceof ApiRequestError && err.code === 'NETWORK' ? networkText : errorMessage(err);
}

export function toFormError(err: unknown, networkText: string): FormError {
  if (err instanceof ApiRequestError && err.code === 'NETWORK') return { message: networkText, fields: {} };
  const fields: Record<string, string> = {};
  if (err instanceof ApiRequestError && Array.isArray(err.details)) {
    for (const d of err.details as { path?: unknown; message?: unknown }[]) {
      if (typeof d.path === 'string' && typeof d.message === 'string' && !(d.path in fields)) fields[d.path] = d.message;
    }
  }
  return { message: errorMessage(err), fields };
}

/** A tab's error (dismissable alert) and status line; `fail` turns a failed request into the error. */
export function useTabMessages() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const net = t('errors.NETWORK');
  const fail = useCallback((err: unknown) => setError(errorText(err, net)), [net]);
  return { error, setError, status, setStatus, fail };
}

/** A counter to put in a loading effect's dependencies, and the function that bumps it. */
export function useReload(): [number, () => void] {
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return [tick, reload];
}

/**
 * A form's busy flag and error. `run` sends the request (busy meanwhile; a failure becomes the
 * form's error, with a message per field); `invalid` shows what the form's own checks found.
 */
export function useFormSubmit() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<FormError | null>(null);
  const run = async (request: () => Promise<void>) => {
    setBusy(true);
    setErr(null);
    try {
      await request();
    } catch (error) {
      setErr(toFormError(error, t('errors.NETWORK')));
    } finally {
      setBusy(false);
    }
  };
  const invalid = (fields: Record<string, string>, message = t('adm.fixFields', { count: Object.keys(fields).length })) => setErr({ message, fields });
  return { busy, err, fields: err?.fields ?? {}, run, invalid };
}

/** A tab: its heading (the tab's name), one sentence of introduction, then the content. */
export function AdminSection({ tab, intro, children }: { tab: AdminTab; intro: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`adm-${tab}-title`} className="adm-section">
      <h1 id={`adm-${tab}-title`}>{t(`adm.tab_${tab}`)}</h1>
      <p className="adm-intro">{intro}</p>
      {children}
    </section>
  );
}

/** The tab's error alert and its polite status line (see useTabMessages). */
export function TabMessages({ error, status, onDismiss }: { error: string | null; status: string; onDismiss: () => void }) {
  return (
    <div className="adm-messages">
      <ErrorAlert message={error} onClose={onDismiss} />
      <p className="status-line" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** «Завантаження…» while there is nothing to show yet and no error either. */
export function Loading({ when }: { when: boolean }) {
  const { t } = useTranslation();
  return when ? <p role="status">{t('op.loading')}</p> : null;
}

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

interface FieldBase {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
  /** the label is read by screen readers only (a table column already names the field) */
  hideLabel?: boolean;
}

function useFieldIds(error?: string, hint?: string) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function FieldShell({ id, label, hint, hintId, error, errorId, className, hideLabel, children }: FieldBase & { id: string; hintId: string; errorId: string; children: ReactNode }) {
  return (
    <div className={`adm-field${error ? ' adm-field--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'ck-visually-hidden' : 'adm-field__label'}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="adm-field__hint">
          {hint}
        </span>
      ) : null}
      {children}
      {error ? (
        <span id={errorId} className="adm-field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

export function TextField({
  value,
  onChange,
  type = 'text',
  inputMode,
  required,
  pattern,
  maxLength,
  autoComplete,
  placeholder,
  size,
  name,
  ...base
}: FieldBase & {
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'password' | 'date' | 'number';
  inputMode?: 'numeric' | 'text';
  required?: boolean;
  pattern?: string;
  maxLength?: number;
  autoComplete?: string;
  placeholder?: string;
  size?: number;
  name?: string;
}) {
  // a message stays while the value it was about is there; editing the field clears it
  const [errorFor, setErrorFor] = useState<{ error: string | undefined; value: string }>({ error: base.error, value });
  if (errorFor.error !== base.error) setErrorFor({ error: base.error, value });
  const error = base.error !== undefined && errorFor.value === value ? base.error : undefined;
  const ids = useFieldIds(error, base.hint);
  return (
    <FieldShell {...base} error={error} id={ids.id} hintId={ids.hintId} errorId={ids.errorId}>
      <input
        id={ids.id}
        name={name}
        className="adm-input"
        type={type}
        inputMode={inputMode}
        required={required}
        pattern={pattern}
        maxLength={maxLength}
        autoComplete={autoComplete ?? 'off'}
        placeholder={placeholder}
        size={size}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

export function TextAreaField({ value, onChange, maxLength, ...base }: FieldBase & { value: string; onChange: (v: string) => void; maxLength?: number }) {
  const ids = useFieldIds(base.error, base.hint);
  return (
    <FieldShell {...base} id={ids.id} hintId={ids.hintId} errorId={ids.errorId}>
      <textarea
        id={ids.id}
        className="adm-input adm-input--area"
        rows={2}
        maxLength={maxLength}
        value={value}
        aria-invalid={base.error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  required,
  ...base
}: FieldBase & { value: string; onChange: (v: string) => void; options: { value: string; label: string }[]; required?: boolean }) {
  const ids = useFieldIds(base.error, base.hint);
  return (
    <FieldShell {...base} id={ids.id} hintId={ids.hintId} errorId={ids.errorId}>
      <select
        id={ids.id}
        className="adm-input"
        value={value}
        required={required}
        aria-invalid={base.error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckField({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (v: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="adm-check">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="adm-field__hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/** Radio buttons in a fieldset; each option may carry one plain sentence of explanation. */
export function RadioGroup<T extends string>({
  legend,
  value,
  onChange,
  options,
  name,
}: {
  legend: string;
  value: T;
  onChange: (v: T) => void;
  options: { value: T; label: string; hint?: string; extra?: ReactNode }[];
  name: string;
}) {
  const id = useId();
  return (
    <fieldset className="adm-radios">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className={`adm-radio${value === o.value ? ' adm-radio--on' : ''}`}>
          <input
            id={`${id}-${o.value}`}
            type="radio"
            name={`${name}-${id}`}
            checked={value === o.value}
            aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          {o.hint ? (
            <p id={`${id}-${o.value}-hint`} className="adm-radio__hint">
              {o.hint}
            </p>
          ) : null}
          {value === o.value && o.extra ? <div className="adm-radio__extra">{o.extra}</div> : null}
        </div>
      ))}
    </fieldset>
  );
}

/** A modal <dialog>: Esc closes, focus stays inside, the title names it. */
export function Modal({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog adm-dialog${wide ? ' adm-dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="adm-dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn--small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}

/** A dialog with a form: the fields, the form's error, then «Скасувати» and «Зберегти». */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  error,
  busy,
  formClassName = 'adm-form',
  stickyButtons,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => Promise<void>;
  error: FormError | null;
  /** the save button is off while true */
  busy: boolean;
  formClassName?: string;
  /** the buttons stay in view while a long form scrolls */
  stickyButtons?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal title={title} onClose={onClose} wide>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void onSubmit();
        }}
        noValidate
        className={formClassName || undefined}
      >
        {children}
        <ErrorAlert message={error?.message ?? null} />
        <div className={`dialog__buttons${stickyButtons ? ' adm-sticky-buttons' : ''}`}>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {t('adm.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** «Are you sure?» with the consequence spelled out; the confirm button names the action. */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  danger,
  onConfirm,
  onClose,
}: {
  title: string;
  text: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Modal title={title} onClose={onClose}>
      <p className="adm-confirm__text">{text}</p>
      <div className="dialog__buttons">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={`btn ${danger ? 'btn--danger' : 'btn--primary'}`}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onConfirm().then((ok) => {
              setBusy(false);
              if (ok) onClose();
            });
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}

/** A number field's text → number, or null when empty / not a whole number. */
export function parseIntOrNull(v: string): number | null {
  const s = v.trim();
  if (!/^\d+$/.test(s)) return null;
  return Number(s);
}

/** A readable random password (no 0/O, 1/l/I), for resets and deactivation. */
export function randomPassword(length = 12): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
