import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorSnapshot, TicketView } from '@cherha/contracts';
import { currentLanguage, localized } from '@cherha/ui-kit';

type Placement = 'first' | 'last' | 'original';
export interface TransferBodyInput {
  serviceId?: number;
  windowId?: number;
  placement: Placement;
}

export function TransferDialog({
  ticket,
  snapshot,
  myWindowId,
  onClose,
  onSubmit,
}: {
  ticket: TicketView;
  snapshot: OperatorSnapshot;
  myWindowId: number;
  onClose: () => void;
  onSubmit: (body: TransferBodyInput) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const ref = useRef<HTMLDialogElement>(null);
  const [mode, setMode] = useState<'service' | 'window'>('service');
  const [serviceId, setServiceId] = useState<string>('');
  const [windowId, setWindowId] = useState<string>('');
  const [placement, setPlacement] = useState<Placement>('last');
  const [hint, setHint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const targetId = useId();

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body: TransferBodyInput = { placement };
    if (mode === 'service' && serviceId) body.serviceId = Number(serviceId);
    else if (mode === 'window' && windowId) body.windowId = Number(windowId);
    else {
      setHint(t('op.chooseOne'));
      return;
    }
    setBusy(true);
    await onSubmit(body);
    setBusy(false);
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>{t('op.transferTitle', { number: ticket.number })}</h2>
        <fieldset>
          <legend>{t('op.transferTo')}</legend>
          <label className="radio">
            <input type="radio" name="mode" checked={mode === 'service'} onChange={() => setMode('service')} /> {t('op.toService')}
          </label>
          <label className="radio">
            <input type="radio" name="mode" checked={mode === 'window'} onChange={() => setMode('window')} /> {t('op.toWindow')}
          </label>
        </fieldset>
        <label htmlFor={targetId} className="field-label">
          {mode === 'service' ? t('op.toService') : t('op.toWindow')}
        </label>
        {mode === 'service' ? (
          <select id={targetId} value={serviceId} onChange={(e) => setServiceId(e.target.value)} required>
            <option value="">—</option>
            {snapshot.services.map((s) => (
              <option key={s.serviceId} value={s.serviceId}>
                {s.prefix} · {localized(s.name, lang)}
              </option>
            ))}
          </select>
        ) : (
          <select id={targetId} value={windowId} onChange={(e) => setWindowId(e.target.value)} required>
            <option value="">—</option>
            {snapshot.windows
              .filter((w) => w.id !== myWindowId)
              .map((w) => (
                <option key={w.id} value={w.id}>
                  {t('op.windowN', { label: w.label })}
                  {w.operatorName ? ` · ${w.operatorName}` : ''}
                </option>
              ))}
          </select>
        )}
        <fieldset>
          <legend>{t('op.placement')}</legend>
          {(['first', 'last', 'original'] as const).map((p) => (
            <label key={p} className="radio">
              <input type="radio" name="placement" checked={placement === p} onChange={() => setPlacement(p)} /> {t(`op.place_${p}`)}
            </label>
          ))}
        </fieldset>
        {hint ? (
          <p role="alert" className="form-hint">
            {hint}
          </p>
        ) : null}
        <div className="dialog__buttons">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {t('op.send')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
