// REST of service cards: the route table (contracts/src/service-info.ts) validates, ServiceCards decides.
import { route } from '../http/route';
import type { App, Services } from '../http/context';
import type { ServiceCards } from './cards';
import { printCard } from './print-card';

const tags = ['service-info'];
// reading a card needs no sign-in (kiosk, booking page, ticket page); writing is the admin's configuration
const publicTags = ['public'];
const configTags = [...tags, 'configuration'];

export function serviceInfoRoutes(app: App, s: Services, cards: ServiceCards): void {
  route(app, 'getServiceCard', async (req) => cards.read(req.params.id), { tags: publicTags });
  route(app, 'getTicketServiceCard', async (req) => cards.ofTicket(req.params.code), { tags: publicTags });
  route(app, 'listServiceCards', async (req) => cards.ofBranch(req.params.branchId), { tags: publicTags });
  route(app, 'updateServiceCard', async (req) => ({ card: cards.write(req.actor, req.params.id, req.body) }), { tags: configTags });
  route(app, 'printServiceCard', async (req) => printCard(s, cards, req.actor, req.params.id, req.body.language), { tags });
  route(app, 'deleteServiceCard', async (req, reply) => {
    cards.remove(req.actor, req.params.id);
    return reply.status(204).send();
  }, { tags: configTags });
}
