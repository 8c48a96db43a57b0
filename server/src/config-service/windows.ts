// Windows of an office: the list (screens see it without who sits where), a new window, editing
// one. A window serves only services of its own office and its label is unique there. An edit
// is ONE unit of work: the checks, the window's row and services, the visitors sent to a window
// being switched off going back to their queue, and the revision bump — all or nothing.
import type { Window } from '@cherha/contracts';
import type { Repos, WindowInput } from '@cherha/db';
import { authorize, type Actor } from '../auth/actor';
import { DomainError, notFound } from '../errors';
import { ADMIN, branchOf, STAFF, type ConfigDeps } from './context';

function checkLabel(repos: Repos, branchId: number, label: string, selfId?: number): void {
  if (repos.windows.list(branchId).some((w) => w.label === label && w.id !== selfId)) {
    throw new DomainError('CONFLICT', `Вікно з номером «${label}» уже є в цьому офісі`);
  }
}

function checkServices(repos: Repos, branchId: number, body: WindowInput): void {
  for (const { serviceId } of body.services) {
    const s = repos.catalog.service(serviceId);
    if (!s || s.branchId !== branchId) throw new DomainError('VALIDATION', `Послугу ${serviceId} не знайдено в цьому офісі`);
  }
}

export class WindowEdits {
  constructor(private readonly d: ConfigDeps) {}

  list(actor: Actor | null, branchId: number): Window[] {
    const who = authorize(actor, branchId, STAFF);
    const windows = this.d.repos.windows.list(branchOf(this.d.repos, branchId).id);
    // a device shows windows to visitors: who sits at them is staff business
    return who.kind === 'device' ? windows.map((w) => ({ ...w, operatorId: null })) : windows;
  }

  create(actor: Actor | null, branchId: number, body: WindowInput): Window {
    authorize(actor, branchId, ADMIN);
    const { repos } = this.d;
    branchOf(repos, branchId);
    return this.d.queue.configChanged(branchId, () => {
      checkServices(repos, branchId, body);
      checkLabel(repos, branchId, body.label);
      return repos.windows.get(repos.windows.create(branchId, body))!;
    });
  }

  update(actor: Actor | null, windowId: number, body: WindowInput): Window {
    const { repos } = this.d;
    const w = repos.windows.get(windowId);
    if (!w) throw notFound('Вікно');
    authorize(actor, w.branchId, ADMIN, 'Вікно');
    return this.d.queue.configChanged(w.branchId, (change) => {
      checkServices(repos, w.branchId, body);
      checkLabel(repos, w.branchId, body.label, w.id);
      repos.windows.update(w.id, body);
      // visitors sent to a window that was just switched off go back to their service's queue
      if (!body.active) this.d.queue.releaseTargetedTickets(change, w.id);
      return repos.windows.get(w.id)!;
    });
  }
}
