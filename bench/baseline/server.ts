// The baseline of the issue benchmark, as the issue describes it: an in-memory Express array
// with a socket.io push — the way the simplest public queue apps are written. `POST
// /api/tickets` with a JSON body appends a ticket (queue.ts) and answers 201 with it; a
// socket.io broadcast (`ticket:new`) tells every listener. Express's defaults are kept
// (json body parser, its router, `x-powered-by`, an ETag per answer), as such apps keep them.
// Usage: PORT=… node --import tsx bench/baseline/server.ts
import { createServer } from 'node:http';
import express from 'express';
import { Server } from 'socket.io';
import { HOST, issue, PORT } from './queue';

const app = express();
app.use(express.json());
app.get('/api/health', (_req, res) => {
  res.json({ ok: true });
});
app.post('/api/tickets', (req, res) => {
  const serviceId = (req.body as { serviceId?: unknown } | undefined)?.serviceId;
  if (typeof serviceId !== 'number') {
    res.status(400).json({ error: 'serviceId' });
    return;
  }
  const { ticket, waiting, peopleAhead } = issue(serviceId);
  io.emit('ticket:new', { ticket, waiting });
  res.status(201).json({ ticket, peopleAhead });
});

const http = createServer(app);
const io = new Server(http, { serveClient: false });
http.listen(PORT, HOST);
