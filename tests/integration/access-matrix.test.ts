// Role × action × branch, generated from the route table in contracts (ROUTES): a route added
// to the table is checked here the day it appears, and a route missing from the table cannot
// be registered at all (the server refuses to start). Every caller is tried on every route:
//   - refused by the table → exactly 401 (nobody) or 403 (wrong role or device), nothing written;
//   - allowed by the table → never 401/403: the request carries a deliberately invalid extra
//     field, so it stops at validation (400) — which runs only after the access check passed —
//     and writes nothing either;
//   - staff and devices of another office → never a 2xx on this office's records.
import { accessAllows, ROUTES, type DeviceKind, type Role, type RouteSpec } from '@cherha/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPLAY, KIOSK, startHarness, type Harness } from '../src/harness';

interface Caller {
  name: string;
  role?: Role;
  deviceKind?: DeviceKind;
  /** 1 = the demo office whose records the ids point at; 2 = another office */
  branch: 1 | 2 | null;
  auth: { cookie?: string; token?: string };
}

let h: Harness;
const callers: Caller[] = [];
const TABLE: [string, RouteSpec][] = Object.entries(ROUTES as Record<string, RouteSpec>);

async function pairDevice(cookie: string, branchId: number, kind: DeviceKind): Promise<string> {
  const created = await h.http('POST', `/api/branches/${branchId}/devices`, { cookie, body: { kind, name: `Матриця ${kind} ${branchId}` } });
  expect(created.status).toBe(201);
  const paired = await h.http('POST', '/api/devices/pair', { body: { code: created.body.pairingCode } });
  expect(paired.status).toBe(200);
  return paired.body.token as string;
}

beforeAll(async () => {
  h = await startHarness();
  const admin = await h.login('admin', 'admin12345');
  const b2 = await h.http('POST', '/api/branches', { cookie: admin, body: { name: { uk: 'Інший ЦНАП', en: 'Other ASC' } } });
  expect(b2.status).toBe(201);
  const person = async (login: string, role: Role, branchId: number) => {
    const r = await h.http('POST', '/api/users', { cookie: admin, body: { branchId, login, name: `Матриця ${login}`, role, password: 'matrix-pass-1' } });
    expect(r.status).toBe(201);
    return h.login(login, 'matrix-pass-1');
  };
  callers.push(
    { name: 'anonymous', branch: null, auth: {} },
    { name: 'kiosk', deviceKind: 'kiosk', branch: 1, auth: { token: KIOSK } },
    { name: 'board', deviceKind: 'display', branch: 1, auth: { token: DISPLAY } },
    { name: 'print agent', deviceKind: 'print_agent', branch: 1, auth: { token: 'demo-agent-token' } },
    { name: 'rating terminal', deviceKind: 'rating_terminal', branch: 1, auth: { token: await pairDevice(admin, 1, 'rating_terminal') } },
    { name: 'operator', role: 'operator', branch: 1, auth: { cookie: await h.login('operator1', 'operator123') } },
    { name: 'supervisor', role: 'supervisor', branch: 1, auth: { cookie: await h.login('supervisor', 'super12345') } },
    { name: 'branch admin', role: 'admin', branch: 1, auth: { cookie: await person('matrix.admin1', 'admin', 1) } },
    { name: 'network admin', role: 'admin', branch: null, auth: { cookie: admin } },
    { name: 'operator of another office', role: 'operator', branch: 2, auth: { cookie: await person('matrix.op2', 'operator', b2.body.id) } },
    { name: 'supervisor of another office', role: 'supervisor', branch: 2, auth: { cookie: await person('matrix.sup2', 'supervisor', b2.body.id) } },
    { name: 'admin of another office', role: 'admin', branch: 2, auth: { cookie: await person('matrix.admin2', 'admin', b2.body.id) } },
    { name: 'kiosk of another office', deviceKind: 'kiosk', branch: 2, auth: { token: await pairDevice(admin, b2.body.id, 'kiosk') } },
  );
});
afterAll(() => h.close());

