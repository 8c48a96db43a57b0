// The single queue authority. Every command is ONE synchronous better-sqlite3
// transaction (never an await inside), returning its result; what changed is handed to
// the listeners only after the commit.
import type { Branch, IssueTicketInput, Service, Ticket, TicketEventType, TransferInput } from '@cherha/contracts';
import { formatTicketNumber, refusedByPolicy, TICKET_TRANSITIONS, ticketAllows, type TicketAction, type TransitionPolicy } from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import { authorize, actorLabel, isAtLeast, SYSTEM, type Actor } from '../auth/actor';
import { DomainError, notFound } from '../errors';
import { localTime, type Clock } from '../time';
import { PeopleAhead } from './ahead';
import { Change } from './change';
import { estimateWaitMinutes, typicalMinutes } from './estimate';
import { GroupCommit } from './group-commit';
import { issuingVerdict } from './hours';
import { newPublicCode } from './public-code';
import { callOrder, pickNext, type StrategyCandidate, type StrategyState } from './strategy';

export type ChangeListener = (change: Change) => void;

export interface IssueResult {
  ticket: Ticket;
  peopleAhead: number;
  estimatedWaitMinutes: number;
  /** true when this is a retry of an already issued request */
  replayed: boolean;
}

const OPERATOR = { role: 'operator' } as const;
const SUPERVISOR = { role: 'supervisor' } as const;

export class QueueService {
  private readonly listeners: ChangeListener[] = [];
  /** typical minutes per visitor, per service; refreshed when a service finishes */
  private readonly typical = new Map<number, number>();
  /** branch settings change only through configChanged(): read them once, not per command */
  private readonly branches = new Map<number, Branch>();

  private readonly group: GroupCommit;

