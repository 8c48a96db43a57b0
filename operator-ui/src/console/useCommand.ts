// One command at a time from the console: busy while the server answers, the server's own
// Ukrainian message in the alert region when refused, a sentence in the status line when done.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, errorMessage } from '@cherha/ui-kit';
import type { Sentence } from './actions';

/**
 * `send` is one typed call (`() => api('callNext', …)`); a command that answers with a ticket
 * names it in the sentence, otherwise `number` (the ticket the button was about) does.
 */
export type Run = (sentence: Sentence, send: () => Promise<unknown>, number?: string) => Promise<boolean>;

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
    async (sentence, send, number) => {
      setBusy(true);
      setError(null);
      try {
        const res = await send();
        setStatus(sentence(ticketNumberOf(res) ?? number ?? ''));
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

/** the ticket's number when the command answered with `{ ticket }` (the queue's commands do) */
function ticketNumberOf(res: unknown): string | undefined {
  const ticket = (res as { ticket?: { number?: unknown } } | null)?.ticket;
  return typeof ticket?.number === 'string' ? ticket.number : undefined;
}