function fingerprint(): string {
  const db = h.cherha.services.repos.db;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  // sessions, last-seen times and the audit of refused calls may change on reads; the rest may not
  const skip = new Set(['sessions', 'audit_log']);
  return tables
    .filter((t) => !skip.has(t))
    .map((t) => {
      const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'last_seen_at');
      return `${t}:${JSON.stringify(db.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(',')} FROM ${t}`).all())}`;
    })
    .join('\n');
}

/** the path with ids of the demo office's first records (1), and a well-formed public code */
const concrete = (path: string) => path.replace('{code}', 'AbCdEfGh12345678').replace(/\{[^}]+\}/g, '1');

const expectation = (spec: RouteSpec, c: Caller) =>
  accessAllows(spec.access, c.role ? { role: c.role, branchId: c.branch } : c.deviceKind ? { deviceKind: c.deviceKind } : null);

describe('the route table and the server agree', () => {
  it('every /api operation in OpenAPI is in the table, with the same method and path, and the other way round', async () => {
    const doc = (await h.http('GET', '/docs/json')).body as { paths: Record<string, Record<string, { operationId?: string }>> };
    const served = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/'))
      .flatMap(([path, ops]) => Object.entries(ops).map(([m, o]) => `${o.operationId} ${m.toUpperCase()} ${path}`))
      .sort();
    const table = TABLE.map(([id, spec]) => `${id} ${spec.method} ${spec.path}`).sort();
    expect(served).toEqual(table);
  });
});

describe('role × action × branch', () => {
  it('callers the table refuses get exactly 401 or 403, and nothing is written', async () => {
    const before = fingerprint();
    let checked = 0;
    for (const [id, spec] of TABLE) {
      for (const c of callers) {
        const verdict = expectation(spec, c);
        if (verdict === 'ok') continue;
        const r = await h.http(spec.method, concrete(spec.path), { ...c.auth, body: spec.method === 'GET' ? undefined : { matrixProbe: true } });
        expect(r.status, `${id} as ${c.name}`).toBe(verdict === 'unauthorized' ? 401 : 403);
        expect(typeof r.body.error?.message, `${id} as ${c.name}`).toBe('string');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(TABLE.length * 3);
    expect(fingerprint()).toBe(before);
  });

  it('callers the table allows pass the access check (the invalid probe then stops at validation)', async () => {
    const before = fingerprint();
    for (const [id, spec] of TABLE) {
      // (another office's callers meet the office check instead: the next test)
      for (const c of callers.filter((x) => x.branch !== 2)) {
        if (expectation(spec, c) !== 'ok') continue;
        const probe = spec.method === 'GET' ? `${concrete(spec.path)}?matrixProbe=1` : concrete(spec.path);
        const r = await h.http(spec.method, probe, { ...c.auth, body: spec.method === 'GET' ? undefined : { matrixProbe: true } });
        expect([401, 403], `${id} as ${c.name}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`).not.toContain(r.status);
        expect(r.status, `${id} as ${c.name}`).toBeLessThan(500);
      }
    }
    expect(fingerprint()).toBe(before);
  });

  it('staff and devices of another office never change or read this office’s records', async () => {
    const before = fingerprint();
    const strangers = callers.filter((c) => c.branch === 2);
    for (const [id, spec] of TABLE) {
      // only records addressed by id belong to an office; body-less commands and reads reach the office check
      if (!/\{(branchId|windowId|ticketId|id)\}/.test(spec.path) || spec.access.public) continue;
      for (const c of strangers) {
        if (expectation(spec, c) !== 'ok') continue;
        const r = await h.http(spec.method, concrete(spec.path), c.auth);
        expect(r.status, `${id} as ${c.name}: ${JSON.stringify(r.body).slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(r.status, `${id} as ${c.name}`).toBeLessThan(500);
      }
    }
    expect(fingerprint()).toBe(before);
  });
});
