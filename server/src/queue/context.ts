// What every command module reads the same way: the repositories and the clock, the branch
// settings (cached: they change only through configChanged()), lookups that refuse with
// «… не знайдено», the branch's service day, and the one writer of ticket events, which also
// marks what the event touched in the Change. Separate so the command modules share these
// instead of each carrying a copy.
import type { Branch, Service, Ticket, TicketEventType, Window } from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import { actorLabel, type Actor } from '../auth/actor';
import { notFound } from '../errors';
import { localTime, type Clock } from '../time';
import type { Change } from './change';

export class QueueContext {
  /** branch settings change only through configChanged(): read them once, not per command */
  private readonly branches = new Map<number, Branch>();

  constructor(
    readonly repos: Repos,
    readonly clock: Clock,
  ) {}

  branch(id: number): Branch {
    let b = this.branches.get(id);
    if (!b) {
      b = this.repos.branches.get(id);
      if (!b) throw notFound('Офіс');
      this.branches.set(id, b);
    }
    return b;
  }

  /** the branch's settings were edited: the next command reads them again */
  forgetBranch(id: number): void {
    this.branches.delete(id);
  }

  ticket(id: number): Ticket {
    const t = this.repos.tickets.get(id);
    if (!t) throw notFound('Талон');
    return t;
  }

  service(branchId: number, id: number): Service {
    const s = this.repos.catalog.service(id);
    if (!s || s.branchId !== branchId) throw notFound('Послугу');
    return s;
  }

  window(id: number): Window {
    const w = this.repos.windows.get(id);
    if (!w) throw notFound('Вікно');
    return w;
  }

  /** the branch's service day now (its own time zone) */
  today(branch: Branch): string {
    return localTime(this.clock.now(), branch.timeZone).date;
  }

  /** Appends the ticket's event (where it is now, who did it) and marks what it touched. */
  event(change: Change, t: Ticket, type: TicketEventType, actor: Actor, data?: Record<string, unknown>): void {
    this.repos.tickets.addEvent({
      ticketId: t.id, branchId: t.branchId, type, at: this.clock.now().toISOString(), windowId: t.windowId, operatorId: t.operatorId,
      actor: actorLabel(actor), data: data ?? null,
    });
    change.tickets.add(t.id);
    change.services.add(t.serviceId);
    if (t.windowId !== null) change.windows.add(t.windowId);
  }
}
