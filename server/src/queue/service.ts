// The single queue authority, as one object for the routes, sockets, booking, ratings and
// tests. A thin facade: each method hands over to the module that owns the rule —
//   unit-of-work.ts          one transaction per command, broadcast after the commit
//   context.ts               repos, clock, branch cache, lookups, the ticket-event writer
//   guards.ts                refusals several commands share (states, alert, whose ticket/window)
//   wait-estimates.ts        «Перед вами», minutes, open windows, typical-minutes cache
//   day-end.ts               closing what earlier service days left open
//   issuing.ts               issuing a ticket (idempotent; grouped commit for the kiosks)
//   calling.ts               call next / call a chosen ticket / recall, the window's call order
//   transitions-commands.ts  start, finish, no-show, postpone, transfer, return, cancel
//   branch-control.ts        take/leave/pause a window, close a service today, alert, config
// Every command is ONE synchronous better-sqlite3 transaction (never an await inside),
// returning its result; what changed is handed to the listeners only after the commit.
import type { Branch, IssueTicketInput, Service, Ticket, TransferInput } from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import type { Actor } from '../auth/actor';
import type { Clock } from '../time';
import type { PeopleAhead } from './ahead';
import { BranchControl } from './branch-control';
import { Calling } from './calling';
import type { Change } from './change';
import { QueueContext } from './context';
import { DayEnd } from './day-end';
import { Issuing, type IssueResult } from './issuing';
import type { StrategyState } from './strategy';
import { TicketTransitions } from './transitions-commands';
import { UnitOfWork, type ChangeListener, type Work } from './unit-of-work';
import { WaitEstimates } from './wait-estimates';

export type { ChangeListener } from './unit-of-work';
export type { IssueResult } from './issuing';

export class QueueService {
  private readonly ctx: QueueContext;
  private readonly uow: UnitOfWork;
  private readonly estimates: WaitEstimates;
  private readonly dayEnd: DayEnd;
  private readonly issuing: Issuing;
  private readonly transitions: TicketTransitions;
  private readonly calling: Calling;
  private readonly control: BranchControl;

  constructor(repos: Repos, clock: Clock) {
    this.ctx = new QueueContext(repos, clock);
    this.uow = new UnitOfWork(repos);
    this.estimates = new WaitEstimates(this.ctx);
    this.dayEnd = new DayEnd(this.ctx, this.uow);
    this.issuing = new Issuing(this.ctx, this.uow, this.estimates, this.dayEnd);
    this.transitions = new TicketTransitions(this.ctx, this.uow, this.estimates);
    this.calling = new Calling(this.ctx, this.uow, this.transitions);
    this.control = new BranchControl(this.ctx, this.uow, this.estimates);
  }

  onChange(listener: ChangeListener): void {
    this.uow.onChange(listener);
  }

  now(): Date {
    return this.ctx.clock.now();
  }

  branch(id: number): Branch {
    return this.ctx.branch(id);
  }

  // ---------- estimates (wait-estimates.ts) ----------

  typicalMinutes(service: Service): number {
    return this.estimates.typicalMinutes(service);
  }

  peopleAhead(branchId: number, state?: StrategyState): PeopleAhead {
    return this.estimates.peopleAhead(branchId, state);
  }

  waitNow(t: Ticket, peopleAhead: number): { estimatedWaitMinutes: number; openWindows: number } {
    return this.estimates.waitNow(t, peopleAhead);
  }

  openWindowsFor(branchId: number): Map<number, number> {
    return this.estimates.openWindowsFor(branchId);
  }

  // ---------- day end (day-end.ts) ----------

  closeStaleDays(branchId: number): number {
    return this.dayEnd.closeStaleDays(branchId);
  }

  // ---------- issuing (issuing.ts) ----------

  issueTicket(actor: Actor | null, branchId: number, input: IssueTicketInput, within?: (ticket: Ticket) => void): IssueResult {
    return this.issuing.issueTicket(actor, branchId, input, within);
  }

  issueTicketGrouped(actor: Actor | null, branchId: number, input: IssueTicketInput): Promise<IssueResult> {
    return this.issuing.issueTicketGrouped(actor, branchId, input);
  }

  // ---------- calling (calling.ts) ----------

  callNext(actor: Actor | null, windowId: number): Ticket {
    return this.calling.callNext(actor, windowId);
  }

  callSpecificTicket(actor: Actor | null, windowId: number, ticketId: number): Ticket {
    return this.calling.callSpecificTicket(actor, windowId, ticketId);
  }

  windowQueue(actor: Actor | null, windowId: number, limit: number): { tickets: Ticket[]; total: number } {
    return this.calling.windowQueue(actor, windowId, limit);
  }

  recallTicket(actor: Actor | null, ticketId: number): Ticket {
    return this.calling.recallTicket(actor, ticketId);
  }

  // ---------- ticket transitions (transitions-commands.ts) ----------

  startService(actor: Actor | null, ticketId: number): Ticket {
    return this.transitions.startService(actor, ticketId);
  }

  finishService(actor: Actor | null, ticketId: number): Ticket {
    return this.transitions.finishService(actor, ticketId);
  }

  markNoShow(actor: Actor | null, ticketId: number): Ticket {
    return this.transitions.markNoShow(actor, ticketId);
  }

  transferTicket(actor: Actor | null, ticketId: number, input: TransferInput): Ticket {
    return this.transitions.transferTicket(actor, ticketId, input);
  }

  postponeTicket(actor: Actor | null, ticketId: number): Ticket {
    return this.transitions.postponeTicket(actor, ticketId);
  }

  returnTicket(actor: Actor | null, ticketId: number, placement: 'first' | 'last' | 'original'): Ticket {
    return this.transitions.returnTicket(actor, ticketId, placement);
  }

  cancelTicket(actor: Actor | null, ticketId: number, reason?: string): Ticket {
    return this.transitions.cancelTicket(actor, ticketId, reason);
  }

  /** only inside a configuration edit (configChanged's `edit`): the window is being switched off */
  releaseTargetedTickets(change: Change, windowId: number): number {
    return this.transitions.releaseTargetedTickets(change, windowId);
  }

  // ---------- branch control (branch-control.ts) ----------

  setWindowPaused(actor: Actor | null, windowId: number, paused: boolean) {
    return this.control.setWindowPaused(actor, windowId, paused);
  }

  occupyWindow(actor: Actor | null, windowId: number) {
    return this.control.occupyWindow(actor, windowId);
  }

  leaveWindow(actor: Actor | null, windowId: number) {
    return this.control.leaveWindow(actor, windowId);
  }

  setServiceClosedToday(actor: Actor | null, branchId: number, serviceId: number, closed: boolean) {
    return this.control.setServiceClosedToday(actor, branchId, serviceId, closed);
  }

  setAlert(actor: Actor | null, branchId: number, active: boolean) {
    return this.control.setAlert(actor, branchId, active);
  }

  /** a configuration edit: `edit` writes in the transaction that bumps the revision and resyncs the screens */
  configChanged<T = void>(branchId: number, edit?: Work<T>): T {
    return this.control.configChanged(branchId, edit);
  }
}
