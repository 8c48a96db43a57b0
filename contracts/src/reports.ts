// Reports for the head of a centre and for the state (server/src/reports, docs/reports.md):
// queries, answers, the national export and its API tokens.
import { z } from 'zod';
import { IdParam, safeString } from './schemas';
import { NoBody, type ContractRows } from './contract';

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
// generic in the schema itself (not its output) so the query's input type reaches the apps' client
const periodChecks = <S extends z.ZodType<{ from: string; to: string }>>(s: S) =>
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
// Zod schemas (the route table's response schemas: the OpenAPI document and the response check
// in tests use them), each with its type inferred: one place for each shape.

const count = z.number().int();
/** minutes, rounded to hundredths */
const minutes = z.number();
/** a share 0…1; null when there is nothing to divide by */
const share = z.number().nullable();

export const WaitFiguresSchema = z.object({
  /** tickets whose waiting was measured (called at least once) */
  count,
  meanMinutes: minutes.nullable(),
  /** from 1-minute buckets: the whole minute the middle visitor's wait falls in */
  medianMinutes: minutes.nullable(),
  p90Minutes: minutes.nullable(),
  /** share (0…1) of measured waits not longer than the centre's target wait */
  withinTargetShare: share,
});
export type WaitFigures = z.infer<typeof WaitFiguresSchema>;

export const ReportFiguresSchema = z.object({
  tickets: count,
  /** tickets whose holder reached a window (service started or finished) */
  visitors: count,
  served: count,
  noShow: count,
  cancelled: count,
  /** left open at the day end and closed by the server */
  closed: count,
  /** tickets transferred at least once by staff */
  transferred: count,
  /** tickets postponed at least once */
  postponed: count,
  priority: count,
  /** shares of tickets, 0…1 (null when there are no tickets) */
  noShowRate: share,
  transferRate: share,
  postponeRate: share,
  cancelRate: share,
  wait: WaitFiguresSchema,
  service: z.object({ count, meanMinutes: minutes.nullable() }),
  satisfaction: z.object({ rated: count, satisfied: count, share }),
});
export type ReportFigures = z.infer<typeof ReportFiguresSchema>;

export const ReportSeriesPointSchema = ReportFiguresSchema.extend({
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  period: z.string(),
});
export type ReportSeriesPoint = z.infer<typeof ReportSeriesPointSchema>;

export const ReportWorkloadRowSchema = z.object({
  operatorId: z.number().int(),
  operatorName: z.string(),
  /** minutes at a window (open or paused) */
  shiftMinutes: minutes,
  /** minutes with a visitor: from the call to the finish, no-show, transfer or postponement */
  servingMinutes: minutes,
  pausedMinutes: minutes,
  /** minutes at an open window under an air-raid alert (not counted as idle) */
  alertMinutes: minutes,
  idleMinutes: minutes,
  /** shares of the shift, 0…1 */
  servingShare: share,
  pausedShare: share,
  idleShare: share,
  served: count,
  /** served visitors per hour of shift (paused time excluded) */
  visitorsPerHour: z.number().nullable(),
  serviceMeanMinutes: minutes.nullable(),
});
export type ReportWorkloadRow = z.infer<typeof ReportWorkloadRowSchema>;

export const ReportNamedRowSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  figures: ReportFiguresSchema,
});
export type ReportNamedRow = z.infer<typeof ReportNamedRowSchema>;

export const ReportAlertPeriodSchema = z.object({
  branchId: z.number().int(),
  startedAt: z.string(),
  /** null: still on */
  endedAt: z.string().nullable(),
  minutes,
});
export type ReportAlertPeriod = z.infer<typeof ReportAlertPeriodSchema>;

export const ReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  grain: z.enum(REPORT_GRAINS),
  /** null: the whole network */
  branchId: z.number().int().nullable(),
  totals: ReportFiguresSchema,
  /** the period of the same length just before (when asked) */
  previous: z.object({ from: z.string(), to: z.string(), totals: ReportFiguresSchema }).nullable(),
  series: z.array(ReportSeriesPointSchema),
  /** the offices side by side (network scope only; one row otherwise) */
  byBranch: z.array(ReportNamedRowSchema),
  byService: z.array(ReportNamedRowSchema),
  byWindow: z.array(ReportNamedRowSchema),
  workload: z.array(ReportWorkloadRowSchema),
  /** arrivals (tickets issued) by ISO weekday (index 0 = Monday) × local hour 0…23 */
  heatmap: z.array(z.array(count)),
  alerts: z.array(ReportAlertPeriodSchema),
  alertMinutes: minutes,
  /** the centres' target wait used for withinTargetShare (minutes; several when offices differ) */
  targetWaitMinutes: z.array(z.number()),
});
export type Report = z.infer<typeof ReportSchema>;

const filterId = z.number().int();
export const ReportFilterOptionsSchema = z.object({
  branches: z.array(z.object({ id: filterId, name: z.string() })),
  categories: z.array(z.object({ id: filterId, branchId: filterId, name: z.string() })),
  services: z.array(z.object({ id: filterId, branchId: filterId, categoryId: filterId, name: z.string() })),
  windows: z.array(z.object({ id: filterId, branchId: filterId, label: z.string() })),
  /** branchId null: a network-wide account */
  operators: z.array(z.object({ id: filterId, branchId: filterId.nullable(), name: z.string() })),
});
export type ReportFilterOptions = z.infer<typeof ReportFilterOptionsSchema>;

export const ExportTokenViewSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ExportTokenView = z.infer<typeof ExportTokenViewSchema>;
/** the token itself is shown once, here */
export const CreatedExportTokenSchema = ExportTokenViewSchema.extend({ token: z.string() });
export type CreatedExportToken = z.infer<typeof CreatedExportTokenSchema>;

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

const CSV = { file: 'text/csv' } as const;

/** this module's rows of the route table's schema half (contract.ts) */
export const REPORT_CONTRACT = {
  getReport: {
    summary: 'Звіт за період: відвідувачі, очікування, обслуговування, навантаження, оцінки',
    query: ReportQuery,
    response: ReportSchema,
  },
  getReportFilters: { summary: 'Що можна обрати у фільтрах звіту', query: ReportFiltersQuery, response: ReportFilterOptionsSchema },
  // the national export streams CSV (docs/reports.md); the columns are EXPORT_*_COLUMNS above
  exportTicketsCsv: { summary: 'Національний моніторинг: талони за період, знеособлено (CSV)', query: ReportExportQuery, response: CSV },
  exportDailyCsv: { summary: 'Національний моніторинг: підсумки по днях (CSV)', query: ReportExportQuery, response: CSV },
  listExportTokens: { summary: 'Токени вивантаження для національного моніторингу', response: z.array(ExportTokenViewSchema) },
  createExportToken: { summary: 'Створити токен вивантаження (показується один раз)', body: ExportTokenBody, response: CreatedExportTokenSchema },
  revokeExportToken: { summary: 'Відкликати токен вивантаження', params: ExportTokenParams, body: NoBody, response: ExportTokenViewSchema },
} as const satisfies ContractRows;
