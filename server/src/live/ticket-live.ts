// Two small live feeds beside the board and staff ones (socket.ts):
// - the visitor's phone ticket page: handshake `auth: { ticket: '<publicCode>' }`, no token;
//   it receives `ticket:update` (its own ticket and rating state) and nothing else.
// - a display (or rating terminal) shown at one window: `auth: { token, windowId }`; besides the
//   board's feed it receives `window:update` (state, current number, the ticket to rate).
// Both are sent after commit: queue changes come from QueueService.onChange (as deltas do),
// ratings and rating settings from RatingService.
import {
  TicketSocketAuth, WindowDisplaySocketAuth, type DeviceKind, type RatingServerToClientEvents, type Ticket, type WindowDisplayState,
  type WindowDisplayUpdate,
} from '@cherha/contracts';
import type { Services } from '../http/context';
import type { PeopleAhead } from '../queue/ahead';
import type { Change } from '../queue/change';
import { publicTicketView } from '../rating/public-view';

export const ticketRoom = (ticketId: number) => `t:${ticketId}`;
export const windowRoom = (windowId: number) => `w:${windowId}:display`;

/** devices that may show one window's state and its ticket to rate */
const WINDOW_DEVICES: readonly DeviceKind[] = ['display', 'rating_terminal'];
const UNKNOWN_TICKET = 'Талон не знайдено';

/** what this module needs of a socket.io socket (the server's typed socket fits) */
interface FeedSocket {
  handshake: { auth: unknown };
  join(room: string): unknown;
  on(event: 'disconnect', listener: () => void): unknown;
}
interface FeedServer {
  to(room: string): unknown;
  sockets: { adapter: { rooms: Map<string, Set<string>> } };
  httpServer?: { once(event: 'close', listener: () => void): unknown };
}
/** the rating feeds' events are declared in contracts/rating.ts, apart from the board and staff events */
type FeedEmitter = { emit<E extends keyof RatingServerToClientEvents>(event: E, ...args: Parameters<RatingServerToClientEvents[E]>): unknown };
const emitter = (target: unknown) => target as FeedEmitter;

export type FeedHandshake = 'other' | 'ticket' | 'window' | { refused: string };

interface Watch {
  ticketId: number;
  branchId: number;
}

