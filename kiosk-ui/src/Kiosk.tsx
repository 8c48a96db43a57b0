// The kiosk: one frame (top bar, the current screen, «Назад» / «На початок» and the visitor's
// modes), the hooks that feed it, and `renderScreen` — the one place that maps a screen of
// screens.ts to its component.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSnapshot, ServiceLoad } from '@cherha/contracts';
import { ConnectionBanner, LanguageToggle, currentLanguage, formatClock, localized, useIdle, useLiveState, useNow } from '@cherha/ui-kit';
import { AlertOverlay } from './AlertOverlay';
import { CheckInScreen } from './checkinScreen';
import { CardScreen } from './CardScreen';
import { useServiceCards } from './cardData';
import { FailedScreen } from './FailedScreen';
import { IssuingScreen } from './IssuingScreen';
import { MenuScreen } from './MenuScreen';
import { PriorityScreen } from './PriorityScreen';
import { ResultScreen } from './ResultScreen';
import { SearchScreen } from './SearchScreen';
import { SpeakerIcon } from './icons';
import { usePrintFailures, withPrintFailure } from './printFailures';
import { HOME, type Screen } from './screens';
import { useCatalog } from './useCatalog';
import { useIssue } from './useIssue';
import { useNavigation } from './useNavigation';
import { useServerReach } from './useServerReach';
import { useSpeakScreen } from './useSpeakScreen';
import { LowReachContext, useVisitorModes } from './useVisitorModes';

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
  const modes = useVisitorModes();

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
  const reach = useServerReach(live.connected, live.everConnected);
  // no ticket can be issued: air-raid alert (the overlay says so) or no connection (the notice does)
  const blocked = alertActive || reach.offline;
  const blockedReason = reach.offline ? t('kiosk.offlineTile') : null;

  const reader = useSpeakScreen(MAIN_ID, alertActive, token);
  const issuer = useIssue({
    branchId, token, blocked, nav, applyPrintFailure: printFailures.apply, recheck, onNetworkFailure: reach.reportNetworkFailure,
  });

  // leaving a screen stops reading aloud and forgets a pending issue; going home also returns
  // to Ukrainian; finishing (or walking away) also resets the modes for the next visitor
  const back = () => {
    issuer.cancel();
    reader.stop();
    if (screen.kind === 'issuing') setStack((st) => st.filter((s) => s.kind !== 'issuing'));
    else nav.back();
  };
  const goHome = () => {
    issuer.cancel();
    reader.stop();
    nav.goHome();
    if (i18n.language !== 'uk') void i18n.changeLanguage('uk');
  };
  const finish = () => {
    goHome();
    modes.reset();
  };

  const atHome = stack.length === 1 && priority === null && lang === 'uk';
  const atStart = atHome && !modes.large && !modes.low;
  useIdle(IDLE_MS, finish, !atStart && screen.kind !== 'issuing');

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
  const offlineNotice = reach.offline ? (
    <div className="offline-note" role="status">
      <p className="offline-note__title">{t('kiosk.offlineTitle')}</p>
      <p className="offline-note__text">{t('kiosk.offlineText')}</p>
    </div>
  ) : null;

  /** the component of each screen; a new screen kind adds its case here */
  const renderScreen = (s: Screen): ReactNode => {
    if (!branchId || (!catalog && !menu.failed)) return <p className="status-note">{t('kiosk.loadingCatalog')}</p>;
    if (!catalog) return <p className="status-note">{t('kiosk.catalogFailed')}</p>;
    const loaded = { ...menu, catalog };
    const tiles = { menu: loaded, loads, nav, blocked, blockedReason, notice: offlineNotice, onIssue: issue };
    switch (s.kind) {
      case 'home':
        return <MenuScreen categoryId={null} {...tiles} />;
      case 'category':
        return <MenuScreen categoryId={s.categoryId} {...tiles} />;
      case 'search':
        return (
          <SearchScreen
            query={s.query}
            onQuery={(query) => setStack((st) => st.map((x) => (x === s ? { ...s, query } : x)))}
            services={menu.services}
            loads={loads}
            blocked={blocked}
            blockedReason={blockedReason}
            notice={offlineNotice}
            onIssue={issue}
          />
        );
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
        return <FailedScreen message={s.message} canRetry={!blocked} onRetry={() => issueNow(s.serviceId, s.key)} />;
      case 'card': {
        const card = cards.get(s.serviceId);
        return card ? <CardScreen card={card} serviceName={serviceName(s.serviceId)} blocked={blocked} token={token} onTake={() => issueNow(s.serviceId, s.key)} /> : null;
      }
      case 'checkin':
        return <CheckInScreen token={token} onDone={finish} />;
      case 'result':
        return (
          <ResultScreen
            result={s.result}
            serviceName={serviceName(s.serviceId)}
            openWindows={s.result.openWindows ?? loads.get(s.serviceId)?.openWindows}
            onDone={finish}
          />
        );
      default:
        return assertNever(s);
    }
  };

  const canGoBack = (stack.length > 1 || priority !== null) && screen.kind !== 'result';
  const speakButton = (
    <button type="button" className="tool-button" aria-pressed={reader.speaking} title={t('kiosk.speakLabel')} onClick={reader.toggle}>
      <SpeakerIcon /> {reader.speaking ? t('kiosk.speakStop') : t('kiosk.speak')}
    </button>
  );
  return (
    <LowReachContext.Provider value={modes.low}>
      <div className={`kiosk${modes.large ? ' kiosk--large' : ''}${modes.low ? ' kiosk--low' : ''}`}>
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
            {/* in the low-reach mode these move down to the bottom bar */}
            {modes.low ? null : (
              <>
                {speakButton}
                <LanguageToggle className="topbar__lang" />
              </>
            )}
          </header>
          <main id={MAIN_ID} className="screen" aria-labelledby="screen-title">
            {renderScreen(screen)}
          </main>
          <nav className="bottombar" aria-label={t('kiosk.title')}>
            {modes.low ? (
              <div className="bottombar__row bottombar__row--tools">
                {speakButton}
                <LanguageToggle className="bottombar__lang" />
              </div>
            ) : null}
            <div className="bottombar__row">
              <button type="button" className="nav-button" onClick={back} disabled={!canGoBack}>
                <span aria-hidden="true">←</span> {t('kiosk.back')}
              </button>
              <button type="button" className="nav-button" onClick={goHome} disabled={atHome}>
                <span aria-hidden="true">⌂</span> {t('kiosk.home')}
              </button>
              <button type="button" className="mode-button mode-button--large" aria-pressed={modes.large} onClick={modes.toggleLarge}>
                <span aria-hidden="true" className="mode-button__icon">
                  Aa
                </span>{' '}
                {t('kiosk.modeLarge')}
              </button>
              <button type="button" className="mode-button mode-button--low" aria-pressed={modes.low} onClick={modes.toggleLow}>
                <span aria-hidden="true" className="mode-button__icon">
                  ♿
                </span>{' '}
                {t('kiosk.modeLow')}
              </button>
            </div>
          </nav>
        </div>
        {alertActive ? <AlertOverlay onSpeak={reader.speakAlert} /> : null}
      </div>
    </LowReachContext.Provider>
  );
}

function assertNever(s: never): never {
  throw new Error(`unknown kiosk screen ${JSON.stringify(s)}`);
}
