// socket.io: the live face of the queue. A client gets a full snapshot on every
// (re)connect, then one delta per committed change; boards get the small variant.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { z } from 'zod';
import { AgentTestPageResult, PrinterStatusPayload, PrintResultPayload, SnapshotRequest, type Ack, type BoardDelta, type ClientToServerEvents, type ErrorCode, type SocketRefusal, type ServerToClientEvents } from '@cherha/contracts';
import type { Actor } from '../auth/actor';
import { tokenHash } from '../auth/secrets';
import { SESSION_COOKIE } from '../auth/service';
import { DomainError } from '../errors';
import type { Services } from '../http/context';
import { crossSiteRefusal } from '../http/same-origin';
import { TicketLive } from './ticket-live';

/** how long the admin waits for an agent's test page (a raster page at 9600 baud takes about a minute) */
const AGENT_TEST_PAGE_MS = 90_000;

interface SocketData {
  actor: Actor;
  session: string | undefined;
  branchId: number;
  view: 'board' | 'operator';
}
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const boardRoom = (branchId: number) => `b:${branchId}:board`;
export const staffRoom = (branchId: number) => `b:${branchId}:staff`;
export const deviceRoom = (deviceId: number) => `device:${deviceId}`;
export const userRoom = (userId: number) => `user:${userId}`;
/** by the session token's hash: logout drops exactly the screens of that session */
export const sessionRoom = (sessionToken: string) => `session:${tokenHash(sessionToken)}`;

const HandshakeAuth = z.object({
  token: z.string().max(200).optional(),
  view: z.enum(['board', 'operator']).optional(),
  branchId: z.number().int().positive().optional(),
}).passthrough();

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/** Wraps a handler: validates, acks `{ok,data}` or `{ok:false,error}`, never throws into socket.io. */
function handler<T>(fn: (payload: unknown) => T) {
  return (payload: unknown, ack?: unknown) => {
    let res: Ack<T>;
    try {
      res = { ok: true, data: fn(payload) };
    } catch (err) {
      res = err instanceof DomainError
        ? { ok: false, error: { code: err.code, message: err.message } }
        : err instanceof z.ZodError
          ? { ok: false, error: { code: 'VALIDATION', message: `Неправильні дані: ${err.issues[0]?.message ?? ''}` } }
          : { ok: false, error: { code: 'INTERNAL', message: 'Внутрішня помилка сервера' } };
    }
    if (typeof ack === 'function') (ack as (r: Ack<T>) => void)(res);
  };
}

/**
 * A refused handshake: socket.io hands `data` to the client's connect_error, so apps act on
 * the code (sign in again, pair again) instead of parsing the Ukrainian message.
 */
function refusal(code: ErrorCode, message: string): Error {
  return Object.assign(new Error(message), { data: { code } satisfies SocketRefusal });
}

export interface LiveLog {
  error(obj: object, msg: string): void;
}

