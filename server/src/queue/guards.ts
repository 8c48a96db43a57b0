// The refusals several commands share, each in one place: who may act on a ticket or a
// window, which ticket states allow which action (the table itself is
// contracts/src/transitions.ts), the air-raid alert, a service switched off, a window held by
// someone else. Separate so issuing, calling, transitions and branch control refuse the same
// thing with the same words, and a rule changes in one spot.
import type { Service, Ticket, Window } from '@cherha/contracts';
import { refusedByPolicy, TICKET_TRANSITIONS, ticketAllows, type TicketAction, type TransitionPolicy } from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import { authorize, isAtLeast, type Actor } from '../auth/actor';
import { DomainError } from '../errors';
import type { QueueContext } from './context';

export const OPERATOR = { role: 'operator' } as const;
export const SUPERVISOR = { role: 'supervisor' } as const;

/** `runtime`: the branch's runtime row when the command has already read it in this transaction */
export function requireAlertOff(repos: Repos, branchId: number, runtime = repos.branches.runtime(branchId)): void {
  if (runtime?.alertSince) {
    throw new DomainError('ALERT_ACTIVE', 'Повітряна тривога: видачу і виклик талонів призупинено');
  }
}

/** the one table of which states allow which action (contracts/src/transitions.ts) */
export function requireStatus(t: Ticket, action: TicketAction, policy?: TransitionPolicy): void {
  if (!ticketAllows(action, t.status, policy)) {
    if (refusedByPolicy(action, t.status) === 'finishWithoutStart') {
      throw new DomainError('INVALID_STATE', `Талон ${t.number} не можна завершити без «Почати обслуговування»: у цьому офісі спершу починають обслуговування`);
    }
    throw new DomainError('INVALID_STATE', `Талон ${t.number} не можна ${TICKET_TRANSITIONS[action].verbUk}: його стан — «${STATUS_UK[t.status]}»`);
  }
}

/** operators act on their own window's tickets; supervisors on any in their branch */
export function requireOwnTicket(repos: Repos, actor: Actor | null, t: Ticket): Actor {
  const who = authorize(actor, t.branchId, OPERATOR, 'Талон');
  if (isAtLeast(who, 'supervisor') || who.kind !== 'user' || t.windowId === null) return who;
  const w = repos.windows.get(t.windowId);
  if (w && w.operatorId !== null && w.operatorId !== who.user.id) {
    throw new DomainError('FORBIDDEN', `Талон ${t.number} обслуговує інше вікно`);
  }
  return who;
}

/** a switched-off service takes no new tickets, whether issued or transferred */
export function requireServiceActive(s: Service): void {
  if (!s.active) throw new DomainError('SERVICE_CLOSED', `Послуга «${s.name.uk}» зараз не надається`);
}

/** A window an operator acts at: theirs to use (branch, role) and switched on. */
export function usableWindow(ctx: QueueContext, actor: Actor | null, windowId: number): { w: Window; who: Actor } {
  const w = ctx.window(windowId);
  const who = authorize(actor, w.branchId, OPERATOR, 'Вікно');
  if (!w.active) throw new DomainError('INVALID_STATE', `Вікно ${w.label} вимкнене`);
  return { w, who };
}

/** an operator does not take over or leave a window another person works at; supervisors may */
export function requireNotHeldByOther(w: Pick<Window, 'label' | 'operatorId'>, who: Actor): void {
  if (who.kind === 'user' && w.operatorId !== null && w.operatorId !== who.user.id && !isAtLeast(who, 'supervisor')) {
    throw new DomainError('FORBIDDEN', `За вікном ${w.label} працює інший адміністратор`);
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
