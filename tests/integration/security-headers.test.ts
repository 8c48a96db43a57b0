// Every answer carries helmet's security headers with our options — computed once at start
// (server/src/http/security-headers.ts), not per request. They must be exactly what helmet's
// own middleware sets on a plain node:http answer with the same options, on a ticket issue,
// a refusal, an unknown address and a page; and a route may still replace one of them.
import { createServer } from 'node:http';
import helmet from 'helmet';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SECURITY_OPTIONS } from '@cherha/server/http/security-headers';
import { KIOSK, key, startHarness, type Harness } from '../src/harness';

let h: Harness;
let expected: Record<string, string>;

/** helmet's own middleware on a bare node:http server: the headers it sets */
async function helmetsOwn(): Promise<Record<string, string>> {
  const srv = createServer((req, res) => helmet(SECURITY_OPTIONS)(req, res, () => res.end()));
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as { port: number };
  const r = await fetch(`http://127.0.0.1:${port}/`);
  await new Promise<void>((res) => srv.close(() => res()));
  const plain = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
  return Object.fromEntries([...r.headers].filter(([k]) => !plain.has(k)));
}

beforeAll(async () => {
  h = await startHarness();
  expected = await helmetsOwn();
});
afterAll(() => h.close());

it('sets helmet’s headers with our options: no HSTS, no upgrade to https, images from data: and blob:', () => {
  expect(expected['x-frame-options']).toBe('SAMEORIGIN');
  expect(expected['x-content-type-options']).toBe('nosniff');
  expect(expected['strict-transport-security']).toBeUndefined();
  expect(expected['content-security-policy']).toContain("img-src 'self' data: blob:");
  expect(expected['content-security-policy']).not.toContain('upgrade-insecure-requests');
  expect(Object.keys(expected).length).toBeGreaterThan(8);
});

it.each([
  ['a ticket issued by the kiosk', 'POST', '/api/branches/1/tickets', 201],
  ['a refusal without a token', 'POST', '/api/windows/1/call-next', 401],
  ['an unknown address', 'GET', '/api/no-such-thing', 404],
  ['health', 'GET', '/api/health', 200],
  ['a page', 'GET', '/operator/', 200],
])('on %s', async (_what, method, path, status) => {
  const issuing = path.endsWith('/tickets');
  const services = issuing ? ((await h.http('GET', '/api/branches/1/catalog')).body as { services: { id: number; available?: boolean }[] }).services : [];
  const r = await fetch(`${h.base}${path}`, {
    method,
    headers: issuing ? { authorization: `Bearer ${KIOSK}`, 'content-type': 'application/json' } : {},
    body: issuing ? JSON.stringify({ serviceId: services[0]!.id, idempotencyKey: key(), language: 'uk' }) : undefined,
  });
  expect(r.status).toBe(status);
  for (const [name, value] of Object.entries(expected)) expect([name, r.headers.get(name)]).toEqual([name, value]);
});
