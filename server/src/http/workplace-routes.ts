// «Робоче місце» settings of a branch (contracts/src/workplace.ts): every staff member of the
// branch reads them (the console draws its buttons from them), its admin changes them. A
// change makes every screen take a fresh snapshot, so consoles re-read them at once.
import { authorize } from '../auth/actor';
import type { App, Services } from './context';
import { route } from './route';

const tags = ['configuration'];

export function workplaceRoutes(app: App, s: Services): void {
  route(app, 'getWorkplaceSettings', async (req) => {
    authorize(req.actor, req.params.branchId, { role: 'operator' });
    s.queue.branch(req.params.branchId);
    return s.repos.workplace.settings(req.params.branchId);
  }, { tags });

  route(app, 'updateWorkplaceSettings', async (req) => {
    authorize(req.actor, req.params.branchId, { role: 'admin' });
    s.queue.branch(req.params.branchId);
    // the write and the revision bump in one transaction (QueueService.configChanged)
    return s.queue.configChanged(req.params.branchId, () => {
      s.repos.workplace.save(req.params.branchId, req.body);
      return s.repos.workplace.settings(req.params.branchId);
    });
  }, { tags });
}
