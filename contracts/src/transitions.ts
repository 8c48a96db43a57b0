// Which ticket states allow which staff action: one table for the server (which refuses
// anything else with INVALID_STATE) and for the console (whose buttons and keys follow it).
import { TICKET_STATUSES, type TicketStatus } from './domain';

export const TICKET_TRANSITIONS = {
  call: { from: ['waiting', 'postponed'], verbUk: 'викликати' },
  recall: { from: ['called'], verbUk: 'викликати повторно' },
  start: { from: ['called'], verbUk: 'почати обслуговувати' },
  finish: { from: ['serving'], verbUk: 'завершити' },
  noShow: { from: ['called'], verbUk: "позначити «Не з'явився»" },
  transfer: { from: ['waiting', 'called', 'serving', 'postponed'], verbUk: 'перенаправити' },
  postpone: { from: ['called', 'serving'], verbUk: 'відкласти' },
  return: { from: ['postponed'], verbUk: 'повернути в чергу' },
  cancel: { from: ['waiting', 'called', 'serving', 'postponed'], verbUk: 'скасувати' },
} as const satisfies Record<string, { from: readonly TicketStatus[]; verbUk: string }>;

export type TicketAction = keyof typeof TICKET_TRANSITIONS;

/** May a ticket in this state take this action? (`undefined`: no ticket: no.) */
export function ticketAllows(action: TicketAction, status: TicketStatus | undefined): boolean {
  return status !== undefined && (TICKET_TRANSITIONS[action].from as readonly TicketStatus[]).includes(status);
}

/** The same table by state: what a ticket in this state may go through. */
export const ACTIONS_BY_STATUS: Readonly<Record<TicketStatus, readonly TicketAction[]>> = Object.fromEntries(
  TICKET_STATUSES.map((status) => [status, (Object.keys(TICKET_TRANSITIONS) as TicketAction[]).filter((a) => ticketAllows(a, status))]),
) as unknown as Record<TicketStatus, readonly TicketAction[]>;
