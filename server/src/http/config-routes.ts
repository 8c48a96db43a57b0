// Reading and editing the configuration: branches, the service catalogue, windows,
// priority categories, people and devices. Cross-references are checked here so a
// service never points at another branch's category.
import {
  BranchBody, BranchParams, CategoryBody, CreateDeviceBody, IdParams, PriorityCategoryBody, ServiceBody, UpdateUserBody, UserBody, WindowBody, WindowParams,
} from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import { authorize, type Actor } from '../auth/actor';
import { hashPassword, tokenHash } from '../auth/secrets';
import { SESSION_COOKIE } from '../auth/service';
import { DomainError, notFound } from '../errors';
import { NoBody } from './bodies';
import { deviceView } from './device-view';
import { requirePrintable, requirePrintableName, ticketPages } from './printable';
import type { App, Services } from './context';

const tags = ['configuration'];
const ADMIN = { role: 'admin' } as const;
const STAFF = { role: 'operator', devices: ['kiosk', 'display', 'rating_terminal'] } as const;


/**
 * Levels above `id` (itself included). Walks at most a few steps with a visited set, so a
 * cycle left by an older bug can never hang the server.
 */
function ancestors(repos: Repos, id: number | null): number[] {
  const seen: number[] = [];
  for (let c = id === null ? undefined : repos.catalog.category(id); c && seen.length < 10 && !seen.includes(c.id); c = c.parentId === null ? undefined : repos.catalog.category(c.parentId)) {
    seen.push(c.id);
  }
  return seen;
}

function checkCategoryParent(repos: Repos, branchId: number, parentId: number | null, selfId?: number): void {
  if (parentId === null) return;
  const parent = repos.catalog.category(parentId);
  if (!parent || parent.branchId !== branchId) throw notFound('Батьківську категорію');
  const above = ancestors(repos, parentId);
  if (selfId !== undefined && above.includes(selfId)) throw new DomainError('VALIDATION', 'Категорія не може бути вкладена сама в себе');
  // sphere → purpose → service: at most three levels of categories
  if (above.length >= 3) throw new DomainError('VALIDATION', 'Дерево категорій — не більше трьох рівнів');
}

/** a name printed on the office's tickets: it must fit the code page of each of its ticket printers */
const checkNames = (repos: Repos, branchId: number, field: string, name: { uk: string; en: string }) => requirePrintableName(field, name, ticketPages(repos, branchId));

/** what of a branch is printed on its tickets (a new branch: no printers yet, CP1251 assumed) */
function checkBranchTexts(repos: Repos, branchId: number | null, b: { name: { uk: string; en: string }; ticketHeader: string; ticketFooter: string }): void {
  const pages = ticketPages(repos, branchId);
  requirePrintableName('Назва офісу', b.name, pages);
  requirePrintable('Текст угорі талону', b.ticketHeader, pages);
  requirePrintable('Текст унизу талону', b.ticketFooter, pages);
}

function checkWindowLabel(repos: Repos, branchId: number, label: string, selfId?: number): void {
  if (repos.windows.list(branchId).some((w) => w.label === label && w.id !== selfId)) {
    throw new DomainError('CONFLICT', `Вікно з номером «${label}» уже є в цьому офісі`);
  }
}

function checkServices(repos: Repos, branchId: number, ids: number[]): void {
  for (const id of ids) {
    const s = repos.catalog.service(id);
    if (!s || s.branchId !== branchId) throw new DomainError('VALIDATION', `Послугу ${id} не знайдено в цьому офісі`);
  }
}

/** People without a branch administer the whole network: only such an admin creates or edits them. */
function requireUserScope(actor: Actor | null, branchId: number | null, record?: string): void {
  const who = authorize(actor, branchId, ADMIN, record);
  if (branchId === null && who.kind === 'user' && who.user.branchId !== null) {
    throw new DomainError('FORBIDDEN', 'Працівників усієї мережі додає адміністратор мережі');
  }
}

