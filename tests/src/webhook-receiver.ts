// A real HTTP receiver on 127.0.0.1 for the webhook tests: records every request (headers and
// the raw body) and answers as the test tells it (a status, a redirect, or hold the request).
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; occurredAt: string; branchId: number; data: Record<string, unknown> };
}

export type Answer = { status: number; location?: string } | 'hold';

export class WebhookReceiver {
  readonly received: Received[] = [];
  /** what the next requests get, in order; when empty, `otherwise` */
  answers: Answer[] = [];
  otherwise: Answer = { status: 200 };
  private readonly held: ServerResponse[] = [];
  private waiters: { n: number; resolve: () => void }[] = [];
  private server: Server | null = null;
  port = 0;

  async listen(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        let json: Received['json'];
        try {
          json = JSON.parse(body) as Received['json'];
        } catch {
          json = { id: '', type: '(not JSON)', occurredAt: '', branchId: 0, data: {} };
        }
        this.received.push({ path: req.url ?? '', headers: req.headers, body, json });
        const a = this.answers.shift() ?? this.otherwise;
        if (a === 'hold') this.held.push(res);
        else {
          if (a.location) res.setHeader('location', a.location);
          res.writeHead(a.status).end('ok');
        }
        this.waiters = this.waiters.filter((w) => (this.received.length >= w.n ? (w.resolve(), false) : true));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}`;
  }

  /** resolves once `n` requests in all have arrived (bounded, so a test fails instead of hanging) */
  waitFor(n: number, timeoutMs = 15_000): Promise<void> {
    if (this.received.length >= n) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`receiver: ${this.received.length} of ${n} requests within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  releaseHeld(status = 200): void {
    for (const r of this.held.splice(0)) r.writeHead(status).end('ok');
  }

  async close(): Promise<void> {
    this.releaseHeld();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}
