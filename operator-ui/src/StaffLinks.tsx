// The top bar's links for supervisors and admins, the same on every screen: the office's
// live picture, a window's console, «Записи», «Оцінки», «Звіти» and (admins) «Адміністрування».
// Operators get «Записи» only (whom to expect today).
// `here` leaves out the link to the screen already shown.
import { useTranslation } from 'react-i18next';
import type { User } from '@cherha/contracts';

export function StaffLinks({ user, here }: { user: User; here: 'office' | 'window' }) {
  const { t } = useTranslation();
  const bookings = (
    <a className="btn btn--small topbar__link" href="#/bookings">
      {t('bk.open')}
    </a>
  );
  if (user.role === 'operator') return bookings;
  return (
    <>
      {here !== 'office' ? (
        <a className="btn btn--small topbar__link" href="#/office">
          {t('office.open')}
        </a>
      ) : null}
      {here !== 'window' ? (
        <a className="btn btn--small topbar__link" href="#/window">
          {t('office.toWindow')}
        </a>
      ) : null}
      {bookings}
      <a className="btn btn--small topbar__link" href="#/ratings">
        {t('rat.open')}
      </a>
      <a className="btn btn--small topbar__link" href="#/reports">
        {t('rep.open')}
      </a>
      {user.role === 'admin' ? (
        <a className="btn btn--small topbar__link" href="#/admin/devices">
          {t('adm.open')}
        </a>
      ) : null}
    </>
  );
}
