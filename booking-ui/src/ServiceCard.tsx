// «Що взяти з собою»: the service's card (documents, fee, how long, who may apply) as the
// centre wrote it (GET /api/public/services/:id/card). Nothing is shown when the service has no
// card or it cannot be read: the booking never waits for it.
import { useEffect, useState } from 'preact/hooks';
import type { ServiceCard as Card } from '@cherha/contracts';
import { api } from '@cherha/ui-kit/client';
import { PUBLIC } from './api';
import { tr, type Lang } from './i18n';

export function ServiceCard({ serviceId, lang }: { serviceId: number; lang: Lang }) {
  const [card, setCard] = useState<Card | null>(null);
  useEffect(() => {
    let cancelled = false;
    api('getServiceCard', { params: { id: serviceId } }, PUBLIC)
      .then((r) => !cancelled && setCard(r.card))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [serviceId]);
  if (!card) return null;
  const docs = card.documents[lang].length > 0 ? card.documents[lang] : card.documents.uk;
  const facts = ([['cardFee', card.fee], ['cardDuration', card.duration], ['cardApplicants', card.applicants]] as const)
    .map(([k, v]) => [k, v[lang] || v.uk] as const)
    .filter(([, v]) => v !== '');
  return (
    <details class="card">
      <summary>{tr(lang, 'cardTitle')}</summary>
      {docs.length > 0 && (
        <ul>
          {docs.map((d, i) => <li key={i}>{d}</li>)}
        </ul>
      )}
      {facts.length > 0 && (
        <dl>
          {facts.map(([k, v]) => <div key={k}><dt>{tr(lang, k)}</dt><dd>{v}</dd></div>)}
        </dl>
      )}
    </details>
  );
}
