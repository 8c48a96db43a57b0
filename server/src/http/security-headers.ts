// Security headers on every answer: helmet's, with our options. @fastify/helmet built a new
// helmet middleware for every request — a dozen middlewares and the CSP directives parsed
// again per answer (a measurable share of a kiosk's ticket, docs/benchmarks.md). The headers
// depend only on the options, so helmet runs once here and its headers are set as they are.
// A route may still change them (the load widget drops x-frame-options and sets its own CSP).
import helmet, { type HelmetOptions } from 'helmet';
import type { App } from './context';

export const SECURITY_OPTIONS: Readonly<HelmetOptions> = {
  // centres run on plain http inside their LAN: no upgrade-insecure-requests, no HSTS
  contentSecurityPolicy: { directives: { upgradeInsecureRequests: null, 'img-src': ["'self'", 'data:', 'blob:'], 'style-src': ["'self'", "'unsafe-inline'"] } },
  hsts: false,
};

/** The headers helmet sets for `options`, in its order (no request is looked at). */
export function helmetHeaders(options: Readonly<HelmetOptions>): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: unknown) => void headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => void headers.delete(name.toLowerCase()),
  };
  let done = false;
  helmet(options)({} as never, res as never, (err?: unknown) => {
    if (err) throw err instanceof Error ? err : new Error(String(err));
    done = true;
  });
  // helmet's middlewares are synchronous; if that ever changes, fail at start, not silently
  if (!done) throw new Error('helmet did not finish synchronously');
  return [...headers];
}

export function installSecurityHeaders(app: App, options: Readonly<HelmetOptions> = SECURITY_OPTIONS): void {
  const headers = helmetHeaders(options);
  app.addHook('onRequest', (_req, reply, next) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    next();
  });
}
