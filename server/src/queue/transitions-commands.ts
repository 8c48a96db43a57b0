// What an operator does to one ticket after it was called: start, finish, no-show, postpone,
// transfer, return, cancel — and the tickets sent to a window that was switched off going
// back to their service's queue. Which state allows which action is the table in
// contracts/src/transitions.ts (guards.ts requireStatus); this module owns what each
// transition writes. Separate because these commands act on a ticket, not on a window's
// call order, and share one shape: read the ticket, check it is the caller's, change it.
import type { Ticket, TransferInput } from '@cherha/contracts';
import { SYSTEM, type Actor } from '../auth/actor';
import { notFound } from '../errors';
import type { Change } from './change';
import type { QueueContext } from './context';
import { requireOwnTicket, requireServiceActive, requireStatus } from './guards';
import type { UnitOfWork } from './unit-of-work';
import type { WaitEstimates } from './wait-estimates';

export type Placement = 'first' | 'last' | 'original';

export class TicketTransitions {
  constructor(
    private readonly ctx: QueueContext,
    private readonly uow: UnitOfWork,
    private readonly estimates: WaitEstimates,
  ) {}

  /**
   * One command on one ticket, in the ticket's branch: the ticket is read again inside the
   * transaction and must be the caller's (guards.ts requireOwnTicket). Calling uses it for recall.
   */
  command(actor: Actor | null, ticketId: number, fn: (t: Ticket, who: Actor, change: Change) => void): Ticket {
    const t0 = this.ctx.ticket(ticketId);
    return this.uow.commit(t0.branchId, (change) => {
      const t = this.ctx.ticket(ticketId);
      fn(t, requireOwnTicket(this.ctx.repos, actor, t), change);
      return t;
    });
  }

  /**
   * A ticket served to the end: by «Завершити», or by calling the next one while it is being
   * served (calling.ts, `data` {auto: true}). Its service's typical minutes are read afresh.
   */
  finish(change: Change, t: Ticket, who: Actor, data?: Record<string, unknown>): void {
    t.status = 'done';
    t.finishedAt = this.ctx.clock.now().toISOString();
    this.ctx.repos.tickets.save(t);
    this.ctx.event(change, t, 'finished', who, data);
    this.estimates.forget(t.serviceId);
  }

  startService(actor: Actor | null, ticketId: number): Ticket {
    return this.command(actor, ticketId, (t, who, change) => {
      requireStatus(t, 'start');
      t.status = 'serving';
      t.startedAt = this.ctx.clock.now().toISOString();
      this.ctx.repos.tickets.save(t);
      this.ctx.event(change, t, 'started', who);
    });
  }

  finishService(actor: Actor | null, ticketId: number): Ticket {
    return this.command(actor, ticketId, (t, who, change) => {
      // the branch may allow «Завершити» straight after the call (workplace settings)
      requireStatus(t, 'finish', this.ctx.repos.workplace.settings(t.branchId));
      const withoutStart = t.status === 'called';
      // never started: the service is counted from the call (reports do the same from the events)
      if (withoutStart) t.startedAt = t.calledAt;
      this.finish(change, t, who, withoutStart ? { withoutStart: true } : undefined);
    });
  }

  markNoShow(actor: Actor | null, ticketId: number): Ticket {
    return this.command(actor, ticketId, (t, who, change) => {
      requireStatus(t, 'noShow');
      t.status = 'no_show';
      t.finishedAt = this.ctx.clock.now().toISOString();
      this.ctx.repos.tickets.save(t);
      this.ctx.event(change, t, 'no_show', who, { recallCount: t.recallCount });
    });
  }

  /** queue order key for a ticket put back into the queue */
  private placementTime(t: Ticket, placement: Placement): string {
    if (placement === 'original') return t.issuedAt;
    if (placement === 'last') return this.ctx.clock.now().toISOString();
    const waiting = this.ctx.repos.tickets.open(t.branchId).filter((o) => o.status === 'waiting' && o.id !== t.id);
    const earliest = waiting.reduce((min, o) => Math.min(min, Date.parse(o.queuedAt)), Date.parse(t.issuedAt));
    return new Date(earliest - 1).toISOString();
  }

  transferTicket(actor: Actor | null, ticketId: number, input: TransferInput): Ticket {
    return this.command(actor, ticketId, (t, who, change) => {
      requireStatus(t, 'transfer');
      const from = { serviceId: t.serviceId, windowId: t.windowId };
      if (input.serviceId !== undefined) {
        const s = this.ctx.service(t.branchId, input.serviceId);
        requireServiceActive(s);
        t.serviceId = s.id;
      }
      if (input.windowId !== undefined) {
        const w = this.ctx.window(input.windowId);
        if (w.branchId !== t.branchId || !w.active) throw notFound('Вікно');
        t.targetWindowId = w.id;
        change.windows.add(w.id);
      } else {
        t.targetWindowId = null;
      }
      // the event keeps where it came from; the ticket keeps its number
      this.ctx.event(change, t, 'transferred', who, { ...from, toServiceId: t.serviceId, toWindowId: t.targetWindowId, placement: input.placement });
      t.status = 'waiting';
      t.queuedAt = this.placementTime(t, input.placement);
      t.windowId = null;
      t.operatorId = null;
      t.calledAt = null;
      t.startedAt = null;
      this.ctx.repos.tickets.save(t);
      change.services.add(t.serviceId);
    });
  }

  postponeTicket(actor: Actor | null, ticketId: number): Ticket {
    return this.command(actor, ticketId, (t, who, change) => {
      requireStatus(t, 'postpone');
      this.ctx.event(change, t, 'postponed', who);
      t.status = 'postponed';
      t.windowId = null;
      t.calledAt = null;
      t.startedAt = null;
      this.ctx.repos.tickets.save(t);
    });
  }

  returnTicket(actor: Actor | null, ticketId: number, placement: Placement): Ticket {
    return this.command(actor, ticketId, (t, who, change) => {
      requireStatus(t, 'return');
      t.status = 'waiting';
      t.queuedAt = this.placementTime(t, placement);
      this.ctx.repos.tickets.save(t);
      this.ctx.event(change, t, 'returned', who, { placement });
    });
  }

  cancelTicket(actor: Actor | null, ticketId: number, reason?: string): Ticket {
    return this.command(actor, ticketId, (t, who, change) => {
      requireStatus(t, 'cancel');
      t.status = 'cancelled';
      t.finishedAt = this.ctx.clock.now().toISOString();
      this.ctx.repos.tickets.save(t);
      this.ctx.event(change, t, 'cancelled', who, reason ? { reason } : undefined);
    });
  }

  /**
   * A window was switched off: visitors sent to it specially go back to their service's
   * queue, keeping their place, so nobody waits for a window that will not call. Runs inside
   * the window edit's own unit of work (`change`: branch-control.ts configChanged), so the
   * edit and the release are one transaction and one revision.
   */
  releaseTargetedTickets(change: Change, windowId: number): number {
    const w = this.ctx.window(windowId);
    const waiting = this.ctx.repos.tickets.open(w.branchId).filter((t) => t.targetWindowId === w.id && (t.status === 'waiting' || t.status === 'postponed'));
    for (const t of waiting) {
      t.targetWindowId = null;
      this.ctx.repos.tickets.save(t);
      this.ctx.event(change, t, 'transferred', SYSTEM, { reason: 'window_closed', fromWindowId: w.id, toServiceId: t.serviceId, toWindowId: null, placement: 'original' });
    }
    return waiting.length;
  }
}
