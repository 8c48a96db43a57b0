// A tab's state that is not its data: its messages, and a counter that makes it load again.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../form/errors';

/** A tab's error (dismissable alert) and status line; `fail` turns a failed request into the error. */
export function useTabMessages() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const net = t('errors.NETWORK');
  const fail = useCallback((err: unknown) => setError(errorText(err, net)), [net]);
  return { error, setError, status, setStatus, fail };
}

/** A counter to put in a loading effect's dependencies, and the function that bumps it. */
export function useReload(): [number, () => void] {
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return [tick, reload];
}
