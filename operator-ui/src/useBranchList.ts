// A list the printers panel reads from the server (printers, tickets shown on screen only):
// fetched again whenever `refresh` changes; a failure is kept as a sentence for the screen.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiRequestError, errorMessage, type ApiInput, type ApiOutput } from '@cherha/ui-kit';

/** the office's lists the panel shows: both take the office's id and nothing else */
type BranchList = 'listPrinters' | 'listPrintFailures';

export function useBranchList<K extends BranchList>(id: K, branchId: number, refresh: unknown): { list: ApiOutput<K> | null; loadError: string | null } {
  const { t } = useTranslation();
  const [list, setList] = useState<ApiOutput<K> | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    // both rows take { branchId } alone; the compiler cannot see that through the generic K
    const input = { params: { branchId } } as ApiInput<K>;
    api(id, input)
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
  }, [id, branchId, refresh, t]);
  return { list, loadError };
}
