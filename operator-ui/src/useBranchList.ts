// A list the printers panel reads from the server (printers, tickets shown on screen only):
// fetched again whenever `refresh` changes; a failure is kept as a sentence for the screen.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, apiFetch, errorMessage } from '@cherha/ui-kit';

export function useBranchList<T>(path: string, refresh: unknown): { list: T[] | null; loadError: string | null } {
  const { t } = useTranslation();
  const [list, setList] = useState<T[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    apiFetch<T[]>(path)
      .then((rows) => {
        if (cancelled) return;
        setList(rows);
        setLoadError(null);
      })
      .catch((err: unknown) => {
        if (!cancelled) setLoadError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('errors.NETWORK') : errorMessage(err));
      });
    return () => {
      cancelled = true;
    };
  }, [path, refresh, t]);
  return { list, loadError };
}
