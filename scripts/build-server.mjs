// Bundles the server into one JavaScript file (server/dist/main.mjs) for `npm start` and the
// benchmarks: no TypeScript loader at run time, so the process starts faster and holds less
// memory (tsx's loader thread alone is ~33 MB). Our workspace packages (@cherha/*) are
// bundled; every npm dependency stays external and is loaded from node_modules as usual.
//
// `import.meta.url` in our sources keeps pointing at the original source file, so paths
// computed from it (migrations, the built UIs, fonts, worker entries run through tsx) are
// the same as in development. The bundle therefore belongs to this checkout: it is built
// here, is not committed, and is rebuilt when any server-side source is newer.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_BUNDLE = join(ROOT, 'server', 'dist', 'main.mjs');
/**
 * Node flags the server runs with. V8's young generation grows to 2 × 16 MB by default and,
 * once touched, stays resident; our requests leave little young garbage (a ticket's objects
 * die within its request), so 4 MB semi-spaces hold it and the process keeps ~25 MB less
 * (measured in bench/: RSS with 1,000 board sockets, and CPU per ticket, in the same run).
 */
/**
 * The environment the server runs with: glibc gives each thread that allocates its own malloc
 * arena (Node has the main thread, V8's helpers and libuv's pool: up to 8 × cores arenas),
 * and each keeps what it once held; two arenas are plenty for one JavaScript thread and cut
 * the resident memory by ~30 MB (bench/, RSS with 1,000 sockets). An explicit value wins.
 */
export function serverEnv(env = process.env) {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}
export const SERVER_NODE_FLAGS = (process.env.EQUEUE_NODE_FLAGS ?? '--max-semi-space-size=4').split(/\s+/).filter(Boolean);
// what the bundle is made of (scripts/: the server imports the favicon from vite-delivery.mjs)
const SOURCES = [...['contracts', 'db', 'printer', 'server'].map((p) => join(ROOT, p, 'src')), join(ROOT, 'scripts')];

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** true when the bundle is missing or older than a server-side source */
export function bundleStale() {
  if (!existsSync(SERVER_BUNDLE)) return true;
  const built = statSync(SERVER_BUNDLE).mtimeMs;
  return SOURCES.some((dir) => existsSync(dir) && newest(dir) > built);
}

const EXTERNAL = new Set([
  'better-sqlite3', 'serialport', '@serialport/bindings-cpp', 'usb', '@fastify/swagger', '@fastify/swagger-ui', '@fastify/static', 'dejavu-fonts-ttf',
  'socket.io', 'engine.io',
  'pino', 'thread-stream', 'pino-pretty', 'espeak-ng', 'tsx', 'esbuild', 'fsevents', 'bufferutil', 'utf-8-validate',
]);

const ours = {
  name: 'cherha-sources',
  setup(b) {
    // dependencies that must stay in node_modules: native addons, and packages that read
    // their own files at run time through __dirname (swagger's package.json, swagger-ui's
    // pages, socket.io's client files, fonts, pino's transports, the speech engine run as a
    // child program). buildServer refuses a bundle with __dirname left in it.
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return EXTERNAL.has(name) ? { path: args.path, external: true } : undefined;
    });
    // keep each source file's own URL in import.meta.url
    b.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

export async function buildServer() {
  await build({
    entryPoints: [join(ROOT, 'server', 'src', 'main.ts')],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // createRequire for the CommonJS dependencies that esbuild cannot turn into imports
    banner: { js: "import { createRequire as __cherhaRequire } from 'node:module'; const require = __cherhaRequire(import.meta.url);" },
    plugins: [ours],
    logLevel: 'warning',
    legalComments: 'none',
  });
  // a bundled CommonJS file that finds its own files by __dirname would fail only when that
  // line runs (in ESM there is no __dirname): refuse the bundle instead, naming the package
  const text = readFileSync(SERVER_BUNDLE, 'utf8');
  const at = text.search(/\b__(dirname|filename)\b/);
  if (at >= 0) {
    const before = text.slice(0, at);
    const pkg = [...before.matchAll(/\/\/ (node_modules\/[^\n]+)/g)].pop()?.[1] ?? 'unknown';
    throw new Error(`The server bundle uses __dirname/__filename (from ${pkg}): add that package to EXTERNAL in scripts/build-server.mjs.`);
  }
  return relative(ROOT, SERVER_BUNDLE);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`built ${await buildServer()}`);
}
