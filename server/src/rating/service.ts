// Visitor ratings: who may rate which ticket through which channel, the limits against
// stuffing, and the summaries. Ratings are not queue commands (they change no queue state and
// bump no revision); the live layer hears of them through onRated.
import { createHmac, randomBytes } from 'node:crypto';
import {
  extractPublicCode, isSatisfiedValue, type RateInput, type RateResponse, type RatingChannel, type RatingLookupResponse, type RatingSettings,
  type RatingDetailsInput, type RatingDetailsResponse, type RatingSummary, type RatingTargetResponse, type Ticket, type TicketRatingState,
} from '@cherha/contracts';
import type { DeviceRecord, Repos } from '@cherha/db';
import { authorize, type Actor } from '../auth/actor';
import { DomainError, notFound } from '../errors';
import type { QueueService } from '../queue/service';
import { localTime, type Clock } from '../time';
import { DEVICE_RATINGS_PER_WINDOW, SlidingLimit, WEB_RATINGS_PER_WINDOW } from './limits';
import { NO_WINDOW_TICKET, NOT_STARTED, ratingVerdict, servedBy, windowTargetUntil, type RatingVerdict } from './rules';
import { summarize } from './summary';

const RATING_DEVICES = ['rating_terminal', 'display'] as const;
/** one answer for every code that is not a ticket (unknown, malformed, another branch's) */
const UNKNOWN_TICKET = () => new DomainError('NOT_FOUND', 'Талон не знайдено');
const TOO_MANY = () => new DomainError('RATE_LIMITED', 'Забагато оцінок за короткий час. Спробуйте пізніше.');
const MAX_PERIOD_DAYS = 366;

interface Origin {
  channel: RatingChannel;
  deviceId: number | null;
  clientHash: string;
}

export type RatedListener = (ticket: Ticket) => void;
export type SettingsListener = (branchId: number) => void;

export class RatingService {
  private readonly limit: SlidingLimit;
  /** client addresses are stored only as a keyed hash; the key lives as long as the process */
  private readonly addressKey = randomBytes(32);
  private readonly rated: RatedListener[] = [];
  private readonly settingsChanged: SettingsListener[] = [];

  constructor(
    private readonly repos: Repos,
    private readonly queue: QueueService,
    private readonly clock: Clock,
  ) {
    this.limit = new SlidingLimit(clock);
  }

  onRated(l: RatedListener): void {
    this.rated.push(l);
  }

  onSettingsChanged(l: SettingsListener): void {
    this.settingsChanged.push(l);
  }

  // ---------- settings ----------

  settings(actor: Actor | null, branchId: number): RatingSettings {
    authorize(actor, branchId, { role: 'operator', devices: RATING_DEVICES });
    this.queue.branch(branchId);
    return this.repos.ratings.settings(branchId);
  }

  updateSettings(actor: Actor | null, branchId: number, settings: RatingSettings): RatingSettings {
    authorize(actor, branchId, { role: 'admin' });
    this.queue.branch(branchId);
    this.repos.ratings.saveSettings(branchId, settings);
    for (const l of this.settingsChanged) l(branchId);
    return this.repos.ratings.settings(branchId);
  }

  // ---------- rating ----------

  private clientHash(address: string): string {
    return createHmac('sha256', this.addressKey).update(address).digest('hex').slice(0, 32);
  }

  private take(key: string, max: number): void {
    if (!this.limit.take(key, max)) throw TOO_MANY();
  }

  /** One indexed lookup by code; nothing else is done before it, so a miss costs what a hit costs. */
  private byCode(code: string | null, branchId?: number): Ticket {
    const t = code === null ? undefined : this.repos.tickets.byPublicCode(code);
    if (!t || (branchId !== undefined && t.branchId !== branchId)) throw UNKNOWN_TICKET();
    return t;
  }

  private verdict(t: Ticket, events = this.repos.tickets.events(t.id)): RatingVerdict {
    const branch = this.queue.branch(t.branchId);
    const now = this.clock.now();
    return ratingVerdict(t, servedBy(events) !== null, this.repos.ratings.settings(t.branchId), now, localTime(now, branch.timeZone).date);
  }

