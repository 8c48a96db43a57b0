// Service cards («інформаційний термінал»): what to bring, the fee, how long it takes and who
// may apply, in Ukrainian and English. Edited in the admin section; read on the kiosk before a
// ticket is taken (and printed as a list there), on the booking page and on the ticket page.
import { z } from 'zod';
import { LocalizedNameView } from './domain';
import { BranchParams, IdParams, PublicCodeParams, safeString } from './schemas';
import { NoBody, NoContentResponse, optionalBody, type ContractRows } from './contract';

export const MAX_CARD_DOCUMENTS = 30;
export const MAX_CARD_DOCUMENT = 300;
export const MAX_CARD_TEXT = 500;

/** a text in both languages: the same shape as a name (domain.ts) */
export type LocalizedText = z.infer<typeof LocalizedNameView>;

export const ServiceCardSchema = z.object({
  serviceId: z.number().int(),
  /** one document per item, in the order a visitor gathers them */
  documents: z.object({ uk: z.array(z.string()), en: z.array(z.string()) }),
  /** «Безоплатно», «85 грн» … (free text: fees differ by case) */
  fee: LocalizedNameView,
  /** «До 10 робочих днів», «У день звернення» … */
  duration: LocalizedNameView,
  /** who may apply: «Громадяни України від 14 років…» */
  applicants: LocalizedNameView,
  updatedAt: z.string(),
});
export type ServiceCard = z.infer<typeof ServiceCardSchema>;

/** GET /api/public/services/:id/card — the service's names come with it (the kiosk prints them) */
export const PublicServiceCardSchema = z.object({
  service: z.object({ id: z.number().int(), branchId: z.number().int(), name: LocalizedNameView, prefix: z.string() }),
  card: ServiceCardSchema.nullable(),
});
export type PublicServiceCard = z.infer<typeof PublicServiceCardSchema>;

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
export const ServiceCardListSchema = z.object({ cards: z.array(ServiceCardSchema) });
export type ServiceCardList = z.infer<typeof ServiceCardListSchema>;

/** POST /api/services/:id/card/print (a kiosk): the list in the visitor's language */
export const CardPrintBody = z.object({ language: z.enum(['uk', 'en'], { error: 'Мова: uk або en' }).default('uk') }).strict();

export const CardPrintResponseSchema = z.object({
  /** printed; uncertain — the printer may or may not have printed it; failed — nothing printed */
  status: z.enum(['printed', 'uncertain', 'failed']),
  /** why not, for the visitor (Ukrainian); null when printed */
  message: z.string().nullable(),
});
export type CardPrintResponse = z.infer<typeof CardPrintResponseSchema>;

/** this module's rows of the route table's schema half (contract.ts) */
export const SERVICE_INFO_CONTRACT = {
  getServiceCard: { summary: 'Картка послуги: документи, вартість, строк, хто може звернутися', params: IdParams, response: PublicServiceCardSchema },
  getTicketServiceCard: { summary: 'Картка послуги талону (для сторінки талону)', params: PublicCodeParams, response: PublicServiceCardSchema },
  listServiceCards: { summary: 'Картки всіх увімкнених послуг офісу (для термінала)', params: BranchParams, response: ServiceCardListSchema },
  updateServiceCard: {
    summary: 'Зберегти картку послуги (українською та англійською)', params: IdParams, body: ServiceCardBody, response: z.object({ card: ServiceCardSchema }),
  },
  printServiceCard: {
    summary: 'Надрукувати перелік документів на принтері цього термінала', params: IdParams, body: optionalBody(CardPrintBody), response: CardPrintResponseSchema,
  },
  deleteServiceCard: { summary: 'Видалити картку послуги', params: IdParams, body: NoBody, response: NoContentResponse },
} as const satisfies ContractRows;
