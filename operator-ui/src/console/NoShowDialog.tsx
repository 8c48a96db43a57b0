// «Не зʼявився» asks once: X (or the button) opens this, Enter confirms, Esc keeps the ticket.
// A visitor marked by a slip of the key would lose their place for good.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function NoShowDialog({ number, busy, onConfirm, onClose }: { number: string; busy: boolean; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // Enter right after X confirms: the confirming button has the focus
    confirmRef.current?.focus();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog dialog--no-show"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('op.noShowTitle', { number })}</h2>
      <p id={textId}>{t('op.noShowText')}</p>
      <div className="dialog__buttons">
        <button type="button" className="btn" onClick={onClose}>
          {t('op.noShowKeep')}
        </button>
        <button ref={confirmRef} type="button" className="btn btn--danger" disabled={busy} onClick={onConfirm}>
          {t('op.noShowConfirm', { number })}
        </button>
      </div>
    </dialog>
  );
}
