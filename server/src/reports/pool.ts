// One report worker per server, started on first use (server/src/reports/worker.ts). It runs
// under tsx like the server itself.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Report } from '@cherha/contracts';
import type { ReportSpec } from './query';
import type { WorkerReply, WorkerRequest } from './worker';

export class ReportWorker {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (r: Report) => void; reject: (e: Error) => void }>();

  constructor(private readonly dbPath: string) {}

  private start(): Worker {
    // the worker's entry is TypeScript: load it through tsx's API (as the server itself runs)
    const entry = new URL('./worker.ts', import.meta.url).href;
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const w = new Worker(`import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`, { eval: true });
    w.on('message', (m: WorkerReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      // idle, the worker must not keep the process alive
      if (this.pending.size === 0) w.unref();
      if ('error' in m) p.reject(new Error(m.error));
      else p.resolve(m.report);
    });
    const fail = (err: Error) => {
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      this.worker = null;
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`report worker exited (${code})`)));
    w.unref();
    return w;
  }

  run(spec: ReportSpec): Promise<Report> {
    this.worker ??= this.start();
    const id = ++this.seq;
    return new Promise<Report>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker!.ref();
      this.worker!.postMessage({ id, dbPath: this.dbPath, spec } satisfies WorkerRequest);
    });
  }

  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
