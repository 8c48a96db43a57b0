// «Робоче місце» settings per branch (migration 012): one row per branch that changed them.
import { DEFAULT_WORKPLACE_SETTINGS, type WorkplaceSettings } from '@cherha/contracts';
import type { Db } from './open';

interface Row {
  finish_without_start: number;
}

export function workplaceRepo(db: Db) {
  const s = {
    get: db.prepare<[number], Row>('SELECT finish_without_start FROM branch_workplace_settings WHERE branch_id = ?'),
    save: db.prepare<[number, number]>(
      `INSERT INTO branch_workplace_settings (branch_id, finish_without_start) VALUES (?, ?)
       ON CONFLICT (branch_id) DO UPDATE SET finish_without_start = excluded.finish_without_start`,
    ),
  };
  return {
    settings(branchId: number): WorkplaceSettings {
      const r = s.get.get(branchId);
      return r ? { finishWithoutStart: r.finish_without_start === 1 } : { ...DEFAULT_WORKPLACE_SETTINGS };
    },
    save(branchId: number, v: WorkplaceSettings): void {
      s.save.run(branchId, v.finishWithoutStart ? 1 : 0);
    },
  };
}
export type WorkplaceRepo = ReturnType<typeof workplaceRepo>;
