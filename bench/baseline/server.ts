// The baseline of the issue benchmark: a queue server written the way the simplest public
// queue apps are — tickets in a plain array in memory, a JSON POST issues one, a socket.io
// broadcast tells every listener. No database, no durability, no auth, no validation beyond
// a type check. Express is not a dependency of this repository, so it is node:http +
// socket.io (the same socket library as ours); Express would only add routing cost.
// Usage: PORT=… node --import tsx bench/baseline/server.ts
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Server } from 'socket.io';

interface Ticket {
  id: number;
  number: string;
  serviceId: number;
  status: 'waiting';
  issuedAt: string;
}

const tickets: Ticket[] = [];
const lastSeq = new Map<string, number>();
// a counter, not a filter over the array: the baseline must not slow down as it grows
const waitingBy = new Map<number, number>();
const PREFIXES = 'АБВГДЕЖИКЛМНПРСТУФХЦЧШ';

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

const http = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/api/health') return send(res, 200, { ok: true });
  if (req.method === 'POST' && req.url === '/api/tickets') {
    readJson(req).then((body) => {
      const serviceId = (body as { serviceId?: unknown }).serviceId;
      if (typeof serviceId !== 'number') return send(res, 400, { error: 'serviceId' });
      const prefix = PREFIXES[serviceId % PREFIXES.length]!;
      const seq = (lastSeq.get(prefix) ?? 0) + 1;
      lastSeq.set(prefix, seq);
      const ticket: Ticket = {
        id: tickets.length + 1, number: `${prefix}${String(seq).padStart(3, '0')}`, serviceId, status: 'waiting', issuedAt: new Date().toISOString(),
      };
      tickets.push(ticket);
      const waiting = (waitingBy.get(serviceId) ?? 0) + 1;
      waitingBy.set(serviceId, waiting);
      io.emit('ticket:new', { ticket, waiting });
      send(res, 201, { ticket, peopleAhead: waiting - 1 });
    }, () => send(res, 400, { error: 'json' }));
    return;
  }
  send(res, 404, { error: 'not found' });
});

const io = new Server(http, { serveClient: false });
http.listen(Number(process.env.PORT ?? 3100), process.env.HOST ?? '127.0.0.1');
