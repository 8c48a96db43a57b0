// Issuing a ticket: one idempotency key per tap, repeated on retry so the server answers with
// the same ticket; the screens follow as issuing → result, or issuing → failed.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueTicketResponse } from '@cherha/contracts';
import { ApiRequestError, apiFetch, currentLanguage } from '@cherha/ui-kit';
import { translateError } from './errors';
import { HOME } from './screens';
import type { KioskNav } from './useNavigation';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface IssueDeps {
  branchId: number | null;
  token: string;
  /** issuing is off (air-raid alert) */
  blocked: boolean;
  nav: KioskNav;
  /** the answer with print failures already reported for it */
  applyPrintFailure: (r: IssueTicketResponse) => IssueTicketResponse;
  recheck: () => void;
}

export interface Issuer {
  issue: (serviceId: number, key: string) => Promise<void>;
  /** forget the pending issue: its answer, if it comes, changes no screen */
  cancel: () => void;
}

export function useIssue({ branchId, token, blocked, nav, applyPrintFailure, recheck }: IssueDeps): Issuer {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const seqRef = useRef(0);
  const { setStack, setPriority, priority } = nav;

  const issue = async (serviceId: number, key: string) => {
    if (!branchId || blocked) return;
    const seq = ++seqRef.current;
    setStack((st) => [...st.filter((s) => s.kind !== 'issuing' && s.kind !== 'failed'), { kind: 'issuing', serviceId, key, retrying: false }]);
    for (let attempt = 0; ; attempt += 1) {
      try {
        const result = await apiFetch<IssueTicketResponse>(`/api/branches/${branchId}/tickets`, {
          method: 'POST',
          token,
          body: { serviceId, priorityCategoryId: priority?.id ?? null, idempotencyKey: key, language: lang },
          timeoutMs: 12_000,
        });
        if (seq !== seqRef.current) return;
        setStack([HOME, { kind: 'result', result: applyPrintFailure(result), serviceId }]);
        setPriority(null);
        return;
      } catch (err) {
        if (seq !== seqRef.current) return;
        if (err instanceof ApiRequestError && err.isNetwork && attempt < 5) {
          setStack((st) => st.map((s) => (s.kind === 'issuing' ? { ...s, retrying: true } : s)));
          await sleep(Math.min(1000 * 2 ** attempt, 8000));
          if (seq !== seqRef.current) return;
          continue;
        }
        if (err instanceof ApiRequestError && err.status === 401) recheck();
        const message = translateError(err, lang, t);
        setStack((st) => [...st.filter((s) => s.kind !== 'issuing'), { kind: 'failed', serviceId, key, message }]);
        return;
      }
    }
  };
  return {
    issue,
    cancel: () => {
      seqRef.current += 1;
    },
  };
}
