// The ticket's page on the visitor's phone (QR code → /t/<code>): number, service, people
// ahead, estimate; «Підійдіть до вікна N» with a beep the moment it is called; the rating after
// the service. Nothing personal is shown or stored (only the chosen language).
import { useEffect, useRef, useState } from 'preact/hooks';
import { ServiceCardBox } from './card';
import { people, setLang, useLang, type Lang } from './i18n';
import { useTicket } from './live';
import { Rating } from './Rating';
import { askNotify, notifyState, signalCall, prepareSound, type NotifyState } from './signal';
import type { TicketView } from './types';

const ACTIVE = new Set(['waiting', 'called', 'serving', 'postponed']);

function clock(iso: string | number, timeZone?: string): string {
  const opts: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hour12: false };
  try {
    return new Intl.DateTimeFormat('uk-UA', timeZone ? { ...opts, timeZone } : opts).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat('uk-UA', opts).format(new Date(iso));
  }
}

function name(n: { uk: string; en: string } | undefined, lang: Lang): string {
  if (!n) return '';
  return lang === 'en' ? n.en || n.uk : n.uk || n.en;
}

/** the code is the last part of /t/<code> */
export function codeFromPath(path: string): string {
  const m = /\/t\/([A-Za-z0-9_-]{1,64})\/?$/.exec(path);
  return m ? m[1]! : '';
}

export function App({ code }: { code: string }) {
  const { lang, t } = useLang();
  const { view, problem, feed, updatedAt } = useTicket(code);
  const [notify, setNotify] = useState<NotifyState>(notifyState);
  /** the call last seen: null before the first answer, '' while not called */
  const seenCallRef = useRef<string | null>(null);

  // a call (and a recall: a new calledAt) signals once; a page opened on an already called
  // ticket does not beep (the visitor is looking at it, and a phone would not play it anyway)
  useEffect(() => {
    if (!view) return;
    const called = view.status === 'called' && !!view.calledAt;
    const key = called ? `${view.calledAt}|${view.windowLabel ?? ''}` : '';
    const text = called ? t('goToWindow', { w: view.windowLabel ?? '' }) : t('yourTicket');
    document.title = `${view.number} — ${text}`;
    if (called && seenCallRef.current !== null && seenCallRef.current !== key) signalCall(t('notifyTitle', { n: view.number }), text);
    seenCallRef.current = key;
  }, [view, t]);

  return (
    <div class="page" onPointerDown={prepareSound}>
      <header class="bar">
        <span class="bar__brand">{view ? name(view.branchName, lang) : t('appName')}</span>
        <div class="lang" role="group" aria-label={t('languageToggle')}>
          {(['uk', 'en'] as const).map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={lang === l} aria-label={`${l === 'uk' ? 'УКР' : 'ENG'} (${l === 'uk' ? t('ukFull') : t('enFull')})`} onClick={() => setLang(l)}>
              {l === 'uk' ? 'УКР' : 'ENG'}
            </button>
          ))}
        </div>
      </header>
      <main class="main" aria-labelledby="title">
        <h1 id="title" class="label">
          {t('yourTicket')}
        </h1>
        {view ? <Ticket view={view} lang={lang} t={t} /> : problem ? null : <p role="status">{t('loading')}</p>}
        {problem ? (
          <p class="error" role="alert">
            {t(problem)}
          </p>
        ) : null}
        {view && (view.status === 'waiting' || view.status === 'postponed') ? (
          <NotifyBox state={notify} t={t} onAsk={() => void askNotify().then((s) => setNotify(s === 'unsupported' ? 'granted' : s))} />
        ) : null}
        {view && ACTIVE.has(view.status) ? <ServiceCardBox code={code} lang={lang} /> : null}
        {view && view.status === 'done' && (view.rating === undefined || view.rating.allowed || view.rating.given) ? <Rating code={code} view={view} t={t} /> : null}
        {view ? (
          <p class="meta">
            {t('issuedAt', { t: clock(view.issuedAt, view.timeZone) })}
            {updatedAt ? ` · ${t('updatedAt', { t: clock(updatedAt) })}` : ''}
            {ACTIVE.has(view.status) ? (
              <span class="meta__live" data-feed={feed}>
                {' '}
                · {t('live')}
              </span>
            ) : null}
          </p>
        ) : null}
      </main>
    </div>
  );
}

function Ticket({ view, lang, t }: { view: TicketView; lang: Lang; t: ReturnType<typeof useLang>['t'] }) {
  const called = view.status === 'called' && !!view.windowLabel;
  return (
    <>
      <p class="public__number">{view.number}</p>
      <p class="public__service">
        <span class="sr">{t('service')}: </span>
        {name(view.serviceName, lang)}
      </p>
      <div class={`public__status public__status--${view.status}`} role="status" aria-live="assertive" aria-atomic="true">
        {called ? (
          <>
            <span class="public__called">{t('status_called')}</span>
            <span class="public__window">{t('goToWindow', { w: view.windowLabel ?? '' })}</span>
          </>
        ) : (
          t(`status_${view.status}`)
        )}
      </div>
      {view.status === 'waiting' && view.bookedFor !== undefined ? (
        // called first at the booked time: a count of the ordinary queue would be false here
        <p class="facts facts__booked">{t('bookedFor', { time: view.bookedFor })}</p>
      ) : view.status === 'waiting' ? (
        <dl class="facts">
          <div>
            <dt>{t('ahead')}</dt>
            <dd class="facts__ahead">{view.peopleAhead > 0 ? people(lang, view.peopleAhead) : t('nobody')}</dd>
          </div>
          {view.openWindows === 0 ? (
            <div>
              <dt>{t('estimate')}</dt>
              <dd class="facts__none">{t('noWindows')}</dd>
            </div>
          ) : typeof view.estimatedWaitMinutes === 'number' && view.peopleAhead > 0 ? (
            <div>
              <dt>{t('estimate')}</dt>
              <dd>{t('aboutMinutes', { n: view.estimatedWaitMinutes })}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </>
  );
}

function NotifyBox({ state, t, onAsk }: { state: NotifyState; t: ReturnType<typeof useLang>['t']; onAsk: () => void }) {
  // 'granted' also after a tap where notifications do not exist: the beep and vibration are armed
  if (state === 'granted') return <p class="notify notify--on">{t('notifyOn')}</p>;
  if (state === 'denied') return <p class="notify">{t('notifyDenied')}</p>;
  // without notifications (plain http, old browsers) the button still prepares the beep
  return (
    <div class="notify">
      <button type="button" class="primary" onClick={onAsk} aria-describedby="notify-hint">
        {t('notify')}
      </button>
      <p id="notify-hint">{t('notifyHint')}</p>
    </div>
  );
}