export function createLive(httpServer: HttpServer, s: Services, log: LiveLog): LiveServer {
  const io: LiveServer = new Server(httpServer, {
    maxHttpBufferSize: 64 * 1024,
    connectionStateRecovery: undefined,
    serveClient: false,
  });

  // the phone ticket page and the screen at a window have their own handshake (ticket-live.ts)
  const ticketLive = new TicketLive(io, s, log);
  io.use((socket, next) => {
    const feed = ticketLive.handshake(socket);
    if (typeof feed === 'object') return next(refusal('NOT_FOUND', feed.refused));
    if (feed === 'ticket') return next();
    const parsed = HandshakeAuth.safeParse(socket.handshake.auth ?? {});
    if (!parsed.success) return next(refusal('VALIDATION', 'Неправильні дані підключення'));
    const auth = parsed.data;
    const session = cookieValue(socket.handshake.headers.cookie, SESSION_COOKIE);
    const actor = s.auth.resolve(session, auth.token);
    if (!actor || actor.kind === 'system') return next(refusal('UNAUTHORIZED', 'Потрібно увійти в систему або сполучити пристрій'));
    // a staff screen rides on the session cookie: only from this server's own pages (see http/same-origin.ts)
    if (actor.kind === 'user' && crossSiteRefusal('POST', socket.handshake.headers, socket.handshake.secure ? 'https' : 'http', s.config.publicUrl, true)) {
      return next(refusal('FORBIDDEN', 'Підключення з іншого сайту відхилено'));
    }
    let branchId: number | undefined;
    if (actor.kind === 'device') branchId = actor.device.branchId;
    else branchId = actor.user.branchId ?? auth.branchId ?? s.repos.branches.list()[0]?.id;
    if (branchId === undefined || !s.repos.branches.get(branchId)) return next(refusal('NOT_FOUND', 'Офіс не знайдено'));
    if (actor.kind === 'user' && actor.user.branchId !== null && auth.branchId !== undefined && auth.branchId !== branchId) {
      return next(refusal('FORBIDDEN', 'Ви працюєте в іншому офісі'));
    }
    const view = actor.kind === 'user' && auth.view !== 'board' ? 'operator' : 'board';
    socket.data = { actor, session: auth.token ? undefined : session, branchId, view };
    next();
  });

  const snapshotFor = (data: SocketData) => (data.view === 'operator' ? s.views.operator(data.branchId) : s.views.board(data.branchId));
  const emitSnapshot = (socket: LiveSocket) => {
    if (socket.data.view === 'operator') socket.emit('operator:snapshot', s.views.operator(socket.data.branchId));
    else socket.emit('board:snapshot', s.views.board(socket.data.branchId));
  };

  io.on('connection', (socket) => {
    try {
      if (ticketLive.onConnection(socket)) return;
      onConnection(socket);
    } catch (err) {
      // never let one bad connection take the process down
      log.error({ err }, 'socket connection failed');
      socket.disconnect(true);
    }
  });

  function onConnection(socket: LiveSocket): void {
    const { actor, branchId, view, session } = socket.data;
    void socket.join(view === 'operator' ? staffRoom(branchId) : boardRoom(branchId));
    if (actor.kind === 'device') void socket.join(deviceRoom(actor.device.id));
    if (actor.kind === 'user') void socket.join(userRoom(actor.user.id));
    if (session) void socket.join(sessionRoom(session));
    emitSnapshot(socket);
    socket.on('snapshot:get', handler((payload) => {
      SnapshotRequest.parse(payload ?? {});
      // a session that expired since the connect gets nothing more
      if (socket.data.session && !s.auth.resolve(socket.data.session, undefined)) {
        socket.disconnect(true);
        throw new DomainError('UNAUTHORIZED', 'Сеанс завершено: увійдіть знову');
      }
      return snapshotFor(socket.data);
    }));
    if (actor.kind === 'device' && actor.device.kind === 'kiosk') {
      for (const alert of s.printing.recentFailuresFor(actor.device)) socket.emit('device:alert', alert);
    }
    if (actor.kind === 'device' && actor.device.kind === 'print_agent') {
      const agent = actor.device;
      socket.on('print:result', handler((payload) => {
        const p = PrintResultPayload.parse(payload);
        s.printing.recordAgentResult(agent, p.jobId, p.outcome, p.message);
        return { recorded: true as const };
      }));
      socket.on('printer:status', handler((payload) => {
        const p = PrinterStatusPayload.parse(payload);
        s.printing.recordAgentStatus(agent, p.state, p.ticketsSinceRollChange);
        return { recorded: true as const };
      }));
      // jobs it has not confirmed (sent while it was away, or whose result was lost)
      for (const job of s.printing.pendingFor(agent)) socket.emit('print:job', job);
    }
  }

  s.printing.attach({
    sendJob: (agentId, job) => io.to(deviceRoom(agentId)).emit('print:job', job),
    agentOnline: (agentId) => (io.sockets.adapter.rooms.get(deviceRoom(agentId))?.size ?? 0) > 0,
    resetAgentRoll: (agentId) => (io.sockets.adapter.rooms.get(deviceRoom(agentId))?.size ?? 0) > 0 && io.to(deviceRoom(agentId)).emit('printer:reset-roll'),
    agentTestPage: async (agentId, page) => {
      const [agent] = await io.in(deviceRoom(agentId)).fetchSockets();
      if (!agent) return null;
      // a slow serial printer takes a while; the agent answers after the page and its status check
      const answer: unknown = await agent.timeout(AGENT_TEST_PAGE_MS).emitWithAck('printer:test-page', page).catch(() => null);
      if (answer === null) return { outcome: 'uncertain', state: 'no_answer', message: 'Агент друку не відповів: перевірте, чи надруковано сторінку' };
      const result = AgentTestPageResult.safeParse(answer);
      return result.success ? result.data : { outcome: 'uncertain', state: 'unknown', message: 'Агент друку відповів незрозуміло: оновіть його і перевірте, чи надруковано сторінку' };
    },
    alert: (branchId, deviceId, kind, message, ticket) => {
      const alert = { deviceId, kind, message, at: s.queue.now().toISOString(), ...(ticket ? { ticketId: ticket.id, ticketNumber: ticket.number } : {}) };
      io.to(staffRoom(branchId)).emit('device:alert', alert);
      io.to(deviceRoom(deviceId)).emit('device:alert', alert);
    },
  });

  // the one broadcaster: after every commit
  s.queue.onChange((change) => {
    const id = change.branchId;
    // the command has committed: a failure here must not turn its answer into an error;
    // clients that miss this revision see the gap and ask for a snapshot
    try {
      if (change.resync) {
        io.to(boardRoom(id)).emit('board:snapshot', s.views.board(id));
        io.to(staffRoom(id)).emit('operator:snapshot', s.views.operator(id));
        return;
      }
      const delta = s.views.delta(change);
      io.to(staffRoom(id)).emit('delta', delta);
      // boards and kiosks get what they show, nothing about staff (operator ids and names)
      const { tickets: _tickets, windows: _windows, ...board } = delta;
      const boardDelta: BoardDelta = board;
      io.to(boardRoom(id)).emit('delta', boardDelta);
    } catch (err) {
      log.error({ err, branchId: id, revision: change.revision }, 'broadcast failed');
    }
  });

  return io;
}

/**
 * Staff screens whose session has expired since they connected are disconnected (their
 * app then shows the login). Run once a minute; returns how many were dropped.
 */
export function dropExpiredSessions(io: LiveServer, s: Services): number {
  let dropped = 0;
  for (const socket of io.sockets.sockets.values()) {
    const session = socket.data.session;
    if (session && !s.auth.resolve(session, undefined)) {
      socket.disconnect(true);
      dropped += 1;
    }
  }
  return dropped;
}
