// One preview worker per process (preview/render-worker.ts), started on first use and kept
// for the next ticket; idle, it does not keep the process alive. Like the server's report
// worker (server/src/reports/pool.ts) it loads its TypeScript entry through tsx, as the
// server and the print agent themselves run. Should the worker fail, the ticket is drawn on
// this thread instead: a preview is never lost for want of a thread.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bitmapToPng } from '../bitmap';
import type { TicketDocument } from '../document';
import type { Profile } from '../profile';
import { renderDocument } from '../render';
import type { RenderReply, RenderRequest } from './render-worker';

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, { resolve: (png: Buffer) => void; reject: (e: Error) => void }>();

function start(): Worker {
  const entry = new URL('./render-worker.ts', import.meta.url).href;
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const w = new Worker(`import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`, { eval: true });
  w.on('message', (m: RenderReply) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (pending.size === 0) w.unref();
    if ('error' in m) p.reject(new Error(m.error));
    else p.resolve(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
  });
  const fail = (err: Error): void => {
    if (worker === w) worker = null;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`preview worker exited (${code})`)));
  w.unref();
  return w;
}

function inWorker(doc: TicketDocument, profile: Profile): Promise<Buffer> {
  worker ??= start();
  const id = ++seq;
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.ref();
    worker!.postMessage({ id, doc, profile } satisfies RenderRequest);
  });
}

/** where previews were drawn: the worker, or this thread when the worker failed */
export const previewStats = { inWorker: 0, onThisThread: 0 };

/** The ticket as a PNG, drawn off the event loop. */
export async function renderPngOffThread(doc: TicketDocument, profile: Profile): Promise<Buffer> {
  try {
    const png = await inWorker(doc, profile);
    previewStats.inWorker += 1;
    return png;
  } catch {
    previewStats.onThisThread += 1;
    return bitmapToPng(renderDocument(doc, profile));
  }
}

/** Ends the worker (tests, a clean shutdown); the next preview starts a new one. */
export async function stopPreviewWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
