// Admin commands over webhook endpoints (per office): add, change, remove, «Перевірити», and
// the delivery log. Nothing here sends anything: test events go through the outbox too, so the
// admin sees exactly what a real event would meet.
import { randomUUID } from 'node:crypto';
import type { WebhookBody, WebhookCreateInput, WebhookDeliveryView, WebhookEndpointView, WebhookUpdateInput, WebhookWithSecret } from '@cherha/contracts';
import type { WebhookRepo } from '@cherha/db';
import { actorLabel, authorize, type Actor } from '../auth/actor';
import { notFound } from '../errors';
import type { Clock } from '../time';
import { newWebhookSecret } from './signing';
import { checkWebhookUrl, type WebhookHostPolicy } from './url-policy';

const ADMIN = { role: 'admin' } as const;

export class NotifyService {
  constructor(
    private readonly repo: WebhookRepo,
    private readonly policy: WebhookHostPolicy,
    private readonly clock: Clock,
    private readonly branchExists: (id: number) => boolean,
    /** nudges the delivery loop (a test event should not wait for the next poll) */
    private readonly kick: () => void,
  ) {}

  private branch(actor: Actor | null, branchId: number): Actor {
    const who = authorize(actor, branchId, ADMIN, 'Офіс');
    if (!this.branchExists(branchId)) throw notFound('Офіс');
    return who;
  }

  private endpoint(actor: Actor | null, id: number): { who: Actor; endpoint: WebhookEndpointView } {
    const endpoint = this.repo.get(id);
    if (!endpoint) throw notFound('Вебхук');
    // the id of another office's endpoint answers as if it did not exist
    const who = authorize(actor, endpoint.branchId, ADMIN, 'Вебхук');
    return { who, endpoint };
  }

  list(actor: Actor | null, branchId: number): WebhookEndpointView[] {
    this.branch(actor, branchId);
    return this.repo.list(branchId);
  }

  create(actor: Actor | null, branchId: number, input: WebhookCreateInput): WebhookWithSecret {
    const who = this.branch(actor, branchId);
    checkWebhookUrl(input.url, this.policy);
    const secret = newWebhookSecret();
    const id = this.repo.create(branchId, input, secret, this.clock.now().toISOString(), actorLabel(who));
    return { webhook: this.repo.get(id)!, secret };
  }

  update(actor: Actor | null, id: number, input: WebhookUpdateInput): { webhook: WebhookEndpointView; secret: string | null } {
    this.endpoint(actor, id);
    checkWebhookUrl(input.url, this.policy);
    const secret = input.rotateSecret ? newWebhookSecret() : null;
    this.repo.update(id, input, secret);
    return { webhook: this.repo.get(id)!, secret };
  }

  remove(actor: Actor | null, id: number): void {
    this.endpoint(actor, id);
    this.repo.remove(id);
  }

  /** a «webhook.test» event for this endpoint only, through the outbox like any other */
  test(actor: Actor | null, id: number): { deliveryId: number; eventId: string } {
    const { endpoint } = this.endpoint(actor, id);
    const eventId = `test-${randomUUID()}`;
    const at = this.clock.now().toISOString();
    const body: WebhookBody = { id: eventId, type: 'webhook.test', occurredAt: at, branchId: endpoint.branchId ?? 0, data: { message: 'Перевірка зʼєднання з «Чергою»' } };
    const deliveryId = this.repo.enqueueTo(id, { eventId, type: body.type, payload: JSON.stringify(body), at });
    this.kick();
    return { deliveryId, eventId };
  }

  log(actor: Actor | null, branchId: number, limit: number, webhookId?: number): WebhookDeliveryView[] {
    this.branch(actor, branchId);
    return this.repo.log(branchId, limit, webhookId);
  }
}
