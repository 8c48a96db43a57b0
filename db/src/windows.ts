import type { Window, WindowService } from '@cherha/contracts';
import type { Db } from './open';
import { toWindow, type WindowRow } from './rows';

export interface WindowInput {
  label: string;
  name: string;
  services: WindowService[];
  active: boolean;
}

export function windowRepo(db: Db) {
  const s = {
    all: db.prepare<[number], WindowRow>('SELECT * FROM windows WHERE branch_id = ? ORDER BY id'),
    get: db.prepare<[number], WindowRow>('SELECT * FROM windows WHERE id = ?'),
    services: db.prepare<[number], { serviceId: number; level: number }>(
      'SELECT service_id AS serviceId, level FROM window_services WHERE window_id = ? ORDER BY level, service_id',
    ),
    insert: db.prepare('INSERT INTO windows (branch_id, label, name, active) VALUES (@branchId, @label, @name, @active)'),
    update: db.prepare('UPDATE windows SET label=@label, name=@name, active=@active WHERE id=@id'),
    delServices: db.prepare<[number]>('DELETE FROM window_services WHERE window_id = ?'),
    insService: db.prepare<[number, number, number]>('INSERT INTO window_services (window_id, service_id, level) VALUES (?, ?, ?)'),
    labels: db.prepare<[number], { id: number; label: string }>('SELECT id, label FROM windows WHERE branch_id = ?'),
    openCounts: db.prepare<[number], { service_id: number; n: number }>(
      `SELECT ws.service_id, count(*) AS n FROM window_services ws JOIN windows w ON w.id = ws.window_id
        WHERE w.branch_id = ? AND w.active = 1 AND w.paused = 0 AND w.operator_id IS NOT NULL GROUP BY ws.service_id`,
    ),
    served: db.prepare<[number], { service_id: number }>(
      `SELECT DISTINCT ws.service_id FROM window_services ws JOIN windows w ON w.id = ws.window_id WHERE w.branch_id = ? AND w.active = 1`,
    ),
    servesService: db.prepare<[number, number], { n: number }>(
      `SELECT count(*) AS n FROM window_services ws JOIN windows w ON w.id = ws.window_id WHERE ws.service_id = ? AND w.branch_id = ? AND w.active = 1`,
    ),
    setPaused: db.prepare<[number, number]>('UPDATE windows SET paused = ? WHERE id = ?'),
    setOperator: db.prepare<[number | null, number]>('UPDATE windows SET operator_id = ? WHERE id = ?'),
    clearOperator: db.prepare<[number, number]>('UPDATE windows SET operator_id = NULL WHERE operator_id = ? AND id <> ?'),
  };
  const hydrate = (r: WindowRow): Window => toWindow(r, s.services.all(r.id));
  const writeServices = (id: number, services: WindowService[]) => {
    s.delServices.run(id);
    for (const ws of services) s.insService.run(id, ws.serviceId, ws.level);
  };
  return {
    list: (branchId: number): Window[] => s.all.all(branchId).map(hydrate),
    get: (id: number): Window | undefined => {
      const r = s.get.get(id);
      return r && hydrate(r);
    },
    create: (branchId: number, x: WindowInput): number => {
      const id = Number(s.insert.run({ branchId, label: x.label, name: x.name, active: x.active ? 1 : 0 }).lastInsertRowid);
      writeServices(id, x.services);
      return id;
    },
    update: (id: number, x: WindowInput) => {
      s.update.run({ id, label: x.label, name: x.name, active: x.active ? 1 : 0 });
      writeServices(id, x.services);
    },
    labels: (branchId: number): Map<number, string> => new Map(s.labels.all(branchId).map((r) => [r.id, r.label])),
    /** per service: windows open now (active, not paused, staffed) that serve it */
    openCountsByService: (branchId: number): Map<number, number> => new Map(s.openCounts.all(branchId).map((r) => [r.service_id, r.n])),
    /** services at least one switched-on window serves (staffed or not): the others have nobody to call them */
    servedServiceIds: (branchId: number): Set<number> => new Set(s.served.all(branchId).map((r) => r.service_id)),
    isServed: (branchId: number, serviceId: number): boolean => (s.servesService.get(serviceId, branchId)?.n ?? 0) > 0,
    setPaused: (id: number, paused: boolean) => void s.setPaused.run(paused ? 1 : 0, id),
    /** one operator sits at one window: taking a window releases any other */
    occupy: (id: number, operatorId: number) => {
      s.clearOperator.run(operatorId, id);
      s.setOperator.run(operatorId, id);
    },
    release: (id: number) => void s.setOperator.run(null, id),
  };
}
export type WindowRepo = ReturnType<typeof windowRepo>;
