// «Адміністрування»: devices and their printers, working hours, services, windows and people
// of one office, for users with role admin. Routed by the address hash (#/admin/devices…), so
// each screen can be bookmarked and the browser's Back works.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branch, User } from '@cherha/contracts';
import { ApiRequestError, ErrorAlert, api, currentLanguage, localized } from '@cherha/ui-kit';
import { Topbar } from '../Topbar';
import { errorText } from './form/errors';
import { DevicesTab } from './devices/DevicesTab';
import { HoursTab } from './hours/HoursTab';
import { ServicesTab } from './ServicesTab';
import { WindowsTab } from './WindowsTab';
import { UsersTab } from './users/UsersTab';
import { RatingsTab } from './RatingsTab';
import { AuditTab } from './AuditTab';
import { VoiceTab } from './VoiceTab';
import { NotificationsTab } from './NotificationsTab';
import { BookingTab } from '../bookings/BookingTab';
import './admin.css';

export const ADMIN_TABS = ['devices', 'hours', 'services', 'windows', 'users', 'ratings', 'booking', 'notifications', 'voice', 'audit'] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];

export function adminTabOf(route: string): AdminTab {
  const tab = route.split('/')[2];
  return (ADMIN_TABS as readonly string[]).includes(tab ?? '') ? (tab as AdminTab) : 'devices';
}

export interface AdminProps {
  user: User;
  branchId: number;
  route: string;
  onLogout: () => void;
  recheck: () => void;
  onChangeBranch?: (() => void) | undefined;
}

export function Admin({ user, branchId, route, onLogout, recheck, onChangeBranch }: AdminProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const tab = adminTabOf(route);
  const [branch, setBranch] = useState<Branch | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const refreshBranch = useCallback(() => setReload((n) => n + 1), []);

  useEffect(() => {
    let cancelled = false;
    api('listBranches', {})
      .then((list) => {
        if (cancelled) return;
        const b = list.find((x) => x.id === branchId) ?? null;
        setBranch(b);
        setLoadError(b ? null : t('adm.branchMissing'));
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiRequestError && err.status === 401) recheck();
        setLoadError(errorText(err, t('errors.NETWORK')));
      });
    return () => {
      cancelled = true;
    };
  }, [branchId, reload, recheck, t]);

  useEffect(() => {
    document.title = `${t(`adm.tab_${tab}`)} — ${t('adm.title')} — ${t('common.appName')}`;
    return () => {
      document.title = t('common.appName');
    };
  }, [tab, t]);

  return (
    <div className="app adm">
      <a className="adm-skip" href="#adm-main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('adm-main')?.focus();
      }}>
        {t('adm.skipToContent')}
      </a>
      <Topbar branchName={branch ? localized(branch.name, lang) : ''} user={user} onChangeBranch={onChangeBranch} onLogout={onLogout}>
        <a className="btn btn--small topbar__link" href="#/">
          {t('adm.backToConsole')}
        </a>
      </Topbar>
      <nav className="adm-tabs" aria-label={t('adm.title')}>
        <span className="adm-tabs__title">{t('adm.title')}</span>
        <ul>
          {ADMIN_TABS.map((k) => (
            <li key={k}>
              <a href={`#/admin/${k}`} className="adm-tabs__link" aria-current={k === tab ? 'page' : undefined}>
                {t(`adm.tab_${k}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="adm-main" className="adm-main" tabIndex={-1}>
        <ErrorAlert message={loadError} />
        {branch ? (
          tab === 'devices' ? (
            <DevicesTab branch={branch} />
          ) : tab === 'hours' ? (
            <HoursTab branch={branch} onSaved={refreshBranch} />
          ) : tab === 'services' ? (
            <ServicesTab branchId={branch.id} />
          ) : tab === 'windows' ? (
            <WindowsTab branchId={branch.id} />
          ) : tab === 'ratings' ? (
            <RatingsTab branchId={branch.id} />
          ) : tab === 'booking' ? (
            <BookingTab branchId={branch.id} />
          ) : tab === 'notifications' ? (
            <NotificationsTab branchId={branch.id} />
          ) : tab === 'voice' ? (
            <VoiceTab />
          ) : tab === 'audit' ? (
            <AuditTab branchId={branch.id} />
          ) : (
            <UsersTab branchId={branch.id} me={user} />
          )
        ) : !loadError ? (
          <p role="status">{t('op.loading')}</p>
        ) : null}
      </main>
    </div>
  );
}
