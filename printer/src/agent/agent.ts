// The print agent's logic, free of argv and process handling so tests can drive it against a
// local socket.io server. It takes `print:job`s, prints them one at a time, reports each
// outcome with an ack (re-sent until acked), reports the printer's state on change and on a
// timer, and keeps reconnecting on its own.
import { AgentTestPageRequest, type ClientToServerEvents, type PrinterState, type PrintJob, type ServerToClientEvents } from '@cherha/contracts';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { Printer } from '../printer';
import { JobJournal, type JobRecord } from './journal';

export type AgentLog = (level: 'info' | 'warn' | 'error', message: string) => void;

export interface AgentOptions {
  serverUrl: string;
  token: string;
  printer: Pick<Printer, 'print' | 'status' | 'ticketsSinceRollChange' | 'resetRollCounter' | 'testPage'>;
  /** idle status report period; 30–60 s in production */
  statusIntervalMs?: number;
  ackTimeoutMs?: number;
  /** reconnect backoff bounds (ms) */
  backoffMinMs?: number;
  backoffMaxMs?: number;
  /** where the job journal lives; without it, "never twice" holds only until a restart */
  journalFile?: string;
  log?: AgentLog;
  socketOptions?: Partial<ManagerOptions & SocketOptions>;
}

export interface Agent {
  start(): void;
  stop(): Promise<void>;
  readonly connected: boolean;
  /** resolves when the queue of jobs and status checks is idle (tests, shutdown) */
  idle(): Promise<void>;
}

type AgentSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

function isPrintJob(value: unknown): value is PrintJob {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.jobId === 'string' && v.jobId.length > 0 && typeof v.ticket === 'object' && v.ticket !== null && typeof v.statusUrl === 'string';
}