  /** the first rating wins; a second is answered politely and changes nothing */
  private rate(t: Ticket, body: RateInput, origin: Origin): RateResponse {
    if (this.repos.ratings.isRated(t.id)) return { status: 'already_rated' };
    const events = this.repos.tickets.events(t.id);
    const served = servedBy(events);
    const v = this.verdict(t, events);
    if (!v.ok) throw new DomainError('RATING_NOT_ALLOWED', v.message);
    // the verdict already refused a ticket never started: `served` is set here
    if (!served) throw new DomainError('RATING_NOT_ALLOWED', NOT_STARTED);
    const comment = body.comment?.trim() ? body.comment.trim() : null;
    const saved = this.repos.ratings.insert({
      ticketId: t.id, branchId: t.branchId, serviceId: t.serviceId, windowId: served.windowId, operatorId: served.operatorId, serviceDay: t.serviceDay,
      channel: origin.channel, deviceId: origin.deviceId, value: body.value, satisfied: isSatisfiedValue(body.value), recommend: body.recommend ?? null,
      reasons: body.reasons ?? [], comment, createdAt: this.clock.now().toISOString(), clientHash: origin.clientHash,
    });
    if (!saved) return { status: 'already_rated' };
    for (const l of this.rated) l(t);
    return { status: 'saved' };
  }

  /** the phone ticket page (anonymous, by the code in its address) */
  rateWeb(code: string, body: RateInput, address: string): RateResponse {
    const clientHash = this.clientHash(address);
    this.take(`web:${clientHash}`, WEB_RATINGS_PER_WINDOW);
    const t = this.byCode(/^[A-Za-z0-9_-]{8,64}$/.test(code) ? code : null);
    return this.rate(t, body, { channel: 'web', deviceId: null, clientHash });
  }

  /**
   * The phone page saves the rating on the first tap, then adds reasons, the 0–10 answer and a
   * comment here: once, to its own (web) rating, within the same rating time.
   */
  addWebDetails(code: string, body: RatingDetailsInput, address: string): RatingDetailsResponse {
    const clientHash = this.clientHash(address);
    this.take(`web:${clientHash}`, WEB_RATINGS_PER_WINDOW);
    const t = this.byCode(/^[A-Za-z0-9_-]{8,64}$/.test(code) ? code : null);
    if (!this.repos.ratings.isRated(t.id)) throw new DomainError('RATING_NOT_ALLOWED', 'Спершу оцініть обслуговування');
    const v = this.verdict(t);
    if (!v.ok) throw new DomainError('RATING_NOT_ALLOWED', v.message);
    const comment = body.comment?.trim() ? body.comment.trim() : null;
    const added = this.repos.ratings.addDetails(t.id, { recommend: body.recommend ?? null, reasons: body.reasons ?? [], comment });
    return { status: added ? 'saved' : 'already_given' };
  }

  private ratingDevice(actor: Actor | null, branchId: number | null, record?: string): DeviceRecord {
    const who = authorize(actor, branchId, { devices: RATING_DEVICES }, record);
    if (who.kind !== 'device') throw new DomainError('FORBIDDEN', 'Оцінювати може лише термінал оцінювання або екран біля вікна');
    return who.device;
  }

  /** a rating terminal with a scanner: the scanned text is the ticket's address or its bare code */
  rateScanned(actor: Actor | null, scanned: string, body: RateInput, address: string): RateResponse {
    const device = this.ratingDevice(actor, null);
    this.take(`device:${device.id}`, DEVICE_RATINGS_PER_WINDOW);
    const t = this.byCode(extractPublicCode(scanned), device.branchId);
    return this.rate(t, body, { channel: 'terminal', deviceId: device.id, clientHash: this.clientHash(address) });
  }

  /** the terminal shows the number before the buttons */
  lookup(actor: Actor | null, scanned: string): RatingLookupResponse {
    const device = this.ratingDevice(actor, null);
    this.take(`lookup:${device.id}`, DEVICE_RATINGS_PER_WINDOW);
    const t = this.byCode(extractPublicCode(scanned), device.branchId);
    const service = this.repos.catalog.service(t.serviceId)!;
    const alreadyRated = this.repos.ratings.isRated(t.id);
    return { number: t.number, serviceName: service.name, alreadyRated, canRate: !alreadyRated && this.verdict(t).ok, scale: this.repos.ratings.settings(t.branchId).scale };
  }

