// The service card on the ticket page: what to bring, the fee, how long, who may apply —
// folded under one summary so the ticket stays the first thing on a small screen. Asked once
// per page (GET /api/public/tickets/:code/card); no card, no box. Its few phrases live here,
// not in i18n.ts, so a page without a card costs nothing more to read.
import { useEffect, useState } from 'preact/hooks';
import type { PublicServiceCard } from '@cherha/contracts';
import { api } from '@cherha/ui-kit/client';
import type { Lang } from './i18n';

const WORDS = {
  uk: { title: 'Що взяти з собою', fee: 'Вартість', duration: 'Строк надання', applicants: 'Хто може звернутися' },
  en: { title: 'What to bring', fee: 'Fee', duration: 'How long it takes', applicants: 'Who may apply' },
} as const;

type Card = NonNullable<PublicServiceCard['card']>;
const pick = (v: { uk: string; en: string }, lang: Lang) => (v[lang] !== '' ? v[lang] : v.uk);

export function ServiceCardBox({ code, lang }: { code: string; lang: Lang }) {
  const [card, setCard] = useState<Card | null>(null);
  useEffect(() => {
    let cancelled = false;
    api('getTicketServiceCard', { params: { code } }, { credentials: 'omit' })
      .then((r) => !cancelled && setCard(r.card))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [code]);
  if (!card) return null;
  const w = WORDS[lang];
  const docs = card.documents[lang].length > 0 ? card.documents[lang] : card.documents.uk;
  const facts = (['fee', 'duration', 'applicants'] as const).map((k) => [w[k], pick(card[k], lang)] as const).filter(([, v]) => v !== '');
  return (
    <details class="card">
      <summary>{w.title}</summary>
      {docs.length > 0 ? (
        <ol>
          {docs.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ol>
      ) : null}
      {facts.length > 0 ? (
        <dl class="facts">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </details>
  );
}
