import { resolve } from 'node:path';
import { z } from 'zod';
import { defaultPublicUrl } from './public-url';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));

const list = (v: string): string[] => v.split(',').map((x) => x.trim()).filter((x) => x !== '');

/** Every setting, from the environment, with a default. The README's table mirrors this. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  EQUEUE_DB_PATH: z.string().default('./data/cherha.sqlite'),
  EQUEUE_DATA_DIR: z.string().default('./data'),
  // unset: on for trying the product, off when NODE_ENV=production
  EQUEUE_DEMO: bool.optional(),
  EQUEUE_DEMO_DEVICES: bool.optional(),
  EQUEUE_PUBLIC_URL: z.string().url().optional(),
  EQUEUE_LOG_REQUESTS: bool.default(false),
  EQUEUE_CHECK_RESPONSES: bool.default(false),
  EQUEUE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EQUEUE_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  EQUEUE_COOKIE_SECURE: bool.default(false),
  EQUEUE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(10).default(1200),
  // a flood guard only: password guessing is held per account and address (auth/login-throttle.ts),
  // and a centre's whole staff signs in from one NAT address at opening time
  EQUEUE_LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  EQUEUE_DAY_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  EQUEUE_BACKUP_DIR: z.string().optional(),
  EQUEUE_BACKUP_EVERY_MINUTES: z.coerce.number().min(0).max(7 * 24 * 60).default(60),
  EQUEUE_BACKUP_KEEP_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
  EQUEUE_METRICS_TOKEN: z.string().min(16, 'не коротше 16 символів').optional(),
  EQUEUE_PRINTER_HOSTS: z.string().default(''),
  EQUEUE_PRINTER_DEVICES: z.string().default(''),
  EQUEUE_PRINT_PREVIEWS_KEEP_DAYS: z.coerce.number().min(0).max(3650).default(7),
  EQUEUE_VOICE_DIR: z.string().optional(),
  EQUEUE_VOICE_SYNTHESIS: bool.default(true),
  EQUEUE_WEBHOOK_HOSTS: z.string().default(''),
  EQUEUE_WEBHOOK_RETRY_SECONDS: z.coerce.number().min(0.1).max(3600).default(30),
  EQUEUE_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  EQUEUE_WEBHOOK_KEEP_DAYS: z.coerce.number().min(1).max(365).default(30),
  EQUEUE_LOAD_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  EQUEUE_BOOKINGS_PER_ADDRESS_PER_DAY: z.coerce.number().int().min(0).max(100_000).default(20),
});

export interface Config {
  port: number;
  host: string;
  dbPath: string;
  dataDir: string;
  demo: boolean;
  demoDevices: boolean;
  publicUrl: string;
  logLevel: string;
  /** one log line per HTTP request (off by default: the console stays readable) */
  logRequests: boolean;
  /**
   * check every JSON answer against its route's response schema and answer 500 when it does not
   * fit (the tests run with it; off in service, where the check would only cost CPU per request)
   */
  checkResponses: boolean;
  sessionHours: number;
  cookieSecure: boolean;
  rateLimitPerMinute: number;
  /** per address: slows down password guessing */
  loginRateLimitPerMinute: number;
  dayCheckSeconds: number;
  /** where online backups go (server-chosen names only); null: `<dataDir>/backups` */
  backupDir: string | null;
  /** minutes between scheduled backups (fractions allowed); 0 = only on demand */
  backupEveryMinutes: number;
  /** backups older than this many days are deleted */
  backupKeepDays: number;
  /** bearer token for /metrics; without it /metrics answers loopback only */
  metricsToken: string | null;
  /** network printers the server may connect to (host[:port], a.b.c.d/bits[:port], host:*); nothing else is reachable */
  printerHosts: string[];
  /** device files (/dev/…) the server may open as serial or USB printers */
  printerDevices: string[];
  /** previews of the virtual printer (PNG per ticket) older than this many days are deleted; 0 = kept */
  printPreviewsKeepDays: number;
  /** the centre's own voice clips (docs/voice.md), replacing the default pack's clip by clip; null: the default pack only */
  voiceDir: string | null;
  /** read arbitrary text aloud on the server (eSpeak NG as a separate program) for the kiosk's «Озвучити» */
  voiceSynthesis: boolean;
  /** inside addresses (loopback, LAN) webhooks may go to: host[:port], a.b.c.d/bits; public addresses need no listing */
  webhookHosts: string[];
  /** first webhook retry after this many seconds, doubling each time (fractions allowed) */
  webhookRetrySeconds: number;
  /** webhook attempts in all before a delivery is «failed» */
  webhookMaxAttempts: number;
  /** webhook deliveries and their log are deleted after this many days (booking events carry a phone number) */
  webhookKeepDays: number;
  /** the public load JSON, page and widget: requests per minute per address */
  loadRateLimitPerMinute: number;
  /** online bookings one address may make a day (a flood guard; a whole office behind one NAT shares it); 0 = no limit */
  bookingsPerAddressPerDay: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const e = parsed.data;
  const production = env.NODE_ENV === 'production';
  // a production start never runs with the README's demo accounts and device tokens
  if (production && (e.EQUEUE_DEMO === true || e.EQUEUE_DEMO_DEVICES === true)) {
    throw new Error('Invalid configuration:\n  EQUEUE_DEMO / EQUEUE_DEMO_DEVICES: the demo cannot run with NODE_ENV=production (its passwords and device tokens are public). Unset them, or unset NODE_ENV to try the demo.');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dbPath: e.EQUEUE_DB_PATH === ':memory:' ? ':memory:' : resolve(e.EQUEUE_DB_PATH),
    dataDir: resolve(e.EQUEUE_DATA_DIR),
    demo: e.EQUEUE_DEMO ?? !production,
    // the demo's devices go with the demo: their tokens are printed in the README
    demoDevices: e.EQUEUE_DEMO_DEVICES ?? e.EQUEUE_DEMO ?? !production,
    publicUrl: (e.EQUEUE_PUBLIC_URL ?? defaultPublicUrl(e.PORT)).replace(/\/$/, ''),
    logLevel: e.EQUEUE_LOG_LEVEL,
    logRequests: e.EQUEUE_LOG_REQUESTS,
    checkResponses: e.EQUEUE_CHECK_RESPONSES,
    sessionHours: e.EQUEUE_SESSION_HOURS,
    cookieSecure: e.EQUEUE_COOKIE_SECURE,
    rateLimitPerMinute: e.EQUEUE_RATE_LIMIT_PER_MINUTE,
    loginRateLimitPerMinute: e.EQUEUE_LOGIN_RATE_LIMIT_PER_MINUTE,
    dayCheckSeconds: e.EQUEUE_DAY_CHECK_SECONDS,
    backupDir: e.EQUEUE_BACKUP_DIR === undefined ? null : resolve(e.EQUEUE_BACKUP_DIR),
    backupEveryMinutes: e.EQUEUE_BACKUP_EVERY_MINUTES,
    backupKeepDays: e.EQUEUE_BACKUP_KEEP_DAYS,
    metricsToken: e.EQUEUE_METRICS_TOKEN ?? null,
    printerHosts: list(e.EQUEUE_PRINTER_HOSTS),
    printerDevices: list(e.EQUEUE_PRINTER_DEVICES),
    printPreviewsKeepDays: e.EQUEUE_PRINT_PREVIEWS_KEEP_DAYS,
    voiceDir: e.EQUEUE_VOICE_DIR === undefined || e.EQUEUE_VOICE_DIR.trim() === '' ? null : resolve(e.EQUEUE_VOICE_DIR),
    voiceSynthesis: e.EQUEUE_VOICE_SYNTHESIS,
    webhookHosts: list(e.EQUEUE_WEBHOOK_HOSTS),
    webhookRetrySeconds: e.EQUEUE_WEBHOOK_RETRY_SECONDS,
    webhookMaxAttempts: e.EQUEUE_WEBHOOK_MAX_ATTEMPTS,
    webhookKeepDays: e.EQUEUE_WEBHOOK_KEEP_DAYS,
    loadRateLimitPerMinute: e.EQUEUE_LOAD_RATE_LIMIT_PER_MINUTE,
    bookingsPerAddressPerDay: e.EQUEUE_BOOKINGS_PER_ADDRESS_PER_DAY,
  };
}