  /** the ticket a window's terminal or display may rate now, with the time it stops */
  windowTarget(windowId: number): { ticket: Ticket; until: Date } | null {
    const t = this.repos.ratings.lastFinishedAt(windowId);
    const until = windowTargetUntil(t, this.clock.now());
    if (!t || !until || this.repos.ratings.isRated(t.id) || !this.verdict(t).ok) return null;
    return { ticket: t, until };
  }

  private deviceWindow(actor: Actor | null, windowId: number): DeviceRecord {
    const w = this.repos.windows.get(windowId);
    if (!w) throw notFound('Вікно');
    return this.ratingDevice(actor, w.branchId, 'Вікно');
  }

  getWindowTarget(actor: Actor | null, windowId: number): RatingTargetResponse {
    const device = this.deviceWindow(actor, windowId);
    const target = this.windowTarget(windowId);
    return { ticket: target ? { number: target.ticket.number, finishedAt: target.ticket.finishedAt! } : null, scale: this.repos.ratings.settings(device.branchId).scale };
  }

  /** a terminal without a scanner bound to a window, or the small screen at a window */
  rateAtWindow(actor: Actor | null, windowId: number, body: RateInput, address: string): RateResponse {
    const device = this.deviceWindow(actor, windowId);
    this.take(`device:${device.id}`, DEVICE_RATINGS_PER_WINDOW);
    const target = this.windowTarget(windowId);
    if (!target) throw new DomainError('RATING_NOT_ALLOWED', NO_WINDOW_TICKET);
    const channel: RatingChannel = device.kind === 'display' ? 'window_display' : 'terminal_window';
    const r = this.rate(target.ticket, body, { channel, deviceId: device.id, clientHash: this.clientHash(address) });
    // rated by someone else a moment ago: nothing is left to rate here
    if (r.status === 'already_rated') throw new DomainError('RATING_NOT_ALLOWED', NO_WINDOW_TICKET);
    return r;
  }

  /** what the ticket page shows: may it rate now, has it rated, how to ask */
  ticketState(t: Ticket): TicketRatingState {
    const settings = this.repos.ratings.settings(t.branchId);
    const given = this.repos.ratings.isRated(t.id);
    return { allowed: !given && this.verdict(t).ok, given, scale: settings.scale, askRecommend: settings.askRecommend, reasons: settings.reasons };
  }

  // ---------- summaries ----------

  private period(timeZone: string, from: string | undefined, to: string | undefined): { from: string; to: string } {
    const today = localTime(this.clock.now(), timeZone).date;
    const p = { from: from ?? to ?? today, to: to ?? from ?? today };
    if (p.from > p.to) throw new DomainError('VALIDATION', 'Початок періоду має бути не пізніше кінця');
    if (Date.parse(p.to) - Date.parse(p.from) > MAX_PERIOD_DAYS * 86_400_000) throw new DomainError('VALIDATION', `Період — не довше ${MAX_PERIOD_DAYS} днів`);
    return p;
  }

  summary(actor: Actor | null, branchId: number, from?: string, to?: string): RatingSummary {
    authorize(actor, branchId, { role: 'supervisor' });
    const p = this.period(this.queue.branch(branchId).timeZone, from, to);
    return summarize(this.repos.ratings.branchReport(branchId, p.from, p.to), p.from, p.to);
  }

  /** an operator's own figures: only the ratings of tickets they served */
  mine(actor: Actor | null, from?: string, to?: string): RatingSummary {
    const who = authorize(actor, null, { role: 'operator' });
    if (who.kind !== 'user') throw new DomainError('FORBIDDEN', 'Лише для працівників');
    const zone = who.user.branchId !== null ? this.queue.branch(who.user.branchId).timeZone : 'Europe/Kyiv';
    const p = this.period(zone, from, to);
    return summarize(this.repos.ratings.operatorReport(who.user.id, p.from, p.to), p.from, p.to);
  }
}
