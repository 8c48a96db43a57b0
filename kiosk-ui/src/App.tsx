import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSnapshot, CatalogResponse, Category, DeviceAlert, IssueTicketResponse, PriorityCategory, Service, ServiceLoad } from '@cherha/contracts';
import {
  ApiRequestError,
  ConnectionBanner,
  LanguageToggle,
  PairingScreen,
  apiFetch,
  currentLanguage,
  formatClock,
  isSpeaking,
  localized,
  newIdempotencyKey,
  paperTicketExpected,
  reasonKey,
  speak,
  stopSpeaking,
  useDeviceSession,
  useIdle,
  useLiveState,
  useNow,
} from '@cherha/ui-kit';
import { Qr } from './Qr';
import { RatingTerminal } from './rating/RatingTerminal';
import { useDeviceKind } from './rating/deviceKind';

const IDLE_MS = 30_000;
const APP = 'kiosk';

export function App() {
  // an old link of a ticket's QR code (/kiosk/?ticket=<code>): the ticket page lives at /t/<code>
  const [publicCode] = useState(() => new URLSearchParams(location.search).get('ticket'));
  useEffect(() => {
    if (publicCode) location.replace(`/t/${encodeURIComponent(publicCode)}`);
  }, [publicCode]);
  if (publicCode) return null;
  return <KioskApp />;
}

function KioskApp() {
  const { t } = useTranslation();
  const session = useDeviceSession(APP);
  const kind = useDeviceKind(session.token);
  if (!session.token) {
    return (
      <PairingScreen onPaired={session.paired}>
        <div className="pairing-lang">
          <LanguageToggle />
        </div>
      </PairingScreen>
    );
  }
  if (kind === 'unknown') return <p className="status-note">{t('common.loading')}</p>;
  if (kind === 'rating_terminal') return <RatingTerminal key={session.token} token={session.token} branchId={session.branchId} recheck={session.recheck} />;
  return <Kiosk key={session.token} token={session.token} branchId={session.branchId} recheck={session.recheck} />;
}

type Screen =
  | { kind: 'home' }
  | { kind: 'priority' }
  | { kind: 'category'; categoryId: number }
  | { kind: 'issuing'; serviceId: number; key: string; retrying: boolean }
  | { kind: 'failed'; serviceId: number; key: string; message: string }
  | { kind: 'result'; result: IssueTicketResponse; serviceId: number };

const HOME: Screen = { kind: 'home' };

/** print failures the server reported after answering: kept briefly in case the alert beats the answer */
const FAILURE_MEMORY = 20;

function printFailure(alert: DeviceAlert): boolean {
  return alert.ticketId !== undefined && (alert.kind === 'print_failed' || alert.kind === 'print_uncertain');
}

