// Print jobs: one row per attempt to put a ticket on paper (queued → sent → printed / failed /
// uncertain). The printing service is their only writer; staff read them with a ticket's events.
import type { Db } from './open';

export type PrintJobStatus = 'sent' | 'printed' | 'failed' | 'uncertain';

export function printJobRepo(db: Db) {
  const s = {
    insJob: db.prepare<[string, number, number | null, string, string]>(
      `INSERT INTO print_jobs (id, ticket_id, device_id, status, created_at, updated_at) VALUES (?, ?, ?, 'queued', ?, ?)`,
    ),
    setJob: db.prepare<[string, string | null, string, string]>('UPDATE print_jobs SET status = ?, message = ?, updated_at = ? WHERE id = ?'),
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
    create: (id: string, ticketId: number, deviceId: number | null, at: string) => void s.insJob.run(id, ticketId, deviceId, at, at),
    set: (id: string, status: PrintJobStatus, message: string | null, at: string) =>
      void s.setJob.run(status, message, at, id),
    get: (id: string) => s.job.get(id),
    ofTicket: (ticketId: number) => s.jobsForTicket.all(ticketId),
    /** prints of tickets issued by that device (a kiosk) that failed since `since` */
    failedOfDevice: (deviceId: number, since: string) => s.failedFor.all(deviceId, since),
    pendingForAgent: (deviceId: number) => s.pendingJobs.all(deviceId),
  };
}
export type PrintJobRepo = ReturnType<typeof printJobRepo>;
