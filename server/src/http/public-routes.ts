import { BranchParams, PublicCodeParams } from '@cherha/contracts';
import { DomainError } from '../errors';
import { publicTicketView } from '../rating/public-view';
import type { App, Services } from './context';

export function publicRoutes(app: App, s: Services): void {
  app.get('/api/health', { schema: { operationId: 'health', tags: ['public'], summary: 'Сервер готовий' } }, async () => {
    s.repos.db.prepare('SELECT 1').get();
    return { status: 'ok', time: s.queue.now().toISOString() };
  });

  app.get('/api/branches/:branchId/catalog', {
    schema: { operationId: 'getCatalog', tags: ['public'], summary: 'Меню терміналу: офіс, категорії, послуги, пільгові категорії', params: BranchParams },
  }, async (req) => {
    const branch = s.repos.branches.get(req.params.branchId);
    if (!branch) throw new DomainError('NOT_FOUND', 'Офіс не знайдено');
    // a service no switched-on window serves is not offered: its ticket could never be called
    const served = s.repos.windows.servedServiceIds(branch.id);
    const offered = s.repos.catalog.services(branch.id).filter((x) => x.active && served.has(x.id));
    return {
      branch,
      categories: s.repos.catalog.categories(branch.id),
      services: offered,
      priorityCategories: s.repos.catalog.priorityCategories(branch.id).filter((p) => p.active),
    };
  });

  app.get('/api/public/tickets/:code', {
    schema: { operationId: 'getPublicTicket', tags: ['public'], summary: 'Сторінка талону за QR-кодом', params: PublicCodeParams },
  }, async (req) => {
    const t = s.repos.tickets.byPublicCode(req.params.code);
    if (!t) throw new DomainError('NOT_FOUND', 'Талон не знайдено');
    return publicTicketView(s, t);
  });
}
