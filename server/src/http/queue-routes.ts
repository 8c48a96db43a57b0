// REST transport of the queue commands: validate, call the service, answer.
import { z } from 'zod';
import {
  AlertBody, BranchParams, CallSpecificBody, CancelBody, IssueTicketBody, ReturnBody, ServiceParams, TicketParams, TransferBody, WindowParams,
  type IssueTicketResponse,
} from '@cherha/contracts';
import { authorize, type Actor } from '../auth/actor';
import { DomainError } from '../errors';
import type { App, Services } from './context';
import { NoBody, optionalBody } from './bodies';

const tags = ['queue'];

export function queueRoutes(app: App, s: Services): void {
  app.post('/api/branches/:branchId/tickets', {
    schema: { operationId: 'issueTicket', tags, summary: 'Видати талон (термінал або адміністратор)', params: BranchParams, body: IssueTicketBody },
  }, async (req, reply) => {
    const r = await s.queue.issueTicketGrouped(req.actor, req.params.branchId, req.body);
    const print = r.replayed ? s.printing.statusOf(r.ticket) : await s.printing.afterIssue(r.ticket, req.actor);
    const openWindows = s.queue.openWindowsFor(r.ticket.branchId).get(r.ticket.serviceId) ?? 0;
    const body: IssueTicketResponse = { ...r, openWindows, statusUrl: s.printing.statusUrl(r.ticket), print };
    return reply.status(r.replayed ? 200 : 201).send(body);
  });

  app.get('/api/branches/:branchId/snapshot', {
    schema: { operationId: 'getQueueSnapshot', tags, summary: 'Стан черги: табло (пристрої) або повний (персонал)', params: BranchParams },
  }, async (req) => {
    const who = authorize(req.actor, req.params.branchId, { role: 'operator', devices: ['kiosk', 'display', 'print_agent', 'rating_terminal'] });
    if (!s.repos.branches.get(req.params.branchId)) throw new DomainError('NOT_FOUND', 'Офіс не знайдено');
    return who.kind === 'user' ? s.views.operator(req.params.branchId) : s.views.board(req.params.branchId);
  });

  app.post('/api/windows/:windowId/call-next', {
    schema: { operationId: 'callNext', tags, summary: 'Викликати наступного до вікна', params: WindowParams, body: NoBody },
  }, async (req) => ({ ticket: s.queue.callNext(req.actor, req.params.windowId) }));

  app.get('/api/windows/:windowId/queue', {
    schema: {
      operationId: 'getWindowQueue', tags, summary: 'Хто наступний у цього вікна: талони в порядку виклику', params: WindowParams,
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }).strict(),
    },
  }, async (req) => {
    const { tickets, total } = s.queue.windowQueue(req.actor, req.params.windowId, req.query.limit);
    const labels = s.repos.windows.labels(tickets[0]?.branchId ?? 0);
    // total: everyone this window may call, beyond the page shown
    const booked = tickets[0] ? s.views.bookedTimes(tickets[0].branchId) : undefined;
    return { tickets: tickets.map((t) => s.views.ticketView(t, labels, booked)), total };
  });

  app.post('/api/windows/:windowId/call', {
    schema: { operationId: 'callSpecificTicket', tags, summary: 'Викликати конкретний талон', params: WindowParams, body: CallSpecificBody },
  }, async (req) => ({ ticket: s.queue.callSpecificTicket(req.actor, req.params.windowId, req.body.ticketId) }));

  for (const [path, operationId, paused, summary] of [
    ['pause', 'pauseWindow', true, 'Пауза вікна'],
    ['resume', 'resumeWindow', false, 'Продовжити роботу вікна'],
  ] as const) {
    app.post(`/api/windows/:windowId/${path}`, {
      schema: { operationId, tags, summary, params: WindowParams, body: NoBody },
    }, async (req) => ({ window: s.queue.setWindowPaused(req.actor, req.params.windowId, paused) }));
  }
  app.post('/api/windows/:windowId/take', {
    schema: { operationId: 'takeWindow', tags, summary: 'Сісти за вікно: воно одразу рахується відкритим', params: WindowParams, body: NoBody },
  }, async (req) => ({ window: s.queue.occupyWindow(req.actor, req.params.windowId) }));
  app.post('/api/windows/:windowId/leave', {
    schema: { operationId: 'leaveWindow', tags, summary: 'Завершити роботу за вікном', params: WindowParams, body: NoBody },
  }, async (req) => ({ window: s.queue.leaveWindow(req.actor, req.params.windowId) }));

  const simple = [
    ['recall', 'recallTicket', 'Повторний виклик', (a: Actor | null, id: number) => s.queue.recallTicket(a, id)],
    ['start', 'startService', 'Почати обслуговування', (a: Actor | null, id: number) => s.queue.startService(a, id)],
    ['finish', 'finishService', 'Завершити обслуговування', (a: Actor | null, id: number) => s.queue.finishService(a, id)],
    ['no-show', 'markNoShow', "Не зʼявився", (a: Actor | null, id: number) => s.queue.markNoShow(a, id)],
    ['postpone', 'postponeTicket', 'Відкласти талон', (a: Actor | null, id: number) => s.queue.postponeTicket(a, id)],
  ] as const;
  for (const [path, operationId, summary, command] of simple) {
    app.post(`/api/tickets/:ticketId/${path}`, {
      schema: { operationId, tags, summary, params: TicketParams, body: NoBody },
    }, async (req) => ({ ticket: command(req.actor, req.params.ticketId) }));
  }

  app.post('/api/tickets/:ticketId/transfer', {
    schema: { operationId: 'transferTicket', tags, summary: 'Перенаправити на іншу послугу або вікно', params: TicketParams, body: TransferBody },
  }, async (req) => ({ ticket: s.queue.transferTicket(req.actor, req.params.ticketId, req.body) }));

  app.post('/api/tickets/:ticketId/return', {
    schema: { operationId: 'returnTicket', tags, summary: 'Повернути відкладений талон у чергу', params: TicketParams, body: optionalBody(ReturnBody) },
  }, async (req) => ({ ticket: s.queue.returnTicket(req.actor, req.params.ticketId, req.body.placement) }));

  app.post('/api/tickets/:ticketId/cancel', {
    schema: { operationId: 'cancelTicket', tags, summary: 'Скасувати талон', params: TicketParams, body: optionalBody(CancelBody) },
  }, async (req) => ({ ticket: s.queue.cancelTicket(req.actor, req.params.ticketId, req.body.reason) }));

  app.get('/api/tickets/:ticketId/events', {
    schema: { operationId: 'getTicketEvents', tags, summary: 'Журнал подій талону', params: TicketParams },
  }, async (req) => {
    const t = s.repos.tickets.get(req.params.ticketId);
    if (!t) throw new DomainError('NOT_FOUND', 'Талон не знайдено');
    authorize(req.actor, t.branchId, { role: 'operator' }, 'Талон');
    return { ticket: t, events: s.repos.tickets.events(t.id), printJobs: s.repos.printJobs.ofTicket(t.id) };
  });

  for (const [path, operationId, closed, summary] of [
    ['close-today', 'closeServiceToday', true, 'Закрити прийом з послуги на сьогодні'],
    ['reopen-today', 'reopenServiceToday', false, 'Відновити прийом з послуги сьогодні'],
  ] as const) {
    app.post(`/api/branches/:branchId/services/:serviceId/${path}`, {
      schema: { operationId, tags, summary, params: ServiceParams, body: NoBody },
    }, async (req) => s.queue.setServiceClosedToday(req.actor, req.params.branchId, req.params.serviceId, closed));
  }

  app.post('/api/branches/:branchId/alert', {
    schema: { operationId: 'setAlert', tags, summary: 'Повітряна тривога: оголосити або дати відбій', params: BranchParams, body: AlertBody },
  }, async (req) => s.queue.setAlert(req.actor, req.params.branchId, req.body.active));
}
