// Builds the whole server (used by main.ts and by the tests): plugins → services →
// transports. Nothing here listens; `start()` does.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createRepos, openDb, type Db } from '@cherha/db';
import { SESSION_COOKIE, AuthService } from './auth/service';
import { loadConfig, type Config } from './config';
import { seedDemo } from './demo';
import { accountsWithDemoPasswords, DemoPasswordError } from './auth/demo-guard';
import { authRoutes } from './http/auth-routes';
import { configRoutes } from './http/config-routes';
import type { App, Services } from './http/context';
import { checkFileAnswers, responseSerializer } from './http/response-check';
import { installErrorHandling } from './http/errors';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors';
import { installOps, LOG_REDACT } from './ops';
import { crossSiteRefusal } from './http/same-origin';
import { installSecurityHeaders } from './http/security-headers';
import { lazyChildLoggerFactory } from './http/lazy-logger';
import { bindRoute, checkAccess } from './http/route-table';
import { DomainError } from './errors';
import { printingRoutes } from './http/printing-routes';
import { publicRoutes } from './http/public-routes';
import { ratingRoutes } from './http/rating-routes';
import { reportRoutes } from './http/report-routes';
import { createVoice, voiceRoutes } from './voice/routes';
import { installServiceInfo } from './info';
import { installLoad } from './load';
import { enqueueEvent, installNotify } from './notify';
import { ticketPageRoutes } from './http/ticket-page';
import { faviconRoute, serveBuiltApp } from './http/static-files';
import { deployRoutes } from './http/deploy-routes';
import { faviconSvg } from '../../scripts/vite-delivery.mjs';
import { queueRoutes } from './http/queue-routes';
import { workplaceRoutes } from './http/workplace-routes';
import { createLive, deviceRoom, dropExpiredSessions, sessionRoom, userRoom, type LiveServer } from './live/socket';
import { PrintService } from './printing/print-service';
import { QueueService } from './queue/service';
import { BookingService } from './booking/service';
import { bookingRoutes } from './booking/routes';
import { RatingService } from './rating/service';
import { Views } from './queue/views';
import { systemClock, type Clock } from './time';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const UI_APPS = [
  { prefix: '/kiosk/', dir: join(ROOT, 'kiosk-ui', 'dist') },
  { prefix: '/board/', dir: join(ROOT, 'board-ui', 'dist') },
  { prefix: '/operator/', dir: join(ROOT, 'operator-ui', 'dist') },
  // the public booking page (booking-ui, docs/booking.md)
  { prefix: '/book/', dir: join(ROOT, 'booking-ui', 'dist') },
] as const;
export const TICKET_UI_DIST = join(ROOT, 'ticket-ui', 'dist');

export interface AppOptions {
  config?: Partial<Config>;
  /** inject to move time in tests */
  clock?: Clock;
  /** an already opened database (tests); otherwise config.dbPath is opened */
  db?: Db;
  logger?: boolean;
}

