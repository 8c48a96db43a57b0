// The kiosk: one frame (top bar, the current screen, «Назад» / «На початок»), the hooks that
// feed it, and `renderScreen` — the one place that maps a screen of screens.ts to its component.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSnapshot, ServiceLoad } from '@cherha/contracts';
import { ConnectionBanner, LanguageToggle, currentLanguage, formatClock, localized, useIdle, useLiveState, useNow } from '@cherha/ui-kit';
import { AlertOverlay } from './AlertOverlay';
import { CardScreen } from './CardScreen';
import { useServiceCards } from './cardData';
import { CheckInScreen } from './checkinScreen';
import { FailedScreen } from './FailedScreen';
import { IssuingScreen } from './IssuingScreen';
import { MenuScreen } from './MenuScreen';
import { PriorityScreen } from './PriorityScreen';
import { ResultScreen } from './ResultScreen';
import { SpeakerIcon } from './icons';
import { usePrintFailures, withPrintFailure } from './printFailures';
import { HOME, type Screen } from './screens';
import { useCatalog } from './useCatalog';
import { useIssue } from './useIssue';
import { useNavigation } from './useNavigation';
import { useSpeakScreen } from './useSpeakScreen';

const IDLE_MS = 30_000;
const MAIN_ID = 'kiosk-main';

interface KioskProps {
  token: string;
  branchId: number | null;
  recheck: () => void;
}

export function Kiosk({ token, branchId, recheck }: KioskProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const menu = useCatalog(branchId, token);
  const { catalog } = menu;

  const nav = useNavigation();
  const { screen, stack, priority, setStack } = nav;

  const printFailures = usePrintFailures((alert) =>
    setStack((st) => st.map((sc) => (sc.kind === 'result' ? { ...sc, result: withPrintFailure(sc.result, alert) } : sc))),
  );
  const live = useLiveState<BoardSnapshot>({
    view: 'board',
    token,
    branchId,
    enabled: branchId !== null,
    onAuthError: recheck,
    onDeviceAlert: printFailures.onDeviceAlert,
  });
  const snapshot = live.state;
  const alertActive = snapshot?.alert.active ?? false;
  const loads = useMemo(() => new Map<number, ServiceLoad>((snapshot?.services ?? []).map((s) => [s.serviceId, s])), [snapshot]);

  const reader = useSpeakScreen(MAIN_ID, alertActive, token);
  const issuer = useIssue({ branchId, token, blocked: alertActive, nav, applyPrintFailure: printFailures.apply, recheck });

  // leaving a screen stops reading aloud; going home also forgets a pending issue and
  // returns to Ukrainian for the next visitor
  const back = () => {
    reader.stop();
    nav.back();
  };
  const goHome = () => {
    issuer.cancel();
    reader.stop();
    nav.goHome();
    if (i18n.language !== 'uk') void i18n.changeLanguage('uk');
  };

  const atStart = stack.length === 1 && priority === null && lang === 'uk';
  useIdle(IDLE_MS, goHome, !atStart && screen.kind !== 'issuing');

  const now = useNow(10_000, live.clockSkewMs);
  // the branch's clock, whatever zone the kiosk PC is set to
  const timeZone = snapshot?.timeZone ?? catalog?.branch.timeZone;
  const branchName = localized(catalog?.branch.name ?? snapshot?.branchName, lang);
  const serviceName = (id: number) => {
    const s = menu.services.find((x) => x.id === id) ?? catalog?.services.find((x) => x.id === id);
    return s ? localized(s.name, lang) : localized(loads.get(id)?.name, lang);
  };
  const issueNow = (serviceId: number, key: string) => void issuer.issue(serviceId, key);
  // a service with a card shows it first (what to bring), and the ticket is taken from there
  const cards = useServiceCards(branchId);
  const issue = (serviceId: number, key: string) => (cards.has(serviceId) ? nav.push({ kind: 'card', serviceId, key }) : issueNow(serviceId, key));

  /** the component of each screen; a new screen kind adds its case here */
  const renderScreen = (s: Screen): ReactNode => {
    if (!branchId || (!catalog && !menu.failed)) return <p className="status-note">{t('kiosk.loadingCatalog')}</p>;
    if (!catalog) return <p className="status-note">{t('kiosk.catalogFailed')}</p>;
    const loaded = { ...menu, catalog };
    switch (s.kind) {
      case 'home':
        return <MenuScreen categoryId={null} menu={loaded} loads={loads} nav={nav} blocked={alertActive} onIssue={issue} />;
      case 'category':
        return <MenuScreen categoryId={s.categoryId} menu={loaded} loads={loads} nav={nav} blocked={alertActive} onIssue={issue} />;
      case 'priority':
        return (
          <PriorityScreen
            categories={catalog.priorityCategories}
            onPick={(p) => {
              nav.setPriority(p);
              setStack([HOME]);
            }}
          />
        );
      case 'issuing':
        return <IssuingScreen serviceName={serviceName(s.serviceId)} retrying={s.retrying} />;
      case 'failed':
        return <FailedScreen message={s.message} canRetry={!alertActive} onRetry={() => issueNow(s.serviceId, s.key)} />;
      case 'checkin':
        return <CheckInScreen token={token} onDone={goHome} />;
      case 'card': {
        const card = cards.get(s.serviceId);
        return card ? <CardScreen card={card} serviceName={serviceName(s.serviceId)} blocked={alertActive} token={token} onTake={() => issueNow(s.serviceId, s.key)} /> : null;
      }
      case 'result':
        return <ResultScreen result={s.result} serviceName={serviceName(s.serviceId)} onDone={goHome} />;
      default:
        return assertNever(s);
    }
  };

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
          <button type="button" className="tool-button" aria-pressed={reader.speaking} title={t('kiosk.speakLabel')} onClick={reader.toggle}>
            <SpeakerIcon /> {reader.speaking ? t('kiosk.speakStop') : t('kiosk.speak')}
          </button>
          <LanguageToggle className="topbar__lang" />
        </header>
        <main id={MAIN_ID} className="screen" aria-labelledby="screen-title">
          {renderScreen(screen)}
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
      {alertActive ? <AlertOverlay onSpeak={reader.speakAlert} /> : null}
    </div>
  );
}

function assertNever(s: never): never {
  throw new Error(`unknown kiosk screen ${JSON.stringify(s)}`);
}
