// Issuing a ticket: every rule that decides whether a visitor gets a number now (office
// open, no alert, service on, served by a window, not closed for today, hours, daily cap,
// priority category, number range), the number itself, and what the visitor is told
// (people ahead, minutes). Idempotent: a retry with the same key returns the ticket issued
// first. Separate because it is the only command that creates tickets, and the kiosk's
// hot path (issueTicketGrouped shares one commit among kiosks issuing at the same moment).
import type { IssueTicketInput, Ticket } from '@cherha/contracts';
import { formatTicketNumber } from '@cherha/contracts';
import { actorLabel, authorize, type Actor } from '../auth/actor';
import { DomainError, notFound } from '../errors';
import { localTime } from '../time';
import type { QueueContext } from './context';
import type { DayEnd } from './day-end';
import { requireAlertOff, requireServiceActive } from './guards';
import { issuingVerdict } from './hours';
import { newPublicCode } from './public-code';
import type { UnitOfWork, Work } from './unit-of-work';
import type { WaitEstimates } from './wait-estimates';

export interface IssueResult {
  ticket: Ticket;
  peopleAhead: number;
  estimatedWaitMinutes: number;
  /** true when this is a retry of an already issued request */
  replayed: boolean;
}

export class Issuing {
  constructor(
    private readonly ctx: QueueContext,
    private readonly uow: UnitOfWork,
    private readonly estimates: WaitEstimates,
    private readonly dayEnd: DayEnd,
  ) {}

  /**
   * `within`: runs inside the issuing transaction with the new ticket (not on a replay) — the
   * booking check-in links its booking there, so the ticket and the mark commit together.
   */
  issueTicket(actor: Actor | null, branchId: number, input: IssueTicketInput, within?: (ticket: Ticket) => void): IssueResult {
    return this.uow.commit(branchId, this.issueWork(actor, branchId, input, within));
  }

  /** issueTicket for the HTTP path: kiosks issuing at the same moment share one commit */
  issueTicketGrouped(actor: Actor | null, branchId: number, input: IssueTicketInput): Promise<IssueResult> {
    return this.uow.commitGrouped(branchId, this.issueWork(actor, branchId, input));
  }

  private issueWork(actor: Actor | null, branchId: number, input: IssueTicketInput, within?: (ticket: Ticket) => void): Work<IssueResult> {
    const { repos, clock } = this.ctx;
    const branch = this.ctx.branch(branchId);
    const who = authorize(actor, branchId, { role: 'operator', devices: ['kiosk'] });
    return (change) => {
      const existing = repos.tickets.byIdempotencyKey(branchId, input.idempotencyKey);
      if (existing) {
        return { ticket: existing, peopleAhead: existing.peopleAheadAtIssue, estimatedWaitMinutes: existing.estimatedWaitMinutesAtIssue, replayed: true };
      }
      const local = localTime(clock.now(), branch.timeZone);
      // the branch's runtime row, read once for the day end, the alert and the ratio counter;
      // read again after the day end (closeStaleIn writes it)
      let runtime = repos.branches.runtime(branchId);
      if (runtime?.closedThroughDay !== local.date) {
        this.dayEnd.closeStaleIn(branch, local.date, change, runtime);
        runtime = repos.branches.runtime(branchId);
      }
      if (!branch.active) throw new DomainError('BRANCH_CLOSED', 'Офіс не працює');
      requireAlertOff(repos, branchId, runtime);
      const service = this.ctx.service(branchId, input.serviceId);
      requireServiceActive(service);
      // a ticket nobody can ever call is not issued: no switched-on window serves this service
      if (!repos.windows.isServed(branchId, service.id)) {
        throw new DomainError('SERVICE_CLOSED', `Послугу «${service.name.uk}» зараз не обслуговує жодне вікно. Зверніться до адміністратора залу.`);
      }
      if (repos.catalog.closedServiceIds(branchId, local.date).has(service.id)) {
        throw new DomainError('SERVICE_CLOSED', `Прийом з послуги «${service.name.uk}» на сьогодні завершено`);
      }
      const verdict = issuingVerdict(branch, service, local);
      if (!verdict.ok) throw new DomainError(verdict.code, verdict.message);
      if (service.dailyCap !== null && repos.tickets.issuedToday(service.id, local.date) >= service.dailyCap) {
        throw new DomainError('DAILY_CAP', `На сьогодні всі талони на послугу «${service.name.uk}» видано`);
      }
      const priorityId = input.priorityCategoryId ?? null;
      if (priorityId !== null) {
        const pc = repos.catalog.priorityCategory(priorityId);
        if (!pc || pc.branchId !== branchId || !pc.active) throw notFound('Пільгову категорію');
      }
      const seq = repos.tickets.nextSeq(branchId, local.date, service.prefix, service.rangeStart, service.rangeEnd);
      if (seq > service.rangeEnd) {
        throw new DomainError('RANGE_EXHAUSTED', `Номери талонів «${service.prefix}» на сьогодні закінчились`);
      }
      // counted as the ticket's page will count it later (ahead.ts)
      const at = clock.now().getTime();
      const newcomer = { id: Number.MAX_SAFE_INTEGER, serviceId: service.id, targetWindowId: null, priority: priorityId !== null, queuedAt: at };
      const peopleAhead = this.estimates.peopleAhead(branchId, runtime && { ordinarySincePriority: runtime.ordinarySincePriority }).count(newcomer, true);
      const open = this.estimates.openWindowsFor(branchId).get(service.id) ?? 0;
      const estimate = this.estimates.estimate(peopleAhead, service, open);
      const ticket = repos.tickets.insert({
        branchId, serviceId: service.id, serviceDay: local.date, prefix: service.prefix, seq,
        number: formatTicketNumber(service.prefix, seq), priorityCategoryId: priorityId, issuedAt: clock.now().toISOString(),
        peopleAheadAtIssue: peopleAhead, estimatedWaitMinutesAtIssue: estimate, language: input.language,
        publicCode: newPublicCode(), idempotencyKey: input.idempotencyKey, issuedBy: actorLabel(who),
        issuedByDeviceId: who.kind === 'device' ? who.device.id : null,
      });
      this.ctx.event(change, ticket, 'issued', who, priorityId !== null ? { priorityCategoryId: priorityId } : undefined);
      within?.(ticket);
      return { ticket, peopleAhead, estimatedWaitMinutes: estimate, replayed: false };
    };
  }
}
