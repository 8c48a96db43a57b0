// REST transport of the configuration: offices, the service catalogue, windows, priority
// categories, people and devices. The table (contracts/src/api/config.ts) validates, the config
// service (server/src/config-service/) checks and writes — one transaction per edit, the
// revision bumped once — and the answer is checked against the table's schema in tests.
import { SESSION_COOKIE } from '../auth/service';
import { ConfigService } from '../config-service';
import type { App, Services } from './context';
import { deviceView } from './device-view';
import { route } from './route';

const tags = ['configuration'];

export function configRoutes(app: App, s: Services): void {
  const config = new ConfigService(s.repos, s.queue);

  route(app, 'listBranches', async (req) => config.branches.list(req.actor), { tags });
  route(app, 'createBranch', async (req, reply) => reply.status(201).send(config.branches.create(req.actor, req.body)), { tags });
  route(app, 'updateBranch', async (req) => config.branches.update(req.actor, req.params.branchId, req.body), { tags });

  route(app, 'createCategory', async (req, reply) => reply.status(201).send(config.catalog.createCategory(req.actor, req.params.branchId, req.body)), { tags });
  route(app, 'updateCategory', async (req) => config.catalog.updateCategory(req.actor, req.params.id, req.body), { tags });
  route(app, 'listServices', async (req) => config.catalog.list(req.actor, req.params.branchId), { tags });
  route(app, 'createService', async (req, reply) => reply.status(201).send(config.catalog.createService(req.actor, req.params.branchId, req.body)), { tags });
  route(app, 'updateService', async (req) => config.catalog.updateService(req.actor, req.params.id, req.body), { tags });
  route(app, 'createPriorityCategory', async (req, reply) => reply.status(201).send(config.catalog.createPriorityCategory(req.actor, req.params.branchId, req.body)), { tags });
  route(app, 'updatePriorityCategory', async (req) => config.catalog.updatePriorityCategory(req.actor, req.params.id, req.body), { tags });

  route(app, 'listWindows', async (req) => config.windows.list(req.actor, req.params.branchId), { tags });
  route(app, 'createWindow', async (req, reply) => reply.status(201).send(config.windows.create(req.actor, req.params.branchId, req.body)), { tags });
  route(app, 'updateWindow', async (req) => config.windows.update(req.actor, req.params.windowId, req.body), { tags });

  route(app, 'listUsers', async (req) => config.people.list(req.actor), { tags });
  route(app, 'createUser', async (req, reply) => reply.status(201).send(await config.people.create(req.actor, req.body)), { tags });
  route(app, 'updateUser', async (req) => {
    const user = await config.people.update(req.actor, req.params.id, req.body, req.cookies[SESSION_COOKIE]);
    // role, branch or access may have changed: the person's open screens sign in again
    s.live?.disconnectUser(user.id);
    return user;
  }, { tags });

  route(app, 'listDevices', async (req) => config.devices.list(req.actor, req.params.branchId), { tags });
  route(app, 'createDevice', async (req, reply) => {
    const r = s.auth.createDevice(req.actor, req.params.branchId, req.body.kind, req.body.name);
    return reply.status(201).send({ ...r, device: config.devices.view(r.device.id) });
  }, { tags });
  route(app, 'newPairingCode', async (req) => {
    const r = s.auth.newPairingCode(req.actor, req.params.id);
    // the old token stops working: its screens are dropped now, not at their next request
    s.live?.disconnectDevice(req.params.id);
    return { ...r, device: deviceView(r.device) };
  }, { tags });
  route(app, 'revokeDevice', async (req) => {
    const device = deviceView(s.auth.revokeDevice(req.actor, req.params.id));
    s.live?.disconnectDevice(req.params.id);
    return device;
  }, { tags });
}
