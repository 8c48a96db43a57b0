// Service cards («інформаційний термінал»): what to bring, the fee, how long it takes and who
// may apply, in Ukrainian and English. Edited in the admin section; read on the kiosk before a
// ticket is taken (and printed as a list there), on the booking page and on the ticket page.
import { z } from 'zod';
import { safeString } from './schemas';
import type { ContractRows } from './contract';

export const MAX_CARD_DOCUMENTS = 30;
export const MAX_CARD_DOCUMENT = 300;
export const MAX_CARD_TEXT = 500;

export interface LocalizedText {
  uk: string;
  en: string;
}

export interface ServiceCard {
  serviceId: number;
  /** one document per item, in the order a visitor gathers them */
  documents: { uk: string[]; en: string[] };
  /** «Безоплатно», «85 грн» … (free text: fees differ by case) */
  fee: LocalizedText;
  /** «До 10 робочих днів», «У день звернення» … */
  duration: LocalizedText;
  /** who may apply: «Громадяни України від 14 років…» */
  applicants: LocalizedText;
  updatedAt: string;
}

/** GET /api/public/services/:id/card — the service's names come with it (the kiosk prints them) */
export interface PublicServiceCard {
  service: { id: number; branchId: number; name: LocalizedText; prefix: string };
  card: ServiceCard | null;
}

const doc = safeString().trim().min(1, 'Документ не може бути порожнім рядком').max(MAX_CARD_DOCUMENT, `Документ — не довше ${MAX_CARD_DOCUMENT} символів`);
const docs = z.array(doc).max(MAX_CARD_DOCUMENTS, `Не більше ${MAX_CARD_DOCUMENTS} документів`);
const line = safeString().trim().max(MAX_CARD_TEXT, `Не довше ${MAX_CARD_TEXT} символів`);
const localized = z.object({ uk: line, en: line }).strict();

/** PUT /api/services/:id/card — the whole card (an empty text = not stated) */
export const ServiceCardBody = z
  .object({
    documents: z.object({ uk: docs, en: docs }).strict(),
    fee: localized,
    duration: localized,
    applicants: localized,
  })
  .strict();
export type ServiceCardInput = z.infer<typeof ServiceCardBody>;

/** GET /api/public/branches/:branchId/service-cards — every card of the office (the kiosk asks once) */
export interface ServiceCardList {
  cards: ServiceCard[];
}

/** POST /api/services/:id/card/print (a kiosk): the list in the visitor's language */
export const CardPrintBody = z.object({ language: z.enum(['uk', 'en'], { error: 'Мова: uk або en' }).default('uk') }).strict();

export interface CardPrintResponse {
  /** printed; uncertain — the printer may or may not have printed it; failed — nothing printed */
  status: 'printed' | 'uncertain' | 'failed';
  /** why not, for the visitor (Ukrainian); null when printed */
  message: string | null;
}

/** this module's rows of the route table's schema half (contract.ts) */
export const SERVICE_INFO_CONTRACT = {
} as const satisfies ContractRows;
