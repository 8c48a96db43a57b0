// Which ticket states allow which staff action: one table for the server (which refuses
// anything else with INVALID_STATE) and for the console (whose buttons and keys follow it).
// A branch may widen the table with its workplace settings (contracts/src/workplace.ts):
// `alsoFrom` lists the states an action is allowed from only when that setting is on.
import { TICKET_STATUSES, type TicketStatus } from './domain';

/** the branch's choices that widen the table; absent = the strict table */
export interface TransitionPolicy {
  /** «Завершити» straight from «викликано»: two clicks per visitor (call, finish), not three */
  finishWithoutStart: boolean;
}

export const STRICT_POLICY: TransitionPolicy = { finishWithoutStart: false };

interface TransitionSpec {
  from: readonly TicketStatus[];
  alsoFrom?: { when: keyof TransitionPolicy; from: readonly TicketStatus[] };
  verbUk: string;
}

export const TICKET_TRANSITIONS = {
  call: { from: ['waiting', 'postponed'], verbUk: 'викликати' },
  recall: { from: ['called'], verbUk: 'викликати повторно' },
  start: { from: ['called'], verbUk: 'почати обслуговувати' },
  // from «викликано» only where the branch allows it; the service then counts from the call
  finish: { from: ['serving'], alsoFrom: { when: 'finishWithoutStart', from: ['called'] }, verbUk: 'завершити' },
  noShow: { from: ['called'], verbUk: 'позначити «Не зʼявився»' },
  transfer: { from: ['waiting', 'called', 'serving', 'postponed'], verbUk: 'перенаправити' },
  postpone: { from: ['called', 'serving'], verbUk: 'відкласти' },
  return: { from: ['postponed'], verbUk: 'повернути в чергу' },
  cancel: { from: ['waiting', 'called', 'serving', 'postponed'], verbUk: 'скасувати' },
} as const satisfies Record<string, TransitionSpec>;

export type TicketAction = keyof typeof TICKET_TRANSITIONS;
const ACTIONS = Object.keys(TICKET_TRANSITIONS) as TicketAction[];

/** May a ticket in this state take this action under the branch's policy? (`undefined`: no ticket: no.) */
export function ticketAllows(action: TicketAction, status: TicketStatus | undefined, policy: TransitionPolicy = STRICT_POLICY): boolean {
  if (status === undefined) return false;
  const spec: TransitionSpec = TICKET_TRANSITIONS[action];
  if (spec.from.includes(status)) return true;
  return spec.alsoFrom !== undefined && policy[spec.alsoFrom.when] && spec.alsoFrom.from.includes(status);
}

/** Is this action refused from this state only because the branch's policy does not allow it? */
export function refusedByPolicy(action: TicketAction, status: TicketStatus): keyof TransitionPolicy | null {
  const spec: TransitionSpec = TICKET_TRANSITIONS[action];
  return spec.alsoFrom !== undefined && spec.alsoFrom.from.includes(status) ? spec.alsoFrom.when : null;
}

/** What a ticket in this state may go through under a policy. */
export function actionsFor(status: TicketStatus, policy: TransitionPolicy = STRICT_POLICY): readonly TicketAction[] {
  return ACTIONS.filter((a) => ticketAllows(a, status, policy));
}

/** The strict table by state (no branch widening). */
export const ACTIONS_BY_STATUS: Readonly<Record<TicketStatus, readonly TicketAction[]>> = Object.fromEntries(
  TICKET_STATUSES.map((status) => [status, actionsFor(status)]),
) as unknown as Record<TicketStatus, readonly TicketAction[]>;
