// Building blocks of the administration screens: labelled fields with their own error,
// modal dialogs, confirmation, and turning a server error into a message per field.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, errorMessage } from '@cherha/ui-kit';

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const HHMM_PATTERN = '([01][0-9]|2[0-3]):[0-5][0-9]|24:00';

/** A server error: its Ukrainian message, and per-field messages from `details` (zod paths like "name.uk"). */
export interface FormError {
  message: string;
  fields: Record<string, string>;
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
