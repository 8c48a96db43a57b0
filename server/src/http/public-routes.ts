import { BranchParams, PublicCodeParams, type PublicTicketView } from '@cherha/contracts';
import { DomainError } from '../errors';
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
    return {
      branch,
      categories: s.repos.catalog.categories(branch.id),
      services: s.repos.catalog.services(branch.id).filter((x) => x.active),
      priorityCategories: s.repos.catalog.priorityCategories(branch.id).filter((p) => p.active),
    };
  });

  app.get('/api/public/tickets/:code', {
    schema: { operationId: 'getPublicTicket', tags: ['public'], summary: 'Сторінка талону за QR-кодом', params: PublicCodeParams },
  }, async (req) => {
    const t = s.repos.tickets.byPublicCode(req.params.code);
    if (!t) throw new DomainError('NOT_FOUND', 'Талон не знайдено');
    const branch = s.repos.branches.get(t.branchId)!;
    const service = s.repos.catalog.service(t.serviceId)!;
    const ahead = t.status === 'waiting'
      ? s.repos.tickets.open(t.branchId).filter((o) => o.status === 'waiting' && o.serviceId === t.serviceId && (o.queuedAt < t.queuedAt || (o.queuedAt === t.queuedAt && o.id < t.id))).length
      : 0;
    const view: PublicTicketView = {
      number: t.number, status: t.status, serviceName: service.name, branchName: branch.name, timeZone: branch.timeZone, peopleAhead: ahead,
      windowLabel: t.windowId !== null ? (s.repos.windows.get(t.windowId)?.label ?? null) : null, issuedAt: t.issuedAt, calledAt: t.calledAt,
    };
    return view;
  });
}
