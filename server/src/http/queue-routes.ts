// REST transport of the queue commands: the table (contracts/src/api/queue.ts) validates,
// the service decides, the answer is checked against the table's response schema in tests.
import { authorize, type Actor } from '../auth/actor';
import { DomainError } from '../errors';
import type { App, Services } from './context';
import { route } from './route';

const tags = ['queue'];

export function queueRoutes(app: App, s: Services): void {
  route(app, 'issueTicket', async (req, reply) => {
    const r = await s.queue.issueTicketGrouped(req.actor, req.params.branchId, req.body);
    const print = r.replayed ? s.printing.statusOf(r.ticket) : await s.printing.afterIssue(r.ticket, req.actor);
    const openWindows = s.queue.openWindowsFor(r.ticket.branchId).get(r.ticket.serviceId) ?? 0;
    return reply.status(r.replayed ? 200 : 201).send({ ...r, openWindows, statusUrl: s.printing.statusUrl(r.ticket), print });
  }, { tags });

  route(app, 'getQueueSnapshot', async (req) => {
    const who = authorize(req.actor, req.params.branchId, { role: 'operator', devices: ['kiosk', 'display', 'print_agent', 'rating_terminal'] });
    if (!s.repos.branches.get(req.params.branchId)) throw new DomainError('NOT_FOUND', 'Офіс не знайдено');
    return who.kind === 'user' ? s.views.operator(req.params.branchId) : s.views.board(req.params.branchId);
  }, { tags });

  route(app, 'callNext', async (req) => ({ ticket: s.queue.callNext(req.actor, req.params.windowId) }), { tags });

  route(app, 'getWindowQueue', async (req) => {
    const { tickets, total } = s.queue.windowQueue(req.actor, req.params.windowId, req.query.limit);
    const labels = s.repos.windows.labels(tickets[0]?.branchId ?? 0);
    const booked = tickets[0] ? s.views.bookedTimes(tickets[0].branchId) : undefined;
    return { tickets: tickets.map((t) => s.views.ticketView(t, labels, booked)), total };
  }, { tags });

  route(app, 'callSpecificTicket', async (req) => ({ ticket: s.queue.callSpecificTicket(req.actor, req.params.windowId, req.body.ticketId) }), { tags });
  route(app, 'pauseWindow', async (req) => ({ window: s.queue.setWindowPaused(req.actor, req.params.windowId, true) }), { tags });
  route(app, 'resumeWindow', async (req) => ({ window: s.queue.setWindowPaused(req.actor, req.params.windowId, false) }), { tags });
  route(app, 'takeWindow', async (req) => ({ window: s.queue.occupyWindow(req.actor, req.params.windowId) }), { tags });
  route(app, 'leaveWindow', async (req) => ({ window: s.queue.leaveWindow(req.actor, req.params.windowId) }), { tags });

  const simple = [
    ['recallTicket', (a: Actor | null, id: number) => s.queue.recallTicket(a, id)],
    ['startService', (a: Actor | null, id: number) => s.queue.startService(a, id)],
    ['finishService', (a: Actor | null, id: number) => s.queue.finishService(a, id)],
    ['markNoShow', (a: Actor | null, id: number) => s.queue.markNoShow(a, id)],
    ['postponeTicket', (a: Actor | null, id: number) => s.queue.postponeTicket(a, id)],
  ] as const;
  for (const [id, command] of simple) {
    route(app, id, async (req) => ({ ticket: command(req.actor, req.params.ticketId) }), { tags });
  }

  route(app, 'transferTicket', async (req) => ({ ticket: s.queue.transferTicket(req.actor, req.params.ticketId, req.body) }), { tags });
  route(app, 'returnTicket', async (req) => ({ ticket: s.queue.returnTicket(req.actor, req.params.ticketId, req.body.placement) }), { tags });
  route(app, 'cancelTicket', async (req) => ({ ticket: s.queue.cancelTicket(req.actor, req.params.ticketId, req.body.reason) }), { tags });

  route(app, 'getTicketEvents', async (req) => {
    const t = s.repos.tickets.get(req.params.ticketId);
    if (!t) throw new DomainError('NOT_FOUND', 'Талон не знайдено');
    authorize(req.actor, t.branchId, { role: 'operator' }, 'Талон');
    return { ticket: t, events: s.repos.tickets.events(t.id), printJobs: s.repos.printJobs.ofTicket(t.id) };
  }, { tags });

  route(app, 'closeServiceToday', async (req) => s.queue.setServiceClosedToday(req.actor, req.params.branchId, req.params.serviceId, true), { tags });
  route(app, 'reopenServiceToday', async (req) => s.queue.setServiceClosedToday(req.actor, req.params.branchId, req.params.serviceId, false), { tags });
  route(app, 'setAlert', async (req) => s.queue.setAlert(req.actor, req.params.branchId, req.body.active), { tags });
}
