// Labelled form fields, each with its hint and its own error read out with it (aria-describedby).
import { useId, useState, type ReactNode } from 'react';

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
