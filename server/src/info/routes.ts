// REST of service cards (contracts/src/service-info.ts).
import { BranchParams, CardPrintBody, IdParams, PublicCodeParams, ServiceCardBody } from '@cherha/contracts';
import { optionalBody } from '../http/bodies';
import { NoBody } from '../http/bodies';
import type { App, Services } from '../http/context';
import type { ServiceCards } from './cards';
import { printCard } from './print-card';

const tags = ['service-info'];

export function serviceInfoRoutes(app: App, s: Services, cards: ServiceCards): void {
  app.get('/api/public/services/:id/card', {
    schema: { operationId: 'getServiceCard', tags: ['public'], summary: 'Картка послуги: документи, вартість, строк, хто може звернутися', params: IdParams },
  }, async (req) => cards.read(req.params.id));

  app.get('/api/public/tickets/:code/card', {
    schema: { operationId: 'getTicketServiceCard', tags: ['public'], summary: 'Картка послуги талону (для сторінки талону)', params: PublicCodeParams },
  }, async (req) => cards.ofTicket(req.params.code));

  app.get('/api/public/branches/:branchId/service-cards', {
    schema: { operationId: 'listServiceCards', tags: ['public'], summary: 'Картки всіх увімкнених послуг офісу (для термінала)', params: BranchParams },
  }, async (req) => cards.ofBranch(req.params.branchId));

  app.put('/api/services/:id/card', {
    schema: { operationId: 'updateServiceCard', tags: [...tags, 'configuration'], summary: 'Зберегти картку послуги (українською та англійською)', params: IdParams, body: ServiceCardBody },
  }, async (req) => ({ card: cards.write(req.actor, req.params.id, req.body) }));

  app.post('/api/services/:id/card/print', {
    schema: { operationId: 'printServiceCard', tags, summary: 'Надрукувати перелік документів на принтері цього термінала', params: IdParams, body: optionalBody(CardPrintBody) },
  }, async (req) => printCard(s, cards, req.actor, req.params.id, req.body.language));

  app.delete('/api/services/:id/card', {
    schema: { operationId: 'deleteServiceCard', tags: [...tags, 'configuration'], summary: 'Видалити картку послуги', params: IdParams, body: NoBody },
  }, async (req, reply) => {
    cards.remove(req.actor, req.params.id);
    return reply.status(204).send();
  });
}
