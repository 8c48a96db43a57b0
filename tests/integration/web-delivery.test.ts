// Web delivery of the built apps (scripts/vite-delivery.mjs + server/src/http/static-files.ts):
// JavaScript goes out br/gzip-compressed and cached for a year under its hashed name,
// index.html is revalidated, no source map is built or served, every app links a favicon.
// Raw node:http, not fetch: fetch would decompress and hide what went over the wire.
import { existsSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../src/harness';
import { ROOT } from '../src/spawned';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const APPS = [
  { prefix: '/kiosk/', dist: 'kiosk-ui' },
  { prefix: '/board/', dist: 'board-ui' },
  { prefix: '/operator/', dist: 'operator-ui' },
  { prefix: '/book/', dist: 'booking-ui' },
] as const;

const distOf = (app: string) => join(ROOT, app, 'dist');
const scriptOf = (html: string): string => {
  const m = /<script[^>]+src="([^"]+\.js)"/.exec(html);
  if (!m?.[1]) throw new Error('index.html has no script');
  return m[1];
};

describe('web delivery', () => {
  let h: Harness;
  beforeAll(async () => {
    for (const app of [...APPS.map((a) => a.dist), 'ticket-ui']) {
      expect(existsSync(join(distOf(app), 'index.html')), `${app} is not built: npm run build`).toBe(true);
    }
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const app of APPS) {
    it(`${app.prefix}: JavaScript is sent brotli- or gzip-compressed and cached immutably; index.html is revalidated`, async () => {
      const page = await get(h.base, app.prefix, { 'accept-encoding': 'br, gzip' });
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      const html = (page.headers['content-encoding'] === 'br' ? brotliDecompressSync(page.body) : page.body).toString('utf8');
      const src = scriptOf(html);
      expect(src).toMatch(new RegExp(`^${app.prefix}assets/.+-[A-Za-z0-9_-]{8}\\.js$`));
      const original = readFileSync(join(distOf(app.dist), src.slice(app.prefix.length)));

      const br = await get(h.base, src, { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(/javascript/);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.body.length).toBeLessThan(original.length / 2);
      expect(brotliDecompressSync(br.body).equals(original)).toBe(true);

      const gz = await get(h.base, src, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(gunzipSync(gz.body).equals(original)).toBe(true);

      // an old client that takes no compression still gets the file
      const plain = await get(h.base, src);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(original)).toBe(true);

      const htmlPlain = await get(h.base, `${app.prefix}index.html`);
      expect(htmlPlain.status).toBe(200);
      expect(htmlPlain.headers['cache-control']).toBe('no-cache');
    });

    it(`${app.prefix}: links a favicon that is served`, async () => {
      const html = (await get(h.base, app.prefix)).body.toString('utf8');
      const icon = /<link rel="icon" type="image\/svg\+xml" href="([^"]+)"/.exec(html)?.[1];
      expect(icon).toMatch(new RegExp(`^${app.prefix}assets/favicon-[A-Za-z0-9_-]{8}\\.svg$`));
      const res = await get(h.base, icon!);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
      expect(res.body.toString('utf8')).toContain('<svg');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });
  }

  it('the phone ticket page: compressed immutable assets, no-cache page, its own favicon', async () => {
    const page = await get(h.base, '/t/ABCDEFGH');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = page.body.toString('utf8');
    const icon = /<link rel="icon" type="image\/svg\+xml" href="([^"]+)"/.exec(html)?.[1];
    expect(icon).toMatch(/^\/t\/assets\/favicon-[A-Za-z0-9_-]{8}\.svg$/);
    expect((await get(h.base, icon!)).status).toBe(200);
    const src = scriptOf(html);
    const js = await get(h.base, src, { 'accept-encoding': 'br' });
    expect(js.status).toBe(200);
    expect(js.headers['content-encoding']).toBe('br');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('no source map is built, and one left in dist is not served', async () => {
    for (const app of [...APPS.map((a) => a.dist), 'ticket-ui']) {
      const assets = join(distOf(app), 'assets');
      expect(readdirSync(assets).filter((f) => f.endsWith('.map')), app).toEqual([]);
      const html = readFileSync(join(distOf(app), 'index.html'), 'utf8');
      const js = readFileSync(join(distOf(app), scriptOf(html).replace(/^\/(?:kiosk|board|operator|book|t)\//, '')), 'utf8');
      expect(js, app).not.toMatch(/sourceMappingURL/);
    }
    // a map from an older build (or copied by hand) stays private
    const html = (await get(h.base, '/kiosk/')).body.toString('utf8');
    const src = scriptOf(html);
    const stray = join(distOf('kiosk-ui'), `${src.slice('/kiosk/'.length)}.map`);
    writeFileSync(stray, '{"version":3,"sources":["secret.ts"]}');
    try {
      const res = await get(h.base, `${src}.map`);
      expect(res.status).toBe(404);
      expect(res.body.toString('utf8')).not.toContain('secret.ts');
      const ticketMap = await get(h.base, '/t/assets/index.js.map');
      expect(ticketMap.status).toBe(404);
    } finally {
      rmSync(stray, { force: true });
    }
    // the compressed copies are an encoding, not files of their own
    expect((await get(h.base, `${src}.br`)).status).toBe(404);
  });

  it('/favicon.ico answers for pages without an icon link (API docs)', async () => {
    const res = await get(h.base, '/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.body.toString('utf8')).toContain('<svg');
  });
});
