// Which jobs this agent has already taken, kept on disk. A job is written down BEFORE it goes
// to the printer, so a crash or power cut mid-ticket can never lead to printing it again:
// after a restart such a job is reported "uncertain" (staff may reprint), not re-printed.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type JobOutcome = 'printed' | 'failed' | 'uncertain';

export interface JobRecord {
  jobId: string;
  /** null while printing */
  outcome: JobOutcome | null;
  message?: string;
  /** the server confirmed it recorded the result */
  acked: boolean;
}

const MAX_RECORDS = 1000;

export class JobJournal {
  private readonly records = new Map<string, JobRecord>();

  constructor(private readonly file?: string) {
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return; // first start
    }
    if (!Array.isArray(raw)) return;
    for (const item of raw as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const r = item as Partial<JobRecord>;
      if (typeof r.jobId !== 'string') continue;
      const interrupted = r.outcome === null || r.outcome === undefined;
      const rec: JobRecord = {
        jobId: r.jobId,
        outcome: interrupted ? 'uncertain' : (r.outcome as JobOutcome),
        acked: interrupted ? false : r.acked === true,
      };
      const message = interrupted ? 'Агент перезапустився під час друку: талон міг не надрукуватися' : r.message;
      if (typeof message === 'string') rec.message = message;
      this.records.set(rec.jobId, rec);
    }
  }

  get(jobId: string): JobRecord | undefined {
    return this.records.get(jobId);
  }

  /** results the server has not confirmed yet */
  unacked(): JobRecord[] {
    return [...this.records.values()].filter((r) => r.outcome !== null && !r.acked);
  }

  begin(jobId: string): void {
    this.records.set(jobId, { jobId, outcome: null, acked: false });
    this.save();
  }

  finish(jobId: string, outcome: JobOutcome, message?: string): JobRecord {
    const rec: JobRecord = { jobId, outcome, acked: false };
    if (message !== undefined) rec.message = message;
    this.records.set(jobId, rec);
    this.save();
    return rec;
  }

  ack(jobId: string): void {
    const rec = this.records.get(jobId);
    if (!rec || rec.acked) return;
    rec.acked = true;
    this.save();
  }

  private save(): void {
    // bounded: the oldest acknowledged jobs go first (Map keeps insertion order)
    while (this.records.size > MAX_RECORDS) {
      const oldest = [...this.records.values()].find((r) => r.acked) ?? this.records.values().next().value;
      if (!oldest) break;
      this.records.delete(oldest.jobId);
    }
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify([...this.records.values()]));
    renameSync(tmp, this.file);
  }
}
