// The service catalogue of an office: categories (at most three levels, never their own
// ancestor), services (always in a category of their own office) and priority categories.
// Names printed on tickets must fit the office's printers. Every edit is one unit of work
// (QueueService.configChanged): checks and writes in one transaction, the revision bumped once.
import type { Category, PriorityCategory, Service } from '@cherha/contracts';
import type { CategoryInput, PriorityCategoryInput, Repos, ServiceInput } from '@cherha/db';
import { authorize, type Actor } from '../auth/actor';
import { DomainError, notFound } from '../errors';
import { requirePrintableName, ticketPages } from '../http/printable';
import { ADMIN, branchOf, type ConfigDeps } from './context';

/**
 * Levels above `id` (itself included). Walks at most a few steps with a visited set, so a
 * cycle left by an older bug can never hang the server.
 */
function ancestors(repos: Repos, id: number | null): number[] {
  const seen: number[] = [];
  for (let c = id === null ? undefined : repos.catalog.category(id); c && seen.length < 10 && !seen.includes(c.id); c = c.parentId === null ? undefined : repos.catalog.category(c.parentId)) {
    seen.push(c.id);
  }
  return seen;
}

function checkCategoryParent(repos: Repos, branchId: number, parentId: number | null, selfId?: number): void {
  if (parentId === null) return;
  const parent = repos.catalog.category(parentId);
  if (!parent || parent.branchId !== branchId) throw notFound('Батьківську категорію');
  const above = ancestors(repos, parentId);
  if (selfId !== undefined && above.includes(selfId)) throw new DomainError('VALIDATION', 'Категорія не може бути вкладена сама в себе');
  // sphere → purpose → service: at most three levels of categories
  if (above.length >= 3) throw new DomainError('VALIDATION', 'Дерево категорій — не більше трьох рівнів');
}

/** a service always sits in a category of its own office */
function checkServiceCategory(repos: Repos, branchId: number, categoryId: number): void {
  const c = repos.catalog.category(categoryId);
  if (!c || c.branchId !== branchId) throw notFound('Категорію');
}

/** a name printed on the office's tickets: it must fit the code page of each of its ticket printers */
const checkName = (repos: Repos, branchId: number, field: string, name: { uk: string; en: string }) => requirePrintableName(field, name, ticketPages(repos, branchId));

/** the record itself, or 404; someone of another office gets the same 404 (authorize's `record`) */
function found<T extends { branchId: number }>(actor: Actor | null, record: T | undefined, what: string): T {
  if (!record) throw notFound(what);
  authorize(actor, record.branchId, ADMIN, what);
  return record;
}

export class CatalogEdits {
  constructor(private readonly d: ConfigDeps) {}

  /** everything, switched-off services included (the admin's and the operator's lists) */
  list(actor: Actor | null, branchId: number): { categories: Category[]; services: Service[]; priorityCategories: PriorityCategory[] } {
    authorize(actor, branchId, { role: 'operator' });
    const { catalog } = this.d.repos;
    const id = branchOf(this.d.repos, branchId).id;
    return { categories: catalog.categories(id), services: catalog.services(id), priorityCategories: catalog.priorityCategories(id) };
  }

  /** an edit of a record in `branchId` (checked to exist first: its revision is bumped) */
  private edit<T>(branchId: number, work: (repos: Repos) => T): T {
    branchOf(this.d.repos, branchId);
    return this.d.queue.configChanged(branchId, () => work(this.d.repos));
  }

  createCategory(actor: Actor | null, branchId: number, body: CategoryInput): Category {
    authorize(actor, branchId, ADMIN);
    return this.edit(branchId, (repos) => {
      checkCategoryParent(repos, branchId, body.parentId);
      return repos.catalog.category(repos.catalog.createCategory(branchId, body))!;
    });
  }

  updateCategory(actor: Actor | null, id: number, body: CategoryInput): Category {
    const c = found(actor, this.d.repos.catalog.category(id), 'Категорію');
    return this.edit(c.branchId, (repos) => {
      checkCategoryParent(repos, c.branchId, body.parentId, c.id);
      repos.catalog.updateCategory(c.id, body);
      return repos.catalog.category(c.id)!;
    });
  }

  createService(actor: Actor | null, branchId: number, body: ServiceInput): Service {
    authorize(actor, branchId, ADMIN);
    return this.edit(branchId, (repos) => {
      checkServiceCategory(repos, branchId, body.categoryId);
      checkName(repos, branchId, 'Назва послуги', body.name);
      return repos.catalog.service(repos.catalog.createService(branchId, body))!;
    });
  }

  updateService(actor: Actor | null, id: number, body: ServiceInput): Service {
    const svc = found(actor, this.d.repos.catalog.service(id), 'Послугу');
    return this.edit(svc.branchId, (repos) => {
      checkServiceCategory(repos, svc.branchId, body.categoryId);
      checkName(repos, svc.branchId, 'Назва послуги', body.name);
      repos.catalog.updateService(svc.id, body);
      return repos.catalog.service(svc.id)!;
    });
  }

  createPriorityCategory(actor: Actor | null, branchId: number, body: PriorityCategoryInput): PriorityCategory {
    authorize(actor, branchId, ADMIN);
    return this.edit(branchId, (repos) => {
      checkName(repos, branchId, 'Пільгова категорія', body.name);
      return repos.catalog.priorityCategory(repos.catalog.createPriorityCategory(branchId, body))!;
    });
  }

  updatePriorityCategory(actor: Actor | null, id: number, body: PriorityCategoryInput): PriorityCategory {
    const p = found(actor, this.d.repos.catalog.priorityCategory(id), 'Пільгову категорію');
    return this.edit(p.branchId, (repos) => {
      checkName(repos, p.branchId, 'Пільгова категорія', body.name);
      repos.catalog.updatePriorityCategory(p.id, body);
      return repos.catalog.priorityCategory(p.id)!;
    });
  }
}
