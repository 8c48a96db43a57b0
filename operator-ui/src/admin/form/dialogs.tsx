// Modal dialogs of the admin screens: a plain one, one with a form, and «are you sure?».
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@cherha/ui-kit';
import type { FormError } from './errors';

/** A modal <dialog>: Esc closes, focus stays inside, the title names it. */
export function Modal({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog adm-dialog${wide ? ' adm-dialog--wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="adm-dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="btn btn--small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}

/** A dialog with a form: the fields, the form's error, then «Скасувати» and «Зберегти». */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  error,
  busy,
  formClassName = 'adm-form',
  stickyButtons,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => Promise<void>;
  error: FormError | null;
  /** the save button is off while true */
  busy: boolean;
  formClassName?: string;
  /** the buttons stay in view while a long form scrolls */
  stickyButtons?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal title={title} onClose={onClose} wide>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void onSubmit();
        }}
        noValidate
        className={formClassName || undefined}
      >
        {children}
        <ErrorAlert message={error?.message ?? null} />
        <div className={`dialog__buttons${stickyButtons ? ' adm-sticky-buttons' : ''}`}>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {t('adm.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** «Are you sure?» with the consequence spelled out; the confirm button names the action. */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  danger,
  onConfirm,
  onClose,
}: {
  title: string;
  text: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Modal title={title} onClose={onClose}>
      <p className="adm-confirm__text">{text}</p>
      <div className="dialog__buttons">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={`btn ${danger ? 'btn--danger' : 'btn--primary'}`}
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onConfirm().then((ok) => {
              setBusy(false);
              if (ok) onClose();
            });
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