export function createAgent(opts: AgentOptions): Agent {
  const log: AgentLog = opts.log ?? ((level, message) => console[level](`[print-agent] ${message}`));
  const statusIntervalMs = opts.statusIntervalMs ?? 45_000;
  const ackTimeoutMs = opts.ackTimeoutMs ?? 10_000;
  const backoffMin = opts.backoffMinMs ?? 1000;
  const backoffMax = opts.backoffMaxMs ?? 60_000;
  const journal = new JobJournal(opts.journalFile);
  const queued = new Set<string>();

  let socket: AgentSocket | null = null;
  let stopped = true;
  let statusTimer: NodeJS.Timeout | null = null;
  let reconnectTimer: NodeJS.Timeout | null = null;
  let backoff = backoffMin;
  let lastReported: { state: PrinterState; tickets: number } | null = null;
  let lastState: PrinterState = 'unknown';
  let lastTickets = 0;

  // printing and status checks share one queue: the printer is one device
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (task: () => Promise<void>): void => {
    queue = queue.then(task).catch((err: unknown) => log('error', `task failed: ${err instanceof Error ? err.message : String(err)}`));
  };

  function sendResult(rec: JobRecord): void {
    const s = socket;
    if (!s?.connected || rec.outcome === null) return; // re-sent on the next connect
    const payload: { jobId: string; outcome: string; message?: string } = { jobId: rec.jobId, outcome: rec.outcome };
    if (rec.message !== undefined) payload.message = rec.message.slice(0, 500);
    s.timeout(ackTimeoutMs).emit('print:result', payload, (err, res) => {
      if (err) return log('warn', `no ack for result of ${rec.jobId}; will resend`);
      if (res.ok) journal.ack(rec.jobId);
      else {
        log('warn', `server refused result of ${rec.jobId}: ${res.error.code} ${res.error.message}`);
        // a result the server cannot take will not become acceptable by resending it
        if (res.error.code === 'VALIDATION' || res.error.code === 'NOT_FOUND') journal.ack(rec.jobId);
      }
    });
  }

  function reportStatus(force: boolean): void {
    const s = socket;
    if (!s?.connected) return;
    const changed = !lastReported || lastReported.state !== lastState;
    if (!force && !changed) return;
    const payload = { state: lastState, ticketsSinceRollChange: lastTickets };
    s.timeout(ackTimeoutMs).emit('printer:status', payload, (err) => {
      if (!err) lastReported = { state: payload.state, tickets: payload.ticketsSinceRollChange };
    });
  }

  function checkStatus(force: boolean): void {
    enqueue(async () => {
      const st = await opts.printer.status();
      lastState = st.state;
      lastTickets = st.ticketsSinceRollChange;
      reportStatus(force);
    });
  }

  function onJob(raw: unknown): void {
    if (!isPrintJob(raw)) return log('warn', 'ignored a malformed print:job');
    const job = raw;
    const known = journal.get(job.jobId);
    if (known) {
      // a resend (the server missed our ack, or we reconnected): answer, never print again
      if (known.outcome !== null) sendResult(known);
      return;
    }
    if (queued.has(job.jobId)) return;
    queued.add(job.jobId);
    enqueue(async () => {
      queued.delete(job.jobId);
      journal.begin(job.jobId);
      const res = await opts.printer.print(job).catch((err: unknown) => ({
        outcome: 'uncertain' as const,
        state: 'unknown' as const,
        message: `Помилка агента: ${err instanceof Error ? err.message : String(err)}`,
      }));
      const rec = journal.finish(job.jobId, res.outcome, res.message);
      log('info', `job ${job.jobId} (${job.ticket.number}): ${res.outcome}, printer ${res.state}`);
      sendResult(rec);
      // the outcome carries the after-job state: no extra status round trip needed
      lastState = res.state;
      lastTickets = opts.printer.ticketsSinceRollChange;
      reportStatus(false);
    });
  }

  function scheduleReconnect(why: string): void {
    if (stopped || reconnectTimer) return;
    const delay = backoff;
    backoff = Math.min(backoffMax, backoff * 2);
    log('warn', `${why}; reconnecting in ${delay} ms`);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      if (!stopped && socket && !socket.connected) socket.connect();
    }, delay);
  }

  return {
    get connected() {
      return socket?.connected ?? false;
    },
    idle: async () => {
      let current: Promise<void>;
      do {
        current = queue;
        await current;
      } while (current !== queue);
    },
    start() {
      if (!stopped) return;
      stopped = false;
      const s: AgentSocket = io(opts.serverUrl, {
        auth: { token: opts.token },
        reconnection: true,
        reconnectionDelay: backoffMin,
        reconnectionDelayMax: backoffMax,
        ...opts.socketOptions,
      });
      socket = s;
      s.on('connect', () => {
        backoff = backoffMin;
        log('info', `connected to ${opts.serverUrl}`);
        for (const rec of journal.unacked()) sendResult(rec);
        lastReported = null;
        checkStatus(true);
      });
      s.on('connect_error', (err) => {
        // socket.io retries transport errors itself; a refusal by the server's middleware
        // (bad token, server restarting) leaves the socket inactive, so we retry ourselves
        if (!s.active) scheduleReconnect(`connection refused: ${err.message}`);
        else log('warn', `cannot connect: ${err.message}`);
      });
      s.on('disconnect', (reason) => {
        log('warn', `disconnected: ${reason}`);
        if (reason === 'io server disconnect') scheduleReconnect('server closed the connection');
      });
      s.on('print:job', onJob);
      // staff changed the roll: restart the count, then tell the server the new figure
      s.on('printer:reset-roll', () => {
        enqueue(async () => {
          opts.printer.resetRollCounter();
          log('info', 'roll changed: ticket count reset');
        });
        checkStatus(true);
      });
      // the admin's «Тестова сторінка» for the kiosk this agent prints for: queued behind any
      // ticket (one device), answered with the outcome once the page and its check are done
      s.on('printer:test-page', (raw, ack) => {
        // the address for the QR code comes from the server; a malformed one is left out, not printed
        const page = AgentTestPageRequest.safeParse(raw);
        enqueue(async () => {
          const o = await opts.printer.testPage(page.success ? page.data : {}).catch((err: unknown) => ({
            outcome: 'uncertain' as const,
            state: 'unknown' as const,
            message: `Помилка агента: ${err instanceof Error ? err.message : String(err)}`,
          }));
          log('info', `test page: ${o.outcome}, printer ${o.state}`);
          if (typeof ack === 'function') ack({ outcome: o.outcome, state: o.state, ...(o.message ? { message: o.message.slice(0, 500) } : {}) });
          lastState = o.state;
          lastTickets = opts.printer.ticketsSinceRollChange;
          reportStatus(false);
        });
      });
      statusTimer = setInterval(() => {
        for (const rec of journal.unacked()) sendResult(rec);
        checkStatus(true);
      }, statusIntervalMs);
    },
    async stop() {
      stopped = true;
      if (statusTimer) clearInterval(statusTimer);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      statusTimer = null;
      reconnectTimer = null;
      await queue;
      socket?.disconnect();
      socket = null;
    },
  };
}
