// REST of webhooks (admin): endpoints per office, «Перевірити», the delivery log.
import { BranchParams, IdParams, WebhookCreateBody, WebhookLogQuery, WebhookUpdateBody } from '@cherha/contracts';
import { NoBody } from '../http/bodies';
import type { App } from '../http/context';
import type { NotifyService } from './service';

const tags = ['notifications'];

export function notifyRoutes(app: App, notify: NotifyService): void {
  app.get('/api/branches/:branchId/webhooks', {
    schema: { operationId: 'listWebhooks', tags, summary: 'Вебхуки офісу (без секретів)', params: BranchParams },
  }, async (req) => ({ webhooks: notify.list(req.actor, req.params.branchId) }));

  app.post('/api/branches/:branchId/webhooks', {
    schema: { operationId: 'createWebhook', tags, summary: 'Додати вебхук; секрет показується лише у цій відповіді', params: BranchParams, body: WebhookCreateBody },
  }, async (req, reply) => reply.status(201).send(notify.create(req.actor, req.params.branchId, req.body)));

  app.put('/api/webhooks/:id', {
    schema: { operationId: 'updateWebhook', tags, summary: 'Змінити вебхук (rotateSecret: новий секрет, показується один раз)', params: IdParams, body: WebhookUpdateBody },
  }, async (req) => notify.update(req.actor, req.params.id, req.body));

  app.delete('/api/webhooks/:id', {
    schema: { operationId: 'deleteWebhook', tags, summary: 'Видалити вебхук разом з його чергою доставки і журналом', params: IdParams, body: NoBody },
  }, async (req, reply) => {
    notify.remove(req.actor, req.params.id);
    return reply.status(204).send();
  });

  app.post('/api/webhooks/:id/test', {
    schema: { operationId: 'testWebhook', tags, summary: 'Надіслати перевірну подію webhook.test через чергу доставки', params: IdParams, body: NoBody },
  }, async (req, reply) => reply.status(202).send(notify.test(req.actor, req.params.id)));

  app.get('/api/branches/:branchId/webhook-deliveries', {
    schema: { operationId: 'listWebhookDeliveries', tags, summary: 'Журнал доставки вебхуків офісу, новіші першими', params: BranchParams, querystring: WebhookLogQuery },
  }, async (req) => ({ deliveries: notify.log(req.actor, req.params.branchId, req.query.limit, req.query.webhookId) }));
}
