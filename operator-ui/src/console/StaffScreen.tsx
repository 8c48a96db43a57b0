// The frame both staff screens share (the window console and «Огляд офісу»): the connection
// banner, the top bar with the office's clock, «Завантаження…» until the first snapshot, and
// above the content the air-raid strip, the error region and the status line.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorSnapshot, User } from '@cherha/contracts';
import { ConnectionBanner, ErrorAlert, currentLanguage, formatClock, localized } from '@cherha/ui-kit';
import { Topbar } from '../Topbar';

export interface StaffScreenProps {
  snap: OperatorSnapshot | null;
  live: { connected: boolean; everConnected: boolean };
  now: number;
  user: User;
  onLogout: () => void;
  onChangeBranch?: (() => void) | undefined;
  /** the top bar's own part (the window, the links) */
  bar: ReactNode;
  children?: ReactNode;
}

export function StaffScreen({ snap, live, now, user, onLogout, onChangeBranch, bar, children }: StaffScreenProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="app">
      <ConnectionBanner connected={live.connected} everConnected={live.everConnected} />
      <Topbar
        branchName={snap ? localized(snap.branchName, currentLanguage(i18n)) : ''}
        user={user}
        onChangeBranch={onChangeBranch}
        onLogout={onLogout}
        beforeUser={
          <time className="topbar__clock" dateTime={new Date(now).toISOString()}>
            {snap ? formatClock(now, snap.timeZone) : ''}
          </time>
        }
      >
        {bar}
      </Topbar>
      {snap ? (
        children
      ) : (
        <main className="centered">
          <p role="status">{t('op.loading')}</p>
        </main>
      )}
    </div>
  );
}

/** the air-raid strip, the server's refusal (dismissable) and what was just done */
export function ScreenMessages({ alertActive, error, onCloseError, status }: { alertActive: boolean; error: string | null; onCloseError: () => void; status: string }) {
  const { t } = useTranslation();
  return (
    <>
      {alertActive ? (
        <div className="alert-strip" role="alert">
          <strong>{t('common.alertTitle')}</strong> {t('common.alertText')}
        </div>
      ) : null}
      <div className="messages">
        <ErrorAlert message={error} onClose={onCloseError} />
        <p className="status-line" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </>
  );
}
