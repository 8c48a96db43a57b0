// The technician's one-time choice: scanner, or a window (from the branch's list when this
// device may read it, else by its id).
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Window } from '@cherha/contracts';
import { api, ErrorAlert } from '@cherha/ui-kit';
import type { Binding } from './binding';

export function Setup({ token, branchId, current, onSave }: { token: string; branchId: number | null; current: Binding | null; onSave: (b: Binding) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Binding['mode']>(current?.mode ?? 'scanner');
  const [windows, setWindows] = useState<Window[] | null>(null);
  const [listFailed, setListFailed] = useState(false);
  const [windowId, setWindowId] = useState(current?.mode === 'window' ? String(current.windowId) : '');
  const [error, setError] = useState<string | null>(null);
  const ids = { mode: useId(), window: useId() };

  useEffect(() => {
    if (!branchId) return undefined;
    let cancelled = false;
    api('listWindows', { params: { branchId } }, { token })
      .then((list: Window[]) => !cancelled && setWindows(list.filter((w) => w.active)))
      .catch(() => !cancelled && setListFailed(true));
    return () => {
      cancelled = true;
    };
  }, [branchId, token]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'scanner') return onSave({ mode });
    const id = Number(windowId);
    if (!Number.isInteger(id) || id <= 0) {
      setError(t('rt.windowId'));
      return;
    }
    onSave({ mode, windowId: id, label: windows?.find((w) => w.id === id)?.label ?? null });
  };

  return (
    <main className="rt-setup" aria-labelledby="rt-setup-title">
      <h1 id="rt-setup-title">{t('rt.setupTitle')}</h1>
      <p>{t('rt.setupIntro')}</p>
      <form onSubmit={submit}>
        <fieldset>
          <legend className="ck-visually-hidden">{t('rt.setupTitle')}</legend>
          {(['scanner', 'window'] as const).map((m) => (
            <label key={m} className="rt-setup__choice">
              <input type="radio" name={ids.mode} value={m} checked={mode === m} onChange={() => setMode(m)} />
              {m === 'scanner' ? t('rt.modeScanner') : t('rt.modeWindow')}
            </label>
          ))}
        </fieldset>
        {mode === 'window' ? (
          <div className="rt-setup__window">
            {windows && !listFailed ? (
              <>
                <label htmlFor={ids.window}>{t('rt.windowChoose')}</label>
                <select id={ids.window} value={windowId} onChange={(e) => setWindowId(e.target.value)}>
                  <option value="">—</option>
                  {windows.map((w) => (
                    <option key={w.id} value={String(w.id)}>
                      {t('rt.windowTitle', { label: w.label })}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <>
                {listFailed ? <p>{t('rt.windowsUnavailable')}</p> : null}
                <label htmlFor={ids.window}>{t('rt.windowId')}</label>
                <input id={ids.window} inputMode="numeric" value={windowId} onChange={(e) => setWindowId(e.target.value.replace(/\D/g, ''))} />
              </>
            )}
          </div>
        ) : null}
        <button type="submit" className="rt-primary">
          {t('rt.save')}
        </button>
      </form>
      <ErrorAlert message={error} />
    </main>
  );
}
