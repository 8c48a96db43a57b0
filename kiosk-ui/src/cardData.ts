// Service cards on the kiosk: every card of the office, asked once and again every few
// minutes (an admin may edit one during the day), and the card screen's phrases.
import { useEffect, useState } from 'react';
import type { ServiceCard } from '@cherha/contracts';
import { api } from '@cherha/ui-kit';
import { i18n } from './i18n';

const REFRESH_MS = 5 * 60_000;

/** service id → its card; empty until loaded (a service is then issued straight away, as before cards) */
export function useServiceCards(branchId: number | null): Map<number, ServiceCard> {
  const [cards, setCards] = useState<Map<number, ServiceCard>>(() => new Map());
  useEffect(() => {
    if (branchId === null) return;
    let cancelled = false;
    const load = () =>
      api('listServiceCards', { params: { branchId } })
        .then((r) => !cancelled && setCards(new Map(r.cards.map((c) => [c.serviceId, c]))))
        // no cards (offline, older server): the kiosk works as it did without them
        .catch(() => undefined);
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [branchId]);
  return cards;
}

i18n.addResourceBundle('uk', 'translation', {
  card: {
    documents: 'Що взяти з собою',
    noDocuments: 'Документи для цієї послуги не вказано: уточніть у вікні.',
    fee: 'Вартість',
    duration: 'Строк надання',
    applicants: 'Хто може звернутися',
    take: 'Взяти талон',
    takeHint: 'Перелік можна прочитати й без талона: натисніть «Назад», щоб обрати іншу послугу.',
    print: 'Надрукувати перелік документів',
    printing: 'Друкуємо перелік документів…',
    printed: 'Перелік документів надруковано. Заберіть його з принтера.',
    printFailed: 'Не вдалося надрукувати перелік: {{reason}}',
  },
}, true, false);
i18n.addResourceBundle('en', 'translation', {
  card: {
    documents: 'What to bring',
    noDocuments: 'No documents are listed for this service: please ask at the window.',
    fee: 'Fee',
    duration: 'How long it takes',
    applicants: 'Who may apply',
    take: 'Take a ticket',
    takeHint: 'You may read the list without a ticket: press «Back» to choose another service.',
    print: 'Print the list of documents',
    printing: 'Printing the list of documents…',
    printed: 'The list of documents is printed. Please take it from the printer.',
    printFailed: 'The list could not be printed: {{reason}}',
  },
}, true, false);
