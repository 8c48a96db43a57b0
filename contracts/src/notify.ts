// Notifications through a city's own channels: signed webhooks on booking and ticket events.
// The server never talks to an SMS, Viber or Telegram provider itself; a city points a webhook
// at its own receiver (docs/notifications.md has one that forwards to a Telegram bot).
import { z } from 'zod';
import { safeString } from './schemas';
import type { ContractRows } from './contract';

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

export interface WebhookEndpointView {
  id: number;
  branchId: number | null;
  name: string;
  url: string;
  events: NotifyEventType[];
  active: boolean;
  createdAt: string;
  /** outbox rows waiting for delivery (incl. retries) */
  pending: number;
  /** given up after the last retry */
  failed: number;
}

/** the answer to create and to a secret rotation: the only time the secret is shown */
export interface WebhookWithSecret {
  webhook: WebhookEndpointView;
  secret: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** one row of the delivery log: an outbox row with its last attempt */
export interface WebhookDeliveryView {
  id: number;
  webhookId: number;
  webhookName: string;
  eventId: string;
  type: string;
  createdAt: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  /** the receiver's HTTP status of the last attempt, or null */
  lastHttpStatus: number | null;
  lastError: string | null;
}

/** this module's rows of the route table's schema half (contract.ts) */
export const NOTIFY_CONTRACT = {
} as const satisfies ContractRows;
