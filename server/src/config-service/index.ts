// The configuration service: every edit an admin makes to offices, the catalogue, windows and
// people goes through here, one module per kind of record. An edit the live screens must see is
// ONE unit of work (QueueService.configChanged): checks and writes in one SQLite transaction
// that bumps the branch revision once and makes every screen take a fresh snapshot after the
// commit, so a refusal midway leaves nothing half-written and broadcasts nothing. The routes
// (http/config-routes.ts) only validate against the route table and answer.
import type { Repos } from '@cherha/db';
import type { QueueService } from '../queue/service';
import { BranchEdits } from './branches';
import { CatalogEdits } from './catalog';
import { DeviceViews } from './devices';
import { PeopleEdits } from './people';
import { WindowEdits } from './windows';

export class ConfigService {
  readonly branches: BranchEdits;
  readonly catalog: CatalogEdits;
  readonly windows: WindowEdits;
  readonly people: PeopleEdits;
  readonly devices: DeviceViews;

  constructor(repos: Repos, queue: QueueService) {
    const deps = { repos, queue };
    this.branches = new BranchEdits(deps);
    this.catalog = new CatalogEdits(deps);
    this.windows = new WindowEdits(deps);
    this.people = new PeopleEdits(deps);
    this.devices = new DeviceViews(deps);
  }
}