/** The result of an issue, switched to the on-screen ticket when its print failed afterwards. */
function withPrintFailure(result: IssueTicketResponse, alert: DeviceAlert | undefined): IssueTicketResponse {
  if (!alert || result.ticket.id !== alert.ticketId || !paperTicketExpected(result.print)) return result;
  return { ...result, print: { status: 'unavailable', message: alert.message } };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface KioskProps {
  token: string;
  branchId: number | null;
  recheck: () => void;
}

function Kiosk({ token, branchId, recheck }: KioskProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const [catalog, setCatalog] = useState<CatalogResponse | null>(null);
  const [catalogError, setCatalogError] = useState(false);
  const [stack, setStack] = useState<Screen[]>([HOME]);
  const [priority, setPriority] = useState<PriorityCategory | null>(null);
  const [speaking, setSpeaking] = useState(false);
  const issueSeq = useRef(0);
  const screen = stack[stack.length - 1] ?? HOME;

  // the menu: categories, services, priority categories; retried until it loads
  useEffect(() => {
    if (!branchId) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      apiFetch<CatalogResponse>(`/api/branches/${branchId}/catalog`, { token })
        .then((c) => {
          if (cancelled) return;
          setCatalog(c);
          setCatalogError(false);
        })
        .catch(() => {
          if (cancelled) return;
          setCatalogError(true);
          timer = setTimeout(load, 5000);
        });
    };
    load();
    const refresh = setInterval(load, 10 * 60_000); // names and services change rarely
    return () => {
      cancelled = true;
      clearTimeout(timer);
      clearInterval(refresh);
    };
  }, [branchId, token]);

  // the server may learn only after answering that the ticket did not print (paper ran out
  // mid-ticket): it tells this kiosk, and a visitor still looking at that ticket gets it on screen
  const printFailures = useRef(new Map<number, DeviceAlert>());
  const onDeviceAlert = (alert: DeviceAlert) => {
    if (!printFailure(alert) || alert.ticketId === undefined) return;
    const failures = printFailures.current;
    failures.set(alert.ticketId, alert);
    if (failures.size > FAILURE_MEMORY) failures.delete(failures.keys().next().value as number);
    setStack((st) => st.map((sc) => (sc.kind === 'result' ? { ...sc, result: withPrintFailure(sc.result, alert) } : sc)));
  };

  const live = useLiveState<BoardSnapshot>({
    view: 'board',
    token,
    branchId,
    enabled: branchId !== null,
    onAuthError: recheck,
    onDeviceAlert,
  });
  const snapshot = live.state;
  const alertActive = snapshot?.alert.active ?? false;
  const loads = useMemo(() => new Map<number, ServiceLoad>((snapshot?.services ?? []).map((s) => [s.serviceId, s])), [snapshot]);

  const goHome = useCallback(() => {
    issueSeq.current += 1;
    stopSpeaking();
    setSpeaking(false);
    setStack([HOME]);
    setPriority(null);
    if (i18n.language !== 'uk') void i18n.changeLanguage('uk');
  }, [i18n]);
  const push = (s: Screen) => setStack((st) => [...st, s]);
  const back = () => {
    stopSpeaking();
    setSpeaking(false);
    if (stack.length > 1) setStack(stack.slice(0, -1));
    else setPriority(null);
  };

  const atStart = stack.length === 1 && priority === null && lang === 'uk';
  useIdle(IDLE_MS, goHome, !atStart && screen.kind !== 'issuing');

  const categories = useMemo(() => (catalog?.categories ?? []).slice().sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id), [catalog]);
  const services = useMemo(
    () => (catalog?.services ?? []).filter((s) => s.active).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id),
    [catalog],
  );
  /** categories that contain at least one active service somewhere below */
  const nonEmpty = useMemo(() => {
    const set = new Set<number>();
    const parent = new Map<number, number | null>(categories.map((c) => [c.id, c.parentId]));
    for (const s of services) {
      let id: number | null | undefined = s.categoryId;
      let guard = 0;
      while (id != null && !set.has(id) && guard < 10) {
        set.add(id);
        id = parent.get(id);
        guard += 1;
      }
    }
    return set;
  }, [categories, services]);

  const childrenOf = (parentId: number | null): Category[] => categories.filter((c) => c.parentId === parentId && nonEmpty.has(c.id));
  const servicesIn = (categoryId: number): Service[] => services.filter((s) => s.categoryId === categoryId);

  const issue = async (serviceId: number, key: string) => {
    if (!branchId || alertActive) return;
    const seq = ++issueSeq.current;
    setStack((st) => [...st.filter((s) => s.kind !== 'issuing' && s.kind !== 'failed'), { kind: 'issuing', serviceId, key, retrying: false }]);
    for (let attempt = 0; ; attempt += 1) {
      try {
        const result = await apiFetch<IssueTicketResponse>(`/api/branches/${branchId}/tickets`, {
          method: 'POST',
          token,
          body: { serviceId, priorityCategoryId: priority?.id ?? null, idempotencyKey: key, language: lang },
          timeoutMs: 12_000,
        });
        if (seq !== issueSeq.current) return;
        setStack([HOME, { kind: 'result', result: withPrintFailure(result, printFailures.current.get(result.ticket.id)), serviceId }]);
        setPriority(null);
        return;
      } catch (err) {
        if (seq !== issueSeq.current) return;
        if (err instanceof ApiRequestError && err.isNetwork && attempt < 5) {
          setStack((st) => st.map((s) => (s.kind === 'issuing' ? { ...s, retrying: true } : s)));
          await sleep(Math.min(1000 * 2 ** attempt, 8000));
          if (seq !== issueSeq.current) return;
          continue;
        }
        if (err instanceof ApiRequestError && err.status === 401) recheck();
        const message = translateError(err, lang, t);
        setStack((st) => [...st.filter((s) => s.kind !== 'issuing'), { kind: 'failed', serviceId, key, message }]);
        return;
      }
    }
  };

  // an alert stops any reading of the old screen; the overlay has its own «Озвучити»
  // (cancelling ends the utterance, whose promise then clears `speaking`)
  useEffect(() => {
    if (alertActive) stopSpeaking();
  }, [alertActive]);
  const speakAlert = () => {
    stopSpeaking();
    void speak(`${t('common.alertTitle')} ${t('common.alertText')} ${t('kiosk.alertIssuingOff')}`, lang === 'en' ? 'en-GB' : 'uk-UA', 0.9);
  };

  const toggleSpeak = () => {
    if (speaking || isSpeaking()) {
      stopSpeaking();
      setSpeaking(false);
      return;
    }
    const main = document.getElementById('kiosk-main');
    const text = [alertActive ? `${t('common.alertTitle')} ${t('common.alertText')}` : '', main?.innerText ?? '']
      .join('. ')
      .replace(/\s*\n+\s*/g, '. ')
      .replace(/[→·]/g, ',');
    setSpeaking(true);
    void speak(text, lang === 'en' ? 'en-GB' : 'uk-UA', 0.9).then(() => setSpeaking(false));
  };

  const now = useNow(10_000, live.clockSkewMs);
  // the branch's clock, whatever zone the kiosk PC is set to
  const timeZone = snapshot?.timeZone ?? catalog?.branch.timeZone;
  const branchName = localized(catalog?.branch.name ?? snapshot?.branchName, lang);
  const serviceName = (id: number) => {
    const s = services.find((x) => x.id === id) ?? catalog?.services.find((x) => x.id === id);
    return s ? localized(s.name, lang) : localized(loads.get(id)?.name, lang);
  };

  let body: ReactNode;
  if (!branchId || (!catalog && !catalogError)) {
    body = <p className="status-note">{t('kiosk.loadingCatalog')}</p>;
  } else if (!catalog) {
    body = <p className="status-note">{t('kiosk.catalogFailed')}</p>;
  } else if (screen.kind === 'home' || screen.kind === 'category') {
    const catId = screen.kind === 'category' ? screen.categoryId : null;
    const cat = catId === null ? null : categories.find((c) => c.id === catId);
    const subs = childrenOf(catId);
    const list = catId === null ? [] : servicesIn(catId);
    body = (
      <>
        <h1 id="screen-title" className="screen-title">
          {cat ? localized(cat.name, lang) : subs.length > 0 ? t('kiosk.chooseCategory') : t('kiosk.chooseService')}
        </h1>
        {priority ? <p className="priority-banner">{t('kiosk.priorityChosen', { name: localized(priority.name, lang) })}</p> : null}
        {subs.length === 0 && list.length === 0 ? <p className="status-note">{t('kiosk.noServices')}</p> : null}
        <ul className="tiles" role="list">
          {catId === null && !priority && (catalog.priorityCategories ?? []).some((p) => p.active) ? (
            <li className="tiles__wide">
              <button type="button" className="tile tile--priority" onClick={() => push({ kind: 'priority' })}>
                <span className="tile__name">{t('kiosk.priority')}</span>
                <span className="tile__meta">{t('kiosk.priorityHint')}</span>
              </button>
            </li>
          ) : null}
          {subs.map((c) => (
            <li key={`c${c.id}`}>
              <button type="button" className="tile tile--category" onClick={() => push({ kind: 'category', categoryId: c.id })}>
                <span className="tile__name">{localized(c.name, lang)}</span>
                <span className="tile__chevron" aria-hidden="true">
                  ›
                </span>
              </button>
            </li>
          ))}
          {list.map((s) => (
            <li key={`s${s.id}`}>
              <ServiceTile
                service={s}
                load={loads.get(s.id)}
                disabled={alertActive}
                onPick={() => void issue(s.id, newIdempotencyKey())}
              />
            </li>
          ))}
        </ul>
      </>
    );
  } else if (screen.kind === 'priority') {
    body = (
      <>
        <h1 id="screen-title" className="screen-title">
          {t('kiosk.priorityTitle')}
        </h1>
        <p className="lead">{t('kiosk.priorityIntro')}</p>
        <ul className="tiles" role="list">
          {catalog.priorityCategories
            .filter((p) => p.active)
            .map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="tile tile--priority"
                  onClick={() => {
                    setPriority(p);
                    setStack([HOME]);
                  }}
                >
                  <span className="tile__name">{localized(p.name, lang)}</span>
                </button>
              </li>
            ))}
        </ul>
      </>
    );
  } else if (screen.kind === 'issuing') {
    body = (
      <div className="issuing" role="status" aria-live="polite">
        <div className="spinner" aria-hidden="true" />
        <h1 id="screen-title" className="screen-title">
          {t('kiosk.issuing')}
        </h1>
        <p className="lead">{serviceName(screen.serviceId)}</p>
        {screen.retrying ? <p className="lead">{t('kiosk.issuingRetry')}</p> : null}
      </div>
    );
  } else if (screen.kind === 'failed') {
    const failed = screen;
    body = (
      <div className="failed">
        <h1 id="screen-title" className="screen-title">
          {t('kiosk.issueFailed')}
        </h1>
        <p className="error-box" role="alert">
          {failed.message}
        </p>
        <button type="button" className="big-button" disabled={alertActive} onClick={() => void issue(failed.serviceId, failed.key)}>
          {t('kiosk.tryAgain')}
        </button>
      </div>
    );
  } else {
    body = <Result result={screen.result} serviceName={serviceName(screen.serviceId)} onDone={goHome} />;
  }

  const canGoBack = (stack.length > 1 || priority !== null) && screen.kind !== 'issuing' && screen.kind !== 'result';
  return (
    <div className="kiosk">
      <ConnectionBanner connected={live.connected} everConnected={live.everConnected} />
      <div className="kiosk__frame" inert={alertActive}>
        <header className="topbar">
          <div className="brand">
            <span className="brand__name">{branchName || t('common.appName')}</span>
            <span className="brand__sub">{t('kiosk.title')}</span>
          </div>
          <time className="clock" dateTime={new Date(now).toISOString()}>
            {timeZone ? formatClock(now, timeZone) : ''}
          </time>
          <button type="button" className="tool-button" aria-pressed={speaking} title={t('kiosk.speakLabel')} onClick={toggleSpeak}>
            <SpeakerIcon /> {speaking ? t('kiosk.speakStop') : t('kiosk.speak')}
          </button>
          <LanguageToggle className="topbar__lang" />
        </header>
        <main id="kiosk-main" className="screen" aria-labelledby="screen-title">
          {body}
        </main>
        <nav className="bottombar" aria-label={t('kiosk.title')}>
          <button type="button" className="nav-button" onClick={back} disabled={!canGoBack}>
            <span aria-hidden="true">←</span> {t('kiosk.back')}
          </button>
          <button type="button" className="nav-button" onClick={goHome} disabled={atStart || screen.kind === 'issuing'}>
            <span aria-hidden="true">⌂</span> {t('kiosk.home')}
          </button>
        </nav>
      </div>
      {alertActive ? (
        <div className="alert-overlay" role="alert" aria-live="assertive">
          <p className="alert-overlay__title">{t('common.alertTitle')}</p>
          <p className="alert-overlay__text">{t('common.alertText')}</p>
          <p className="alert-overlay__sub">{t('kiosk.alertIssuingOff')}</p>
          <button type="button" className="tool-button alert-overlay__speak" onClick={speakAlert}>
            {t('kiosk.speak')}
          </button>
          {lang === 'uk' ? (
            <p className="alert-overlay__other" lang="en">
              Air-raid alert! Please go to the shelter.
            </p>
          ) : (
            <p className="alert-overlay__other" lang="uk">
              Повітряна тривога! Пройдіть до укриття.
            </p>
          )}
        </div>
      ) : null}
    </div>
  );
}

