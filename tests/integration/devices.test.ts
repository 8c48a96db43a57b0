// A device's life: registered by an admin, paired once with a one-time code, then a
// long-lived token; re-paired when its PC is replaced; revoked when lost.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from '../src/harness';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.login('admin', 'admin12345');
});
afterAll(() => h.close());

it('pair once, keep working, re-pair, revoke', async () => {
  const created = await h.http('POST', '/api/branches/1/devices', { cookie: admin, body: { kind: 'display', name: 'Табло в холі 2' } });
  expect(created.status).toBe(201);
  const code = created.body.pairingCode as string;
  expect(code).toMatch(/^\d{8}$/);
  // typed as shown on the admin screen, «1234 5678»
  const paired = await h.http('POST', '/api/devices/pair', { body: { code: ` ${code.slice(0, 4)} ${code.slice(4)} ` } });
  expect(paired.status).toBe(200);
  const token = paired.body.token as string;
  expect(paired.body.device).toMatchObject({ kind: 'display', paired: true });
  // the code is single use
  expect((await h.http('POST', '/api/devices/pair', { body: { code } })).status).toBe(404);
  expect((await h.http('GET', '/api/auth/me', { token })).body).toMatchObject({ kind: 'device', device: { name: 'Табло в холі 2' } });
  const { sock } = await h.socket({ token });
  // a display may read, not issue
  expect((await h.http('POST', '/api/branches/1/tickets', { token, body: { serviceId: 1, idempotencyKey: 'display-tries-1' } })).status).toBe(403);

  // the PC is replaced: a new code, the old token stops at once, its socket is dropped
  const dropped = new Promise((resolve) => sock.once('disconnect', resolve));
  const again = await h.http('POST', `/api/devices/${paired.body.device.id}/pairing-code`, { cookie: admin });
  expect(again.status).toBe(200);
  await dropped;
  expect((await h.http('GET', '/api/auth/me', { token })).status).toBe(401);
  const repaired = await h.http('POST', '/api/devices/pair', { body: { code: again.body.pairingCode } });
  const token2 = repaired.body.token as string;
  expect((await h.http('GET', '/api/branches/1/snapshot', { token: token2 })).status).toBe(200);

  // lost: revoked
  const revoked = await h.http('POST', `/api/devices/${paired.body.device.id}/revoke`, { cookie: admin });
  expect(revoked.body).toMatchObject({ paired: false, revoked: true });
  expect(revoked.body.token).toBeUndefined();
  expect((await h.http('GET', '/api/branches/1/snapshot', { token: token2 })).status).toBe(401);
  await expect(h.socket({ token: token2 })).rejects.toThrow();
});

it('only an admin registers devices; wrong codes are refused clearly', async () => {
  const op = await h.login('operator1', 'operator123');
  expect((await h.http('POST', '/api/branches/1/devices', { cookie: op, body: { kind: 'kiosk', name: 'x' } })).status).toBe(403);
  const wrong = await h.http('POST', '/api/devices/pair', { body: { code: '00000000' } });
  expect(wrong.status).toBe(404);
  expect(wrong.body.error.message).toContain('Код підключення');
  expect((await h.http('POST', '/api/devices/pair', { body: { code: 'abc' } })).status).toBe(400);
});
