import { ApiRequestError } from '@cherha/ui-kit';

type T = (key: string, opts?: Record<string, unknown>) => string;

/** A failed request as a sentence for the visitor: the server's Ukrainian message, or ours. */
export function translateError(err: unknown, lang: string, t: T): string {
  if (err instanceof ApiRequestError) {
    if (err.code === 'NETWORK') return t('errors.NETWORK');
    if (lang === 'uk' && err.message && !/^HTTP \d+/.test(err.message)) return err.message;
    return t(`errors.${err.code}`, { defaultValue: t(`reasons.${err.code}`, { defaultValue: err.message }) });
  }
  return err instanceof Error ? err.message : String(err);
}
