// Rows of the route table (schema half) for the queue: issuing, the windows' commands, the
// ticket's transitions and the supervisor's controls. Bodies and params live in schemas.ts.
import { z } from 'zod';
import { NoBody, optionalBody, type ContractRows } from '../contract';
import { AlertStateSchema, TicketEventSchema, TicketSchema, WindowSchema } from '../domain';
import { BoardSnapshotSchema, IssueTicketResponseSchema, OperatorSnapshotSchema, TicketViewSchema } from '../live';
import {
  AlertBody, BranchParams, CallSpecificBody, CancelBody, IssueTicketBody, ReturnBody, ServiceParams, TicketParams, TransferBody, WindowParams,
} from '../schemas';

/** a command on one ticket answers with the ticket as it is now */
const TicketAnswer = z.object({ ticket: TicketSchema });
const WindowAnswer = z.object({ window: WindowSchema });
const ticketCommand = (summary: string) => ({ summary, params: TicketParams, body: NoBody, response: TicketAnswer });

/** a print job of a ticket, as its event log shows it */
export const TicketPrintJobSchema = z.object({
  id: z.string(),
  status: z.string(),
  message: z.string().nullable(),
  created_at: z.string(),
});

export const QUEUE_CONTRACT = {
  issueTicket: { summary: 'Видати талон (термінал або адміністратор)', params: BranchParams, body: IssueTicketBody, response: IssueTicketResponseSchema },
  getQueueSnapshot: {
    summary: 'Стан черги: табло (пристрої) або повний (персонал)',
    params: BranchParams,
    // staff get the operator's snapshot (it extends the board's); screens get the board's
    response: z.union([OperatorSnapshotSchema, BoardSnapshotSchema]),
  },
  callNext: { summary: 'Викликати наступного до вікна', params: WindowParams, body: NoBody, response: TicketAnswer },
  getWindowQueue: {
    summary: 'Хто наступний у цього вікна: талони в порядку виклику',
    params: WindowParams,
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }).strict(),
    // total: everyone this window may call, beyond the page shown
    response: z.object({ tickets: z.array(TicketViewSchema), total: z.number().int() }),
  },
  callSpecificTicket: { summary: 'Викликати конкретний талон', params: WindowParams, body: CallSpecificBody, response: TicketAnswer },
  pauseWindow: { summary: 'Пауза вікна', params: WindowParams, body: NoBody, response: WindowAnswer },
  resumeWindow: { summary: 'Продовжити роботу вікна', params: WindowParams, body: NoBody, response: WindowAnswer },
  takeWindow: { summary: 'Сісти за вікно: воно одразу рахується відкритим', params: WindowParams, body: NoBody, response: WindowAnswer },
  leaveWindow: { summary: 'Завершити роботу за вікном', params: WindowParams, body: NoBody, response: WindowAnswer },
  recallTicket: ticketCommand('Повторний виклик'),
  startService: ticketCommand('Почати обслуговування'),
  finishService: ticketCommand('Завершити обслуговування'),
  markNoShow: ticketCommand('Не зʼявився'),
  postponeTicket: ticketCommand('Відкласти талон'),
  transferTicket: { summary: 'Перенаправити на іншу послугу або вікно', params: TicketParams, body: TransferBody, response: TicketAnswer },
  returnTicket: { summary: 'Повернути відкладений талон у чергу', params: TicketParams, body: optionalBody(ReturnBody), response: TicketAnswer },
  cancelTicket: { summary: 'Скасувати талон', params: TicketParams, body: optionalBody(CancelBody), response: TicketAnswer },
  getTicketEvents: {
    summary: 'Журнал подій талону',
    params: TicketParams,
    response: z.object({ ticket: TicketSchema, events: z.array(TicketEventSchema), printJobs: z.array(TicketPrintJobSchema) }),
  },
  closeServiceToday: {
    summary: 'Закрити прийом з послуги на сьогодні', params: ServiceParams, body: NoBody,
    response: z.object({ serviceId: z.number().int(), closedToday: z.boolean() }),
  },
  reopenServiceToday: {
    summary: 'Відновити прийом з послуги сьогодні', params: ServiceParams, body: NoBody,
    response: z.object({ serviceId: z.number().int(), closedToday: z.boolean() }),
  },
  setAlert: { summary: 'Повітряна тривога: оголосити або дати відбій', params: BranchParams, body: AlertBody, response: AlertStateSchema },
} as const satisfies ContractRows;