export interface CherhaApp {
  app: App;
  io: LiveServer;
  services: Services;
  config: Config;
  /** listens; returns the base URL */
  start(): Promise<string>;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions = {}): Promise<CherhaApp> {
  const config: Config = { ...loadConfig(), ...options.config };
  const clock = options.clock ?? systemClock;
  const db = options.db ?? openDb(config.dbPath);
  const repos = createRepos(db);
  if (config.demo) seedDemo(repos, clock.now());
  else {
    const weak = accountsWithDemoPasswords(repos);
    if (weak.length > 0) {
      if (!options.db) db.close();
      throw new DemoPasswordError(weak);
    }
  }
  if (!config.demoDevices) repos.devices.revokeDemoDevices();

  const queue = new QueueService(repos, clock);
  const services: Services = {
    config, repos, queue, views: new Views(repos, queue), auth: new AuthService(repos, config, clock), printing: new PrintService(config, repos, clock), live: null,
    rating: new RatingService(repos, queue, clock),
    booking: new BookingService(repos, queue, clock, config.publicUrl, enqueueEvent, config.bookingsPerAddressPerDay),
  };

  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel, redact: LOG_REDACT },
    // the per-request child logger is made on its first line, not on every request (http/lazy-logger.ts)
    ...(options.logger === false ? {} : { childLoggerFactory: lazyChildLoggerFactory }),
    bodyLimit: 64 * 1024,
    // (fastify 5.8+ takes this through a LogController; the top-level option is deprecated)
    logController: new LogController({ disableRequestLogging: !config.logRequests }),
    // ids in logs without leaking anything personal
    requestIdHeader: false,
    // refusals before any route runs get our error shape too (http/framework-errors.ts)
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(config.checkResponses));
  if (config.checkResponses) checkFileAnswers(app);
  installErrorHandling(app);

  await app.register(cookie);
  // helmet's headers, computed once (http/security-headers.ts)
  installSecurityHeaders(app);
  await app.register(rateLimit, { max: config.rateLimitPerMinute, timeWindow: '1 minute' });
  await app.register(swagger, {
    openapi: { info: { title: '«Черга» API', description: 'Електронна черга ЦНАП', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const auth = req.headers.authorization;
    const bearer = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
    req.actor = services.auth.resolve(req.cookies[SESSION_COOKIE], bearer);
    const refusal = crossSiteRefusal(req.method, req.headers, req.protocol, config.publicUrl, req.actor?.kind === 'user' && !bearer);
    if (refusal) throw new DomainError('FORBIDDEN', `Дію відхилено: ${refusal}. Відкрийте «Чергу» за її власною адресою.`);
    checkAccess(req);
  });
  app.addHook('onRoute', bindRoute);

  // backups, /metrics and the audit hook: before the routes, so the hooks see all of them
  const ops = installOps(app, services, clock);
  publicRoutes(app, services);
  authRoutes(app, services);
  queueRoutes(app, services);
  configRoutes(app, services);
  printingRoutes(app, services);
  ratingRoutes(app, services);
  reportRoutes(app, services);
  deployRoutes(app, services);
  voiceRoutes(app, createVoice(config));
  bookingRoutes(app, services);
  // service cards, the office's load online, webhooks (docs/service-info.md, docs/notifications.md)
  installServiceInfo(app, services, clock);
  installLoad(app, services);
  const notify = installNotify(app, services, clock);
  workplaceRoutes(app, services);

  for (const [i, ui] of UI_APPS.entries()) {
    if (existsSync(ui.dir)) {
      await serveBuiltApp(app, { root: ui.dir, prefix: ui.prefix, decorateReply: i === 0 });
    } else {
      app.get(`${ui.prefix}*`, { schema: { hide: true } }, async (_req, reply) =>
        reply.type('text/html; charset=utf-8').send(`<!doctype html><html lang="uk"><meta charset="utf-8"><title>«Черга»</title>
<p>Інтерфейс ще не зібрано. Виконайте <code>npm run build</code> і перезапустіть сервер.</p></html>`));
    }
  }
  app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/operator/'));
  faviconRoute(app, faviconSvg('#003d99'));
  // the ticket's QR code leads here: the phone page (ticket-ui, its own small bundle)
  await ticketPageRoutes(app, TICKET_UI_DIST);
  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send({ error: { code: 'NOT_FOUND', message: `Адресу ${req.method} ${req.url.split('?')[0]} не знайдено` } });
  });

  await app.ready();
  const io = createLive(app.server, services, app.log);
  ops.attachLive(io);
  services.live = {
    disconnectDevice: (id) => io.in(deviceRoom(id)).disconnectSockets(true),
    disconnectUser: (id) => io.in(userRoom(id)).disconnectSockets(true),
    disconnectSession: (token) => io.in(sessionRoom(token)).disconnectSockets(true),
    dropExpiredSessions: () => dropExpiredSessions(io, services),
  };

  const closeStaleDays = () => {
    for (const b of repos.branches.list()) {
      try {
        queue.closeStaleDays(b.id);
      } catch (err) {
        app.log.error({ err }, 'day end failed');
      }
    }
  };
  const dayTimer = setInterval(() => {
    services.live?.dropExpiredSessions();
    closeStaleDays();
    try {
      // bookings: no-shows after the check-in time, reminders, deleting personal data after retention
      services.booking.tick();
    } catch (err) {
      app.log.error({ err }, 'booking jobs failed');
    }
  }, config.dayCheckSeconds * 1000);
  dayTimer.unref();
  // webhook deliveries from the outbox, off the request path (also what a previous run left)
  notify.delivery.start();

  return {
    app, io, services, config,
    async start() {
      // a server started on a new day (off overnight, restarted after an outage) closes what
      // earlier days left open before anyone sits down: otherwise the first ticket would do it
      // and free the windows operators had just taken
      closeStaleDays();
      const address = await app.listen({ port: config.port, host: config.host });
      return address.replace('[::1]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1');
    },
    async close() {
      clearInterval(dayTimer);
      await notify.delivery.stop();
      await ops.stop();
      await services.printing.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await app.close();
      db.close();
    },
  };
}
