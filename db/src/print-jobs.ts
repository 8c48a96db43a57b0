// Print jobs: one row per attempt to put a ticket on paper (queued → sent → printed / failed /
// uncertain), a refused one too (the kiosk showed the ticket on screen). The printing service
// is their only writer; staff read them with a ticket's events and in the list of tickets
// whose paper is missing.
import type { Db } from './open';

export type PrintJobStatus = 'sent' | 'printed' | 'failed' | 'uncertain';

/** an open ticket whose latest print attempt failed or may have failed */
export interface PrintFailureRow {
  ticket_id: number;
  number: string;
  ticket_status: string;
  service_id: number;
  status: 'failed' | 'uncertain';
  message: string | null;
  printer_state: string | null;
  shown_on_screen: number;
  updated_at: string;
  kiosk_id: number | null;
  kiosk_name: string | null;
}

export function printJobRepo(db: Db) {
  const s = {
    insJob: db.prepare<[string, number, number | null, number | null, string, string]>(
      `INSERT INTO print_jobs (id, ticket_id, device_id, kiosk_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)`,
    ),
    insDone: db.prepare<[string, number, number | null, number, string, string | null, number, string | null, string, string]>(
      `INSERT INTO print_jobs (id, ticket_id, device_id, kiosk_id, status, printer_state, shown_on_screen, message, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    setJob: db.prepare<[string, string | null, string | null, string, string]>('UPDATE print_jobs SET status = ?, printer_state = ?, message = ?, updated_at = ? WHERE id = ?'),
    openFailures: db.prepare<[number], PrintFailureRow>(
      `SELECT t.id AS ticket_id, t.number, t.status AS ticket_status, t.service_id, pj.status, pj.message, pj.printer_state, pj.shown_on_screen,
              pj.updated_at, pj.kiosk_id, d.name AS kiosk_name
         FROM tickets t
         JOIN print_jobs pj ON pj.rowid = (SELECT MAX(p2.rowid) FROM print_jobs p2 WHERE p2.ticket_id = t.id)
         LEFT JOIN devices d ON d.id = pj.kiosk_id
        WHERE t.branch_id = ? AND t.status IN ('waiting','called','serving','postponed') AND pj.status IN ('failed','uncertain')
        ORDER BY pj.updated_at, t.id`,
    ),
    job: db.prepare<[string], { id: string; ticket_id: number; device_id: number | null; status: string; message: string | null }>(
      'SELECT id, ticket_id, device_id, status, message FROM print_jobs WHERE id = ?',
    ),
    jobsForTicket: db.prepare<[number], { id: string; status: string; message: string | null; created_at: string }>(
      'SELECT id, status, message, created_at FROM print_jobs WHERE ticket_id = ? ORDER BY created_at',
    ),
    failedFor: db.prepare<[number, string], { id: string; ticket_id: number; status: string; message: string | null; updated_at: string }>(
      `SELECT pj.id, pj.ticket_id, pj.status, pj.message, pj.updated_at FROM print_jobs pj JOIN tickets t ON t.id = pj.ticket_id
        WHERE t.issued_by_device_id = ? AND pj.status IN ('failed','uncertain') AND pj.updated_at >= ? ORDER BY pj.updated_at`,
    ),
    pendingJobs: db.prepare<[number], { id: string; ticket_id: number }>(
      `SELECT id, ticket_id FROM print_jobs WHERE device_id = ? AND status IN ('queued','sent') ORDER BY created_at`,
    ),
  };
  return {
    /** `deviceId` prints it (the kiosk's own printer, or its print agent); `kioskId` issued it */
    create: (id: string, ticketId: number, deviceId: number | null, kioskId: number | null, at: string) => void s.insJob.run(id, ticketId, deviceId, kioskId, at, at),
    /** the printer could not take the ticket: nothing was sent, the kiosk shows it on screen */
    refused: (id: string, ticketId: number, deviceId: number | null, kioskId: number, printerState: string | null, message: string, at: string) =>
      void s.insDone.run(id, ticketId, deviceId, kioskId, 'failed', printerState, 1, message, at, at),
    /**
     * A job of a printer the server drives, recorded once its outcome is known: one write
     * (one fsync) per ticket, and none on the kiosk's request path.
     */
    recordOutcome: (id: string, ticketId: number, deviceId: number, kioskId: number, status: PrintJobStatus, printerState: string | null, message: string | null, createdAt: string, at: string) =>
      void s.insDone.run(id, ticketId, deviceId, kioskId, status, printerState, 0, message, createdAt, at),
    set: (id: string, status: PrintJobStatus, message: string | null, at: string, printerState: string | null = null) =>
      void s.setJob.run(status, printerState, message, at, id),
    /** open tickets of a branch (waiting, called, serving, postponed) whose latest print attempt failed or is uncertain */
    openFailures: (branchId: number) => s.openFailures.all(branchId),
    get: (id: string) => s.job.get(id),
    ofTicket: (ticketId: number) => s.jobsForTicket.all(ticketId),
    /** prints of tickets issued by that device (a kiosk) that failed since `since` */
    failedOfDevice: (deviceId: number, since: string) => s.failedFor.all(deviceId, since),
    pendingForAgent: (deviceId: number) => s.pendingJobs.all(deviceId),
  };
}
export type PrintJobRepo = ReturnType<typeof printJobRepo>;
