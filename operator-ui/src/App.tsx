import { lazy, Suspense, useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branch, User } from '@cherha/contracts';
import { ApiRequestError, ErrorAlert, LanguageToggle, api, errorMessage, readStored, writeStored } from '@cherha/ui-kit';
import { Console, type ConsoleProps } from './Console';
import { useHashRoute } from './route';
import { i18n as appI18n } from './i18n';
// the link «Звіти» in the console needs its name before the reports chunk loads
import { addReportStrings } from './reports/strings';
// and the links «Огляд офісу» / «Працювати у вікні» theirs
import { addOfficeStrings } from './office/strings';
// and «Записи» its name (operators see it too)
import { addBookingStrings } from './bookings/strings';

addReportStrings(appI18n);
addOfficeStrings(appI18n);
addBookingStrings(appI18n);

type Auth = { state: 'checking' } | { state: 'out' } | { state: 'in'; user: User };

export function App() {
  const [auth, setAuth] = useState<Auth>({ state: 'checking' });
  const [check, setCheck] = useState(0);
  const recheck = useCallback(() => setCheck((n) => n + 1), []);

  useEffect(() => {
    let cancelled = false;
    const run = (attempt: number) => {
      api('me', {})
        .then((me) => {
          if (cancelled) return;
          setAuth(me.kind === 'user' ? { state: 'in', user: me.user } : { state: 'out' });
        })
        .catch((err: unknown) => {
          if (cancelled) return;
          if (err instanceof ApiRequestError && (err.status === 401 || err.status === 403)) setAuth({ state: 'out' });
          else setTimeout(() => !cancelled && run(attempt + 1), Math.min(1000 * 2 ** attempt, 10_000));
        });
    };
    run(0);
    return () => {
      cancelled = true;
    };
  }, [check]);

  if (auth.state === 'checking') return <Loading />;
  if (auth.state === 'out') return <Login onLoggedIn={(user) => setAuth({ state: 'in', user })} />;
  return (
    <BranchGate
      user={auth.user}
      onLogout={() => {
        void api('logout', {}).catch(() => undefined);
        setAuth({ state: 'out' });
      }}
      recheck={recheck}
    />
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <main className="centered">
      <p role="status">{t('op.loading')}</p>
    </main>
  );
}

function Login({ onLoggedIn }: { onLoggedIn: (user: User) => void }) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loginId = useId();
  const passwordId = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await api('login', { body: { login: login.trim(), password } });
      onLoggedIn(res.user);
    } catch (err) {
      setError(err instanceof ApiRequestError && err.code === 'NETWORK' ? t('errors.NETWORK') : errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="login-page">
      <header className="login-page__bar">
        <span className="logo">{t('common.appName')}</span>
        <LanguageToggle />
      </header>
      <main className="login">
        <h1>{t('op.loginTitle')}</h1>
        <form onSubmit={(e) => void submit(e)} className="login__form">
          <label htmlFor={loginId}>{t('op.login')}</label>
          <input id={loginId} name="login" autoComplete="username" required value={login} onChange={(e) => setLogin(e.target.value)} />
          <label htmlFor={passwordId}>{t('op.password')}</label>
          <input
            id={passwordId}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t('op.signingIn') : t('op.signIn')}
          </button>
        </form>
        <ErrorAlert message={error} />
      </main>
    </div>
  );
}

