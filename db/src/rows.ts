// Row ↔ domain mapping: snake_case rows in, camelCase contract types out.
import type {
  Branch, Category, Device, DeviceKind, Language, PriorityCategory, Role, Service, StrategySettings, Ticket,
  TicketEvent, TicketEventType, TicketStatus, User, Window,
} from '@cherha/contracts';

export interface BranchRow {
  id: number; name_uk: string; name_en: string; address: string; time_zone: string; strategy: string;
  target_wait_minutes: number; ticket_header: string; ticket_footer: string; active: number; revision: number;
  ordinary_since_priority: number; alert_since: string | null; closed_through_day: string | null;
}
export function toBranch(r: BranchRow, hours: Branch['hours'], exceptions: Branch['exceptions']): Branch {
  return {
    id: r.id, name: { uk: r.name_uk, en: r.name_en }, address: r.address, timeZone: r.time_zone,
    strategy: JSON.parse(r.strategy) as StrategySettings, targetWaitMinutes: r.target_wait_minutes,
    ticketHeader: r.ticket_header, ticketFooter: r.ticket_footer, hours, exceptions, active: r.active === 1,
  };
}

export interface CategoryRow { id: number; branch_id: number; parent_id: number | null; name_uk: string; name_en: string; sort_order: number }
export const toCategory = (r: CategoryRow): Category => ({
  id: r.id, branchId: r.branch_id, parentId: r.parent_id, name: { uk: r.name_uk, en: r.name_en }, sortOrder: r.sort_order,
});

export interface ServiceRow {
  id: number; branch_id: number; category_id: number; name_uk: string; name_en: string; prefix: string;
  range_start: number; range_end: number; daily_cap: number | null; opens_at: string | null; closes_at: string | null;
  stop_issuing_minutes_before_close: number; expected_minutes: number; active: number; sort_order: number;
}
export const toService = (r: ServiceRow): Service => ({
  id: r.id, branchId: r.branch_id, categoryId: r.category_id, name: { uk: r.name_uk, en: r.name_en }, prefix: r.prefix,
  rangeStart: r.range_start, rangeEnd: r.range_end, dailyCap: r.daily_cap, opensAt: r.opens_at, closesAt: r.closes_at,
  stopIssuingMinutesBeforeClose: r.stop_issuing_minutes_before_close, expectedMinutes: r.expected_minutes,
  active: r.active === 1, sortOrder: r.sort_order,
});

export interface PriorityCategoryRow { id: number; branch_id: number; name_uk: string; name_en: string; active: number }
export const toPriorityCategory = (r: PriorityCategoryRow): PriorityCategory => ({
  id: r.id, branchId: r.branch_id, name: { uk: r.name_uk, en: r.name_en }, active: r.active === 1,
});

export interface WindowRow { id: number; branch_id: number; label: string; name: string; paused: number; operator_id: number | null; active: number }
export const toWindow = (r: WindowRow, services: Window['services']): Window => ({
  id: r.id, branchId: r.branch_id, label: r.label, name: r.name, services, paused: r.paused === 1, operatorId: r.operator_id,
  active: r.active === 1,
});

export interface UserRow { id: number; branch_id: number | null; login: string; name: string; role: string; password_hash: string; active: number }
export const toUser = (r: UserRow): User => ({
  id: r.id, branchId: r.branch_id, login: r.login, name: r.name, role: r.role as Role, active: r.active === 1,
});

export interface DeviceRow {
  id: number; branch_id: number; kind: string; name: string; token_hash: string | null; pairing_code_hash: string | null;
  pairing_expires_at: string | null; paired_at: string | null; last_seen_at: string | null; is_demo: number;
  printer: string | null; print_agent_id: number | null; revoked: number;
}
export const toDevice = (r: DeviceRow): Device => ({
  id: r.id, branchId: r.branch_id, kind: r.kind as DeviceKind, name: r.name, paired: r.token_hash !== null && r.revoked === 0,
  lastSeenAt: r.last_seen_at,
});

export interface TicketRow {
  id: number; branch_id: number; service_id: number; service_day: string; prefix: string; seq: number; number: string;
  status: string; priority_category_id: number | null; target_window_id: number | null; window_id: number | null;
  operator_id: number | null; issued_at: string; queued_at: string; called_at: string | null; started_at: string | null;
  finished_at: string | null; recall_count: number; people_ahead_at_issue: number; estimated_wait_minutes_at_issue: number;
  language: string; public_code: string; idempotency_key: string | null; issued_by: string;
}
export const toTicket = (r: TicketRow): Ticket => ({
  id: r.id, branchId: r.branch_id, serviceId: r.service_id, number: r.number, serviceDay: r.service_day,
  status: r.status as TicketStatus, priorityCategoryId: r.priority_category_id, targetWindowId: r.target_window_id,
  windowId: r.window_id, operatorId: r.operator_id, issuedAt: r.issued_at, queuedAt: r.queued_at, calledAt: r.called_at,
  startedAt: r.started_at, finishedAt: r.finished_at, recallCount: r.recall_count, peopleAheadAtIssue: r.people_ahead_at_issue,
  estimatedWaitMinutesAtIssue: r.estimated_wait_minutes_at_issue, language: r.language as Language, publicCode: r.public_code,
});

export interface TicketEventRow {
  id: number; ticket_id: number; branch_id: number; type: string; at: string; window_id: number | null;
  operator_id: number | null; actor: string; data: string | null;
}
export const toTicketEvent = (r: TicketEventRow): TicketEvent => ({
  id: r.id, ticketId: r.ticket_id, type: r.type as TicketEventType, at: r.at, windowId: r.window_id, operatorId: r.operator_id,
  actor: r.actor, data: r.data === null ? null : (JSON.parse(r.data) as Record<string, unknown>),
});