export function configRoutes(app: App, s: Services): void {
  const { repos } = s;
  const branchOf = (id: number) => {
    const b = repos.branches.get(id);
    if (!b) throw notFound('Офіс');
    return b;
  };

  app.get('/api/branches', { schema: { operationId: 'listBranches', tags, summary: 'Офіси' } }, async (req) => {
    const who = authorize(req.actor, null, STAFF);
    const all = repos.branches.list();
    if (who.kind === 'user' && who.user.branchId === null) return all;
    const own = who.kind === 'user' ? who.user.branchId : who.kind === 'device' ? who.device.branchId : null;
    return all.filter((b) => b.id === own);
  });
  app.post('/api/branches', { schema: { operationId: 'createBranch', tags, summary: 'Новий офіс', body: BranchBody } }, async (req, reply) => {
    const who = authorize(req.actor, null, ADMIN);
    if (who.kind === 'user' && who.user.branchId !== null) throw new DomainError('FORBIDDEN', 'Новий офіс створює адміністратор мережі');
    checkBranchTexts(repos, null, req.body);
    return reply.status(201).send(branchOf(repos.branches.create(req.body)));
  });
  app.put('/api/branches/:branchId', { schema: { operationId: 'updateBranch', tags, summary: 'Змінити офіс', params: BranchParams, body: BranchBody } }, async (req) => {
    authorize(req.actor, req.params.branchId, ADMIN);
    branchOf(req.params.branchId);
    checkBranchTexts(repos, req.params.branchId, req.body);
    repos.branches.update(req.params.branchId, req.body);
    s.queue.configChanged(req.params.branchId);
    return branchOf(req.params.branchId);
  });

  app.post('/api/branches/:branchId/categories', {
    schema: { operationId: 'createCategory', tags, summary: 'Нова категорія', params: BranchParams, body: CategoryBody },
  }, async (req, reply) => {
    const { branchId } = req.params;
    authorize(req.actor, branchId, ADMIN);
    branchOf(branchId);
    checkCategoryParent(repos, branchId, req.body.parentId);
    const id = repos.catalog.createCategory(branchId, req.body);
    s.queue.configChanged(branchId);
    return reply.status(201).send(repos.catalog.category(id));
  });
  app.put('/api/categories/:id', { schema: { operationId: 'updateCategory', tags, summary: 'Змінити категорію', params: IdParams, body: CategoryBody } }, async (req) => {
    const c = repos.catalog.category(req.params.id);
    if (!c) throw notFound('Категорію');
    authorize(req.actor, c.branchId, ADMIN, 'Категорію');
    checkCategoryParent(repos, c.branchId, req.body.parentId, c.id);
    repos.catalog.updateCategory(c.id, req.body);
    s.queue.configChanged(c.branchId);
    return repos.catalog.category(c.id);
  });

  app.get('/api/branches/:branchId/services', {
    schema: { operationId: 'listServices', tags, summary: 'Усі послуги офісу, з вимкненими; категорії; пільгові категорії', params: BranchParams },
  }, async (req) => {
    authorize(req.actor, req.params.branchId, { role: 'operator' });
    const id = branchOf(req.params.branchId).id;
    return { categories: repos.catalog.categories(id), services: repos.catalog.services(id), priorityCategories: repos.catalog.priorityCategories(id) };
  });

  app.post('/api/branches/:branchId/services', {
    schema: { operationId: 'createService', tags, summary: 'Нова послуга', params: BranchParams, body: ServiceBody },
  }, async (req, reply) => {
    const { branchId } = req.params;
    authorize(req.actor, branchId, ADMIN);
    branchOf(branchId);
    const c = repos.catalog.category(req.body.categoryId);
    if (!c || c.branchId !== branchId) throw notFound('Категорію');
    checkNames(repos, branchId, 'Назва послуги', req.body.name);
    const id = repos.catalog.createService(branchId, req.body);
    s.queue.configChanged(branchId);
    return reply.status(201).send(repos.catalog.service(id));
  });
  app.put('/api/services/:id', { schema: { operationId: 'updateService', tags, summary: 'Змінити послугу', params: IdParams, body: ServiceBody } }, async (req) => {
    const svc = repos.catalog.service(req.params.id);
    if (!svc) throw notFound('Послугу');
    authorize(req.actor, svc.branchId, ADMIN, 'Послугу');
    const c = repos.catalog.category(req.body.categoryId);
    if (!c || c.branchId !== svc.branchId) throw notFound('Категорію');
    checkNames(repos, svc.branchId, 'Назва послуги', req.body.name);
    repos.catalog.updateService(svc.id, req.body);
    s.queue.configChanged(svc.branchId);
    return repos.catalog.service(svc.id);
  });

  app.get('/api/branches/:branchId/windows', { schema: { operationId: 'listWindows', tags, summary: 'Вікна офісу', params: BranchParams } }, async (req) => {
    const who = authorize(req.actor, req.params.branchId, STAFF);
    const windows = repos.windows.list(branchOf(req.params.branchId).id);
    // a device shows windows to visitors: who sits at them is staff business
    return who.kind === 'device' ? windows.map((w) => ({ ...w, operatorId: null })) : windows;
  });
  app.post('/api/branches/:branchId/windows', {
    schema: { operationId: 'createWindow', tags, summary: 'Нове вікно', params: BranchParams, body: WindowBody },
  }, async (req, reply) => {
    const { branchId } = req.params;
    authorize(req.actor, branchId, ADMIN);
    branchOf(branchId);
    checkServices(repos, branchId, req.body.services.map((x) => x.serviceId));
    checkWindowLabel(repos, branchId, req.body.label);
    const id = repos.db.transaction(() => repos.windows.create(branchId, req.body))();
    s.queue.configChanged(branchId);
    return reply.status(201).send(repos.windows.get(id));
  });
  app.put('/api/windows/:windowId', { schema: { operationId: 'updateWindow', tags, summary: 'Змінити вікно', params: WindowParams, body: WindowBody } }, async (req) => {
    const w = repos.windows.get(req.params.windowId);
    if (!w) throw notFound('Вікно');
    authorize(req.actor, w.branchId, ADMIN, 'Вікно');
    checkServices(repos, w.branchId, req.body.services.map((x) => x.serviceId));
    checkWindowLabel(repos, w.branchId, req.body.label, w.id);
    repos.db.transaction(() => repos.windows.update(w.id, req.body))();
    // visitors sent to a window that was just switched off go back to their service's queue
    if (!req.body.active) s.queue.releaseTargetedTickets(null, w.id);
    s.queue.configChanged(w.branchId);
    return repos.windows.get(w.id);
  });

  app.post('/api/branches/:branchId/priority-categories', {
    schema: { operationId: 'createPriorityCategory', tags, summary: 'Нова пільгова категорія', params: BranchParams, body: PriorityCategoryBody },
  }, async (req, reply) => {
    authorize(req.actor, req.params.branchId, ADMIN);
    branchOf(req.params.branchId);
    checkNames(repos, req.params.branchId, 'Пільгова категорія', req.body.name);
    const id = repos.catalog.createPriorityCategory(req.params.branchId, req.body);
    s.queue.configChanged(req.params.branchId);
    return reply.status(201).send(repos.catalog.priorityCategory(id));
  });
  app.put('/api/priority-categories/:id', {
    schema: { operationId: 'updatePriorityCategory', tags, summary: 'Змінити пільгову категорію', params: IdParams, body: PriorityCategoryBody },
  }, async (req) => {
    const p = repos.catalog.priorityCategory(req.params.id);
    if (!p) throw notFound('Пільгову категорію');
    authorize(req.actor, p.branchId, ADMIN, 'Пільгову категорію');
    checkNames(repos, p.branchId, 'Пільгова категорія', req.body.name);
    repos.catalog.updatePriorityCategory(p.id, req.body);
    s.queue.configChanged(p.branchId);
    return repos.catalog.priorityCategory(p.id);
  });

  app.get('/api/users', { schema: { operationId: 'listUsers', tags, summary: 'Працівники' } }, async (req) => {
    const who = authorize(req.actor, null, ADMIN);
    const branchId = who.kind === 'user' ? who.user.branchId : null;
    return repos.people.list().filter((u) => branchId === null || u.branchId === branchId);
  });
  app.post('/api/users', { schema: { operationId: 'createUser', tags, summary: 'Новий працівник', body: UserBody } }, async (req, reply) => {
    requireUserScope(req.actor, req.body.branchId);
    if (req.body.branchId !== null) branchOf(req.body.branchId);
    if (repos.people.credentials(req.body.login)) throw new DomainError('CONFLICT', `Логін «${req.body.login}» уже зайнятий`);
    const { password, ...rest } = req.body;
    const id = repos.people.create({ ...rest, passwordHash: await hashPassword(password) });
    return reply.status(201).send(repos.people.get(id));
  });
  app.put('/api/users/:id', { schema: { operationId: 'updateUser', tags, summary: 'Змінити працівника (пароль — лише якщо вказано новий)', params: IdParams, body: UpdateUserBody } }, async (req) => {
    const u = repos.people.get(req.params.id);
    if (!u) throw notFound('Працівника');
    requireUserScope(req.actor, u.branchId, 'Працівника');
    requireUserScope(req.actor, req.body.branchId);
    if (req.body.branchId !== null) branchOf(req.body.branchId);
    const other = repos.people.credentials(req.body.login);
    if (other && other.id !== u.id) throw new DomainError('CONFLICT', `Логін «${req.body.login}» уже зайнятий`);
    const { password, ...rest } = req.body;
    const passwordHash = password !== undefined ? await hashPassword(password) : repos.people.passwordHash(u.id)!;
    repos.db.transaction(() => {
      repos.people.update(u.id, { ...rest, passwordHash });
      // a new password (or switching the person off) ends every session: whoever knew the old one is out
      // (an admin changing their own password stays signed in on this screen)
      const own = req.actor?.kind === 'user' && req.actor.user.id === u.id ? req.cookies[SESSION_COOKIE] : undefined;
      if (password !== undefined || !rest.active) repos.people.deleteSessionsOf(u.id, own ? tokenHash(own) : '');
    })();
    // role, branch or access may have changed: the person's open screens sign in again
    s.live?.disconnectUser(u.id);
    return repos.people.get(u.id);
  });

  app.get('/api/branches/:branchId/devices', { schema: { operationId: 'listDevices', tags, summary: 'Пристрої офісу', params: BranchParams } }, async (req) => {
    authorize(req.actor, req.params.branchId, ADMIN);
    return repos.devices.list(branchOf(req.params.branchId).id).map(deviceView);
  });
  app.post('/api/branches/:branchId/devices', {
    schema: { operationId: 'createDevice', tags, summary: 'Новий пристрій: одноразовий код підключення', params: BranchParams, body: CreateDeviceBody },
  }, async (req, reply) => reply.status(201).send(s.auth.createDevice(req.actor, req.params.branchId, req.body.kind, req.body.name)));
  app.post('/api/devices/:id/pairing-code', {
    schema: { operationId: 'newPairingCode', tags, summary: 'Новий код підключення (заміна ПК): старий токен перестає діяти', params: IdParams, body: NoBody },
  }, async (req) => {
    const r = s.auth.newPairingCode(req.actor, req.params.id);
    s.live?.disconnectDevice(req.params.id);
    return { ...r, device: deviceView(r.device) };
  });
  app.post('/api/devices/:id/revoke', {
    schema: { operationId: 'revokeDevice', tags, summary: 'Відкликати пристрій (втрачений або списаний)', params: IdParams, body: NoBody },
  }, async (req) => {
    const device = deviceView(s.auth.revokeDevice(req.actor, req.params.id));
    s.live?.disconnectDevice(req.params.id);
    return device;
  });
}
