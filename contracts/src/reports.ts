// Reports for the head of a centre and for the state (server/src/reports, docs/reports.md):
// queries, answers, the national export and its API tokens.
import { z } from 'zod';
import { IdParam, safeString } from './schemas';
import type { ContractRows } from './contract';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата у форматі РРРР-ММ-ДД')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Такої дати не існує');

/** longest period one report covers (a little over a leap year, for "the year to date" plus a margin) */
export const REPORT_MAX_DAYS = 400;
/** a series by day is drawn for periods up to this many days; longer ones by month */
export const REPORT_MAX_DAILY_POINTS = 93;
export const REPORT_GRAINS = ['day', 'month', 'year'] as const;
export type ReportGrain = (typeof REPORT_GRAINS)[number];

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;

const period = { from: isoDate, to: isoDate };
const periodChecks = <T extends { from: string; to: string }>(s: z.ZodType<T>) =>
  s
    .refine((q) => q.from <= q.to, { message: 'Початок періоду має бути не пізніше кінця', path: ['from'] })
    .refine((q) => daysBetween(q.from, q.to) <= REPORT_MAX_DAYS, { message: `Період — не довше ${REPORT_MAX_DAYS} днів`, path: ['to'] });

/** GET /api/reports: a period of service days (inclusive) and optional filters */
export const ReportQuery = periodChecks(
  z
    .object({
      ...period,
      branchId: IdParam.optional(),
      categoryId: IdParam.optional(),
      serviceId: IdParam.optional(),
      windowId: IdParam.optional(),
      operatorId: IdParam.optional(),
      /** the series' step; default: by day up to 93 days, else by month */
      grain: z.enum(REPORT_GRAINS).optional(),
      /** "1": also the figures of the period of the same length just before */
      compare: z.enum(['0', '1']).optional(),
    })
    .strict(),
).refine((q) => q.grain !== 'day' || daysBetween(q.from, q.to) <= REPORT_MAX_DAILY_POINTS, {
  message: `Ряд по днях — для періоду до ${REPORT_MAX_DAILY_POINTS} днів; оберіть «по місяцях»`,
  path: ['grain'],
});
export type ReportQueryInput = z.infer<typeof ReportQuery>;

/** GET /api/reports/filters?branchId= */
export const ReportFiltersQuery = z.object({ branchId: IdParam.optional() }).strict();

/** GET /api/reports/export/*.csv */
export const ReportExportQuery = periodChecks(z.object({ ...period, branchId: IdParam.optional() }).strict());
export type ReportExportInput = z.infer<typeof ReportExportQuery>;

/** POST /api/reports/export-tokens */
export const ExportTokenBody = z.object({ name: safeString().trim().min(1, 'Вкажіть назву').max(100, 'Не довше 100 символів') }).strict();
export const ExportTokenParams = z.object({ id: IdParam }).strict();

// ---- answers ----

export interface WaitFigures {
  /** tickets whose waiting was measured (called at least once) */
  count: number;
  meanMinutes: number | null;
  /** from 1-minute buckets: the whole minute the middle visitor's wait falls in */
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** share (0…1) of measured waits not longer than the centre's target wait */
  withinTargetShare: number | null;
}

export interface ReportFigures {
  tickets: number;
  /** tickets whose holder reached a window (service started or finished) */
  visitors: number;
  served: number;
  noShow: number;
  cancelled: number;
  /** left open at the day end and closed by the server */
  closed: number;
  /** tickets transferred at least once by staff */
  transferred: number;
  /** tickets postponed at least once */
  postponed: number;
  priority: number;
  /** shares of tickets, 0…1 (null when there are no tickets) */
  noShowRate: number | null;
  transferRate: number | null;
  postponeRate: number | null;
  cancelRate: number | null;
  wait: WaitFigures;
  service: { count: number; meanMinutes: number | null };
  satisfaction: { rated: number; satisfied: number; share: number | null };
}

export interface ReportSeriesPoint extends ReportFigures {
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  period: string;
}

export interface ReportWorkloadRow {
  operatorId: number;
  operatorName: string;
  /** minutes at a window (open or paused) */
  shiftMinutes: number;
  /** minutes with a visitor: from the call to the finish, no-show, transfer or postponement */
  servingMinutes: number;
  pausedMinutes: number;
  /** minutes at an open window under an air-raid alert (not counted as idle) */
  alertMinutes: number;
  idleMinutes: number;
  /** shares of the shift, 0…1 */
  servingShare: number | null;
  pausedShare: number | null;
  idleShare: number | null;
  served: number;
  /** served visitors per hour of shift (paused time excluded) */
  visitorsPerHour: number | null;
  serviceMeanMinutes: number | null;
}

export interface ReportNamedRow {
  id: number;
  name: string;
  figures: ReportFigures;
}

export interface ReportAlertPeriod {
  branchId: number;
  startedAt: string;
  /** null: still on */
  endedAt: string | null;
  minutes: number;
}

export interface Report {
  from: string;
  to: string;
  grain: ReportGrain;
  /** null: the whole network */
  branchId: number | null;
  totals: ReportFigures;
  /** the period of the same length just before (when asked) */
  previous: { from: string; to: string; totals: ReportFigures } | null;
  series: ReportSeriesPoint[];
  /** the offices side by side (network scope only; one row otherwise) */
  byBranch: ReportNamedRow[];
  byService: ReportNamedRow[];
  byWindow: ReportNamedRow[];
  workload: ReportWorkloadRow[];
  /** arrivals (tickets issued) by ISO weekday (index 0 = Monday) × local hour 0…23 */
  heatmap: number[][];
  alerts: ReportAlertPeriod[];
  alertMinutes: number;
  /** the centres' target wait used for withinTargetShare (minutes; several when offices differ) */
  targetWaitMinutes: number[];
}

export interface ReportFilterOptions {
  branches: { id: number; name: string }[];
  categories: { id: number; branchId: number; name: string }[];
  services: { id: number; branchId: number; categoryId: number; name: string }[];
  windows: { id: number; branchId: number; label: string }[];
  operators: { id: number; branchId: number | null; name: string }[];
}

export interface ExportTokenView {
  id: number;
  name: string;
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
/** the token itself is shown once, here */
export interface CreatedExportToken extends ExportTokenView {
  token: string;
}

/** columns of tickets.csv, in order (docs/reports.md) */
export const EXPORT_TICKET_COLUMNS = [
  'office_id', 'office', 'service_day', 'service_id', 'service', 'priority', 'issued_at', 'first_called_at', 'started_at', 'finished_at',
  'wait_minutes', 'service_minutes', 'outcome', 'transferred', 'postponed', 'rating',
] as const;
/** columns of daily.csv, in order */
export const EXPORT_DAILY_COLUMNS = [
  'office_id', 'office', 'service_day', 'tickets', 'visitors', 'served', 'no_show', 'cancelled', 'closed', 'transferred', 'postponed', 'priority',
  'wait_count', 'wait_mean_minutes', 'wait_median_minutes', 'wait_p90_minutes', 'within_target_share', 'target_wait_minutes',
  'service_count', 'service_mean_minutes', 'rated', 'satisfied', 'satisfied_share', 'alert_minutes',
] as const;

/** this module's rows of the route table's schema half (contract.ts) */
export const REPORT_CONTRACT = {
} as const satisfies ContractRows;
