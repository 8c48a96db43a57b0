// Which app this paired device runs: the kiosk's menu or the rating terminal; unpaired, the
// pairing screen. The kiosk itself is Kiosk.tsx (its screens: screens.ts).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle, PairingScreen, useDeviceSession } from '@cherha/ui-kit';
import { Kiosk } from './Kiosk';
import { RatingTerminal } from './rating/RatingTerminal';
import { useDeviceKind } from './rating/deviceKind';

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
