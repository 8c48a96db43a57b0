// A fresh pairing code, large, until when it works, and what to do with it on that kind of device
// (open the kiosk's or board's address and type it; the print agent's command line; the rating
// terminal's own steps). The heading takes the focus so a screen reader says the code has come.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '@cherha/ui-kit';
import type { ShownPairing } from './types';

export function PairingCard({ answer, baseUrl, timeZone, onDone }: { answer: ShownPairing; baseUrl: string; timeZone: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [answer]);
  const code = answer.pairingCode;
  const spaced = code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
  const now = useNow(10_000);
  const minutes = Math.max(0, Math.ceil((Date.parse(answer.expiresAt) - now) / 60_000));
  const until = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'uk-UA', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(
    Date.parse(answer.expiresAt),
  );
  // the server's public address (what the device must reach), not the one this admin page was opened at
  const origin = baseUrl.replace(/\/$/, '');
  const kind = answer.device.kind;
  const url = kind === 'kiosk' ? `${origin}/kiosk/` : kind === 'display' ? `${origin}/board/` : null;
  return (
    <section className="adm-card adm-pairing" aria-labelledby="adm-pairing-title">
      <h2 id="adm-pairing-title" ref={ref} tabIndex={-1}>
        {t('adm.dev.codeFor', { name: answer.device.name })}
      </h2>
      <p className="adm-pairing__code" data-testid="pairing-code" aria-label={code.split('').join(' ')}>
        {spaced}
      </p>
      <p className="adm-pairing__expiry">{minutes > 0 ? t('adm.dev.validUntil', { time: until, count: minutes }) : t('adm.dev.expired')}</p>
      {url ? (
        <ol className="adm-pairing__steps">
          <li>
            {t('adm.dev.stepOpen')} <code className="adm-code">{url}</code>
          </li>
          <li>{t('adm.dev.stepType')}</li>
          <li>{t('adm.dev.stepDone')}</li>
        </ol>
      ) : kind === 'print_agent' ? (
        <>
          <p>{t('adm.setup.agentPairCommand')}</p>
          <pre className="adm-code adm-code--block" data-testid="agent-command">
            {`npm run print-agent -- pair ${code} --server ${origin} \\\n  --transport usb --path /dev/cherha-printer --profile clone-cp1251-73 --paper 80`}
          </pre>
          <p>{answer.forKiosk ? t('adm.setup.agentLinked', { kiosk: answer.forKiosk }) : t('adm.dev.agentThen')}</p>
        </>
      ) : (
        <p>{t('adm.dev.ratingSteps')}</p>
      )}
      <button type="button" className="btn" onClick={onDone}>
        {t('adm.dev.codeWritten')}
      </button>
    </section>
  );
}
