// REST of webhooks (admin): endpoints per office, «Перевірити», the delivery log. The route
// table (contracts/src/notify.ts) validates, NotifyService decides.
import type { App } from '../http/context';
import { route } from '../http/route';
import type { NotifyService } from './service';

const tags = ['notifications'];

export function notifyRoutes(app: App, notify: NotifyService): void {
  route(app, 'listWebhooks', async (req) => ({ webhooks: notify.list(req.actor, req.params.branchId) }), { tags });
  // the secret is in this answer only
  route(app, 'createWebhook', async (req, reply) => reply.status(201).send(notify.create(req.actor, req.params.branchId, req.body)), { tags });
  route(app, 'updateWebhook', async (req) => notify.update(req.actor, req.params.id, req.body), { tags });
  route(app, 'deleteWebhook', async (req, reply) => {
    notify.remove(req.actor, req.params.id);
    return reply.status(204).send();
  }, { tags });
  // 202: queued in the outbox; the delivery log tells how it went
  route(app, 'testWebhook', async (req, reply) => reply.status(202).send(notify.test(req.actor, req.params.id)), { tags });
  route(app, 'listWebhookDeliveries', async (req) => ({
    deliveries: notify.log(req.actor, req.params.branchId, req.query.limit, req.query.webhookId),
  }), { tags });
}
