// The audit log: every admin or supervisor command lands in audit_log with who, where, what,
// on which record and how it ended — and never a password, token or pairing code. Branch
// admins read their own branch only.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORDS, startHarness, type Harness } from '../src/harness';

interface Entry {
  id: number; at: string; actorUserId: number | null; actorLogin: string | null; actorDeviceId: number | null;
  branchId: number | null; action: string; method: string; targetId: number | null; status: number; summary: Record<string, unknown>;
}

describe('audit log', () => {
  let h: Harness;
  let admin: string;
  let sup: string;
  const secrets: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    admin = await h.login('admin', PASSWORDS.admin!);
    sup = await h.login('supervisor', PASSWORDS.supervisor!);
  });
  afterAll(() => h.close());

  const entries = async (cookie: string, query = '') => {
    const r = await h.http('GET', `/api/audit${query}`, { cookie });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.entries as Entry[];
  };

  it('records configuration, devices, people, alerts, closures and backups, with no secrets', async () => {
    const device = await h.http('POST', '/api/branches/1/devices', { cookie: admin, body: { kind: 'display', name: 'Табло 2' } });
    expect(device.status).toBe(201);
    secrets.push(device.body.pairingCode);
    const paired = await h.http('POST', '/api/devices/pair', { body: { code: device.body.pairingCode } });
    expect(paired.status).toBe(200);
    secrets.push(paired.body.token);
    const deviceId = paired.body.device.id as number;
    expect((await h.http('POST', `/api/devices/${deviceId}/revoke`, { cookie: admin })).status).toBe(200);
    const user = await h.http('POST', '/api/users', { cookie: admin, body: { branchId: 1, login: 'newop', name: 'Нова Операторка', role: 'operator', password: 'Sekret-Pass-7781' } });
    expect(user.status).toBe(201);
    secrets.push('Sekret-Pass-7781');
    expect((await h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: true } })).status).toBe(200);
    expect((await h.http('POST', '/api/branches/1/alert', { cookie: sup, body: { active: false } })).status).toBe(200);
    expect((await h.http('POST', '/api/branches/1/services/1/close-today', { cookie: sup })).status).toBe(200);
    // refused: a supervisor may not register devices — refusals are recorded too
    expect((await h.http('POST', '/api/branches/1/devices', { cookie: sup, body: { kind: 'kiosk', name: 'Спроба' } })).status).toBe(403);
    expect((await h.http('POST', '/api/admin/backups', { cookie: admin })).status).toBe(201);
    // a route of another group: audited because the route table gives it to admins
    expect((await h.http('PUT', '/api/branches/1/rating-settings', { cookie: admin, body: { scale: 'four' } })).status).toBe(200);
    // a read is not an action
    expect((await h.http('GET', '/api/users', { cookie: admin })).status).toBe(200);

    const log = await entries(admin);
    const find = (action: string) => log.filter((e) => e.action === action && e.status < 300);
    const adminId = (await h.http('GET', '/api/auth/me', { cookie: admin })).body.user.id;
    expect(find('createDevice')[0]).toMatchObject({ actorLogin: 'admin', actorUserId: adminId, branchId: 1, method: 'POST', status: 201, targetId: deviceId, summary: { kind: 'display', name: 'Табло 2' } });
    expect(find('pairDevice')[0]).toMatchObject({ actorUserId: null, actorDeviceId: deviceId, branchId: 1, status: 200, targetId: deviceId });
    expect(find('revokeDevice')[0]).toMatchObject({ actorLogin: 'admin', branchId: 1, targetId: deviceId, status: 200 });
    expect(find('createUser')[0]).toMatchObject({ actorLogin: 'admin', branchId: 1, targetId: user.body.user?.id ?? user.body.id, status: 201, summary: { login: 'newop', role: 'operator', passwordChanged: true } });
    expect(find('setAlert').map((e) => e.summary)).toEqual([{ active: false }, { active: true }]);
    expect(find('setAlert')[0]).toMatchObject({ actorLogin: 'supervisor', branchId: 1 });
    expect(find('closeServiceToday')[0]).toMatchObject({ actorLogin: 'supervisor', branchId: 1, targetId: 1, status: 200 });
    expect(log.find((e) => e.action === 'createDevice' && e.status === 403)).toMatchObject({ actorLogin: 'supervisor', branchId: 1 });
    expect(find('createBackup')[0]).toMatchObject({ actorLogin: 'admin', status: 201 });
    expect(find('updateRatingSettings')[0]).toMatchObject({ actorLogin: 'admin', branchId: 1, targetId: 1, status: 200 });
    expect(find('listUsers')).toEqual([]);
    // newest first
    expect(log.map((e) => e.at)).toEqual([...log.map((e) => e.at)].sort().reverse());

    // nothing secret anywhere in the table, not only in what the API shows
    const db = new Database(h.dbPath, { readonly: true });
    const dump = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    db.close();
    for (const s of secrets) expect(dump).not.toContain(s);
  });

  it('filters by branch and time; branch admins see their own branch only; others nothing', async () => {
    const b2 = await h.http('POST', '/api/branches', { cookie: admin, body: { name: { uk: 'Другий ЦНАП', en: 'Second ASC' } } });
    expect(b2.status).toBe(201);
    const branch2 = (b2.body.id ?? b2.body.branch?.id) as number;
    expect((await h.http('POST', `/api/branches/${branch2}/windows`, { cookie: admin, body: { label: '7', name: '', active: true, services: [] } })).status).toBeLessThan(300);
    const all = await entries(admin);
    expect(all.some((e) => e.branchId === branch2 && e.action === 'createWindow')).toBe(true);
    const only2 = await entries(admin, `?branchId=${branch2}`);
    expect(only2.length).toBeGreaterThan(0);
    expect(only2.every((e) => e.branchId === branch2)).toBe(true);

    const since = new Date(Date.now() + 60_000).toISOString();
    expect(await entries(admin, `?from=${encodeURIComponent(since)}`)).toEqual([]);
    expect(await entries(admin, '?limit=2')).toHaveLength(2);

    expect((await h.http('POST', '/api/users', { cookie: admin, body: { branchId: 1, login: 'office-admin', name: 'Адмін офісу', role: 'admin', password: 'office-admin-1' } })).status).toBe(201);
    const branchAdmin = await h.login('office-admin', 'office-admin-1');
    const mine = await entries(branchAdmin);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.branchId === 1)).toBe(true);
    expect((await h.http('GET', `/api/audit?branchId=${branch2}`, { cookie: branchAdmin })).status).toBe(403);
    expect((await h.http('GET', '/api/audit', { cookie: sup })).status).toBe(403);
    expect((await h.http('GET', '/api/audit')).status).toBe(401);
    expect((await h.http('GET', '/api/audit?limit=0', { cookie: admin })).status).toBe(400);
    expect((await h.http('GET', '/api/audit?from=yesterday', { cookie: admin })).status).toBe(400);
  });

  it('the log is append-only in the database itself', async () => {
    const db = new Database(h.dbPath);
    try {
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });
});