export class TicketLive {
  /** sockets of ticket pages → their ticket (set in the handshake, read on connection) */
  private readonly pages = new WeakMap<object, Watch>();
  /** per branch: ticket id → number of open pages */
  private readonly watched = new Map<number, Map<number, number>>();
  /** per ticket: the last view sent, so an unchanged page is not sent again */
  private readonly lastSent = new Map<number, string>();
  /** per window: the moment its rateTicket expires, to tell the display */
  private readonly expiry = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly io: FeedServer,
    private readonly s: Services,
    private readonly log: { error(obj: object, msg: string): void },
  ) {
    s.queue.onChange((change) => this.guard({ branchId: change.branchId }, () => this.afterCommit(change)));
    s.rating.onRated((t) => this.guard({ ticketId: t.id }, () => this.afterRating(t)));
    s.rating.onSettingsChanged((branchId) => this.guard({ branchId }, () => this.refreshPages(branchId, true)));
    // time alone changes a page too: the rating time ends, the service day ends, aging moves the
    // queue order; checked as often as the day end, and sent only when the page would change
    const sweep = setInterval(() => {
      for (const branchId of this.watched.keys()) this.guard({ branchId }, () => this.refreshPages(branchId, false));
    }, s.config.dayCheckSeconds * 1000);
    sweep.unref();
    io.httpServer?.once('close', () => clearInterval(sweep));
  }

  /** the change has committed: a failure here must not turn its answer into an error */
  private guard(context: object, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.log.error({ err, ...context }, 'ticket feed failed');
    }
  }

  /** io.use: recognises the two handshakes of this module; 'other' leaves the socket to socket.ts */
  handshake(socket: FeedSocket): FeedHandshake {
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    if ('ticket' in auth) {
      const parsed = TicketSocketAuth.safeParse(auth);
      const t = parsed.success ? this.s.repos.tickets.byPublicCode(parsed.data.ticket) : undefined;
      if (!t) return { refused: UNKNOWN_TICKET };
      this.pages.set(socket, { ticketId: t.id, branchId: t.branchId });
      return 'ticket';
    }
    if ('windowId' in auth) {
      const parsed = WindowDisplaySocketAuth.safeParse(auth);
      if (!parsed.success) return { refused: 'Неправильні дані підключення' };
      const actor = this.s.auth.resolve(undefined, parsed.data.token);
      const w = this.s.repos.windows.get(parsed.data.windowId);
      if (!actor || actor.kind !== 'device' || !WINDOW_DEVICES.includes(actor.device.kind) || !w || w.branchId !== actor.device.branchId) {
        return { refused: 'Вікно не знайдено або цей пристрій не може його показувати' };
      }
      return 'window';
    }
    return 'other';
  }

  /** io 'connection': true when the socket is a ticket page (nothing else is for it) */
  onConnection(socket: FeedSocket): boolean {
    const page = this.pages.get(socket);
    if (page) {
      void socket.join(ticketRoom(page.ticketId));
      const counts = this.watched.get(page.branchId) ?? new Map<number, number>();
      counts.set(page.ticketId, (counts.get(page.ticketId) ?? 0) + 1);
      this.watched.set(page.branchId, counts);
      socket.on('disconnect', () => this.unwatch(page));
      const t = this.s.repos.tickets.get(page.ticketId);
      if (t) this.sendTicket(t, this.s.queue.peopleAhead(t.branchId), true, socket);
      return true;
    }
    const windowId = (socket.handshake.auth as { windowId?: unknown } | undefined)?.windowId;
    // validated in the handshake
    if (typeof windowId === 'number') {
      void socket.join(windowRoom(windowId));
      const update = this.windowUpdate(windowId);
      if (update) emitter(socket).emit('window:update', update);
    }
    return false;
  }

  private unwatch(page: Watch): void {
    const counts = this.watched.get(page.branchId);
    const n = (counts?.get(page.ticketId) ?? 1) - 1;
    if (n > 0) counts!.set(page.ticketId, n);
    else {
      counts?.delete(page.ticketId);
      this.lastSent.delete(page.ticketId);
    }
  }

  private listening(room: string): boolean {
    return (this.io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
  }

  /** `changed`: the ticket itself changed (always sent); otherwise only when the page would look different */
  private sendTicket(t: Ticket, ahead: PeopleAhead, changed: boolean, only?: FeedSocket): void {
    const view = publicTicketView(this.s, t, ahead);
    const json = JSON.stringify(view);
    if (!changed && this.lastSent.get(t.id) === json) return;
    this.lastSent.set(t.id, json);
    emitter(only ?? this.io.to(ticketRoom(t.id))).emit('ticket:update', view);
  }

  private afterCommit(change: Change): void {
    const pages = this.watched.get(change.branchId);
    if (pages?.size) {
      // one counter per change: the call orders are built once for all the pages
      const ahead = this.s.queue.peopleAhead(change.branchId);
      for (const id of pages.keys()) {
        const changed = change.tickets.has(id) || change.resync;
        const t = this.s.repos.tickets.get(id);
        // a waiting ticket's place may move with anyone else's change
        if (t && (changed || t.status === 'waiting')) this.sendTicket(t, ahead, changed);
      }
    }
    const windows = change.resync ? this.s.repos.windows.list(change.branchId).map((w) => w.id) : [...change.windows];
    for (const id of windows) this.sendWindow(id);
  }

  private afterRating(t: Ticket): void {
    if (this.listening(ticketRoom(t.id))) this.sendTicket(t, this.s.queue.peopleAhead(t.branchId), true);
    if (t.windowId !== null) this.sendWindow(t.windowId);
  }

  /** `always`: send even when the page looks the same */
  private refreshPages(branchId: number, always: boolean): void {
    const pages = this.watched.get(branchId);
    if (!pages?.size) return;
    const ahead = this.s.queue.peopleAhead(branchId);
    for (const id of pages.keys()) {
      const t = this.s.repos.tickets.get(id);
      if (t) this.sendTicket(t, ahead, always);
    }
  }

  windowUpdate(windowId: number): WindowDisplayUpdate | null {
    const w = this.s.repos.windows.get(windowId);
    if (!w) return null;
    const current = this.s.repos.tickets.atWindow(w.id)[0];
    let state: WindowDisplayState = 'free';
    if (current) state = current.status === 'called' ? 'called' : 'serving';
    else if (!w.active || w.operatorId === null) state = 'closed';
    else if (w.paused) state = 'paused';
    const target = this.s.rating.windowTarget(w.id);
    this.scheduleExpiry(w.id, target?.until ?? null);
    return {
      windowId: w.id, label: w.label, state, ticketNumber: current?.number ?? null,
      rateTicket: target ? { number: target.ticket.number, until: target.until.toISOString() } : null,
      scale: this.s.repos.ratings.settings(w.branchId).scale,
    };
  }

  private sendWindow(windowId: number): void {
    if (!this.listening(windowRoom(windowId))) return;
    const update = this.windowUpdate(windowId);
    if (update) emitter(this.io.to(windowRoom(windowId))).emit('window:update', update);
  }

  /** when the 5 minutes to rate are over, the display is told (rateTicket becomes null) */
  private scheduleExpiry(windowId: number, until: Date | null): void {
    clearTimeout(this.expiry.get(windowId));
    this.expiry.delete(windowId);
    if (!until) return;
    const ms = Math.max(0, until.getTime() - this.s.queue.now().getTime()) + 1000;
    const timer = setTimeout(() => {
      this.expiry.delete(windowId);
      this.guard({ windowId }, () => this.sendWindow(windowId));
    }, ms);
    timer.unref();
    this.expiry.set(windowId, timer);
  }
}
