// Notifications: wiring of the outbox, the delivery loop and the admin routes (see
// docs/notifications.md). app.ts calls installNotify() once.
import type { Clock } from '../time';
import type { App, Services } from '../http/context';
import { WebhookDelivery } from './delivery';
import { onEnqueue, webhooksOf } from './outbox';
import { notifyRoutes } from './routes';
import { NotifyService } from './service';
import { parseWebhookHosts } from './url-policy';

export { enqueueEvent, type NotifyEvent } from './outbox';

export interface NotifyHandle {
  service: NotifyService;
  delivery: WebhookDelivery;
}

export function installNotify(app: App, s: Services, clock: Clock): NotifyHandle {
  const repo = webhooksOf(s.repos.db);
  const policy = parseWebhookHosts(s.config.webhookHosts);
  const delivery = new WebhookDelivery(repo, policy, clock, {
    pollMs: 1000, retryBaseSeconds: s.config.webhookRetrySeconds, maxDelaySeconds: 6 * 3600, maxAttempts: s.config.webhookMaxAttempts, timeoutMs: 10_000, keepDays: s.config.webhookKeepDays,
  }, app.log);
  const service = new NotifyService(repo, policy, clock, (id) => Boolean(s.repos.branches.get(id)), () => delivery.kick());
  notifyRoutes(app, service);
  // a committed ticket change may have put rows in the outbox (triggers): look now, not at the next poll
  s.queue.onChange(() => delivery.kick());
  onEnqueue(s.repos.db, () => delivery.kick());
  return { service, delivery };
}
