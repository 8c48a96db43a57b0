// Device tokens are remembered between requests (server/src/auth/device-tokens.ts). Whatever
// changes a device — revoke, re-pair, its printer settings, or another process writing the
// database file — must count from the very next request, with the remembered entry warm.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRepos, openDb } from '@cherha/db';
import { KIOSK, key, startHarness, type Harness } from '../src/harness';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', 'admin12345');
});
afterAll(() => h.close());

async function pairKiosk(name: string): Promise<{ id: number; token: string }> {
  const created = await h.http('POST', '/api/branches/1/devices', { cookie: admin, body: { kind: 'kiosk', name } });
  expect(created.status).toBe(201);
  const paired = await h.http('POST', '/api/devices/pair', { body: { code: created.body.pairingCode } });
  expect(paired.status).toBe(200);
  return { id: paired.body.device.id, token: paired.body.token };
}

/** a few requests, so the token is surely remembered */
async function warm(token: string): Promise<void> {
  for (let i = 0; i < 3; i++) expect((await h.http('GET', '/api/auth/me', { token })).status).toBe(200);
}

it('a revoked token stops at the very next request', async () => {
  const k = await pairKiosk('Термінал для відкликання');
  await warm(k.token);
  expect((await h.http('POST', `/api/devices/${k.id}/revoke`, { cookie: admin })).status).toBe(200);
  expect((await h.http('GET', '/api/auth/me', { token: k.token })).status).toBe(401);
  expect((await h.http('POST', '/api/branches/1/tickets', { token: k.token, body: { serviceId: 1, idempotencyKey: key() } })).status).toBe(401);
});

it('re-pairing stops the old token at once and the new one works', async () => {
  const k = await pairKiosk('Термінал для заміни');
  await warm(k.token);
  const again = await h.http('POST', `/api/devices/${k.id}/pairing-code`, { cookie: admin });
  expect(again.status).toBe(200);
  expect((await h.http('GET', '/api/auth/me', { token: k.token })).status).toBe(401);
  const repaired = await h.http('POST', '/api/devices/pair', { body: { code: again.body.pairingCode } });
  await warm(repaired.body.token);
  expect((await h.http('GET', '/api/auth/me', { token: k.token })).status).toBe(401);
});

it('a changed printer setting is used for the next ticket', async () => {
  const kiosk = (await h.http('GET', '/api/branches/1/devices', { cookie: admin })).body.find((d: { name: string }) => d.name === 'Демо термінал');
  const issue = () => h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: key() } });
  const first = await issue();
  expect(first.status).toBe(201);
  expect(first.body.print.status).toBe('queued'); // the demo kiosk's virtual printer
  expect((await h.http('PUT', `/api/devices/${kiosk.id}/printer`, { cookie: admin, body: { printer: null, printAgentId: null } })).status).toBe(200);
  const second = await issue();
  expect(second.status).toBe(201);
  expect(second.body.print.status).toBe('none');
});

it('a device revoked by another process (another connection to the file) stops at the next request', async () => {
  const k = await pairKiosk('Термінал, відкликаний іншим процесом');
  await warm(k.token);
  const other = openDb(h.dbPath);
  try {
    createRepos(other).devices.revoke(k.id);
  } finally {
    other.close();
  }
  expect((await h.http('GET', '/api/auth/me', { token: k.token })).status).toBe(401);
});
