// «Робоче місце» settings of a branch (contracts/src/workplace.ts): every staff member of the
// branch reads them (the console draws its buttons from them), its admin changes them. A
// change makes every screen take a fresh snapshot, so consoles re-read them at once.
import { BranchParams, WorkplaceSettingsSchema, type WorkplaceSettings } from '@cherha/contracts';
import { authorize } from '../auth/actor';
import type { App, Services } from './context';

const tags = ['configuration'];

export function workplaceRoutes(app: App, s: Services): void {
  app.get('/api/branches/:branchId/workplace-settings', {
    schema: { operationId: 'getWorkplaceSettings', tags, summary: 'Налаштування робочого місця офісу', params: BranchParams },
  }, async (req): Promise<WorkplaceSettings> => {
    authorize(req.actor, req.params.branchId, { role: 'operator' });
    s.queue.branch(req.params.branchId);
    return s.repos.workplace.settings(req.params.branchId);
  });

  app.put('/api/branches/:branchId/workplace-settings', {
    schema: { operationId: 'updateWorkplaceSettings', tags, summary: 'Змінити налаштування робочого місця (адміністратор)', params: BranchParams, body: WorkplaceSettingsSchema },
  }, async (req): Promise<WorkplaceSettings> => {
    authorize(req.actor, req.params.branchId, { role: 'admin' });
    s.queue.branch(req.params.branchId);
    s.repos.workplace.save(req.params.branchId, req.body);
    s.queue.configChanged(req.params.branchId);
    return s.repos.workplace.settings(req.params.branchId);
  });
}
