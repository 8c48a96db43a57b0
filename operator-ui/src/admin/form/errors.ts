// A failed request or a failed client-side check, turned into what a form shows: one sentence for
// the whole form and one per field. Field keys are zod paths ("name.uk", "dailyCap"), the same the
// server puts in a 400's `details`, so a field finds its message whoever found the mistake.
import { ApiRequestError, errorMessage } from '@cherha/ui-kit';

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

/** What a contracts schema's `safeParse` reports when it fails (structural: the UI does not import zod itself). */
export interface SchemaIssues {
  issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[];
}

/**
 * The form's own wording for a field's mistake: one text for any mistake in the field, or one per
 * zod issue code ('too_small', 'invalid_format'…). Both languages come from the form's i18n.
 */
export type FieldTexts = Record<string, string | Partial<Record<string, string>>>;

/**
 * A contracts schema's issues as per-field messages (the first issue of a field wins, as in
 * toFormError). The form's texts say the usual mistakes in the user's language; anything they do
 * not name keeps the contract's Ukrainian message, which is also what the server would answer.
 */
export function issueFields(error: SchemaIssues, texts: FieldTexts = {}): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (path in fields) continue;
    const own = texts[path];
    fields[path] = (typeof own === 'string' ? own : own?.[issue.code]) ?? issue.message;
  }
  return fields;
}
