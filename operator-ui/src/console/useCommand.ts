// One command at a time from the console: busy while the server answers, the server's own
// Ukrainian message in the alert region when refused, a sentence in the status line when done.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketView } from '@cherha/contracts';
import { ApiRequestError, apiFetch, errorMessage } from '@cherha/ui-kit';
import type { Sentence } from './actions';

export type Run = (sentence: Sentence, path: string, body?: unknown, number?: string) => Promise<boolean>;

export function useCommand(recheck: () => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  /** a refused or failed request: a lost session signs out, anything else is said in the alert region */
  const fail = useCallback(
    (err: unknown) => {
      if (err instanceof ApiRequestError && err.status === 401) recheck();
      setError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('errors.NETWORK') : errorMessage(err));
    },
    [recheck, t],
  );

  const run: Run = useCallback(
    async (sentence, path, body, number) => {
      setBusy(true);
      setError(null);
      try {
        const res = await apiFetch<{ ticket?: TicketView & { number: string } }>(path, { method: 'POST', body });
        setStatus(sentence(res?.ticket?.number ?? number ?? ''));
        return true;
      } catch (err) {
        fail(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );

  return { busy, error, setError, status, setStatus, run, fail };
}
