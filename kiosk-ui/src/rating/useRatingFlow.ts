// The screen state both terminal modes share: ready → (ticket) → saving → thanks / already
// rated / a message → ready again after a few seconds.
import { useCallback, useEffect, useState } from 'react';
import type { RateResponse } from '@cherha/contracts';
import { ApiRequestError, RATING_THANKS_MS } from '@cherha/ui-kit';

export type Outcome = { kind: 'thanks' } | { kind: 'already' } | { kind: 'message'; text: string };

/** turns a rating request into the outcome to show; a 401 tells the session to check the token */
export async function rateOutcome(request: () => Promise<RateResponse>, onAuthError: () => void, networkText: string): Promise<Outcome> {
  try {
    const res = await request();
    return res.status === 'already_rated' ? { kind: 'already' } : { kind: 'thanks' };
  } catch (err) {
    if (err instanceof ApiRequestError && err.status === 401) onAuthError();
    if (err instanceof ApiRequestError && err.isNetwork) return { kind: 'message', text: networkText };
    return { kind: 'message', text: err instanceof Error ? err.message : String(err) };
  }
}

/** the outcome on screen, cleared (and `onReset` called) after RATING_THANKS_MS */
export function useOutcome(onReset: () => void): [Outcome | null, (o: Outcome | null) => void] {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const reset = useCallback(() => {
    setOutcome(null);
    onReset();
  }, [onReset]);
  useEffect(() => {
    if (!outcome) return undefined;
    const timer = setTimeout(reset, RATING_THANKS_MS);
    return () => clearTimeout(timer);
  }, [outcome, reset]);
  return [outcome, setOutcome];
}
