// The booking page is downloaded by a visitor's phone on mobile data: it calls the REST routes
// through the typed client, which loads the route table ROUTES (plain data) and uses the zod
// schemas for their types alone. This reads the built bundle (npm test builds first): the
// table's paths are there, zod is not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '@cherha/contracts';
import { ROOT } from '../src/spawned';

const dist = join(ROOT, 'booking-ui', 'dist');

describe('booking page bundle', () => {
  it('carries the route table but no zod', () => {
    expect(existsSync(join(dist, 'index.html')), 'booking-ui is not built: npm run build -w booking-ui').toBe(true);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    // every script index.html loads (and any chunk it may load later) counts
    expect(scripts.some((f) => html.includes(f))).toBe(true);
    const js = scripts.map((f) => readFileSync(join(dist, 'assets', f), 'utf8')).join('\n');
    // the typed client found its routes in ROUTES, not in paths written by hand
    for (const id of ['getBooking', 'createBooking', 'getBookingQr', 'getServiceCard'] as const) expect(js).toContain(ROUTES[id].path);
    // zod's error class and its core type name survive minification (the kiosk's bundle has both)
    expect(js).not.toContain('ZodError');
    expect(js).not.toContain('$ZodType');
    // what the phone downloads, for the report and docs (no limit asserted: sizes belong in bench/)
    console.info(`booking-ui JavaScript: ${js.length} bytes, ${gzipSync(js, { level: 9 }).length} gzip`);
  });
});
