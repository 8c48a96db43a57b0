// The ticket's public page as one value: what GET /api/public/tickets/:code answers and what
// the live ticket page receives as `ticket:update`. Nothing personal, nothing about staff.
import type { PublicTicketLiveView, Ticket } from '@cherha/contracts';
import { bookedForField } from '../booking/booked-for';
import type { Services } from '../http/context';
import type { PeopleAhead } from '../queue/ahead';

/** `ahead`: pass one counter when building many views of one branch at one moment */
export function publicTicketView(s: Services, t: Ticket, ahead: PeopleAhead = s.queue.peopleAhead(t.branchId)): PublicTicketLiveView {
  const branch = s.queue.branch(t.branchId);
  const service = s.repos.catalog.service(t.serviceId)!;
  const peopleAhead = ahead.ofTicket(t);
  return {
    number: t.number, status: t.status, serviceName: service.name, branchName: branch.name, timeZone: branch.timeZone, peopleAhead,
    ...(t.status === 'waiting' ? s.queue.waitNow(t, peopleAhead) : {}),
    // a booked visitor checked in on time: the page says when they are invited first
    ...bookedForField(s.repos, t, branch.timeZone, s.queue.now()),
    windowLabel: t.windowId !== null ? (s.repos.windows.get(t.windowId)?.label ?? null) : null, issuedAt: t.issuedAt, calledAt: t.calledAt,
    rating: s.rating.ticketState(t),
  };
}
