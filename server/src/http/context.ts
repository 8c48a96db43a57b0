import type {} from '@fastify/cookie';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Repos } from '@cherha/db';
import type { Actor } from '../auth/actor';
import type { AuthService } from '../auth/service';
import type { Config } from '../config';
import type { PrintService } from '../printing/print-service';
import type { RatingService } from '../rating/service';
import type { BookingService } from '../booking/service';
import type { QueueService } from '../queue/service';
import type { Views } from '../queue/views';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** What route modules need; built once in app.ts. */
/** What routes may ask of the live layer (built after the HTTP server exists). */
export interface LiveControl {
  /** drops a device's sockets, e.g. after its token was revoked */
  disconnectDevice(deviceId: number): void;
  /** drops a person's sockets: deactivated, moved to another branch, role changed */
  disconnectUser(userId: number): void;
  /** drops the sockets opened with one session (logout) */
  disconnectSession(sessionToken: string): void;
  /** drops staff screens whose session has expired; returns how many */
  dropExpiredSessions(): number;
}

export interface Services {
  config: Config;
  repos: Repos;
  queue: QueueService;
  views: Views;
  auth: AuthService;
  printing: PrintService;
  rating: RatingService;
  booking: BookingService;
  live: LiveControl | null;
}
