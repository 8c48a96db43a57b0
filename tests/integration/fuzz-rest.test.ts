// Property-based attack on every REST operation of the live OpenAPI document (a route added
// tomorrow is fuzzed tomorrow): params, query and body drawn from the operation's own JSON
// schemas, mixed with hostile values, sent as the admin (cookie), an operator (cookie), the
// demo kiosk and the demo board (bearer) and anonymously. For every request:
//   - never a 5xx; every 4xx is `{error:{code,message}}` with a known code and a text;
//   - a value the schema cannot accept (`true`, `[1]` or "1" for an id, an extra field…) is refused;
//   - a refused request leaves the database exactly as it was (fingerprint of every table);
//   - an accepted one never stores control or direction characters (U+0000, U+202E…);
//   - the server keeps answering /api/health.
// Seed: FUZZ_SEED (default fixed, printed by fast-check on failure); runs: FUZZ_RUNS per operation.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type RouteSpec } from '@cherha/contracts';
import { DISPLAY, KIOSK, PASSWORDS, startHarness, type Harness } from '../src/harness';
import { FUZZ_SEED, fingerprintDiff, fingerprinter, refusalShapeProblem, unsafeText, wire } from '../src/fuzz-support';
import { fuzzArbitrary, violation, type JsonSchema } from '../src/schema-arbitrary';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

interface Param { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema: JsonSchema }
interface Operation { method: string; path: string; operationId: string; params: Param[]; body: JsonSchema | null }
type OpenApi = { paths: Record<string, Record<string, { operationId?: string; parameters?: Param[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>> };

// The document is read from the real server before the tests are collected, so every
// operation becomes its own test (a failure names the operation).
async function liveOperations(): Promise<Operation[]> {
  const h = await startHarness();
  try {
    const doc = (await h.http('GET', '/docs/json')).body as OpenApi;
    return Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/'))
      .flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => ({
        method: m.toUpperCase(), path, operationId: op.operationId ?? `${m} ${path}`,
        params: op.parameters ?? [], body: op.requestBody?.content?.['application/json']?.schema ?? null,
      })));
  } finally {
    await h.close();
  }
}
const operations = await liveOperations();

type Who = 'admin' | 'operator' | 'kiosk' | 'board' | 'anonymous';
const WHO: Who[] = ['admin', 'operator', 'kiosk', 'board', 'anonymous'];

interface Fuzzer {
  h: Harness;
  cookie: Record<'admin' | 'operator', string>;
  /** ids of the fuzzer's own identities: destroying them would blind the rest of the run */
  own: { users: number[]; devices: number[] };
}

async function startFuzzer(): Promise<Fuzzer> {
  // no periodic day-end check or backup: a timer's write must not be blamed on a request
  const h = await startHarness({ config: { dayCheckSeconds: 86_400, backupEveryMinutes: 0 } });
  const admin = await h.login('admin', PASSWORDS.admin!);
  const operator = await h.login('operator1', PASSWORDS.operator1!);
  // a few real tickets (ids 1..12), one of them called, so ticket commands reach real rows
  for (let i = 0; i < 12; i++) {
    const r = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1 + (i % 3), idempotencyKey: `fuzz-seed-${i}` } });
    if (r.status !== 201) throw new Error(`seeding tickets: ${r.status} ${JSON.stringify(r.body)}`);
  }
  await h.http('POST', '/api/windows/1/call-next', { cookie: operator, body: {} });
  await settle(h);
  const me = async (cookie: string) => ((await h.http('GET', '/api/auth/me', { cookie })).body as { user?: { id: number }; id?: number });
  const userId = (b: { user?: { id: number }; id?: number }) => b.user?.id ?? b.id!;
  const device = (token: string) => {
    const a = h.cherha.services.auth.resolve(undefined, token);
    if (a?.kind !== 'device') throw new Error('demo device token not accepted');
    return a.device.id;
  };
  return {
    h, cookie: { admin, operator },
    own: { users: [userId(await me(admin)), userId(await me(operator))], devices: [device(KIOSK), device(DISPLAY)] },
  };
}

