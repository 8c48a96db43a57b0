// What every kind of configuration edit shares: the repositories, the queue's unit of work for
// edits the live screens must see (QueueService.configChanged: one transaction that writes,
// bumps the branch revision once and resyncs every screen), and the lookups that refuse with
// «… не знайдено». Separate so branches, catalog, windows and people read these one way.
import type { Branch } from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import { notFound } from '../errors';
import type { QueueService } from '../queue/service';

export interface ConfigDeps {
  repos: Repos;
  queue: QueueService;
}

export const ADMIN = { role: 'admin' } as const;
/** who may see an office and its windows: staff, and the screens paired to it */
export const STAFF = { role: 'operator', devices: ['kiosk', 'display', 'rating_terminal'] } as const;

export function branchOf(repos: Repos, id: number): Branch {
  const b = repos.branches.get(id);
  if (!b) throw notFound('Офіс');
  return b;
}

/** an edit that no live screen shows (a new office, people): one plain transaction */
export function inTransaction<T>(repos: Repos, work: () => T): T {
  return repos.db.transaction(work)();
}
