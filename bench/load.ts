// The one load generator of the issue benchmark, used for the baseline and for ours alike:
// `concurrency` keep-alive node:http clients posting JSON until `count` requests are answered
// (or `limitMs` passed). fetch() is not used: its own overhead would make the client the
// bottleneck on a 2-core machine.
import { Agent, request } from 'node:http';

export interface LoadResult {
  done: number;
  ms: number;
  perSecond: number;
}

export async function postLoad(opts: {
  url: string | ((i: number) => string);
  body: (i: number) => unknown;
  headers?: Record<string, string>;
  expectStatus: number;
  count: number;
  concurrency: number;
  limitMs?: number;
  /** every answer's body, parsed (both servers answer with the ticket) */
  onBody?: (body: unknown) => void;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const limit = opts.limitMs ?? 60_000;
  const post = (i: number) => new Promise<void>((resolve, reject) => {
    const body = JSON.stringify(opts.body(i));
    const req = request(typeof opts.url === 'string' ? opts.url : opts.url(i), {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...opts.headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== opts.expectStatus) return reject(new Error(`request ${i}: ${res.statusCode} ${text.slice(0, 200)}`));
        opts.onBody?.(JSON.parse(text));
        resolve();
      });
    });
    req.on('error', reject);
    req.end(body);
  });
  let next = 0;
  let done = 0;
  const t0 = performance.now();
  try {
    await Promise.all(Array.from({ length: opts.concurrency }, async () => {
      while (next < opts.count && performance.now() - t0 < limit) {
        await post(next++);
        done += 1;
      }
    }));
  } finally {
    agent.destroy();
  }
  const ms = performance.now() - t0;
  return { done, ms, perSecond: done / (ms / 1000) };
}