function translateError(err: unknown, lang: string, t: (key: string, opts?: Record<string, unknown>) => string): string {
  if (err instanceof ApiRequestError) {
    if (err.code === 'NETWORK') return t('errors.NETWORK');
    if (lang === 'uk' && err.message && !/^HTTP \d+/.test(err.message)) return err.message;
    return t(`errors.${err.code}`, { defaultValue: t(`reasons.${err.code}`, { defaultValue: err.message }) });
  }
  return err instanceof Error ? err.message : String(err);
}

function ServiceTile({ service, load, disabled, onPick }: { service: Service; load: ServiceLoad | undefined; disabled: boolean; onPick: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const unavailable = disabled || (load !== undefined && !load.available);
  // a supervisor closed it for the rest of today: say so, not "outside hours" or "unavailable"
  const reason =
    load && !load.available
      ? load.closedToday && load.reason !== 'ALERT_ACTIVE'
        ? t('kiosk.closedToday')
        : t(reasonKey(load.reason), { defaultValue: t('reasons.unknown') })
      : null;
  return (
    <button
      type="button"
      className={`tile tile--service${unavailable ? ' tile--unavailable' : ''}`}
      aria-disabled={unavailable || undefined}
      onClick={() => {
        if (!unavailable) onPick();
      }}
    >
      <span className="tile__prefix" aria-hidden="true">
        {service.prefix}
      </span>
      <span className="tile__body">
        <span className="tile__name">{localized(service.name, lang)}</span>
        {reason ? (
          <span className="tile__meta tile__meta--reason">
            {reason}
          </span>
        ) : load ? (
          <span className="tile__meta">
            {load.waiting > 0 ? t('kiosk.waiting', { count: load.waiting }) : t('kiosk.waitingNone')}
            {load.waiting > 0 ? ` · ${t('kiosk.estimate', { minutes: load.estimatedWaitMinutes })}` : ''}
          </span>
        ) : null}
      </span>
    </button>
  );
}

function Result({ result, serviceName, onDone }: { result: IssueTicketResponse; serviceName: string; onDone: () => void }) {
  const { t } = useTranslation();
  const paper = paperTicketExpected(result.print);
  const statusUrl = useMemo(() => {
    const raw = result.statusUrl || `/t/${result.ticket.publicCode}`;
    try {
      return new URL(raw, location.origin).toString();
    } catch {
      return `${location.origin}/t/${result.ticket.publicCode}`;
    }
  }, [result]);
  const doneRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    doneRef.current?.focus();
  }, []);
  return (
    <div className="result">
      <h1 id="screen-title" className="result__label">
        {t('kiosk.yourTicket')}
      </h1>
      <p className="result__number" aria-label={`${t('common.ticket')} ${result.ticket.number}`}>
        {result.ticket.number}
      </p>
      <dl className="result__facts">
        <div>
          <dt>{t('kiosk.service')}</dt>
          <dd>{serviceName}</dd>
        </div>
        <div>
          <dt>{t('kiosk.peopleAhead')}</dt>
          <dd>{result.peopleAhead > 0 ? t('common.people', { count: result.peopleAhead }) : t('kiosk.nobody')}</dd>
        </div>
        <div>
          <dt>{t('kiosk.estimatedWait')}</dt>
          <dd>{result.estimatedWaitMinutes > 0 ? t('kiosk.aboutMinutes', { minutes: result.estimatedWaitMinutes }) : t('kiosk.noWait')}</dd>
        </div>
      </dl>
      {paper ? (
        <p className="lead">{t('kiosk.printing')}</p>
      ) : (
        <div className="printer-down" role="alert">
          <p className="printer-down__text">{t('kiosk.printerDown')}</p>
          <div className="printer-down__qr">
            <Qr text={statusUrl} size={220} label={t('kiosk.qrHint')} />
            <p>
              {t('kiosk.qrHint')}
              <br />
              <span className="url">{statusUrl}</span>
            </p>
          </div>
        </div>
      )}
      <p className="keep-note">{t('kiosk.keepTicket')}</p>
      <button ref={doneRef} type="button" className="big-button" onClick={onDone}>
        {t('kiosk.done')}
      </button>
    </div>
  );
}

function SpeakerIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
      <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
