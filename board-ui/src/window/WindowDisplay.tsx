// A small screen at one window (/board/?window=<id>, the display's own pairing): the ticket
// served there, «Вікно 3 вільне» / «Перерва», and right after «Завершити» the invitation to
// rate with two touchable buttons (POST /api/windows/:id/rating, channel window_display).
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingValue, WindowDisplayUpdate } from '@cherha/contracts';
import { ConnectionBanner, LanguageToggle, PairingScreen, RateButtons, RateOutcomeView, api, rateOutcome, useDeviceSession, useRateOutcome, useWindowFeed } from '@cherha/ui-kit';
import { useFitText } from '../board/fit';
import { i18n } from '../i18n';
import { addWindowPhrases } from './i18n';
import './window.css';

addWindowPhrases(i18n);

function parseWindowId(raw: string): number | null {
  return /^[1-9][0-9]{0,8}$/.test(raw) ? Number(raw) : null;
}

export function WindowDisplay({ rawWindowId }: { rawWindowId: string }) {
  const { t } = useTranslation();
  const session = useDeviceSession('board');
  const windowId = parseWindowId(rawWindowId);
  if (windowId === null) {
    return (
      <main className="wd wd--center">
        <h1>{t('wd.badWindow')}</h1>
      </main>
    );
  }
  if (!session.token) {
    return (
      <div className="wd wd--pairing">
        <PairingScreen onPaired={session.paired}>
          <LanguageToggle />
        </PairingScreen>
      </div>
    );
  }
  return <WindowScreen key={session.token} token={session.token} windowId={windowId} recheck={session.recheck} />;
}

function WindowScreen({ token, windowId, recheck }: { token: string; windowId: number; recheck: () => void }) {
  const { t } = useTranslation();
  const feed = useWindowFeed(token, windowId, recheck);
  const [saving, setSaving] = useState(false);
  /** the number just rated here: its invitation stays hidden until the server's update drops it */
  const [ratedNumber, setRatedNumber] = useState<string | null>(null);
  const u = feed.update;
  const label = u?.label ?? String(windowId);
  // after «Дякуємо!» the next visitor starts in Ukrainian
  const toUkrainian = useCallback(() => {
    if (i18n.language !== 'uk') void i18n.changeLanguage('uk');
  }, []);
  const [outcome, setOutcome] = useRateOutcome(toUkrainian);
  // numbers and the window's label shrink to fit a 7″ panel rather than run off it
  const rootRef = useRef<HTMLDivElement>(null);
  useFitText(rootRef);

  const rate = async (value: RatingValue, number: string) => {
    setSaving(true);
    const result = await rateOutcome(() => api('rateAtWindow', { params: { windowId }, body: { value } }, { token }), recheck, t('errors.NETWORK'));
    setRatedNumber(number);
    setSaving(false);
    setOutcome(result);
  };

  const rateTicket = u?.rateTicket && u.rateTicket.number !== ratedNumber ? u.rateTicket : null;

  return (
    <div className="wd" ref={rootRef}>
      <ConnectionBanner connected={feed.connected} everConnected={feed.everConnected} />
      <header className="wd__bar">
        <span className="wd__label" data-fit>
          {t('wd.title', { label })}
        </span>
        <LanguageToggle />
      </header>
      <main className="wd__main" aria-labelledby="wd-heading">
        {outcome ? (
          <RateOutcomeView outcome={outcome} className="wd-outcome" headingId="wd-heading" />
        ) : rateTicket ? (
          <section className="wd-rate">
            <h1 id="wd-heading">
              <span className="wd-rate__number" data-fit>
                {t('wd.rateTicket', { number: rateTicket.number })}
              </span>
              <span className="wd-rate__question">{t('rateCommon.question')}</span>
            </h1>
            <RateButtons onRate={(v) => void rate(v, rateTicket.number)} disabled={saving} scale={u?.scale} />
            <p className="wd-rate__note">{t('rateCommon.anonymous')}</p>
          </section>
        ) : (
          <StateView update={u} label={label} />
        )}
      </main>
    </div>
  );
}

function StateView({ update, label }: { update: WindowDisplayUpdate | null; label: string }) {
  const { t } = useTranslation();
  if (!update) {
    return (
      <h1 id="wd-heading" className="wd-state">
        {t('common.connecting')}
      </h1>
    );
  }
  const number = update.ticketNumber;
  if ((update.state === 'called' || update.state === 'serving') && number) {
    return (
      <div className={`wd-state wd-state--${update.state}`} role="status" aria-live="polite">
        <h1 id="wd-heading">
          <span className="wd-state__what">{update.state === 'called' ? t('wd.called') : t('wd.serving')}</span>
          <span className="wd-state__number" data-fit>
            {number}
          </span>
        </h1>
      </div>
    );
  }
  const [title, hint] =
    update.state === 'paused' ? [t('wd.paused'), t('wd.pausedHint', { label })] : update.state === 'closed' ? [t('wd.closed', { label }), ''] : [t('wd.free', { label }), t('wd.freeHint')];
  return (
    <div className={`wd-state wd-state--${update.state}`} role="status" aria-live="polite">
      <h1 id="wd-heading">{title}</h1>
      {hint ? <p>{hint}</p> : null}
    </div>
  );
}
