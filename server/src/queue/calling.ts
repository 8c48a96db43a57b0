// Calling visitors to a window: call the next one (the branch's strategy, strategy.ts), call
// a chosen ticket, recall the current one, and the window's «Хто наступний» list, which must
// be the order call-next would follow. Owns the window's current ticket being dealt with
// before the next call and the ratio strategy's counter. Separate because this is where the
// call order is applied; everything after the call is transitions-commands.ts.
import type { Ticket, Window } from '@cherha/contracts';
import { authorize, type Actor } from '../auth/actor';
import { DomainError, notFound } from '../errors';
import { takeWindow } from './branch-control';
import type { Change } from './change';
import type { QueueContext } from './context';
import { OPERATOR, requireAlertOff, requireStatus, usableWindow } from './guards';
import { callOrder, pickNext, type StrategyCandidate } from './strategy';
import type { TicketTransitions } from './transitions-commands';
import type { UnitOfWork } from './unit-of-work';

export class Calling {
  constructor(
    private readonly ctx: QueueContext,
    private readonly uow: UnitOfWork,
    private readonly transitions: TicketTransitions,
  ) {}

  callNext(actor: Actor | null, windowId: number): Ticket {
    const { w, who } = usableWindow(this.ctx, actor, windowId);
    return this.uow.commit(w.branchId, (change) => {
      this.requireCallable(w);
      takeWindow(this.ctx.repos, change, w, who);
      this.clearWindowForCall(change, w.id, who);
      const branch = this.ctx.branch(w.branchId);
      const runtime = this.ctx.repos.branches.runtime(w.branchId)!;
      const pick = pickNext(
        this.strategyCandidates(w.branchId, w.id),
        branch.strategy,
        { ordinarySincePriority: runtime.ordinarySincePriority },
        this.ctx.clock.now().getTime(),
      );
      if (pick.ticketId === null) throw new DomainError('QUEUE_EMPTY', 'Черга порожня: немає відвідувачів, які чекають на послуги цього вікна');
      if (pick.state.ordinarySincePriority !== runtime.ordinarySincePriority) {
        this.ctx.repos.branches.setOrdinarySincePriority(w.branchId, pick.state.ordinarySincePriority);
      }
      const t = this.ctx.ticket(pick.ticketId);
      this.callTicket(change, t, w, who);
      return t;
    });
  }

  callSpecificTicket(actor: Actor | null, windowId: number, ticketId: number): Ticket {
    const { w, who } = usableWindow(this.ctx, actor, windowId);
    return this.uow.commit(w.branchId, (change) => {
      this.requireCallable(w);
      const t = this.ctx.ticket(ticketId);
      if (t.branchId !== w.branchId) throw notFound('Талон');
      requireStatus(t, 'call');
      takeWindow(this.ctx.repos, change, w, who);
      this.clearWindowForCall(change, w.id, who);
      this.callTicket(change, t, w, who);
      return t;
    });
  }

  recallTicket(actor: Actor | null, ticketId: number): Ticket {
    return this.transitions.command(actor, ticketId, (t, who, change) => {
      requireAlertOff(this.ctx.repos, t.branchId);
      requireStatus(t, 'recall');
      t.recallCount += 1;
      this.ctx.repos.tickets.save(t);
      this.ctx.event(change, t, 'recalled', who, { recallCount: t.recallCount });
      const label = t.windowId !== null ? (this.ctx.repos.windows.get(t.windowId)?.label ?? '') : '';
      change.calls.push({ ticketId: t.id, number: t.number, windowLabel: label, calledAt: this.ctx.clock.now().toISOString(), recall: true });
    });
  }

  /** Tickets this window would call next, in the order it would call them. */
  windowQueue(actor: Actor | null, windowId: number, limit: number): { tickets: Ticket[]; total: number } {
    const w = this.ctx.window(windowId);
    authorize(actor, w.branchId, OPERATOR, 'Вікно');
    const branch = this.ctx.branch(w.branchId);
    const runtime = this.ctx.repos.branches.runtime(w.branchId)!;
    const candidates = this.strategyCandidates(w.branchId, w.id);
    const ids = callOrder(candidates, branch.strategy, { ordinarySincePriority: runtime.ordinarySincePriority }, this.ctx.clock.now().getTime(), limit);
    return { tickets: ids.map((id) => this.ctx.ticket(id)), total: candidates.length };
  }

  /** no calls during an air-raid alert, nor from a paused window (read before the transaction) */
  private requireCallable(w: Window): void {
    requireAlertOff(this.ctx.repos, w.branchId);
    if (w.paused) throw new DomainError('WINDOW_PAUSED', `Вікно ${w.label} на паузі: спершу продовжте роботу`);
  }

  private strategyCandidates(branchId: number, windowId: number): StrategyCandidate[] {
    // tickets of visitors who booked a time and checked in on time (server/src/booking)
    const booked = this.ctx.repos.bookings.bookedWaiting(branchId, this.ctx.today(this.ctx.branch(branchId)));
    return this.ctx.repos.tickets.candidates(branchId, windowId).map((c) => {
      const base = { id: c.id, priority: c.priorityCategoryId !== null, queuedAt: Date.parse(c.queuedAt), level: c.level };
      const bookedAt = booked.get(c.id);
      return bookedAt === undefined ? base : { ...base, bookedAt };
    });
  }

  /** A window's current called/serving ticket must be dealt with before the next call. */
  private clearWindowForCall(change: Change, windowId: number, actor: Actor): void {
    for (const current of this.ctx.repos.tickets.atWindow(windowId)) {
      if (current.status === 'serving') {
        this.transitions.finish(change, current, actor, { auto: true });
      } else {
        throw new DomainError('INVALID_STATE', `Спершу завершіть талон ${current.number}: почніть обслуговування або позначте «Не зʼявився»`);
      }
    }
  }

  private callTicket(change: Change, t: Ticket, w: { id: number; label: string }, who: Actor): void {
    t.status = 'called';
    t.windowId = w.id;
    t.operatorId = who.kind === 'user' ? who.user.id : null;
    t.calledAt = this.ctx.clock.now().toISOString();
    t.startedAt = null;
    this.ctx.repos.tickets.save(t);
    this.ctx.event(change, t, 'called', who);
    change.calls.push({ ticketId: t.id, number: t.number, windowLabel: w.label, calledAt: t.calledAt, recall: false });
  }
}