/** Staff of one office go straight in; a system administrator (no office) picks one. */
function BranchGate({ user, onLogout, recheck }: { user: User; onLogout: () => void; recheck: () => void }) {
  const { t, i18n } = useTranslation();
  const [branches, setBranches] = useState<Branch[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(() => {
    const v = Number(readStored('cherha.operator.branch'));
    return Number.isInteger(v) && v > 0 ? v : null;
  });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (user.branchId !== null) return undefined;
    let cancelled = false;
    api('listBranches', {})
      .then((list) => {
        if (!cancelled) setBranches(list);
      })
      .catch((err: unknown) => {
        if (!cancelled) setError(errorMessage(err));
      });
    return () => {
      cancelled = true;
    };
  }, [user.branchId]);

  if (user.branchId !== null) return <Workspace user={user} branchId={user.branchId} onLogout={onLogout} recheck={recheck} />;
  const valid = branches?.find((b) => b.id === chosen);
  if (valid) {
    return (
      <Workspace
        user={user}
        branchId={valid.id}
        onLogout={onLogout}
        recheck={recheck}
        onChangeBranch={() => {
          writeStored('cherha.operator.branch', null);
          setChosen(null);
        }}
      />
    );
  }
  if (branches && branches.length === 1 && branches[0]) {
    const only = branches[0];
    return <Workspace user={user} branchId={only.id} onLogout={onLogout} recheck={recheck} />;
  }
  return (
    <main className="centered picker">
      <h1>{t('op.chooseBranch')}</h1>
      <ErrorAlert message={error} />
      {!branches && !error ? <p role="status">{t('op.loading')}</p> : null}
      <ul className="picker__list">
        {(branches ?? []).map((b) => (
          <li key={b.id}>
            <button
              type="button"
              className="btn picker__item"
              onClick={() => {
                writeStored('cherha.operator.branch', String(b.id));
                setChosen(b.id);
              }}
            >
              {i18n.language === 'en' ? b.name.en : b.name.uk}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="btn" onClick={onLogout}>
        {t('op.logout')}
      </button>
    </main>
  );
}

// only admins open the administration section: operators at their windows never load it
const Admin = lazy(() => import('./admin/Admin').then((m) => ({ default: m.Admin })));
// «Оцінки» (#/ratings): supervisors and admins, loaded when opened
const RatingsPage = lazy(() => import('./ratings/RatingsPage').then((m) => ({ default: m.RatingsPage })));
// «Звіти» (#/reports): supervisors and admins, its own chunk (charts, XLSX)
const ReportsPage = lazy(() => import('./reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
// «Записи» (#/bookings): every member of staff, loaded when opened
const BookingsPage = lazy(() => import('./bookings/BookingsPage').then((m) => ({ default: m.BookingsPage })));
// «Огляд офісу» (#/office): where supervisors and admins land; operators never load it
const OfficePage = lazy(() => import('./office/OfficePage').then((m) => ({ default: m.OfficePage })));

/**
 * Operators: the window console, always. Supervisors and admins: «Огляд офісу» by default
 * (no window to choose first), the console at #/window, «Оцінки», «Звіти», and for admins
 * «Адміністрування» at #/admin/…
 */
function Workspace(props: ConsoleProps) {
  const route = useHashRoute();
  if (props.user.role === 'admin' && route.startsWith('/admin')) {
    return (
      <Suspense fallback={<p role="status">…</p>}>
        <Admin user={props.user} branchId={props.branchId} route={route} onLogout={props.onLogout} recheck={props.recheck} onChangeBranch={props.onChangeBranch} />
      </Suspense>
    );
  }
  if (route.startsWith('/bookings')) {
    return (
      <Suspense fallback={<p role="status">…</p>}>
        <BookingsPage user={props.user} branchId={props.branchId} onLogout={props.onLogout} recheck={props.recheck} onChangeBranch={props.onChangeBranch} />
      </Suspense>
    );
  }
  if (props.user.role !== 'operator' && route.startsWith('/reports')) {
    return (
      <Suspense fallback={<p role="status">…</p>}>
        <ReportsPage user={props.user} branchId={props.branchId} onLogout={props.onLogout} recheck={props.recheck} onChangeBranch={props.onChangeBranch} />
      </Suspense>
    );
  }
  if (props.user.role !== 'operator' && route.startsWith('/ratings')) {
    return (
      <Suspense fallback={<p role="status">…</p>}>
        <RatingsPage user={props.user} branchId={props.branchId} onLogout={props.onLogout} recheck={props.recheck} onChangeBranch={props.onChangeBranch} />
      </Suspense>
    );
  }
  if (props.user.role !== 'operator' && !route.startsWith('/window')) {
    return (
      <Suspense fallback={<p role="status">…</p>}>
        <OfficePage key={props.branchId} {...props} />
      </Suspense>
    );
  }
  // another office (an admin moved this person): a fresh console, not the old office's window
  return <Console key={props.branchId} {...props} />;
}
