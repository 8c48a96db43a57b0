import type { Ticket, TicketEvent, TicketEventType } from '@cherha/contracts';
import type { Db } from './open';
import { toTicket, toTicketEvent, type TicketEventRow, type TicketRow } from './rows';

export interface NewTicket {
  branchId: number;
  serviceId: number;
  serviceDay: string;
  prefix: string;
  seq: number;
  number: string;
  priorityCategoryId: number | null;
  issuedAt: string;
  peopleAheadAtIssue: number;
  estimatedWaitMinutesAtIssue: number;
  language: string;
  publicCode: string;
  idempotencyKey: string | null;
  issuedBy: string;
  /** the kiosk (or other device) that issued it; null for staff and the system */
  issuedByDeviceId: number | null;
}

export interface NewEvent {
  ticketId: number;
  branchId: number;
  type: TicketEventType;
  at: string;
  windowId: number | null;
  operatorId: number | null;
  actor: string;
  data?: Record<string, unknown> | null;
}

/** A waiting ticket a window may call, with the window's level for its service (0 = sent to this window). */
export interface Candidate extends Ticket {
  level: number;
}

export interface RecentCall {
  ticketId: number;
  number: string;
  windowLabel: string;
  at: string;
  recall: boolean;
}

const OPEN = `('waiting','called','serving','postponed')`;
// "status IN ${OPEN} AND status = 'waiting'": the IN term is what lets SQLite use the partial
// index tickets_open (it cannot prove that status = 'waiting' implies the index's IN); without
// it "the branch's waiting tickets" walks tickets_day — every ticket the branch ever issued.

