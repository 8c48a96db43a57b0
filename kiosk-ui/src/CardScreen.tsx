// The service card before the ticket: what to bring, the fee, how long it takes, who may
// apply. The visitor may just read it (and go back), print the list of documents on the
// kiosk's printer, or take the ticket from here.
// A text the admin left empty in English is shown in Ukrainian (marked lang="uk").
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceCard } from '@cherha/contracts';
import { api, currentLanguage, errorMessage } from '@cherha/ui-kit';
import './card.css';

interface CardProps {
  card: ServiceCard;
  serviceName: string;
  /** issuing is impossible now (alert, offline): the card is still readable */
  blocked: boolean;
  /** the kiosk's device token: the list is printed on this kiosk's printer */
  token: string;
  onTake: () => void;
}

type PrintState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; ok: boolean; text: string };

export function CardScreen({ card, serviceName, blocked, token, onTake }: CardProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n) === 'en' ? 'en' : 'uk';
  const docs = card.documents[lang].length > 0 ? { list: card.documents[lang], lang } : { list: card.documents.uk, lang: 'uk' as const };
  const text = (v: { uk: string; en: string }) => (v[lang] !== '' ? { value: v[lang], lang } : { value: v.uk, lang: 'uk' as const });
  const facts = (['fee', 'duration', 'applicants'] as const).map((k) => ({ k, ...text(card[k]) })).filter((f) => f.value !== '');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [printing, setPrinting] = useState<PrintState>({ kind: 'idle' });
  const print = async () => {
    setPrinting({ kind: 'busy' });
    try {
      const r = await api('printServiceCard', { params: { id: card.serviceId }, body: { language: lang } }, { token });
      setPrinting(r.status === 'printed' ? { kind: 'done', ok: true, text: t('card.printed') } : { kind: 'done', ok: false, text: t('card.printFailed', { reason: r.message ?? '' }) });
    } catch (err) {
      setPrinting({ kind: 'done', ok: false, text: t('card.printFailed', { reason: errorMessage(err) }) });
    }
  };

  return (
    <div className="card-screen">
      <h1 id="screen-title" className="card-screen__title" tabIndex={-1} ref={heading}>
        {serviceName}
      </h1>
      <section aria-labelledby="card-docs" className="card-screen__docs">
        <h2 id="card-docs">{t('card.documents')}</h2>
        {docs.list.length > 0 ? (
          <ol lang={docs.lang}>
            {docs.list.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ol>
        ) : (
          <p>{t('card.noDocuments')}</p>
        )}
      </section>
      {facts.length > 0 ? (
        <dl className="card-screen__facts">
          {facts.map((f) => (
            <div key={f.k}>
              <dt>{t(`card.${f.k}`)}</dt>
              <dd lang={f.lang}>{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="card-screen__actions">
        <button type="button" className="big-button" disabled={blocked} onClick={onTake}>
          {t('card.take')}
        </button>
        <button type="button" className="nav-button card-screen__print" disabled={printing.kind === 'busy' || docs.list.length === 0} onClick={() => void print()}>
          {t('card.print')}
        </button>
      </div>
      <p className={`card-screen__printed${printing.kind === 'done' && !printing.ok ? ' card-screen__printed--failed' : ''}`} role="status" aria-live="polite">
        {printing.kind === 'busy' ? t('card.printing') : printing.kind === 'done' ? printing.text : ''}
      </p>
      <p className="card-screen__hint">{t('card.takeHint')}</p>
    </div>
  );
}
