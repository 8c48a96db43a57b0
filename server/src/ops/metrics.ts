// /metrics in the Prometheus text format (prom-client). Labels carry ids and states only:
// branch ids, device ids, socket kinds, route templates, statuses — never names, logins,
// ticket numbers or tokens. Access: loopback only, or a bearer token (EQUEUE_METRICS_TOKEN)
// from anywhere; with a token set, loopback needs it too (a reverse proxy on the same host
// would otherwise open it to everyone).
import { createHash, timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { AuditRepo } from '@cherha/db';
import type { App, Services } from '../http/context';
import type { LiveServer } from '../live/socket';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const digest = (s: string) => createHash('sha256').update(s).digest();

export interface Metrics {
  attachLive(io: LiveServer): void;
}

export function installMetrics(app: App, s: Services, audit: AuditRepo): Metrics {
  const register = new Registry();
  collectDefaultMetrics({ register });
  let io: LiveServer | null = null;

  const issued = new Counter({ name: 'cherha_tickets_issued_total', help: 'Tickets issued (new, not idempotent repeats)', labelNames: ['branch'], registers: [register] });
  const called = new Counter({ name: 'cherha_tickets_called_total', help: 'Tickets called to a window (call next or a chosen ticket)', labelNames: ['branch'], registers: [register] });
  const finished = new Counter({ name: 'cherha_tickets_finished_total', help: 'Tickets whose service was finished', labelNames: ['branch'], registers: [register] });
  const requests = new Counter({ name: 'cherha_http_requests_total', help: 'HTTP requests by route template and status', labelNames: ['method', 'route', 'status'], registers: [register] });

  new Gauge({
    name: 'cherha_tickets_waiting', help: 'Tickets waiting now', labelNames: ['branch'], registers: [register],
    collect() {
      this.reset();
      const waiting = audit.waitingByBranch();
      for (const b of s.repos.branches.list()) this.set({ branch: String(b.id) }, waiting.get(b.id) ?? 0);
    },
  });
  new Gauge({
    name: 'cherha_sockets_open', help: 'Open socket.io connections by kind (kiosk, display, print_agent, rating_terminal, staff)', labelNames: ['kind'], registers: [register],
    collect() {
      this.reset();
      if (!io) return;
      const counts = new Map<string, number>();
      for (const sock of io.of('/').sockets.values()) {
        const a = sock.data.actor;
        const kind = a.kind === 'device' ? a.device.kind : 'staff';
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
      }
      for (const [kind, n] of counts) this.set({ kind }, n);
    },
  });
  new Gauge({
    name: 'cherha_printer_state', help: 'Printer state per kiosk or print agent: 1 for its current state', labelNames: ['branch', 'device', 'state'], registers: [register],
    collect() {
      this.reset();
      for (const b of s.repos.branches.list()) {
        for (const p of s.printing.printerStates(b.id)) this.set({ branch: String(b.id), device: String(p.deviceId), state: p.state }, 1);
      }
    },
  });

  const branchOf = {
    window: (id: number) => s.repos.windows.get(id)?.branchId,
    ticket: (id: number) => s.repos.tickets.get(id)?.branchId,
  };
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    requests.inc({ method: req.method, route, status: String(reply.statusCode) });
    const op = req.routeOptions.schema?.operationId;
    if (!op || reply.statusCode >= 300) return;
    const params = req.params as Record<string, number | undefined>;
    let branch: number | undefined;
    let counter: Counter | undefined;
    if (op === 'issueTicket' && reply.statusCode === 201) [counter, branch] = [issued, params.branchId];
    else if (op === 'callNext' || op === 'callSpecificTicket') [counter, branch] = [called, branchOf.window(params.windowId ?? 0)];
    else if (op === 'finishService') [counter, branch] = [finished, branchOf.ticket(params.ticketId ?? 0)];
    if (counter && branch !== undefined) counter.inc({ branch: String(branch) });
  });

  const token = s.config.metricsToken === null ? null : digest(s.config.metricsToken);
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    const auth = req.headers.authorization;
    const allowed = token
      ? auth?.startsWith('Bearer ') === true && timingSafeEqual(digest(auth.slice(7).trim()), token)
      : LOOPBACK.has(req.socket.remoteAddress ?? '');
    if (!allowed) {
      return reply.status(token ? 401 : 403).send({
        error: token
          ? { code: 'UNAUTHORIZED', message: 'Потрібен токен метрик (Authorization: Bearer …)' }
          : { code: 'FORBIDDEN', message: 'Метрики доступні лише з цього компʼютера (loopback) або з токеном EQUEUE_METRICS_TOKEN' },
      });
    }
    return reply.type(register.contentType).send(await register.metrics());
  });

  return { attachLive: (live) => void (io = live) };
}
