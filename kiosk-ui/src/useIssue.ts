// Issuing a ticket: one idempotency key per tap, repeated on retry so the server answers with
// the same ticket; the screens follow as issuing → result, or issuing → failed. A network
// failure is retried once after a moment (a blip), then said plainly: the visitor is never
// left on a spinner, and «Назад» / «На початок» work meanwhile (cancel()).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueTicketResponse } from '@cherha/contracts';
import { ApiRequestError, api, currentLanguage } from '@cherha/ui-kit';
import { translateError } from './errors';
import { HOME } from './screens';
import type { KioskNav } from './useNavigation';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** one attempt's limit: an answer takes milliseconds, so this is only for a dead network */
const ATTEMPT_TIMEOUT_MS = 6000;
const RETRY_AFTER_MS = 1500;
const NETWORK_RETRIES = 1;

interface IssueDeps {
  branchId: number | null;
  token: string;
  /** issuing is off (air-raid alert) */
  blocked: boolean;
  nav: KioskNav;
  /** the answer with print failures already reported for it */
  applyPrintFailure: (r: IssueTicketResponse) => IssueTicketResponse;
  recheck: () => void;
  /** a network failure: the kiosk turns to offline until the server answers again */
  onNetworkFailure: () => void;
}

export interface Issuer {
  issue: (serviceId: number, key: string) => Promise<void>;
  /** forget the pending issue: its answer, if it comes, changes no screen */
  cancel: () => void;
}

export function useIssue({ branchId, token, blocked, nav, applyPrintFailure, recheck, onNetworkFailure }: IssueDeps): Issuer {
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
        const result = await api('issueTicket', {
          params: { branchId },
          body: { serviceId, priorityCategoryId: priority?.id ?? null, idempotencyKey: key, language: lang },
        }, { token, timeoutMs: ATTEMPT_TIMEOUT_MS });
        if (seq !== seqRef.current) return;
        setStack([HOME, { kind: 'result', result: applyPrintFailure(result), serviceId }]);
        setPriority(null);
        return;
      } catch (err) {
        if (seq !== seqRef.current) return;
        const network = err instanceof ApiRequestError && err.isNetwork;
        if (network && attempt < NETWORK_RETRIES) {
          setStack((st) => st.map((s) => (s.kind === 'issuing' ? { ...s, retrying: true } : s)));
          await sleep(RETRY_AFTER_MS);
          if (seq !== seqRef.current) return;
          continue;
        }
        if (network) onNetworkFailure();
        if (err instanceof ApiRequestError && err.status === 401) recheck();
        const message = network ? t('kiosk.issueOffline') : translateError(err, lang, t);
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