function credentials(f: Fuzzer, who: Who): { cookie?: string; token?: string } {
  switch (who) {
    case 'admin':
    case 'operator':
      return { cookie: f.cookie[who] };
    case 'kiosk':
      return { token: KIOSK };
    case 'board':
      return { token: DISPLAY };
    case 'anonymous':
      return {};
  }
}

/**
 * Requests that would destroy the credentials this fuzzer sends (its own logout, editing or
 * resetting its own user, revoking or re-pairing its own devices): every later case would
 * be a plain 401 and prove nothing. They are fuzzed with throwaway identities in the last
 * test of this file instead.
 */
function selfDestructive(f: Fuzzer, op: Operation, who: Who, ids: Record<string, string>): boolean {
  if (op.operationId === 'logout') return who === 'admin' || who === 'operator';
  const id = Number(ids.id);
  if (op.method === 'PUT' && op.path === '/api/users/{id}') return f.own.users.includes(id);
  if (op.path === '/api/devices/{id}/revoke' || op.path === '/api/devices/{id}/pairing-code') return f.own.devices.includes(id);
  return false;
}

const HOSTILE_SEGMENTS = ['0', '-1', '01', '1.5', '1e3', ' 1', 'true', '[1]', '99999999999', '2147483648', 'abc', '%00', '\u0000', '\u202e1', '١', '0x10', '1;DROP TABLE tickets', 'x'.repeat(150), '9'.repeat(120)];

function pathParam(p: Param): fc.Arbitrary<string> {
  const pattern = p.schema.pattern;
  // an id: digits by pattern, or typed as a number (then coerced from the address)
  const digitsOnly = (pattern !== undefined && /^\^\[1-9\]/.test(pattern)) || p.schema.type === 'integer' || p.schema.type === 'number';
  const valid = digitsOnly
    // mostly rows that exist: branch 1, the first services, windows and tickets, the demo devices
    ? fc.oneof({ weight: 4, arbitrary: fc.constant('1') }, { weight: 3, arbitrary: fc.integer({ min: 2, max: 14 }).map(String) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map(String) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2_147_483_647 }).map(String) })
    : pattern ? fc.stringMatching(new RegExp(pattern, 'u')) : fc.string({ minLength: 1, maxLength: 20 });
  return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
}

function queryParam(p: Param): fc.Arbitrary<string[] | undefined> {
  const valid = fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: p.schema.minimum ?? 0, max: p.schema.maximum ?? 1000 }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom('0', '-1', '1.5', '1e3', 'abc', 'true', '', ' ', '99999999999999999999', '%00', '\u202e') },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
  const isText = p.schema.type === 'string';
  const text = isText ? fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('2026-11-29', '2026-11-29T10:00:00Z', 'yesterday', '\u0000', 'x'.repeat(5000))) : valid;
  // absent, once, or repeated (?limit=1&limit=2 arrives as an array)
  return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 6, arbitrary: text.map((v) => [v]) }, { weight: 1, arbitrary: fc.array(text, { minLength: 2, maxLength: 3 }) });
}

/** bodies that are not JSON objects at all, or not JSON */
const RAW_BODIES = ['{', '{"a":', '[]', 'null', '"x"', '42', '\u0000', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"admin":true}}}', `{"x":"${'a'.repeat(70_000)}"}`];

interface Case {
  who: Who;
  ids: Record<string, string>;
  query: Record<string, string[] | undefined>;
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; text: string };
}

/** Callers weighted toward whoever the route table (contracts/src/routes.ts) lets in, so accepted paths are reached too. */
function whoArbitrary(op: Operation): fc.Arbitrary<Who> {
  const access = (ROUTES as Record<string, RouteSpec | undefined>)[op.operationId]?.access;
  const weight: Record<Who, number> = { admin: 2, operator: 1, kiosk: 1, board: 1, anonymous: 1 };
  if (access && 'public' in access && access.public) weight.anonymous += 3;
  else if (access && !access.public) {
    if (access.role === 'admin') weight.admin += 4;
    if (access.role === 'operator' || access.role === 'supervisor') weight.operator += 3;
    if (access.devices?.includes('kiosk')) weight.kiosk += 4;
    if (access.devices?.includes('display')) weight.board += 3;
  }
  return fc.oneof(...WHO.map((w) => ({ weight: weight[w], arbitrary: fc.constant(w) })));
}

