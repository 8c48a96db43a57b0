// A form's submit: busy while the request runs, and its failure as the form's error.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueFields, toFormError, type FieldTexts, type FormError, type SchemaIssues } from './errors';

/** what a contracts schema's `safeParse` answers (only what the form needs of it) */
export type SchemaVerdict = { success: true } | { success: false; error: SchemaIssues };

/**
 * A form's busy flag and error. `run` sends the request (busy meanwhile; a failure becomes the
 * form's error, with a message per field); `invalid` shows what the form's own checks found;
 * `accepts` is the same for a body checked with the contracts' schema (the server's own rule),
 * before it is sent.
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
  const accepts = (verdict: SchemaVerdict, texts?: FieldTexts, message?: string): boolean => {
    if (verdict.success) return true;
    invalid(issueFields(verdict.error, texts), message);
    return false;
  };
  return { busy, err, fields: err?.fields ?? {}, run, invalid, accepts };
}
