// «Is this waiting ticket a booked one, and for when?» — the one answer the paper, the ticket
// page, the check-in answer and the operator's list share. A booked visitor checked in on time
// is called first at the booked time (queue/strategy.ts), so a count of people ahead would be
// false for them: they are told the time instead.
import type { Ticket } from '@cherha/contracts';
import type { Repos } from '@cherha/db';
import { localTime } from '../time';

/** ticket id → booked local time «13:00», for the branch's waiting booked tickets today */
export function bookedTimes(repos: Repos, branchId: number, timeZone: string, now: Date): Map<number, string> {
  const day = localTime(now, timeZone).date;
  const out = new Map<number, string>();
  for (const [ticketId, ms] of repos.bookings.bookedWaiting(branchId, day)) out.set(ticketId, localTime(new Date(ms), timeZone).time);
  return out;
}

/** the booked local time of one ticket while it waits, or undefined for everyone else */
export function bookedForOf(repos: Repos, t: Ticket, timeZone: string, now: Date): string | undefined {
  if (t.status !== 'waiting') return undefined;
  return bookedTimes(repos, t.branchId, timeZone, now).get(t.id);
}

/** the same as a field to spread into a view: `{ bookedFor: '13:00' }` or nothing */
export function bookedForField(repos: Repos, t: Ticket, timeZone: string, now: Date): { bookedFor?: string } {
  const at = bookedForOf(repos, t, timeZone, now);
  return at === undefined ? {} : { bookedFor: at };
}