export function ticketRepo(db: Db) {
  const s = {
    maxSeq: db.prepare<[number, string, string, number, number], { m: number | null }>(
      'SELECT max(seq) AS m FROM tickets WHERE branch_id = ? AND service_day = ? AND prefix = ? AND seq BETWEEN ? AND ?',
    ),
    // RETURNING: the stored row (defaults included) without a second statement to read it back
    insert: db.prepare<NewTicket, TicketRow>(
      `INSERT INTO tickets (branch_id, service_id, service_day, prefix, seq, number, status, priority_category_id, issued_at, queued_at,
         people_ahead_at_issue, estimated_wait_minutes_at_issue, language, public_code, idempotency_key, issued_by, issued_by_device_id)
       VALUES (@branchId, @serviceId, @serviceDay, @prefix, @seq, @number, 'waiting', @priorityCategoryId, @issuedAt, @issuedAt,
         @peopleAheadAtIssue, @estimatedWaitMinutesAtIssue, @language, @publicCode, @idempotencyKey, @issuedBy, @issuedByDeviceId)
       RETURNING *`,
    ),
    save: db.prepare(
      `UPDATE tickets SET service_id=@serviceId, status=@status, priority_category_id=@priorityCategoryId, target_window_id=@targetWindowId,
         window_id=@windowId, operator_id=@operatorId, queued_at=@queuedAt, called_at=@calledAt, started_at=@startedAt,
         finished_at=@finishedAt, recall_count=@recallCount WHERE id=@id`,
    ),
    get: db.prepare<[number], TicketRow>('SELECT * FROM tickets WHERE id = ?'),
    byKey: db.prepare<[number, string], TicketRow>('SELECT * FROM tickets WHERE branch_id = ? AND idempotency_key = ?'),
    issuerDevice: db.prepare<[number], { issued_by_device_id: number | null }>('SELECT issued_by_device_id FROM tickets WHERE id = ?'),
    byCode: db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE public_code = ?'),
    issuedForService: db.prepare<[number, string], { n: number }>(
      'SELECT count(*) AS n FROM tickets WHERE service_id = ? AND service_day = ?',
    ),
    waitingIn: db.prepare<[number, number], { n: number }>(
      `SELECT count(*) AS n FROM tickets INDEXED BY tickets_waiting_service WHERE branch_id = ? AND service_id = ? AND status = 'waiting'`,
    ),
    waitingPriorityIn: db.prepare<[number, number], { n: number }>(
      `SELECT count(*) AS n FROM tickets INDEXED BY tickets_waiting_service
        WHERE branch_id = ? AND service_id = ? AND status = 'waiting' AND priority_category_id IS NOT NULL`,
    ),
    open: db.prepare<[number], TicketRow>(`SELECT * FROM tickets WHERE branch_id = ? AND status IN ${OPEN} ORDER BY queued_at, id`),
    waitingCounts: db.prepare<[number], { service_id: number; n: number }>(
      `SELECT service_id, count(*) AS n FROM tickets WHERE branch_id = ? AND status IN ${OPEN} AND status = 'waiting' GROUP BY service_id`,
    ),
    candidates: db.prepare<{ branchId: number; windowId: number }, TicketRow & { level: number }>(
      `SELECT t.*, ws.level AS level FROM tickets t
         JOIN window_services ws ON ws.service_id = t.service_id AND ws.window_id = @windowId
        WHERE t.branch_id = @branchId AND t.status IN ${OPEN} AND t.status = 'waiting' AND t.target_window_id IS NULL
       UNION ALL
       SELECT t.*, 0 AS level FROM tickets t
        WHERE t.branch_id = @branchId AND t.status IN ${OPEN} AND t.status = 'waiting' AND t.target_window_id = @windowId`,
    ),
    // rows as arrays and the time as a number: for hundreds of rows per issue, building objects
    // and strings in JS cost more than SQLite's own work (queued_at is always toISOString(); a
    // value SQLite cannot read comes back as the string and is parsed in JS)
    waitingLean: db.prepare<[number], [number, number, number, number | string, number | null]>(
      `SELECT id, service_id, priority_category_id IS NOT NULL, coalesce(round(unixepoch(queued_at, 'subsec') * 1000), queued_at), target_window_id
         FROM tickets WHERE branch_id = ? AND status IN ${OPEN} AND status = 'waiting'`,
    ).raw(true),
    waitingLeanFor: db.prepare<[number, string, string], [number, number, number, number | string, number | null]>(
      `SELECT id, service_id, priority_category_id IS NOT NULL, coalesce(round(unixepoch(queued_at, 'subsec') * 1000), queued_at), target_window_id
         FROM tickets WHERE branch_id = ? AND status IN ${OPEN} AND status = 'waiting'
          AND (service_id IN (SELECT value FROM json_each(?)) OR target_window_id IN (SELECT value FROM json_each(?)))`,
    ).raw(true),
    // people ahead of a ticket being issued (server/src/queue/ahead-newcomer.ts): the waiting tickets
    // its windows may call, counted by what the call order needs — service, window sent to, priority,
    // and whether it was queued no later than the newcomer's threshold for its kind (null: a time
    // SQLite cannot read). Tickets booked on time are left out here and read one by one below.
    waitingTally: db.prepare<
      { branchId: number; serviceIds: string; windowIds: string; day: string; thP: number; thO: number },
      [number, number | null, number, number | null, number]
    >(
      `SELECT service_id, target_window_id, p, CASE WHEN q IS NULL THEN NULL WHEN p THEN q <= @thP ELSE q <= @thO END, count(*)
         FROM (SELECT service_id, target_window_id, priority_category_id IS NOT NULL AS p, round(unixepoch(queued_at, 'subsec') * 1000) AS q
                 FROM tickets t WHERE branch_id = @branchId AND status IN ${OPEN} AND status = 'waiting'
                  AND (service_id IN (SELECT value FROM json_each(@serviceIds)) OR target_window_id IN (SELECT value FROM json_each(@windowIds)))
                  AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.ticket_id = t.id AND b.branch_id = @branchId AND b.service_day = @day
                                   AND b.status = 'checked_in' AND b.late = 0))
        GROUP BY 1, 2, 3, 4`,
    ).raw(true),
    waitingBookedFor: db.prepare<[number, string, string, string], [number, number, number, number | string, number | null, string]>(
      `SELECT t.id, t.service_id, t.priority_category_id IS NOT NULL, coalesce(round(unixepoch(t.queued_at, 'subsec') * 1000), t.queued_at),
              t.target_window_id, b.starts_at
         FROM bookings b JOIN tickets t ON t.id = b.ticket_id
        WHERE b.branch_id = ? AND b.service_day = ? AND b.status = 'checked_in' AND b.late = 0 AND t.status = 'waiting'
          AND (t.service_id IN (SELECT value FROM json_each(?)) OR t.target_window_id IN (SELECT value FROM json_each(?)))`,
    ).raw(true),
    callers: db.prepare<[number], { window_id: number; service_id: number | null; level: number | null }>(
      `SELECT w.id AS window_id, ws.service_id, ws.level FROM windows w LEFT JOIN window_services ws ON ws.window_id = w.id
        WHERE w.branch_id = ? AND w.active = 1 ORDER BY w.id, ws.level, ws.service_id`,
    ),
    callersOf: db.prepare<[number, number], { window_id: number; service_id: number | null; level: number | null }>(
      `SELECT w.id AS window_id, ws.service_id, ws.level FROM windows w LEFT JOIN window_services ws ON ws.window_id = w.id
        WHERE w.branch_id = ? AND w.active = 1 AND w.id IN (SELECT window_id FROM window_services WHERE service_id = ?)
        ORDER BY w.id, ws.level, ws.service_id`,
    ),
    atWindow: db.prepare<[number], TicketRow>(`SELECT * FROM tickets WHERE window_id = ? AND status IN ('called','serving') ORDER BY called_at DESC`),
    recentDurations: db.prepare<[number, number], { started_at: string; finished_at: string }>(
      `SELECT started_at, finished_at FROM tickets WHERE service_id = ? AND status = 'done' AND started_at IS NOT NULL
        ORDER BY finished_at DESC LIMIT ?`,
    ),
    staleOpen: db.prepare<[number, string], TicketRow>(
      `SELECT * FROM tickets WHERE branch_id = ? AND status IN ${OPEN} AND service_day < ? ORDER BY id`,
    ),
    insEvent: db.prepare(
      `INSERT INTO ticket_events (ticket_id, branch_id, type, at, window_id, operator_id, actor, data)
       VALUES (@ticketId, @branchId, @type, @at, @windowId, @operatorId, @actor, @data)`,
    ),
    events: db.prepare<[number], TicketEventRow>('SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id'),
    recentCalls: db.prepare<[number, number], { ticket_id: number; number: string; label: string; at: string; type: string }>(
      `SELECT e.ticket_id, t.number, w.label, e.at, e.type FROM ticket_events e
         JOIN tickets t ON t.id = e.ticket_id JOIN windows w ON w.id = e.window_id
        WHERE e.branch_id = ? AND e.type IN ('called','recalled') ORDER BY e.id DESC LIMIT ?`,
    ),
  };

  const one = (r: TicketRow | undefined) => (r ? toTicket(r) : undefined);

  return {
    /**
     * The next number of a letter within a service's range, for one day: one past the
     * highest already issued in that range. Call inside the issuing transaction (the single
     * writer), so two tickets can never get the same number.
     */
    nextSeq: (branchId: number, day: string, prefix: string, rangeStart: number, rangeEnd: number): number =>
      (s.maxSeq.get(branchId, day, prefix, rangeStart, rangeEnd)!.m ?? rangeStart - 1) + 1,
    insert: (t: NewTicket): Ticket => toTicket(s.insert.get(t)!),
    save: (t: Ticket) => void s.save.run(t),
    get: (id: number) => one(s.get.get(id)),
    byIdempotencyKey: (branchId: number, key: string) => one(s.byKey.get(branchId, key)),
    byPublicCode: (code: string) => one(s.byCode.get(code)),
    /** "device:3", "user:5": who issued the ticket (reprint goes to the issuing kiosk) */
    /** the device that issued the ticket, if a device did */
    issuerDevice: (id: number): number | null => s.issuerDevice.get(id)?.issued_by_device_id ?? null,
    issuedToday: (serviceId: number, day: string): number => s.issuedForService.get(serviceId, day)!.n,
    open: (branchId: number): Ticket[] => s.open.all(branchId).map(toTicket),
    /** waiting in one service (only priority visitors when `priorityOnly`) */
    waitingIn: (branchId: number, serviceId: number, priorityOnly: boolean): number =>
      (priorityOnly ? s.waitingPriorityIn : s.waitingIn).get(branchId, serviceId)!.n,
    waitingCounts: (branchId: number): Map<number, number> => new Map(s.waitingCounts.all(branchId).map((r) => [r.service_id, r.n])),
    candidates: (branchId: number, windowId: number): Candidate[] =>
      s.candidates.all({ branchId, windowId }).map((r) => ({ ...toTicket(r), level: r.level })),
    /**
     * The branch's waiting tickets, only what the call order needs (people ahead reads them for
     * every issue); with `only`, just those of these services or sent to these windows.
     */
    waitingForOrder: (
      branchId: number, only?: { serviceIds: number[]; windowIds: number[] },
    ): { id: number; serviceId: number; priority: boolean; queuedAtMs: number; targetWindowId: number | null }[] =>
      (only ? s.waitingLeanFor.all(branchId, JSON.stringify(only.serviceIds), JSON.stringify(only.windowIds)) : s.waitingLean.all(branchId))
        .map(([id, serviceId, priority, queued, targetWindowId]) => ({
          id, serviceId, priority: priority === 1, queuedAtMs: typeof queued === 'number' ? queued : Date.parse(queued), targetWindowId,
        })),
    /**
     * The waiting tickets of these services or sent to these windows, as counts by service, window
     * sent to, priority and `before` (queued no later than `thP` for a priority visitor, `thO` for
     * an ordinary one; null when the stored time cannot be read) — without the tickets booked on
     * time for `day`, which `bookedWaitingFor` gives one by one with their booked time.
     */
    waitingTally: (
      branchId: number, only: { serviceIds: number[]; windowIds: number[] }, day: string, thresholds: { priority: number; ordinary: number },
    ): { serviceId: number; targetWindowId: number | null; priority: boolean; before: boolean | null; n: number }[] =>
      s.waitingTally.all({
        branchId, serviceIds: JSON.stringify(only.serviceIds), windowIds: JSON.stringify(only.windowIds), day, thP: thresholds.priority, thO: thresholds.ordinary,
      }).map(([serviceId, targetWindowId, priority, before, n]) => ({ serviceId, targetWindowId, priority: priority === 1, before: before === null ? null : before === 1, n })),
    bookedWaitingFor: (
      branchId: number, only: { serviceIds: number[]; windowIds: number[] }, day: string,
    ): { id: number; serviceId: number; priority: boolean; queuedAtMs: number; targetWindowId: number | null; bookedAtMs: number }[] =>
      s.waitingBookedFor.all(branchId, day, JSON.stringify(only.serviceIds), JSON.stringify(only.windowIds))
        .map(([id, serviceId, priority, queued, targetWindowId, startsAt]) => ({
          id, serviceId, priority: priority === 1, queuedAtMs: typeof queued === 'number' ? queued : Date.parse(queued), targetWindowId, bookedAtMs: Date.parse(startsAt),
        })),
    /**
     * The windows that may call this branch's tickets (the active ones) with the services they
     * serve and at which level, in one query: people ahead asks for it on every issue. With
     * `servingService`, only the windows that serve it (each still with all its services).
     */
    callingWindows: (branchId: number, servingService?: number): { id: number; services: { serviceId: number; level: number }[] }[] => {
      const out: { id: number; services: { serviceId: number; level: number }[] }[] = [];
      for (const r of servingService === undefined ? s.callers.all(branchId) : s.callersOf.all(branchId, servingService)) {
        if (out.at(-1)?.id !== r.window_id) out.push({ id: r.window_id, services: [] });
        if (r.service_id !== null && r.level !== null) out.at(-1)!.services.push({ serviceId: r.service_id, level: r.level });
      }
      return out;
    },
    atWindow: (windowId: number): Ticket[] => s.atWindow.all(windowId).map(toTicket),
    /** minutes of the last `limit` services of this kind */
    recentServiceMinutes: (serviceId: number, limit: number): number[] =>
      s.recentDurations.all(serviceId, limit).map((r) => (Date.parse(r.finished_at) - Date.parse(r.started_at)) / 60_000),
    staleOpen: (branchId: number, today: string): Ticket[] => s.staleOpen.all(branchId, today).map(toTicket),
    addEvent: (e: NewEvent) => void s.insEvent.run({ ...e, data: e.data ? JSON.stringify(e.data) : null }),
    events: (ticketId: number): TicketEvent[] => s.events.all(ticketId).map(toTicketEvent),
    recentCalls: (branchId: number, limit: number): RecentCall[] =>
      s.recentCalls.all(branchId, limit).map((r) => ({ ticketId: r.ticket_id, number: r.number, windowLabel: r.label, at: r.at, recall: r.type === 'recalled' })),
  };
}
export type TicketRepo = ReturnType<typeof ticketRepo>;
