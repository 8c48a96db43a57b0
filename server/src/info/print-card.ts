// «Надрукувати перелік документів»: the kiosk asks, the server prints the service's card on that
// kiosk's own printer (printer/src/card-document.ts), in the printer's queue like a ticket.
import type { CardPrintResponse } from '@cherha/contracts';
import { documentListDocument } from '@cherha/printer';
import type { Actor } from '../auth/actor';
import { DomainError, notFound } from '../errors';
import type { Services } from '../http/context';
import type { ServiceCards } from './cards';

const LABELS = {
  uk: { fee: 'Вартість', duration: 'Строк надання', applicants: 'Хто може звернутися' },
  en: { fee: 'Fee', duration: 'How long it takes', applicants: 'Who may apply' },
} as const;

export async function printCard(s: Services, cards: ServiceCards, actor: Actor | null, serviceId: number, language: 'uk' | 'en'): Promise<CardPrintResponse> {
  if (actor?.kind !== 'device' || actor.device.kind !== 'kiosk') throw new DomainError('FORBIDDEN', 'Друкувати перелік може лише термінал');
  const kiosk = s.repos.devices.get(actor.device.id);
  const { service, card } = cards.read(serviceId);
  // another office's service answers as if it did not exist
  if (!kiosk || service.branchId !== kiosk.branchId) throw notFound('Послугу');
  if (!card) throw notFound('Картку послуги');
  const branch = s.repos.branches.get(kiosk.branchId);
  const pick = (v: { uk: string; en: string }) => (v[language] !== '' ? v[language] : v.uk);
  const documents = card.documents[language].length > 0 ? card.documents[language] : card.documents.uk;
  const o = await s.printing.printPage(kiosk, (paperWidth) => documentListDocument({
    language, branchName: branch ? pick(branch.name) : '', serviceName: pick(service.name), documents,
    facts: (['fee', 'duration', 'applicants'] as const).map((k) => ({ label: LABELS[language][k], value: pick(card[k]) })),
    printedAt: s.queue.now().toISOString(), timeZone: branch?.timeZone,
  }, paperWidth));
  return { status: o.outcome, message: o.outcome === 'printed' ? null : (o.message ?? 'Принтер не надрукував перелік') };
}
