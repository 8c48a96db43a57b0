import type { Category, PriorityCategory, Service } from '@cherha/contracts';
import type { Db } from './open';
import {
  toCategory, toPriorityCategory, toService, type CategoryRow, type PriorityCategoryRow, type ServiceRow,
} from './rows';

export type CategoryInput = Omit<Category, 'id' | 'branchId'>;
export type ServiceInput = Omit<Service, 'id' | 'branchId'>;
export type PriorityCategoryInput = Omit<PriorityCategory, 'id' | 'branchId'>;

export function catalogRepo(db: Db) {
  const s = {
    categories: db.prepare<[number], CategoryRow>('SELECT * FROM categories WHERE branch_id = ? ORDER BY sort_order, id'),
    category: db.prepare<[number], CategoryRow>('SELECT * FROM categories WHERE id = ?'),
    insCategory: db.prepare('INSERT INTO categories (branch_id, parent_id, name_uk, name_en, sort_order) VALUES (@branchId, @parentId, @uk, @en, @sortOrder)'),
    updCategory: db.prepare('UPDATE categories SET parent_id=@parentId, name_uk=@uk, name_en=@en, sort_order=@sortOrder WHERE id=@id'),
    services: db.prepare<[number], ServiceRow>('SELECT * FROM services WHERE branch_id = ? ORDER BY sort_order, id'),
    service: db.prepare<[number], ServiceRow>('SELECT * FROM services WHERE id = ?'),
    insService: db.prepare(
      `INSERT INTO services (branch_id, category_id, name_uk, name_en, prefix, range_start, range_end, daily_cap, opens_at, closes_at,
        stop_issuing_minutes_before_close, expected_minutes, active, sort_order)
       VALUES (@branchId, @categoryId, @uk, @en, @prefix, @rangeStart, @rangeEnd, @dailyCap, @opensAt, @closesAt, @stop, @expectedMinutes, @active, @sortOrder)`,
    ),
    updService: db.prepare(
      `UPDATE services SET category_id=@categoryId, name_uk=@uk, name_en=@en, prefix=@prefix, range_start=@rangeStart, range_end=@rangeEnd,
        daily_cap=@dailyCap, opens_at=@opensAt, closes_at=@closesAt, stop_issuing_minutes_before_close=@stop,
        expected_minutes=@expectedMinutes, active=@active, sort_order=@sortOrder WHERE id=@id`,
    ),
    priority: db.prepare<[number], PriorityCategoryRow>('SELECT * FROM priority_categories WHERE branch_id = ? ORDER BY id'),
    priorityOne: db.prepare<[number], PriorityCategoryRow>('SELECT * FROM priority_categories WHERE id = ?'),
    insPriority: db.prepare('INSERT INTO priority_categories (branch_id, name_uk, name_en, active) VALUES (@branchId, @uk, @en, @active)'),
    updPriority: db.prepare('UPDATE priority_categories SET name_uk=@uk, name_en=@en, active=@active WHERE id=@id'),
    closed: db.prepare<[number, string], { service_id: number }>(
      'SELECT c.service_id FROM service_day_closures c JOIN services s ON s.id = c.service_id WHERE s.branch_id = ? AND c.service_day = ?',
    ),
    close: db.prepare<[number, string, string, string]>(
      'INSERT OR IGNORE INTO service_day_closures (service_id, service_day, closed_at, closed_by) VALUES (?, ?, ?, ?)',
    ),
    reopen: db.prepare<[number, string]>('DELETE FROM service_day_closures WHERE service_id = ? AND service_day = ?'),
  };
  const serviceParams = (x: ServiceInput) => ({
    categoryId: x.categoryId, uk: x.name.uk, en: x.name.en, prefix: x.prefix, rangeStart: x.rangeStart, rangeEnd: x.rangeEnd,
    dailyCap: x.dailyCap, opensAt: x.opensAt, closesAt: x.closesAt, stop: x.stopIssuingMinutesBeforeClose,
    expectedMinutes: x.expectedMinutes, active: x.active ? 1 : 0, sortOrder: x.sortOrder,
  });

  return {
    categories: (branchId: number): Category[] => s.categories.all(branchId).map(toCategory),
    category: (id: number): Category | undefined => {
      const r = s.category.get(id);
      return r && toCategory(r);
    },
    createCategory: (branchId: number, x: CategoryInput): number =>
      Number(s.insCategory.run({ branchId, parentId: x.parentId, uk: x.name.uk, en: x.name.en, sortOrder: x.sortOrder }).lastInsertRowid),
    updateCategory: (id: number, x: CategoryInput) =>
      void s.updCategory.run({ id, parentId: x.parentId, uk: x.name.uk, en: x.name.en, sortOrder: x.sortOrder }),
    services: (branchId: number): Service[] => s.services.all(branchId).map(toService),
    service: (id: number): Service | undefined => {
      const r = s.service.get(id);
      return r && toService(r);
    },
    createService: (branchId: number, x: ServiceInput): number => Number(s.insService.run({ branchId, ...serviceParams(x) }).lastInsertRowid),
    updateService: (id: number, x: ServiceInput) => void s.updService.run({ id, ...serviceParams(x) }),
    priorityCategories: (branchId: number): PriorityCategory[] => s.priority.all(branchId).map(toPriorityCategory),
    priorityCategory: (id: number): PriorityCategory | undefined => {
      const r = s.priorityOne.get(id);
      return r && toPriorityCategory(r);
    },
    createPriorityCategory: (branchId: number, x: PriorityCategoryInput): number =>
      Number(s.insPriority.run({ branchId, uk: x.name.uk, en: x.name.en, active: x.active ? 1 : 0 }).lastInsertRowid),
    updatePriorityCategory: (id: number, x: PriorityCategoryInput) =>
      void s.updPriority.run({ id, uk: x.name.uk, en: x.name.en, active: x.active ? 1 : 0 }),
    closedServiceIds: (branchId: number, day: string): Set<number> => new Set(s.closed.all(branchId, day).map((r) => r.service_id)),
    closeForDay: (serviceId: number, day: string, at: string, actor: string) => void s.close.run(serviceId, day, at, actor),
    reopenForDay: (serviceId: number, day: string) => void s.reopen.run(serviceId, day),
  };
}
export type CatalogRepo = ReturnType<typeof catalogRepo>;
