// `POST /api/admin/backups` makes a backup now; `GET` lists them. Network admins only: a
// backup holds every branch. The request chooses nothing: no name, no folder.
import { authorize } from '../auth/actor';
import { DomainError } from '../errors';
import type { App } from '../http/context';
import { route } from '../http/route';
import type { Backups } from './backup';

const tags = ['admin'];

function networkAdmin(actor: Parameters<typeof authorize>[0]): void {
  const who = authorize(actor, null, { role: 'admin' });
  if (who.kind === 'user' && who.user.branchId !== null) throw new DomainError('FORBIDDEN', 'Резервні копії робить адміністратор мережі');
}

export function backupRoutes(app: App, backups: Backups): void {
  route(app, 'createBackup', async (req, reply) => {
    networkAdmin(req.actor);
    return reply.status(201).send({ backup: await backups.create() });
  }, { tags });

  route(app, 'listBackups', async (req) => {
    networkAdmin(req.actor);
    return { dir: backups.dir, backups: backups.list() };
  }, { tags });
}
