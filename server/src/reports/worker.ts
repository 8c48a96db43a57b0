// The report worker: long reports (a month of the network, a year) are computed here, on a
// read-only connection of the same file, so the event loop that serves kiosks and boards
// never waits for them. WAL lets this reader run beside the server's single writer.
import { parentPort } from 'node:worker_threads';
import { openReadOnly, reportRepo, type ReportRepo } from '@cherha/db';
import { computeReport, type ReportSpec } from './query';

export interface WorkerRequest {
  id: number;
  dbPath: string;
  spec: ReportSpec;
}
export type WorkerReply = { id: number; report: ReturnType<typeof computeReport> } | { id: number; error: string };

const repos = new Map<string, ReportRepo>();
parentPort?.on('message', (req: WorkerRequest) => {
  try {
    let rr = repos.get(req.dbPath);
    if (!rr) repos.set(req.dbPath, (rr = reportRepo(openReadOnly(req.dbPath))));
    parentPort!.postMessage({ id: req.id, report: computeReport(rr, req.spec) } satisfies WorkerReply);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies WorkerReply);
  }
});
