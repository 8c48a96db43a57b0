// Notifications through a city's own channels: signed webhooks on booking and ticket events.
// The server never talks to an SMS, Viber or Telegram provider itself; a city points a webhook
// at its own receiver (docs/notifications.md has one that forwards to a Telegram bot).
import { z } from 'zod';
import { BranchParams, IdParams, safeString } from './schemas';
import { NoBody, NoContentResponse, type ContractRows } from './contract';

/**
 * booking.created — a visit was booked; booking.moved — to another time; booking.cancelled —
 * by the visitor; booking.reminder — a booked visit is near;
 * booking.checked_in — the visitor checked in at the kiosk; ticket.called — «Підійдіть до
 * вікна N»; ticket.finished — the service is over; ticket.rated — the visitor rated it.
 */
export const NOTIFY_EVENTS = ['booking.created', 'booking.moved', 'booking.cancelled', 'booking.reminder', 'booking.checked_in', 'ticket.called', 'ticket.finished', 'ticket.rated'] as const;
export type NotifyEventType = (typeof NOTIFY_EVENTS)[number];

/** Headers of every delivery (lower-case on the wire). */
export const WEBHOOK_HEADERS = {
  /** unix seconds when this attempt was signed; receivers refuse old ones (replays) */
  timestamp: 'X-Cherha-Timestamp',
  /** `v1=` + hex HMAC-SHA256 of `${timestamp}.${body}` with the endpoint's secret */
  signature: 'X-Cherha-Signature',
  /** the event's id: the same on every retry and for every endpoint, to drop repeats */
  eventId: 'X-Cherha-Event-Id',
  event: 'X-Cherha-Event',
} as const;

/** what a receiver should accept: signatures at most this old (and not this far in the future) */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** The JSON body of every delivery. `data` depends on the type (docs/notifications.md). */
export interface WebhookBody {
  id: string;
  /** webhook.test: sent by «Перевірити» in the admin section, to that endpoint only */
  type: NotifyEventType | 'webhook.test';
  occurredAt: string;
  branchId: number;
  data: Record<string, unknown>;
}

const URL_MAX = 500;
const webhookUrl = safeString()
  .trim()
  .max(URL_MAX, `Адреса — не довше ${URL_MAX} символів`)
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.password === '' && u.hostname !== '';
    } catch {
      return false;
    }
  }, 'Адреса вебхука — повна адреса http:// або https:// без імені й пароля в ній');

const events = z
  .array(z.enum(NOTIFY_EVENTS, { error: `Подія: ${NOTIFY_EVENTS.join(', ')}` }))
  .min(1, 'Виберіть хоча б одну подію')
  .max(NOTIFY_EVENTS.length)
  .refine((e) => new Set(e).size === e.length, 'Подія вказана двічі');

/** POST /api/branches/:branchId/webhooks */
export const WebhookCreateBody = z
  .object({
    name: safeString().trim().min(1, 'Назвіть отримувача').max(100, 'Назва — не довше 100 символів'),
    url: webhookUrl,
    events,
    active: z.boolean().default(true),
  })
  .strict();
export type WebhookCreateInput = z.infer<typeof WebhookCreateBody>;

/** PUT /api/webhooks/:id — every field; the secret stays (ask for a new one with rotateSecret) */
export const WebhookUpdateBody = WebhookCreateBody.extend({ rotateSecret: z.boolean().default(false) }).strict();
export type WebhookUpdateInput = z.infer<typeof WebhookUpdateBody>;

export const WebhookLogQuery = z
  .object({
    limit: z.coerce.number().int('Ціле число').min(1, 'Щонайменше 1').max(500, 'Не більше 500').default(100),
    webhookId: z.string().regex(/^[1-9][0-9]{0,9}$/, 'Очікується ціле додатне число').transform(Number).optional(),
  })
  .strict();

export const WebhookEndpointViewSchema = z.object({
  id: z.number().int(),
  branchId: z.number().int().nullable(),
  name: z.string(),
  url: z.string(),
  events: z.array(z.enum(NOTIFY_EVENTS)),
  active: z.boolean(),
  createdAt: z.string(),
  /** outbox rows waiting for delivery (incl. retries) */
  pending: z.number().int(),
  /** given up after the last retry */
  failed: z.number().int(),
});
export type WebhookEndpointView = z.infer<typeof WebhookEndpointViewSchema>;

/** the answer to create and to a secret rotation: the only time the secret is shown */
export const WebhookWithSecretSchema = z.object({
  webhook: WebhookEndpointViewSchema,
  secret: z.string(),
});
export type WebhookWithSecret = z.infer<typeof WebhookWithSecretSchema>;

/** PUT /api/webhooks/:id: the secret only when rotateSecret asked for a new one, else null */
export const WebhookUpdateResponseSchema = WebhookWithSecretSchema.extend({ secret: z.string().nullable() });
export type WebhookUpdateResponse = z.infer<typeof WebhookUpdateResponseSchema>;

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** one row of the delivery log: an outbox row with its last attempt */
export const WebhookDeliveryViewSchema = z.object({
  id: z.number().int(),
  webhookId: z.number().int(),
  webhookName: z.string(),
  eventId: z.string(),
  type: z.string(),
  createdAt: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  /** the receiver's HTTP status of the last attempt, or null */
  lastHttpStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
});
export type WebhookDeliveryView = z.infer<typeof WebhookDeliveryViewSchema>;

/** this module's rows of the route table's schema half (contract.ts) */
export const NOTIFY_CONTRACT = {
  listWebhooks: { summary: 'Вебхуки офісу (без секретів)', params: BranchParams, response: z.object({ webhooks: z.array(WebhookEndpointViewSchema) }) },
  createWebhook: {
    summary: 'Додати вебхук; секрет показується лише у цій відповіді', params: BranchParams, body: WebhookCreateBody, response: WebhookWithSecretSchema,
  },
  updateWebhook: {
    summary: 'Змінити вебхук (rotateSecret: новий секрет, показується один раз)', params: IdParams, body: WebhookUpdateBody, response: WebhookUpdateResponseSchema,
  },
  deleteWebhook: { summary: 'Видалити вебхук разом з його чергою доставки і журналом', params: IdParams, body: NoBody, response: NoContentResponse },
  // 202: the event is in the outbox; the delivery log shows how it went
  testWebhook: {
    summary: 'Надіслати перевірну подію webhook.test через чергу доставки', params: IdParams, body: NoBody,
    response: z.object({ deliveryId: z.number().int(), eventId: z.string() }),
  },
  listWebhookDeliveries: {
    summary: 'Журнал доставки вебхуків офісу, новіші першими', params: BranchParams, query: WebhookLogQuery,
    response: z.object({ deliveries: z.array(WebhookDeliveryViewSchema) }),
  },
} as const satisfies ContractRows;
