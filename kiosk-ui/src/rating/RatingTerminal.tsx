// The screen of a paired device of kind `rating_terminal` (the kiosk app shows it instead of
// the menu): set up once, then scanner mode or window mode.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '@cherha/ui-kit';
import { i18n } from '../i18n';
import { loadBinding, saveBinding, setupRequested, type Binding } from './binding';
import { addTerminalPhrases } from './i18n';
import { ScanMode } from './ScanMode';
import { Setup } from './Setup';
import { WindowMode } from './WindowMode';
import './rating.css';

addTerminalPhrases(i18n);

/** holding the title this long opens the setup again (for the technician, not visitors) */
const SETUP_HOLD_MS = 3000;

export function RatingTerminal({ token, branchId, recheck }: { token: string; branchId: number | null; recheck: () => void }) {
  const { t } = useTranslation();
  const [binding, setBinding] = useState<Binding | null>(loadBinding);
  const [setup, setSetup] = useState(() => binding === null || setupRequested());
  const hold = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // every visitor starts in Ukrainian
  const onReady = useCallback(() => {
    if (i18n.language !== 'uk') void i18n.changeLanguage('uk');
  }, []);

  if (setup) {
    return (
      <div className="rt">
        <Setup
          token={token}
          branchId={branchId}
          current={binding}
          onSave={(b) => {
            saveBinding(b);
            setBinding(b);
            setSetup(false);
          }}
        />
      </div>
    );
  }

  return (
    <div className="rt">
      <header className="rt__bar">
        <h1
          className="rt__title"
          onPointerDown={() => {
            hold.current = setTimeout(() => setSetup(true), SETUP_HOLD_MS);
          }}
          onPointerUp={() => clearTimeout(hold.current)}
          onPointerLeave={() => clearTimeout(hold.current)}
        >
          {t('rt.title')}
        </h1>
        <LanguageToggle />
      </header>
      <main className="rt__main">
        {binding?.mode === 'window' ? (
          <WindowMode token={token} windowId={binding.windowId} label={binding.label} onAuthError={recheck} onReady={onReady} />
        ) : (
          <ScanMode token={token} onAuthError={recheck} onReady={onReady} />
        )}
        <p className="rt__note">{t('rateCommon.anonymous')}</p>
      </main>
    </div>
  );
}
