// The bar on top of the console and of the administration: the product, the office (and a way
// to choose another), whatever the screen adds, then who is logged in, the language and «Вийти».
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@cherha/contracts';
import { LanguageToggle } from '@cherha/ui-kit';

export function Topbar({
  branchName,
  user,
  onChangeBranch,
  onLogout,
  beforeUser,
  children,
}: {
  branchName: string;
  user: User;
  onChangeBranch?: (() => void) | undefined;
  onLogout: () => void;
  /** shown right of the spacer, before the person's name (the console's clock) */
  beforeUser?: ReactNode;
  /** shown after the office, left of the spacer */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <span className="logo">{t('common.appName')}</span>
      <span className="topbar__branch">{branchName}</span>
      {onChangeBranch ? (
        <button type="button" className="btn btn--small" onClick={onChangeBranch}>
          {t('op.chooseBranch')}
        </button>
      ) : null}
      {children}
      <span className="topbar__spacer" />
      {beforeUser}
      <span className="topbar__user">
        {user.name} <span className="topbar__role">({t(`op.role_${user.role}`)})</span>
      </span>
      <LanguageToggle />
      <button type="button" className="btn btn--small" onClick={onLogout}>
        {t('op.logout')}
      </button>
    </header>
  );
}
