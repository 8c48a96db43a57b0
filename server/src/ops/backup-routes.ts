// `POST /api/admin/backups` makes a backup now; `GET` lists them. Network admins only: a
// backup holds every branch. The request chooses nothing: no name, no folder.
import type { BackupListResponse } from '@cherha/contracts';
import { authorize } from '../auth/actor';
import { DomainError } from '../errors';
import { NoBody } from '../http/bodies';
import type { App } from '../http/context';
import type { Backups } from './backup';

const tags = ['admin'];

function networkAdmin(actor: Parameters<typeof authorize>[0]): void {
  const who = authorize(actor, null, { role: 'admin' });
  if (who.kind === 'user' && who.user.branchId !== null) throw new DomainError('FORBIDDEN', 'Резервні копії робить адміністратор мережі');
}

export function backupRoutes(app: App, backups: Backups): void {
  app.post('/api/admin/backups', {
    schema: { operationId: 'createBackup', tags, summary: 'Зробити резервну копію бази даних зараз', body: NoBody },
  }, async (req, reply) => {
    networkAdmin(req.actor);
    return reply.status(201).send({ backup: await backups.create() });
  });

  app.get('/api/admin/backups', {
    schema: { operationId: 'listBackups', tags, summary: 'Резервні копії бази даних (новіші першими)' },
  }, async (req) => {
    networkAdmin(req.actor);
    const body: BackupListResponse = { dir: backups.dir, backups: backups.list() };
    return body;
  });
}
