// Service cards (docs/service-info.md): wiring for app.ts.
import type { App, Services } from '../http/context';
import type { Clock } from '../time';
import { ServiceCards } from './cards';
import { serviceInfoRoutes } from './routes';

export { ServiceCards } from './cards';

export function installServiceInfo(app: App, s: Services, clock: Clock): ServiceCards {
  const cards = new ServiceCards(s.repos, clock);
  serviceInfoRoutes(app, s, cards);
  return cards;
}
