// Branch control: who sits at which window (take, leave, and sitting down by calling),
// pausing and resuming a window, closing a service for the rest of today and reopening it,
// the air-raid alert, and a configuration edit that sends everyone a fresh snapshot. Separate
// because these commands change what the branch can do, not a ticket; issuing and calling
// read the result (open windows, closed services, the alert).
import type { Window } from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import { actorLabel, authorize, type Actor } from '../auth/actor';
import { DomainError } from '../errors';
import type { Change } from './change';
import type { QueueContext } from './context';
import { requireNotHeldByOther, SUPERVISOR, usableWindow } from './guards';
import type { UnitOfWork, Work } from './unit-of-work';
import type { WaitEstimates } from './wait-estimates';

/** the operator who calls from a window (or pauses it) sits at it */
export function takeWindow(repos: Repos, change: Change, w: Pick<Window, 'id' | 'operatorId' | 'label'>, who: Actor): void {
  if (who.kind !== 'user' || w.operatorId === who.user.id) return;
  requireNotHeldByOther(w, who);
  repos.windows.occupy(w.id, who.user.id);
  change.windows.add(w.id);
}

/** a window's staffing or pause changes its own row and the open-window counts of its services */
function touchWindow(change: Change, w: Pick<Window, 'id' | 'services'>): void {
  change.windows.add(w.id);
  for (const s of w.services) change.services.add(s.serviceId);
}

export class BranchControl {
  constructor(
    private readonly ctx: QueueContext,
    private readonly uow: UnitOfWork,
    private readonly estimates: WaitEstimates,
  ) {}

  setWindowPaused(actor: Actor | null, windowId: number, paused: boolean): Window {
    const { w, who } = usableWindow(this.ctx, actor, windowId);
    return this.uow.commit(w.branchId, (change) => {
      takeWindow(this.ctx.repos, change, w, who);
      this.ctx.repos.windows.setPaused(w.id, paused);
      touchWindow(change, w);
      return this.ctx.window(w.id);
    });
  }

  /**
   * The operator sits down at the window chosen in the console. Until now the server learnt
   * of it only at the first call, so the office, board and kiosk counted the window as
   * unstaffed; from here it counts as open at once (the same operator_id the counts read).
   * Taking it again is a no-op; any other window this person held is released.
   */
  occupyWindow(actor: Actor | null, windowId: number): Window {
    const { w, who } = usableWindow(this.ctx, actor, windowId);
    if (who.kind !== 'user') throw new DomainError('FORBIDDEN', 'Сісти за вікно може лише людина, що увійшла до системи');
    const userId = who.user.id;
    return this.uow.commit(w.branchId, (change) => {
      const now = this.ctx.window(w.id); // read again inside the transaction: someone may have sat down meanwhile
      if (now.operatorId !== null && now.operatorId !== userId) {
        throw new DomainError('CONFLICT', `За вікном ${now.label} уже працює інший адміністратор. Оберіть інше вікно або попросіть колегу завершити роботу за ним.`);
      }
      if (now.operatorId === userId) return now; // already there
      for (const other of this.ctx.repos.windows.list(w.branchId)) {
        if (other.operatorId !== userId || other.id === w.id) continue;
        this.requireNoCurrentTicket(other.id, (number) => `Спершу завершіть талон ${number} у вікні ${other.label}, потім переходьте до іншого вікна`);
        touchWindow(change, other);
      }
      this.ctx.repos.windows.occupy(w.id, userId);
      touchWindow(change, w);
      return this.ctx.window(w.id);
    });
  }

  /** the operator leaves the window (end of shift): it no longer counts as open */
  leaveWindow(actor: Actor | null, windowId: number): Window {
    const { w, who } = usableWindow(this.ctx, actor, windowId);
    requireNotHeldByOther(w, who);
    return this.uow.commit(w.branchId, (change) => {
      this.requireNoCurrentTicket(w.id, (number) => `Спершу завершіть талон ${number}, потім залишайте вікно`);
      this.ctx.repos.windows.release(w.id);
      touchWindow(change, w);
      return this.ctx.window(w.id);
    });
  }

  /** nobody leaves a window with a visitor still called or served at it */
  private requireNoCurrentTicket(windowId: number, refusal: (ticketNumber: string) => string): void {
    const current = this.ctx.repos.tickets.atWindow(windowId)[0];
    if (current) throw new DomainError('INVALID_STATE', refusal(current.number));
  }

  setServiceClosedToday(actor: Actor | null, branchId: number, serviceId: number, closed: boolean) {
    const branch = this.ctx.branch(branchId);
    const who = authorize(actor, branchId, SUPERVISOR);
    const service = this.ctx.service(branchId, serviceId);
    return this.uow.commit(branchId, (change) => {
      const day = this.ctx.today(branch);
      if (closed) this.ctx.repos.catalog.closeForDay(service.id, day, this.ctx.clock.now().toISOString(), actorLabel(who));
      else this.ctx.repos.catalog.reopenForDay(service.id, day);
      change.services.add(service.id);
      return { serviceId: service.id, closedToday: closed };
    });
  }

  setAlert(actor: Actor | null, branchId: number, active: boolean) {
    this.ctx.branch(branchId);
    const who = authorize(actor, branchId, SUPERVISOR);
    return this.uow.commit(branchId, (change) => {
      const since = this.ctx.repos.branches.runtime(branchId)!.alertSince;
      const at = this.ctx.clock.now().toISOString();
      if (active && !since) this.ctx.repos.branches.startAlert(branchId, at, actorLabel(who));
      else if (!active && since) this.ctx.repos.branches.endAlert(branchId, at, actorLabel(who));
      else return { active, since }; // already so: nothing to change
      change.alert = true;
      return { active, since: active ? at : null };
    });
  }

  /**
   * An edit of the configuration (server/src/config-service/): `edit` writes inside the same
   * transaction that bumps the revision once and sends every screen a fresh snapshot, so a
   * refusal midway leaves nothing half-written and nothing broadcast. The caches are forgotten
   * before the commit (the snapshot sent after it must read the edit) and again after a refusal
   * (something read inside the rolled-back transaction may have been cached).
   */
  configChanged<T = void>(branchId: number, edit: Work<T> = () => undefined as T): T {
    this.forgetCaches(branchId);
    try {
      return this.uow.commit(branchId, (change) => {
        const result = edit(change);
        change.resync = true;
        return result;
      });
    } catch (err) {
      this.forgetCaches(branchId);
      throw err;
    }
  }

  private forgetCaches(branchId: number): void {
    this.ctx.forgetBranch(branchId);
    this.estimates.forgetAll();
  }
}
