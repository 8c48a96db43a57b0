import { DomainError } from '../errors';
import { publicTicketView } from '../rating/public-view';
import type { App, Services } from './context';
import { route } from './route';

const tags = ['public'];

export function publicRoutes(app: App, s: Services): void {
  route(app, 'health', async () => {
    s.repos.db.prepare('SELECT 1').get();
    return { status: 'ok' as const, time: s.queue.now().toISOString() };
  }, { tags });

  route(app, 'getCatalog', async (req) => {
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
  }, { tags });

  route(app, 'getPublicTicket', async (req) => {
    const t = s.repos.tickets.byPublicCode(req.params.code);
    if (!t) throw new DomainError('NOT_FOUND', 'Талон не знайдено');
    return publicTicketView(s, t);
  }, { tags });
}