  constructor(
    private readonly repos: Repos,
    private readonly clock: Clock,
  ) {
    this.group = new GroupCommit(repos.db);
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  now(): Date {
    return this.clock.now();
  }

  // ---------- plumbing ----------

  /** Runs `fn` in one transaction for one branch; bumps the revision when anything changed. */
  private commit<T>(branchId: number, fn: (change: Change) => T): T {
    const { result, change } = this.repos.db.transaction(this.unit(branchId, fn))();
    this.publish(change);
    return result;
  }

  /** The same unit of work, sharing its commit with others that arrive at the same moment. */
  private async commitGrouped<T>(branchId: number, fn: (change: Change) => T): Promise<T> {
    const { result, change } = await this.group.run(this.unit(branchId, fn));
    this.publish(change);
    return result;
  }

  private unit<T>(branchId: number, fn: (change: Change) => T): () => { result: T; change: Change } {
    return () => {
      const change = new Change(branchId);
      const result = fn(change);
      if (!change.empty) change.revision = this.repos.branches.bumpRevision(branchId);
      return { result, change };
    };
  }

  private publish(change: Change): void {
    if (!change.empty) for (const l of this.listeners) l(change);
  }

  branch(id: number): Branch {
    let b = this.branches.get(id);
    if (!b) {
      b = this.repos.branches.get(id);
      if (!b) throw notFound('Офіс');
      this.branches.set(id, b);
    }
    return b;
  }

  private ticket(id: number): Ticket {
    const t = this.repos.tickets.get(id);
    if (!t) throw notFound('Талон');
    return t;
  }

  private service(branchId: number, id: number): Service {
    const s = this.repos.catalog.service(id);
    if (!s || s.branchId !== branchId) throw notFound('Послугу');
    return s;
  }

  private window(id: number) {
    const w = this.repos.windows.get(id);
    if (!w) throw notFound('Вікно');
    return w;
  }

  private today(branch: Branch): string {
    return localTime(this.clock.now(), branch.timeZone).date;
  }

  private event(change: Change, t: Ticket, type: TicketEventType, actor: Actor, data?: Record<string, unknown>): void {
    this.repos.tickets.addEvent({
      ticketId: t.id, branchId: t.branchId, type, at: this.clock.now().toISOString(), windowId: t.windowId, operatorId: t.operatorId,
      actor: actorLabel(actor), data: data ?? null,
    });
    change.tickets.add(t.id);
    change.services.add(t.serviceId);
    if (t.windowId !== null) change.windows.add(t.windowId);
  }

  /** `runtime`: the branch's runtime row when the command has already read it in this transaction */
  private requireAlertOff(branchId: number, runtime = this.repos.branches.runtime(branchId)): void {
    if (runtime?.alertSince) {
      throw new DomainError('ALERT_ACTIVE', 'Повітряна тривога: видачу і виклик талонів призупинено');
    }
  }

  /** the one table of which states allow which action (contracts/src/transitions.ts) */
  private requireStatus(t: Ticket, action: TicketAction, policy?: TransitionPolicy): void {
    if (!ticketAllows(action, t.status, policy)) {
      if (refusedByPolicy(action, t.status) === 'finishWithoutStart') {
        throw new DomainError('INVALID_STATE', `Талон ${t.number} не можна завершити без «Почати обслуговування»: у цьому офісі спершу починають обслуговування`);
      }
      throw new DomainError('INVALID_STATE', `Талон ${t.number} не можна ${TICKET_TRANSITIONS[action].verbUk}: його стан — «${STATUS_UK[t.status]}»`);
    }
  }

  /** operators act on their own window's tickets; supervisors on any in their branch */
  private requireOwnTicket(actor: Actor | null, t: Ticket): Actor {
    const who = authorize(actor, t.branchId, OPERATOR, 'Талон');
    if (isAtLeast(who, 'supervisor') || who.kind !== 'user' || t.windowId === null) return who;
    const w = this.repos.windows.get(t.windowId);
    if (w && w.operatorId !== null && w.operatorId !== who.user.id) {
      throw new DomainError('FORBIDDEN', `Талон ${t.number} обслуговує інше вікно`);
    }
    return who;
  }

  // ---------- estimates ----------

  typicalMinutes(service: Service): number {
    let m = this.typical.get(service.id);
    if (m === undefined) {
      m = typicalMinutes(this.repos.tickets.recentServiceMinutes(service.id, 20), service.expectedMinutes);
      this.typical.set(service.id, m);
    }
    return m;
  }

  /** «Перед вами» of the branch's waiting tickets, as the queue stands now */
  peopleAhead(branchId: number, state?: StrategyState): PeopleAhead {
    return new PeopleAhead(this.repos, this.branch(branchId), this.clock.now().getTime(), state);
  }

  /**
   * The wait a waiting ticket can expect now: its people ahead over the windows open for its
   * service (the same rule the kiosk used when it was issued); `openWindows` 0 means nobody is
   * taking this service at the moment, and the page says so instead of inventing minutes.
   */
  waitNow(t: Ticket, peopleAhead: number): { estimatedWaitMinutes: number; openWindows: number } {
    const service = this.repos.catalog.service(t.serviceId);
    const open = this.openWindowsFor(t.branchId).get(t.serviceId) ?? 0;
    return { estimatedWaitMinutes: service ? estimateWaitMinutes(peopleAhead, this.typicalMinutes(service), open) : 0, openWindows: open };
  }

  /** Windows open right now for a service: active, not paused, with an operator. */
  openWindowsFor(branchId: number): Map<number, number> {
    return this.repos.windows.openCountsByService(branchId);
  }

  // ---------- day end ----------

  /**
   * Closes the tickets left open from earlier service days (reason "day_end") and frees
   * the windows. Numbering restarts by itself: the next number is looked up among the
   * tickets of the new service day (db/src/tickets.ts nextSeq).
   */
  closeStaleDays(branchId: number): number {
    const branch = this.branch(branchId);
    const today = this.today(branch);
    if (this.repos.branches.runtime(branchId)?.closedThroughDay === today) return 0;
    return this.commit(branchId, (change) => this.closeStaleIn(branch, today, change));
  }

  private closeStaleIn(branch: Branch, today: string, change: Change, runtime = this.repos.branches.runtime(branch.id)): number {
    if (runtime?.closedThroughDay === today) return 0;
    const stale = this.repos.tickets.staleOpen(branch.id, today);
    const at = this.clock.now().toISOString();
    for (const t of stale) {
      const from = t.status;
      t.status = 'closed';
      t.finishedAt = at;
      this.repos.tickets.save(t);
      this.event(change, t, 'closed', SYSTEM, { reason: 'day_end', from });
    }
    for (const w of this.repos.windows.list(branch.id)) {
      if (w.operatorId !== null || w.paused) {
        this.repos.windows.release(w.id);
        this.repos.windows.setPaused(w.id, false);
        change.windows.add(w.id);
      }
    }
    this.repos.branches.setClosedThroughDay(branch.id, today);
    return stale.length;
  }

  // ---------- commands ----------

  /**
   * `within`: runs inside the issuing transaction with the new ticket (not on a replay) — the
   * booking check-in links its booking there, so the ticket and the mark commit together.
   */
  issueTicket(actor: Actor | null, branchId: number, input: IssueTicketInput, within?: (ticket: Ticket) => void): IssueResult {
    return this.commit(branchId, this.issueWork(actor, branchId, input, within));
  }

  /** issueTicket for the HTTP path: kiosks issuing at the same moment share one commit */
  issueTicketGrouped(actor: Actor | null, branchId: number, input: IssueTicketInput): Promise<IssueResult> {
    return this.commitGrouped(branchId, this.issueWork(actor, branchId, input));
  }

  private issueWork(actor: Actor | null, branchId: number, input: IssueTicketInput, within?: (ticket: Ticket) => void): (change: Change) => IssueResult {
    const branch = this.branch(branchId);
    const who = authorize(actor, branchId, { role: 'operator', devices: ['kiosk'] });
    return (change) => {
      const existing = this.repos.tickets.byIdempotencyKey(branchId, input.idempotencyKey);
      if (existing) {
        return { ticket: existing, peopleAhead: existing.peopleAheadAtIssue, estimatedWaitMinutes: existing.estimatedWaitMinutesAtIssue, replayed: true };
      }
      const local = localTime(this.clock.now(), branch.timeZone);
      // the branch's runtime row, read once for the day end, the alert and the ratio counter;
      // read again after the day end (closeStaleIn writes it)
      let runtime = this.repos.branches.runtime(branchId);
      if (runtime?.closedThroughDay !== local.date) {
        this.closeStaleIn(branch, local.date, change, runtime);
        runtime = this.repos.branches.runtime(branchId);
      }
      if (!branch.active) throw new DomainError('BRANCH_CLOSED', 'Офіс не працює');
      this.requireAlertOff(branchId, runtime);
      const service = this.service(branchId, input.serviceId);
      if (!service.active) throw new DomainError('SERVICE_CLOSED', `Послуга «${service.name.uk}» зараз не надається`);
      // a ticket nobody can ever call is not issued: no switched-on window serves this service
      if (!this.repos.windows.isServed(branchId, service.id)) {
        throw new DomainError('SERVICE_CLOSED', `Послугу «${service.name.uk}» зараз не обслуговує жодне вікно. Зверніться до адміністратора залу.`);
      }
      if (this.repos.catalog.closedServiceIds(branchId, local.date).has(service.id)) {
        throw new DomainError('SERVICE_CLOSED', `Прийом з послуги «${service.name.uk}» на сьогодні завершено`);
      }
      const verdict = issuingVerdict(branch, service, local);
      if (!verdict.ok) throw new DomainError(verdict.code, verdict.message);
      if (service.dailyCap !== null && this.repos.tickets.issuedToday(service.id, local.date) >= service.dailyCap) {
        throw new DomainError('DAILY_CAP', `На сьогодні всі талони на послугу «${service.name.uk}» видано`);
      }
      const priorityId = input.priorityCategoryId ?? null;
      if (priorityId !== null) {
        const pc = this.repos.catalog.priorityCategory(priorityId);
        if (!pc || pc.branchId !== branchId || !pc.active) throw notFound('Пільгову категорію');
      }
      const seq = this.repos.tickets.nextSeq(branchId, local.date, service.prefix, service.rangeStart, service.rangeEnd);
      if (seq > service.rangeEnd) {
        throw new DomainError('RANGE_EXHAUSTED', `Номери талонів «${service.prefix}» на сьогодні закінчились`);
      }
      // counted as the ticket's page will count it later (ahead.ts)
      const at = this.clock.now().getTime();
      const newcomer = { id: Number.MAX_SAFE_INTEGER, serviceId: service.id, targetWindowId: null, priority: priorityId !== null, queuedAt: at };
      const peopleAhead = this.peopleAhead(branchId, runtime && { ordinarySincePriority: runtime.ordinarySincePriority }).count(newcomer, true);
      const open = this.openWindowsFor(branchId).get(service.id) ?? 0;
      const estimate = estimateWaitMinutes(peopleAhead, this.typicalMinutes(service), open);
      const ticket = this.repos.tickets.insert({
        branchId, serviceId: service.id, serviceDay: local.date, prefix: service.prefix, seq,
        number: formatTicketNumber(service.prefix, seq), priorityCategoryId: priorityId, issuedAt: this.clock.now().toISOString(),
        peopleAheadAtIssue: peopleAhead, estimatedWaitMinutesAtIssue: estimate, language: input.language,
        publicCode: newPublicCode(), idempotencyKey: input.idempotencyKey, issuedBy: actorLabel(who),
        issuedByDeviceId: who.kind === 'device' ? who.device.id : null,
      });
      this.event(change, ticket, 'issued', who, priorityId !== null ? { priorityCategoryId: priorityId } : undefined);
      within?.(ticket);
      return { ticket, peopleAhead, estimatedWaitMinutes: estimate, replayed: false };
    };
  }

  /** A window's current called/serving ticket must be dealt with before the next call. */
  private clearWindowForCall(change: Change, windowId: number, actor: Actor): void {
    for (const current of this.repos.tickets.atWindow(windowId)) {
      if (current.status === 'serving') {
        current.status = 'done';
        current.finishedAt = this.clock.now().toISOString();
        this.repos.tickets.save(current);
        this.event(change, current, 'finished', actor, { auto: true });
        this.typical.delete(current.serviceId);
      } else {
        throw new DomainError('INVALID_STATE', `Спершу завершіть талон ${current.number}: почніть обслуговування або позначте «Не зʼявився»`);
      }
    }
  }

  private prepareWindow(actor: Actor | null, windowId: number) {
    const w = this.window(windowId);
    const who = authorize(actor, w.branchId, OPERATOR, 'Вікно');
    if (!w.active) throw new DomainError('INVALID_STATE', `Вікно ${w.label} вимкнене`);
    return { w, who };
  }

  private callTicket(change: Change, t: Ticket, w: { id: number; label: string }, who: Actor): void {
    t.status = 'called';
    t.windowId = w.id;
    t.operatorId = who.kind === 'user' ? who.user.id : null;
    t.calledAt = this.clock.now().toISOString();
    t.startedAt = null;
    this.repos.tickets.save(t);
    this.event(change, t, 'called', who);
    change.calls.push({ ticketId: t.id, number: t.number, windowLabel: w.label, calledAt: t.calledAt, recall: false });
  }

  callNext(actor: Actor | null, windowId: number): Ticket {
    const { w, who } = this.prepareWindow(actor, windowId);
    return this.commit(w.branchId, (change) => {
      this.requireAlertOff(w.branchId);
      if (w.paused) throw new DomainError('WINDOW_PAUSED', `Вікно ${w.label} на паузі: спершу продовжте роботу`);
      this.takeWindow(change, w, who);
      this.clearWindowForCall(change, w.id, who);
      const branch = this.branch(w.branchId);
      const runtime = this.repos.branches.runtime(w.branchId)!;
      const pick = pickNext(
        this.strategyCandidates(w.branchId, w.id),
        branch.strategy,
        { ordinarySincePriority: runtime.ordinarySincePriority },
        this.clock.now().getTime(),
      );
      if (pick.ticketId === null) throw new DomainError('QUEUE_EMPTY', 'Черга порожня: немає відвідувачів, які чекають на послуги цього вікна');
      if (pick.state.ordinarySincePriority !== runtime.ordinarySincePriority) {
        this.repos.branches.setOrdinarySincePriority(w.branchId, pick.state.ordinarySincePriority);
      }
      const t = this.ticket(pick.ticketId);
      this.callTicket(change, t, w, who);
      return t;
    });
  }

  callSpecificTicket(actor: Actor | null, windowId: number, ticketId: number): Ticket {
    const { w, who } = this.prepareWindow(actor, windowId);
    return this.commit(w.branchId, (change) => {
      this.requireAlertOff(w.branchId);
      if (w.paused) throw new DomainError('WINDOW_PAUSED', `Вікно ${w.label} на паузі: спершу продовжте роботу`);
      const t = this.ticket(ticketId);
      if (t.branchId !== w.branchId) throw notFound('Талон');
      this.requireStatus(t, 'call');
      this.takeWindow(change, w, who);
      this.clearWindowForCall(change, w.id, who);
      this.callTicket(change, t, w, who);
      return t;
    });
  }

  private strategyCandidates(branchId: number, windowId: number): StrategyCandidate[] {
    // tickets of visitors who booked a time and checked in on time (server/src/booking)
    const booked = this.repos.bookings.bookedWaiting(branchId, this.today(this.branch(branchId)));
    return this.repos.tickets.candidates(branchId, windowId).map((c) => {
      const base = { id: c.id, priority: c.priorityCategoryId !== null, queuedAt: Date.parse(c.queuedAt), level: c.level };
      const bookedAt = booked.get(c.id);
      return bookedAt === undefined ? base : { ...base, bookedAt };
    });
  }

  /** Tickets this window would call next, in the order it would call them. */
  windowQueue(actor: Actor | null, windowId: number, limit: number): { tickets: Ticket[]; total: number } {
    const w = this.window(windowId);
    authorize(actor, w.branchId, OPERATOR, 'Вікно');
    const branch = this.branch(w.branchId);
    const runtime = this.repos.branches.runtime(w.branchId)!;
    const candidates = this.strategyCandidates(w.branchId, w.id);
    const ids = callOrder(candidates, branch.strategy, { ordinarySincePriority: runtime.ordinarySincePriority }, this.clock.now().getTime(), limit);
    return { tickets: ids.map((id) => this.ticket(id)), total: candidates.length };
  }

  /** the operator who calls from a window sits at it */
  private takeWindow(change: Change, w: { id: number; operatorId: number | null; label: string }, who: Actor): void {
    if (who.kind !== 'user' || w.operatorId === who.user.id) return;
    if (w.operatorId !== null && !isAtLeast(who, 'supervisor')) {
      throw new DomainError('FORBIDDEN', `За вікном ${w.label} працює інший адміністратор`);
    }
    this.repos.windows.occupy(w.id, who.user.id);
    change.windows.add(w.id);
  }

  private ticketCommand(actor: Actor | null, ticketId: number, fn: (t: Ticket, who: Actor, change: Change) => void): Ticket {
    const t0 = this.ticket(ticketId);
    return this.commit(t0.branchId, (change) => {
      const t = this.ticket(ticketId);
      fn(t, this.requireOwnTicket(actor, t), change);
      return t;
    });
  }

  recallTicket(actor: Actor | null, ticketId: number): Ticket {
    return this.ticketCommand(actor, ticketId, (t, who, change) => {
      this.requireAlertOff(t.branchId);
      this.requireStatus(t, 'recall');
      t.recallCount += 1;
      this.repos.tickets.save(t);
      this.event(change, t, 'recalled', who, { recallCount: t.recallCount });
      const label = t.windowId !== null ? (this.repos.windows.get(t.windowId)?.label ?? '') : '';
      change.calls.push({ ticketId: t.id, number: t.number, windowLabel: label, calledAt: this.clock.now().toISOString(), recall: true });
    });
  }

  startService(actor: Actor | null, ticketId: number): Ticket {
    return this.ticketCommand(actor, ticketId, (t, who, change) => {
      this.requireStatus(t, 'start');
      t.status = 'serving';
      t.startedAt = this.clock.now().toISOString();
      this.repos.tickets.save(t);
      this.event(change, t, 'started', who);
    });
  }

  finishService(actor: Actor | null, ticketId: number): Ticket {
    return this.ticketCommand(actor, ticketId, (t, who, change) => {
      // the branch may allow «Завершити» straight after the call (workplace settings)
      this.requireStatus(t, 'finish', this.repos.workplace.settings(t.branchId));
      const withoutStart = t.status === 'called';
      // never started: the service is counted from the call (reports do the same from the events)
      if (withoutStart) t.startedAt = t.calledAt;
      t.status = 'done';
      t.finishedAt = this.clock.now().toISOString();
      this.repos.tickets.save(t);
      this.event(change, t, 'finished', who, withoutStart ? { withoutStart: true } : undefined);
      this.typical.delete(t.serviceId);
    });
  }

  markNoShow(actor: Actor | null, ticketId: number): Ticket {
    return this.ticketCommand(actor, ticketId, (t, who, change) => {
      this.requireStatus(t, 'noShow');
      t.status = 'no_show';
      t.finishedAt = this.clock.now().toISOString();
      this.repos.tickets.save(t);
      this.event(change, t, 'no_show', who, { recallCount: t.recallCount });
    });
  }

  /** queue order key for a ticket put back into the queue */
  private placementTime(t: Ticket, placement: 'first' | 'last' | 'original'): string {
    if (placement === 'original') return t.issuedAt;
    if (placement === 'last') return this.clock.now().toISOString();
    const waiting = this.repos.tickets.open(t.branchId).filter((o) => o.status === 'waiting' && o.id !== t.id);
    const earliest = waiting.reduce((min, o) => Math.min(min, Date.parse(o.queuedAt)), Date.parse(t.issuedAt));
    return new Date(earliest - 1).toISOString();
  }

  transferTicket(actor: Actor | null, ticketId: number, input: TransferInput): Ticket {
    return this.ticketCommand(actor, ticketId, (t, who, change) => {
      this.requireStatus(t, 'transfer');
      const from = { serviceId: t.serviceId, windowId: t.windowId };
      if (input.serviceId !== undefined) {
        const s = this.service(t.branchId, input.serviceId);
        if (!s.active) throw new DomainError('SERVICE_CLOSED', `Послуга «${s.name.uk}» зараз не надається`);
        t.serviceId = s.id;
      }
      if (input.windowId !== undefined) {
        const w = this.window(input.windowId);
        if (w.branchId !== t.branchId || !w.active) throw notFound('Вікно');
        t.targetWindowId = w.id;
        change.windows.add(w.id);
      } else {
        t.targetWindowId = null;
      }
      // the event keeps where it came from; the ticket keeps its number
      this.event(change, t, 'transferred', who, { ...from, toServiceId: t.serviceId, toWindowId: t.targetWindowId, placement: input.placement });
      t.status = 'waiting';
      t.queuedAt = this.placementTime(t, input.placement);
      t.windowId = null;
      t.operatorId = null;
      t.calledAt = null;
      t.startedAt = null;
      this.repos.tickets.save(t);
      change.services.add(t.serviceId);
    });
  }

  postponeTicket(actor: Actor | null, ticketId: number): Ticket {
    return this.ticketCommand(actor, ticketId, (t, who, change) => {
      this.requireStatus(t, 'postpone');
      this.event(change, t, 'postponed', who);
      t.status = 'postponed';
      t.windowId = null;
      t.calledAt = null;
      t.startedAt = null;
      this.repos.tickets.save(t);
    });
  }

  returnTicket(actor: Actor | null, ticketId: number, placement: 'first' | 'last' | 'original'): Ticket {
    return this.ticketCommand(actor, ticketId, (t, who, change) => {
      this.requireStatus(t, 'return');
      t.status = 'waiting';
      t.queuedAt = this.placementTime(t, placement);
      this.repos.tickets.save(t);
      this.event(change, t, 'returned', who, { placement });
    });
  }

  cancelTicket(actor: Actor | null, ticketId: number, reason?: string): Ticket {
    return this.ticketCommand(actor, ticketId, (t, who, change) => {
      this.requireStatus(t, 'cancel');
      t.status = 'cancelled';
      t.finishedAt = this.clock.now().toISOString();
      this.repos.tickets.save(t);
      this.event(change, t, 'cancelled', who, reason ? { reason } : undefined);
    });
  }

  setWindowPaused(actor: Actor | null, windowId: number, paused: boolean) {
    const { w, who } = this.prepareWindow(actor, windowId);
    return this.commit(w.branchId, (change) => {
      this.takeWindow(change, w, who);
      this.repos.windows.setPaused(w.id, paused);
      change.windows.add(w.id);
      for (const s of w.services) change.services.add(s.serviceId);
      return this.window(w.id);
    });
  }

  /**
   * The operator sits down at the window chosen in the console. Until now the server learnt
   * of it only at the first call, so the office, board and kiosk counted the window as
   * unstaffed; from here it counts as open at once (the same operator_id the counts read).
   * Taking it again is a no-op; any other window this person held is released.
   */
  occupyWindow(actor: Actor | null, windowId: number) {
    const { w, who } = this.prepareWindow(actor, windowId);
    if (who.kind !== 'user') throw new DomainError('FORBIDDEN', 'Сісти за вікно може лише людина, що увійшла до системи');
    const userId = who.user.id;
    return this.commit(w.branchId, (change) => {
      const now = this.window(w.id); // read again inside the transaction: someone may have sat down meanwhile
      if (now.operatorId !== null && now.operatorId !== userId) {
        throw new DomainError('CONFLICT', `За вікном ${now.label} уже працює інший адміністратор. Оберіть інше вікно або попросіть колегу завершити роботу за ним.`);
      }
      if (now.operatorId === userId) return now; // already there
      for (const other of this.repos.windows.list(w.branchId)) {
        if (other.operatorId !== userId || other.id === w.id) continue;
        const current = this.repos.tickets.atWindow(other.id)[0];
        if (current) throw new DomainError('INVALID_STATE', `Спершу завершіть талон ${current.number} у вікні ${other.label}, потім переходьте до іншого вікна`);
        change.windows.add(other.id);
        for (const s of other.services) change.services.add(s.serviceId);
      }
      this.repos.windows.occupy(w.id, userId);
      change.windows.add(w.id);
      for (const s of w.services) change.services.add(s.serviceId);
      return this.window(w.id);
    });
  }

  /** the operator leaves the window (end of shift): it no longer counts as open */
  leaveWindow(actor: Actor | null, windowId: number) {
    const { w, who } = this.prepareWindow(actor, windowId);
    if (who.kind === 'user' && w.operatorId !== null && w.operatorId !== who.user.id && !isAtLeast(who, 'supervisor')) {
      throw new DomainError('FORBIDDEN', `За вікном ${w.label} працює інший адміністратор`);
    }
    return this.commit(w.branchId, (change) => {
      const current = this.repos.tickets.atWindow(w.id)[0];
      if (current) throw new DomainError('INVALID_STATE', `Спершу завершіть талон ${current.number}, потім залишайте вікно`);
      this.repos.windows.release(w.id);
      change.windows.add(w.id);
      for (const s of w.services) change.services.add(s.serviceId);
      return this.window(w.id);
    });
  }

  setServiceClosedToday(actor: Actor | null, branchId: number, serviceId: number, closed: boolean) {
    const branch = this.branch(branchId);
    const who = authorize(actor, branchId, SUPERVISOR);
    const service = this.service(branchId, serviceId);
    return this.commit(branchId, (change) => {
      const day = this.today(branch);
      if (closed) this.repos.catalog.closeForDay(service.id, day, this.clock.now().toISOString(), actorLabel(who));
      else this.repos.catalog.reopenForDay(service.id, day);
      change.services.add(service.id);
      return { serviceId: service.id, closedToday: closed };
    });
  }

  setAlert(actor: Actor | null, branchId: number, active: boolean) {
    this.branch(branchId);
    const who = authorize(actor, branchId, SUPERVISOR);
    return this.commit(branchId, (change) => {
      const since = this.repos.branches.runtime(branchId)!.alertSince;
      const at = this.clock.now().toISOString();
      if (active && !since) this.repos.branches.startAlert(branchId, at, actorLabel(who));
      else if (!active && since) this.repos.branches.endAlert(branchId, at, actorLabel(who));
      else return { active, since }; // already so: nothing to change
      change.alert = true;
      return { active, since: active ? at : null };
    });
  }

  /**
   * A window was switched off: visitors sent to it specially go back to their service's
   * queue, keeping their place, so nobody waits for a window that will not call.
   */
  releaseTargetedTickets(actor: Actor | null, windowId: number): number {
    const w = this.window(windowId);
    const who = actor ?? SYSTEM;
    return this.commit(w.branchId, (change) => {
      const waiting = this.repos.tickets.open(w.branchId).filter((t) => t.targetWindowId === w.id && (t.status === 'waiting' || t.status === 'postponed'));
      for (const t of waiting) {
        t.targetWindowId = null;
        this.repos.tickets.save(t);
        this.event(change, t, 'transferred', who, { reason: 'window_closed', fromWindowId: w.id, toServiceId: t.serviceId, toWindowId: null, placement: 'original' });
      }
      return waiting.length;
    });
  }

  /** For edits of the configuration: clients take a fresh snapshot. */
  configChanged(branchId: number): void {
    this.branches.delete(branchId);
    this.typical.clear();
    this.commit(branchId, (change) => {
      change.resync = true;
    });
  }
}

const STATUS_UK: Record<Ticket['status'], string> = {
  waiting: 'очікує',
  called: 'викликано',
  serving: 'обслуговується',
  done: 'обслуговано',
  no_show: "не зʼявився",
  cancelled: 'скасовано',
  postponed: 'відкладено',
  closed: 'закрито в кінці дня',
};
