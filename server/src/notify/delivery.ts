// The delivery loop: sends what the outbox holds, off the request path. A timer looks for due
// rows (and a committed change nudges it); each row is POSTed signed to its endpoint; 2xx
// means delivered, anything else is retried with exponential backoff until maxAttempts, then
// the row is «failed». Every attempt goes to the delivery log. Rows survive a restart: a
// pending row is sent by the next server that opens the file (at least once — a crash just
// after a send and before its record sends it again; receivers drop repeats by event id).
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { WEBHOOK_HEADERS } from '@cherha/contracts';
import type { DueDelivery, WebhookRepo } from '@cherha/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../time';
import { signWebhook } from './signing';
import { guardedLookup, isInsideAddress, listed, portOf, type WebhookHostPolicy } from './url-policy';

export interface DeliverySettings {
  /** how often due rows are looked for, ms */
  pollMs: number;
  /** the first retry after this many seconds; each next one doubles, up to maxDelaySeconds */
  retryBaseSeconds: number;
  maxDelaySeconds: number;
  /** attempts in all, then the row is «failed» */
  maxAttempts: number;
  /** one attempt may take this long, ms */
  timeoutMs: number;
  /** outbox rows (and their log) older than this are deleted, whatever their state */
  keepDays: number;
}

const BATCH = 20;
const PRUNE_EVERY_MS = 3600_000;
/** the receiver's answer is not read beyond this */
const MAX_ANSWER = 4096;

/** seconds to wait before attempt number `attempts + 1` (attempts already made ≥ 1) */
export const backoffSeconds = (attempts: number, s: Pick<DeliverySettings, 'retryBaseSeconds' | 'maxDelaySeconds'>): number =>
  Math.min(s.maxDelaySeconds, s.retryBaseSeconds * 2 ** Math.max(0, attempts - 1));

interface Sent { httpStatus: number | null; error: string | null }

export class WebhookDelivery {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly aborts = new Set<AbortController>();
  /** the queue's clock at the last pruning (ms), so a moved test clock prunes too */
  private prunedAt = -Infinity;

  constructor(
    private readonly repo: WebhookRepo,
    private readonly policy: WebhookHostPolicy,
    private readonly clock: Clock,
    private readonly settings: DeliverySettings,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.settings.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** look for due rows soon (after a commit); never waits, never throws */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass()
      .catch((err: unknown) => this.log.error({ err }, 'webhook delivery pass failed'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          setImmediate(() => this.kick());
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    for (const a of this.aborts) a.abort();
    await this.running;
  }

  /**
   * Booking events carry the visitor's phone or e-mail: what was sent (or given up) is not kept
   * longer than EQUEUE_WEBHOOK_KEEP_DAYS. Checked at most once an hour.
   */
  private prune(): void {
    const now = this.clock.now().getTime();
    if (now - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = now;
    const n = this.repo.prune(new Date(now - this.settings.keepDays * 86_400_000).toISOString());
    if (n > 0) this.log.info({ deleted: n }, 'old webhook deliveries deleted');
  }

  private async pass(): Promise<void> {
    this.prune();
    for (;;) {
      const due = this.repo.due(this.clock.now().toISOString(), BATCH);
      if (due.length === 0 || this.stopped) return;
      // endpoints in parallel, each endpoint's rows one after another: in order while it answers
      const byEndpoint = new Map<number, DueDelivery[]>();
      for (const d of due) byEndpoint.set(d.endpointId, [...(byEndpoint.get(d.endpointId) ?? []), d]);
      await Promise.all([...byEndpoint.values()].map(async (rows) => {
        for (const d of rows) if (!this.stopped) await this.deliver(d);
      }));
      if (due.length < BATCH) return;
    }
  }

  private async deliver(d: DueDelivery): Promise<void> {
    const started = Date.now();
    const sent = await this.send(d);
    // a server that is closing does not write (the database is about to close); the row stays due
    if (this.stopped) return;
    const attempts = d.attempts + 1;
    const ok = sent.httpStatus !== null && sent.httpStatus >= 200 && sent.httpStatus < 300;
    const now = this.clock.now();
    const error = ok ? null : (sent.error ?? `отримувач відповів ${sent.httpStatus}`);
    const giveUp = !ok && attempts >= this.settings.maxAttempts;
    this.repo.settle(d.id, {
      at: now.toISOString(), httpStatus: sent.httpStatus, error, durationMs: Date.now() - started,
      status: ok ? 'delivered' : giveUp ? 'failed' : 'pending',
      nextAttemptAt: ok || giveUp ? null : new Date(now.getTime() + backoffSeconds(attempts, this.settings) * 1000).toISOString(),
    });
    if (giveUp) this.log.warn({ outboxId: d.id, endpointId: d.endpointId, type: d.type }, 'webhook given up after the last retry');
  }

  private send(d: DueDelivery): Promise<Sent> {
    let url: URL;
    try {
      url = new URL(d.url);
    } catch {
      return Promise.resolve({ httpStatus: null, error: 'неправильна адреса' });
    }
    const port = portOf(url);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // a literal address never goes through the lookup below: check it here
    if (isIP(host) !== 0 && isInsideAddress(host) && !listed(this.policy, host.toLowerCase(), port)) {
      return Promise.resolve({ httpStatus: null, error: `адреса ${host} внутрішня і не дозволена (EQUEUE_WEBHOOK_HOSTS)` });
    }
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const body = d.payload;
    const abort = new AbortController();
    this.aborts.add(abort);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Sent>((resolve) => {
      const done = (s: Sent) => {
        this.aborts.delete(abort);
        resolve(s);
      };
      const req = request(url, {
        method: 'POST',
        signal: abort.signal,
        timeout: this.settings.timeoutMs,
        lookup: guardedLookup(this.policy, port) as never,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Cherha-Webhook/1',
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signWebhook(d.secret, timestamp, body),
          [WEBHOOK_HEADERS.eventId]: d.eventId,
          [WEBHOOK_HEADERS.event]: d.type,
        },
      }, (res) => {
        // redirects are not followed: the admin named this address and no other
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER) res.destroy();
        });
        res.on('close', () => {
          const status = res.statusCode ?? null;
          const redirect = status !== null && status >= 300 && status < 400;
          done({ httpStatus: status, error: redirect ? `переадресація (${status}) не виконується: вкажіть кінцеву адресу` : null });
        });
      });
      req.on('timeout', () => req.destroy(new Error(`немає відповіді за ${Math.round(this.settings.timeoutMs / 1000)} с`)));
      req.on('error', (err: NodeJS.ErrnoException) => done({ httpStatus: null, error: describe(err) }));
      req.end(body);
    });
  }
}

/** a network error in words for the delivery log */
function describe(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ECONNREFUSED': return 'зʼєднання відхилено (отримувач не слухає)';
    case 'ENOTFOUND': return 'адресу не знайдено (DNS)';
    case 'ECONNRESET': return 'зʼєднання обірвано';
    case 'ABORT_ERR': return 'надсилання перервано (сервер зупиняється)';
    default: return err.message.slice(0, 300);
  }
}