function caseArbitrary(op: Operation): fc.Arbitrary<Case> {
  const ids = fc.record(Object.fromEntries(op.params.filter((p) => p.in === 'path').map((p) => [p.name, pathParam(p)])));
  const query = fc.record(Object.fromEntries(op.params.filter((p) => p.in === 'query').map((p) => [p.name, queryParam(p)])));
  const body: fc.Arbitrary<Case['body']> = op.body
    ? fc.oneof(
      { weight: 16, arbitrary: fuzzArbitrary(op.body).map((value) => ({ kind: 'json' as const, value })) },
      { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
      { weight: 2, arbitrary: fc.constantFrom(...RAW_BODIES).map((text) => ({ kind: 'raw' as const, text })) },
    )
    : fc.constant({ kind: 'none' as const });
  return fc.record({ who: whoArbitrary(op), ids, query, body });
}

function url(op: Operation, c: Case): string {
  let p = op.path;
  for (const [k, v] of Object.entries(c.ids)) p = p.replace(`{${k}}`, encodeURIComponent(v));
  const qs = Object.entries(c.query).flatMap(([k, vs]) => (vs ?? []).map((v) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`));
  return qs.length ? `${p}?${qs.join('&')}` : p;
}

/** Why this request must be refused whoever sends it, or null. */
function mustRefuse(op: Operation, c: Case): string | null {
  for (const p of op.params) {
    if (p.in === 'path') {
      // an address segment is text on the wire, read like a query value
      const v = violation(p.schema, c.ids[p.name], `адреса ${p.name}`, 'query');
      if (v) return v;
    } else if (p.in === 'query') {
      const vs = c.query[p.name];
      if (vs && vs.length > 1 && p.schema.type !== 'array') return `параметр ${p.name} повторено`;
      if (vs?.length === 1) {
        const v = violation(p.schema, vs[0], `параметр ${p.name}`, 'query');
        if (v) return v;
      }
    }
  }
  // JSON null or no body at all means "no body": refused only where fields are required
  const body = c.body.kind === 'raw' ? (c.body.text === 'null' ? null : c.body) : c.body.kind === 'json' ? wire(c.body.value) : undefined;
  if (body === null || body === undefined) return op.body?.required?.length ? 'тіло відсутнє' : null;
  if (typeof body === 'object' && 'kind' in body && body.kind === 'raw') return `тіло не є обʼєктом JSON: ${c.body.kind === 'raw' ? c.body.text.slice(0, 40) : ''}`;
  return op.body ? violation(op.body, body, 'тіло') : null;
}

/** Print jobs finish after the answer (the virtual printer renders a PNG): wait for them before comparing. */
async function settle(h: Harness): Promise<void> {
  const inFlight = (h.cherha.services.printing as unknown as { inFlight?: Set<Promise<unknown>> }).inFlight;
  if (inFlight) await Promise.allSettled([...inFlight]);
}

function describeCase(op: Operation, c: Case): string {
  const body = c.body.kind === 'json' ? JSON.stringify(c.body.value) : c.body.kind === 'raw' ? `raw ${JSON.stringify(c.body.text)}` : '(no body)';
  return `${c.who}: ${op.method} ${url(op, c).slice(0, 200)} ${body.slice(0, 300)}`;
}

interface Stats { accepted: number; refused: number; statuses: Record<number, number> }
const stats = new Map<string, Stats>();

/**
 * Sends one case and checks every property. `before` is the database fingerprint the last
 * check left; a refused request must leave it unchanged.
 */
function checker(f: Fuzzer, op: Operation) {
  const take = fingerprinter(f.h.cherha.services.repos.db);
  let before = take();
  // unsafe text already stored (by an earlier operation of this group) is that one's failure
  let unsafeBefore = new Set(unsafeText(f.h.cherha.services.repos.db));
  const st: Stats = stats.get(op.operationId) ?? { accepted: 0, refused: 0, statuses: {} };
  stats.set(op.operationId, st);
  const check = async (c: Case, who: { cookie?: string; token?: string }): Promise<void> => {
    const what = describeCase(op, c);
    const r = await f.h.http(op.method, url(op, c), {
      ...who,
      ...(c.body.kind === 'json' ? { raw: JSON.stringify(c.body.value) } : c.body.kind === 'raw' ? { raw: c.body.text } : {}),
    });
    st.statuses[r.status] = (st.statuses[r.status] ?? 0) + 1;
    try {
      expect(r.status, `5xx for ${what}: ${JSON.stringify(r.body).slice(0, 300)}`).toBeLessThan(500);
      if (r.status >= 400) {
        st.refused++;
        expect(refusalShapeProblem(r.body), `refusal shape for ${what}`).toBeNull();
        expect(fingerprintDiff(before, take()).join('; '), `a refused request (${r.status}) wrote: ${what}`).toBe('');
        return;
      }
      st.accepted++;
      const reason = mustRefuse(op, c);
      expect(reason, `accepted (${r.status}) although ${reason}: ${what} → ${JSON.stringify(r.body).slice(0, 200)}`).toBeNull();
      if (op.method !== 'GET') {
        await settle(f.h);
        const unsafe = unsafeText(f.h.cherha.services.repos.db);
        const added = unsafe.filter((u) => !unsafeBefore.has(u));
        unsafeBefore = new Set(unsafe);
        expect(added.join('; '), `control or direction characters saved by ${what}`).toBe('');
      }
    } finally {
      // whatever happened, the next case (and fast-check's shrinking) starts from the state now
      await settle(f.h);
      before = take();
    }
  };
  /** after the test's own setup writes (a throwaway user or device): they are not the case's */
  const rebase = () => {
    before = take();
  };
  return { check, rebase };
}

function fuzzOperation(getF: () => Fuzzer, op: Operation, runs: number) {
  return async () => {
    const f = getF();
    const { check } = checker(f, op);
    let n = 0;
    const property = fc.asyncProperty(caseArbitrary(op).filter((c) => !selfDestructive(f, op, c.who, c.ids)), async (c) => {
      n++;
      await check(c, credentials(f, c.who));
    });
    await fc.assert(property, { seed: FUZZ_SEED, numRuns: runs });
    // the fuzzer's own identities still work: otherwise most cases above were empty 401s
    expect((await f.h.http('GET', '/api/auth/me', { cookie: f.cookie.admin })).status, 'admin session lost').toBe(200);
    expect((await f.h.http('GET', '/api/auth/me', { cookie: f.cookie.operator })).status, 'operator session lost').toBe(200);
    for (const token of [KIOSK, DISPLAY]) expect(f.h.cherha.services.auth.resolve(undefined, token), 'demo device lost').not.toBeNull();
    expect((await f.h.http('GET', '/api/health')).status).toBe(200);
    expect(n).toBe(runs);
  };
}

// One server per route group (first path segment): accepted writes of one group (a closed
// branch, a deactivated service) do not shape what the next group sees.
const groups = new Map<string, Operation[]>();
for (const op of operations) {
  const g = op.path.split('/')[2]!;
  groups.set(g, [...(groups.get(g) ?? []), op]);
}

it('the live document has the operations this file fuzzes', () => {
  expect(operations.length).toBeGreaterThan(40);
  console.info(`fuzz-rest: seed ${FUZZ_SEED}, ${RUNS} runs × ${operations.length} operations`);
});

for (const [group, ops] of groups) {
  describe(`/api/${group}`, () => {
    let f: Fuzzer;
    beforeAll(async () => {
      f = await startFuzzer();
      expect(unsafeText(f.h.cherha.services.repos.db), 'the demo data itself').toEqual([]);
    });
    afterAll(() => f.h.close());
    for (const op of ops) it(`${op.operationId}: ${op.method} ${op.path}`, fuzzOperation(() => f, op, RUNS));
  });
}

// The requests selfDestructive() keeps away from the fuzzer's own credentials, fuzzed here on
// identities made for one case each: the caller logs itself out, edits or resets itself,
// revokes or re-pairs the device it is.
describe('calls that end the caller\'s own access, on throwaway identities', () => {
  // each case signs a person in (scrypt) or pairs a device: fewer, slower cases
  const SELF_RUNS = Math.max(10, Math.round(RUNS / 8));
  let f: Fuzzer;
  let serial = 0;
  beforeAll(async () => {
    f = await startFuzzer();
  });
  afterAll(() => f.h.close());
  const op = (id: string) => {
    const found = operations.find((o) => o.operationId === id);
    if (!found) throw new Error(`operation ${id} is gone from the document: update this test`);
    return found;
  };

  async function throwawayUser(role: 'admin' | 'operator'): Promise<{ id: number; cookie: string }> {
    const login = `fuzz.self.${++serial}`;
    const r = await f.h.http('POST', '/api/users', { cookie: f.cookie.admin, body: { branchId: role === 'admin' ? null : 1, login, name: 'Тимчасовий', role, password: 'throwaway-pass-1' } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = (r.body as { id?: number; user?: { id: number } }).user?.id ?? (r.body as { id: number }).id;
    return { id, cookie: await f.h.login(login, 'throwaway-pass-1') };
  }

  async function throwawayDevice(): Promise<{ id: number; token: string }> {
    const r = await f.h.http('POST', '/api/branches/1/devices', { cookie: f.cookie.admin, body: { kind: 'kiosk', name: `Тимчасовий ${++serial}` } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const p = await f.h.http('POST', '/api/devices/pair', { body: { code: (r.body as { pairingCode: string }).pairingCode } });
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    const { token, device } = p.body as { token: string; device: { id: number } };
    return { id: device.id, token };
  }

  it('logout by the session that is ending', async () => {
    const logout = op('logout');
    const { check, rebase } = checker(f, logout);
    await fc.assert(fc.asyncProperty(caseArbitrary(logout), async (c) => {
      const own = c.who === 'admin' || c.who === 'operator' ? { cookie: (await throwawayUser(c.who)).cookie } : credentials(f, c.who);
      rebase();
      await check(c, own);
    }), { seed: FUZZ_SEED, numRuns: SELF_RUNS });
  });

  it('a person edits their own record (role, switch-off, new password)', async () => {
    const update = op('updateUser');
    const { check, rebase } = checker(f, update);
    await fc.assert(fc.asyncProperty(caseArbitrary(update), fc.constantFrom<'admin' | 'operator'>('admin', 'operator'), async (c, role) => {
      const self = await throwawayUser(role);
      rebase();
      await check({ ...c, ids: { id: String(self.id) } }, { cookie: self.cookie });
    }), { seed: FUZZ_SEED, numRuns: SELF_RUNS });
  });

  for (const id of ['revokeDevice', 'newPairingCode']) {
    it(`${id} on a paired device, by an admin and by the device itself`, async () => {
      const target = op(id);
      const { check, rebase } = checker(f, target);
      await fc.assert(fc.asyncProperty(caseArbitrary(target), fc.boolean(), async (c, byDevice) => {
        const device = await throwawayDevice();
        rebase();
        await check({ ...c, ids: { id: String(device.id) } }, byDevice ? { token: device.token } : credentials(f, c.who));
      }), { seed: FUZZ_SEED, numRuns: SELF_RUNS });
    });
  }
});

afterAll(() => {
  // what the fuzzer reached: an operation that never accepts anything is fuzzed only at its door
  const lines = [...stats].map(([id, s]) => `${id}: ${s.accepted} accepted, ${s.refused} refused (${Object.entries(s.statuses).map(([k, v]) => `${k}×${v}`).join(' ')})`);
  console.info(`fuzz-rest seed ${FUZZ_SEED}\n${lines.join('\n')}`);
});
