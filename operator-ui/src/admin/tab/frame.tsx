// The frame every admin tab shares: its heading and introduction, its error and status line, and
// «Завантаження…» until the first answer.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@cherha/ui-kit';
import type { AdminTab } from '../Admin';

/** A tab: its heading (the tab's name), one sentence of introduction, then the content. */
export function AdminSection({ tab, intro, children }: { tab: AdminTab; intro: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`adm-${tab}-title`} className="adm-section">
      <h1 id={`adm-${tab}-title`}>{t(`adm.tab_${tab}`)}</h1>
      <p className="adm-intro">{intro}</p>
      {children}
    </section>
  );
}

/** The tab's error alert and its polite status line (see useTabMessages). */
export function TabMessages({ error, status, onDismiss }: { error: string | null; status: string; onDismiss: () => void }) {
  return (
    <div className="adm-messages">
      <ErrorAlert message={error} onClose={onDismiss} />
      <p className="status-line" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** «Завантаження…» while there is nothing to show yet and no error either. */
export function Loading({ when }: { when: boolean }) {
  const { t } = useTranslation();
  return when ? <p role="status">{t('op.loading')}</p> : null;
}
