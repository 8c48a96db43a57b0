// How the built browser apps are sent (the build half is scripts/vite-delivery.mjs):
// - the .br / .gz copies made at build time, chosen by Accept-Encoding (no CPU per request);
// - files whose name carries a content hash (everything Vite writes to assets/) are cached for
//   a year and never revalidated: a new build has new names. index.html and any file without
//   a hash say `no-cache`, so a kiosk picks up a new build at its next reload;
// - source maps are never sent, even if a build left some behind: they publish the sources;
// - /favicon.ico for pages without their own icon link (the API docs, a browser's guess).
import { basename } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { App } from './context';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite's output names: `index-DZop-07U.js`, `favicon-BvRJR1ar.svg` (8 characters of base64url) */
const HASHED_NAME = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

export function cacheControlFor(filePath: string): string {
  const path = filePath.replace(/\\/g, '/').replace(/\.(?:br|gz)$/, '');
  return path.includes('/assets/') && HASHED_NAME.test(basename(path)) ? IMMUTABLE : REVALIDATE;
}

const setCacheHeaders = (reply: FastifyReply, path: string): void => {
  void reply.header('cache-control', cacheControlFor(path));
};

/** the compressed copies and the maps are never asked for by name */
const servable = (pathName: string): boolean => !/\.(?:map|br|gz)$/i.test(pathName);

/** One built app (its dist folder) under a URL prefix. */
export async function serveBuiltApp(app: App, opts: { root: string; prefix: string; decorateReply: boolean; index?: false }): Promise<void> {
  await app.register(fastifyStatic, {
    root: opts.root,
    prefix: opts.prefix,
    decorateReply: opts.decorateReply,
    wildcard: true,
    ...(opts.index === false ? { index: false as const } : {}),
    preCompressed: true,
    cacheControl: false,
    setHeaders: setCacheHeaders,
    allowedPath: servable,
  });
}

/** The same ticket icon the apps link, for pages that link none. */
export function faviconRoute(app: App, svg: string): void {
  app.get('/favicon.ico', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(svg));
}
