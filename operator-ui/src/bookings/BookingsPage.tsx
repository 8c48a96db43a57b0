// «Записи» (#/bookings): today's bookings of the office (or a chosen day) with who has checked
// in and their ticket, refreshed every 20 s; and «Записати за телефоном» for a visitor who
// phoned. Every member of staff: operators see whom to expect too.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branch, StaffBookingList, StaffBookingView } from '@cherha/contracts';
import { ApiRequestError, ErrorAlert, api, currentLanguage, localized } from '@cherha/ui-kit';
import { i18n as appI18n } from '../i18n';
import { errorText } from '../admin/form/errors';
import { TextField } from '../admin/form/fields';
import { AdminTable } from '../admin/table';
import { Topbar } from '../Topbar';
import { PhoneBookingForm } from './PhoneBookingForm';
import { addBookingStrings } from './strings';
import '../admin/admin.css';
import './bookings.css';
import type { StaffPageProps } from '../staffPage';

addBookingStrings(appI18n);

const REFRESH_MS = 20_000;

export type BookingsPageProps = StaffPageProps;

export function BookingsPage({ user, branchId, onLogout, recheck, onChangeBranch }: BookingsPageProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [branch, setBranch] = useState<Branch | null>(null);
  const [day, setDay] = useState('');
  const [list, setList] = useState<StaffBookingList | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let cancelled = false;
    api('listBranches', {})
      .then((all) => !cancelled && setBranch(all.find((b) => b.id === branchId) ?? null))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [branchId]);

  useEffect(() => {
    let cancelled = false;
    api('listBookings', { params: { branchId }, query: day ? { date: day } : {} })
      .then((l) => {
        if (cancelled) return;
        setList(l);
        setFailure(null);
        if (!day) setDay(l.date);
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiRequestError && err.status === 401) recheck();
        setFailure(err);
      });
    const timer = setTimeout(() => setTick((n) => n + 1), REFRESH_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [branchId, day, tick, recheck]);

  useEffect(() => {
    document.title = `${t('bk.title')} — ${t('common.appName')}`;
    return () => {
      document.title = t('common.appName');
    };
  }, [t]);

  const statusOf = (b: StaffBookingView) => t(b.status === 'checked_in' && b.late ? 'bk.status_checked_in_late' : `bk.status_${b.status}`);
  return (
    <div className="app adm bk">
      <Topbar branchName={branch ? localized(branch.name, lang) : ''} user={user} onChangeBranch={onChangeBranch} onLogout={onLogout}>
        <a className="btn btn--small topbar__link" href={user.role === 'operator' ? '#/' : '#/office'}>
          {t(user.role === 'operator' ? 'bk.back' : 'bk.backToOffice')}
        </a>
      </Topbar>
      <main className="adm-main bk-main" aria-labelledby="bk-title">
        <h1 id="bk-title">{t('bk.title')}</h1>
        <p className="adm-intro">{t('bk.intro')}</p>
        <div className="bk-day">
          <TextField label={t('bk.day')} type="date" value={day} onChange={(d) => d && setDay(d)} />
        </div>
        <ErrorAlert message={failure ? errorText(failure, t('errors.NETWORK')) : null} />
        <p className="status-line" role="status" aria-live="polite">
          {/* «Записано» is every booking of the day, whatever became of it; «Очікуються» those not yet come */}
          {list ? t('bk.counts', { ...list.counts, total: list.bookings.length }) : t('op.loading')}
        </p>
        {list && list.bookings.length === 0 ? <p>{t('bk.none')}</p> : null}
        {list && list.bookings.length > 0 ? (
          <AdminTable labelledBy="bk-title" columns={[t('bk.colTime'), t('bk.colService'), t('bk.colCode'), t('bk.colName'), t('bk.colContact'), t('bk.colStatus'), t('bk.colTicket')]}>
            {list.bookings.map((b) => (
              <tr key={b.id} className={`bk-row bk-row--${b.status}`}>
                <td>{b.time}</td>
                <td>{localized(b.serviceName, lang)}</td>
                <td className="bk-code">{b.code}</td>
                <td>{b.name ?? <em>{t('bk.removed')}</em>}</td>
                <td>{b.phone ?? b.email ?? '—'}</td>
                <td>{statusOf(b)}</td>
                <td>{b.ticketNumber ?? '—'}</td>
              </tr>
            ))}
          </AdminTable>
        ) : null}
        <PhoneBookingForm branchId={branchId} onBooked={() => setTick((n) => n + 1)} />
      </main>
    </div>
  );
}
