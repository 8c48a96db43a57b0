import { bookingRepo } from './bookings';
import { branchRepo } from './branches';
import { catalogRepo } from './catalog';
import { deviceRepo } from './devices';
import type { Db } from './open';
import { peopleRepo } from './people';
import { printJobRepo } from './print-jobs';
import { ratingRepo } from './ratings';
import { ticketRepo } from './tickets';
import { windowRepo } from './windows';
import { workplaceRepo } from './workplace';

export * from './open';
export type { BranchInput, BranchRuntime, BranchRepo } from './branches';
export type { CategoryInput, ServiceInput, PriorityCategoryInput, CatalogRepo } from './catalog';
export type { DeviceRecord, DeviceRepo } from './devices';
export type { UserInput, PeopleRepo } from './people';
export type { PrintJobRepo, PrintJobStatus } from './print-jobs';
export type { NewTicket, NewEvent, Candidate, RecentCall, TicketRepo } from './tickets';
export type { WindowInput, WindowRepo } from './windows';
export type { NewRating, RatingReportRow, RatingRepo } from './ratings';
export type { BookingRecord, NewBooking, BookingRepo } from './bookings';
export type { WorkplaceRepo } from './workplace';

/** Every repository over one connection; prepared once. */
export function createRepos(db: Db) {
  return {
    // `as Db` names the type for the declarations `npm run typecheck` (tsc -b) emits: inferred,
    // it is better-sqlite3's inner interface, which a .d.ts cannot name (TS4058)
    db: db as Db,
    branches: branchRepo(db),
    catalog: catalogRepo(db),
    windows: windowRepo(db),
    people: peopleRepo(db),
    devices: deviceRepo(db),
    tickets: ticketRepo(db),
    printJobs: printJobRepo(db),
    ratings: ratingRepo(db),
    bookings: bookingRepo(db),
    workplace: workplaceRepo(db),
  };
}
export type Repos = ReturnType<typeof createRepos>;
export { demoCentre } from './demo-data';
export type { DemoCentre, DemoCategory, DemoService, DemoWindow, DemoUser } from './demo-data';
export { auditRepo, type AuditRepo, type AuditFilter, type NewAuditEntry } from './audit';
export { reportRepo, openReadOnly, ROLLUP_SUMS, type ReportRepo, type RollupRow, type RollupSum, type ShiftRow, type RollupFilter, type ReportTicketRow, type ReportEventRow, type AlertRow, type WindowLogRow, type ExportTokenRow } from './reports';
export { webhookRepo, type WebhookRepo, type EndpointInput, type DueDelivery, type AttemptOutcome } from './webhooks';
export { serviceCardRepo, type ServiceCardRepo } from './service-cards';
