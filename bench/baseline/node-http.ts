// The issue benchmark's second baseline: the same in-memory queue (queue.ts) and socket.io
// push as the Express one (server.ts), on bare node:http — no framework at all, the cheapest
// HTTP a Node queue app can have. Printed next to the Express figure so the docs show both.
// Usage: PORT=… node --import tsx bench/baseline/node-http.ts
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Server } from 'socket.io';
import { HOST, issue, PORT } from './queue';

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
      const { ticket, waiting, peopleAhead } = issue(serviceId);
      io.emit('ticket:new', { ticket, waiting });
      send(res, 201, { ticket, peopleAhead });
    }, () => send(res, 400, { error: 'json' }));
    return;
  }
  send(res, 404, { error: 'not found' });
});

const io = new Server(http, { serveClient: false });
http.listen(PORT, HOST);
