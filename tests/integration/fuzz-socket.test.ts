// Property-based attack on the live channel: every client→server event of the contract
// (ClientToServerEvents), with payloads drawn from its zod schema (via JSON Schema) mixed
// with hostile ones, with and without an ack callback, from board, kiosk, operator, admin and
// print-agent sockets; then arbitrary handshake `auth` objects. For every emit:
//   - the server answers an ack with `{ok:true,data}` or `{ok:false,error:{code,message}}`,
//     never INTERNAL, and `{ok:false}` whenever the payload breaks the schema;
//   - an event not meant for this kind of socket is never accepted;
//   - nothing is logged as a server error, the socket stays connected and answers;
//   - a refused or ignored event leaves the database exactly as it was.
// Seed: FUZZ_SEED (default fixed, printed by fast-check on failure); runs: FUZZ_RUNS.
import fc from 'fast-check';
import { io as ioClient } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { PrinterStatusPayload, PrintResultPayload, SnapshotRequest, type ClientToServerEvents } from '@cherha/contracts';
import { DISPLAY, KIOSK, PASSWORDS, startHarness, type ClientSocket, type Harness } from '../src/harness';
import { FUZZ_SEED, fingerprintDiff, fingerprinter, refusalShapeProblem, wire } from '../src/fuzz-support';
import { addFieldHints, fuzzArbitrary, violation, type JsonSchema } from '../src/schema-arbitrary';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

/**
 * The payload schema of every client→server event. Typed against the contract: an event
 * added to ClientToServerEvents does not compile here until it is fuzzed too.
 */
const EVENTS = {
  'snapshot:get': SnapshotRequest,
  'print:result': PrintResultPayload,
  'printer:status': PrinterStatusPayload,
} satisfies Record<keyof ClientToServerEvents, z.ZodType>;
type EventName = keyof typeof EVENTS;
const EVENT_NAMES = Object.keys(EVENTS) as EventName[];
const SCHEMAS = Object.fromEntries(EVENT_NAMES.map((e) => [e, z.toJSONSchema(EVENTS[e], { io: 'input', unrepresentable: 'any' }) as JsonSchema])) as Record<EventName, JsonSchema>;

type Kind = 'board' | 'kiosk' | 'operator' | 'admin' | 'agent';
const KINDS: Kind[] = ['board', 'kiosk', 'operator', 'admin', 'agent'];
/** which sockets an event is for; from the others it must never be accepted */
const MEANT_FOR: Record<EventName, Kind[]> = {
  'snapshot:get': KINDS,
  'print:result': ['agent'],
  'printer:status': ['agent'],
};

/** the server acks on the socket, which is not its fault: frames over 64 KB drop the connection (tested apart below) */
const FRAME_LIMIT = 60_000;

let h: Harness;
let cookies: { admin: string; operator: string };
let agentToken: string;
/** print jobs sent to the agent, so `print:result` also reaches real rows */
let jobIds: string[];
let sockets: Record<Kind, ClientSocket>;
let errorLog: ReturnType<typeof vi.spyOn>;

async function pairAgent(): Promise<string> {
  const created = await h.http('POST', '/api/branches/1/devices', { cookie: cookies.admin, body: { kind: 'print_agent', name: 'Агент друку (fuzz)' } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const paired = await h.http('POST', '/api/devices/pair', { body: { code: (created.body as { pairingCode: string }).pairingCode } });
  expect(paired.status, JSON.stringify(paired.body)).toBe(200);
  return (paired.body as { token: string }).token;
}

/** The demo kiosk prints through the agent; a few tickets give the agent real jobs. */
async function agentJobs(): Promise<string[]> {
  const me = h.cherha.services.auth.resolve(undefined, KIOSK);
  const agent = h.cherha.services.auth.resolve(undefined, agentToken);
  if (me?.kind !== 'device' || agent?.kind !== 'device') throw new Error('demo kiosk or agent not resolved');
  const set = await h.http('PUT', `/api/devices/${me.device.id}/printer`, { cookie: cookies.admin, body: { printer: null, printAgentId: agent.device.id } });
  expect(set.status, JSON.stringify(set.body)).toBe(200);
  const { sock } = await h.socket({ token: agentToken });
  const ids: string[] = [];
  sock.on('print:job', (job) => ids.push(job.jobId));
  for (let i = 0; i < 5; i++) {
    const r = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1 + i, idempotencyKey: `fuzz-agent-${i}` } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  }
  await sock.timeout(5000).emitWithAck('snapshot:get', {});
  expect(ids.length).toBe(5);
  sock.disconnect();
  return ids;
}

async function connect(kind: Kind): Promise<ClientSocket> {
  switch (kind) {
    case 'board':
      return (await h.socket({ token: DISPLAY })).sock;
    case 'kiosk':
      return (await h.socket({ token: KIOSK })).sock;
    case 'agent':
      return (await h.socket({ token: agentToken })).sock;
    case 'operator':
    case 'admin':
      return (await h.socket({}, cookies[kind])).sock;
  }
}

beforeAll(async () => {
  // no periodic day-end check or backup: a timer's write must not be blamed on an event
  h = await startHarness({ config: { dayCheckSeconds: 86_400, backupEveryMinutes: 0 } });
  cookies = { admin: await h.login('admin', PASSWORDS.admin!), operator: await h.login('operator1', PASSWORDS.operator1!) };
  agentToken = await pairAgent();
  jobIds = await agentJobs();
  sockets = Object.fromEntries(await Promise.all(KINDS.map(async (k) => [k, await connect(k)] as const))) as Record<Kind, ClientSocket>;
  // the live layer logs through the app's logger: a logged error is a failed property
  errorLog = vi.spyOn(h.cherha.app.log, 'error');
});
afterAll(async () => {
  errorLog.mockRestore();
  await h.close();
});

type Reply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

/** The ack shape problem, or null. */
function replyProblem(r: unknown): string | null {
  const reply = r as Reply | null;
  if (reply?.ok === true) return 'data' in reply ? null : `ok without data: ${JSON.stringify(r)}`;
  if (reply?.ok === false) {
    const p = refusalShapeProblem(reply);
    if (p) return p;
    return reply.error.code === 'INTERNAL' ? `INTERNAL: ${reply.error.message}` : null;
  }
  return `not an Ack: ${JSON.stringify(r)?.slice(0, 200)}`;
}

describe('every client→server event, from every kind of socket', () => {
  for (const event of EVENT_NAMES) {
    it(`${event}: arbitrary payloads, with and without ack`, async () => {
      const take = fingerprinter(h.cherha.services.repos.db);
      let before = take();
      const tally = { accepted: 0, refused: 0, ignored: 0 };
      addFieldHints({ jobId: fc.oneof(fc.constantFrom(...jobIds), fc.uuid()) });
      const payloads = fc.oneof(
        { weight: 12, arbitrary: fuzzArbitrary(SCHEMAS[event]) },
        // payloads of the other events, sent to this one
        { weight: 2, arbitrary: fc.constantFrom(...EVENT_NAMES).chain((other) => fuzzArbitrary(SCHEMAS[other])) },
        { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }) },
      ).filter((p) => (JSON.stringify(p) ?? '').length < FRAME_LIMIT);
      // the sockets the event is for get half of the cases, the others share the rest
      const kinds = fc.oneof(...KINDS.map((k) => ({ weight: MEANT_FOR[event].includes(k) ? Math.max(1, Math.round(KINDS.length / MEANT_FOR[event].length)) : 1, arbitrary: fc.constant(k) })));
      await fc.assert(fc.asyncProperty(kinds, payloads, fc.boolean(), async (kind, payload, withAck) => {
        const sock = sockets[kind];
        const what = `${kind} ${event} ${withAck ? 'with ack' : 'no ack'} ${JSON.stringify(payload)?.slice(0, 300)}`;
        const errorsBefore = errorLog.mock.calls.length;
        let reply: unknown;
        let replied = false;
        const raw = sock as unknown as { emit: (e: string, ...args: unknown[]) => void };
        if (withAck) {
          raw.emit(event, payload, (r: unknown) => {
            replied = true;
            reply = r;
          });
        } else {
          raw.emit(event, payload);
        }
        // events on one socket are handled in order: once this ping is answered, so is the event
        const ping = (await sock.timeout(5000).emitWithAck('snapshot:get', {})) as Reply;
        const after = take();
        const diff = fingerprintDiff(before, after).join('; ');
        // the next case (and fast-check's shrinking) starts from the state now
        before = after;
        expect(ping.ok, `the socket stopped answering after ${what}`).toBe(true);
        expect(sock.connected, `disconnected by ${what}`).toBe(true);
        expect(errorLog.mock.calls.slice(errorsBefore).map((c: unknown[]) => String(c[1] ?? c[0])), `server error logged for ${what}`).toEqual([]);
        const meant = MEANT_FOR[event].includes(kind);
        if (withAck && meant) expect(replied, `no ack for ${what}`).toBe(true);
        if (replied) {
          expect(replyProblem(reply), `ack of ${what}`).toBeNull();
          if (!meant) expect((reply as Reply).ok, `accepted from a ${kind} socket: ${what}`).toBe(false);
          // no payload at all (null) means "the defaults" where the schema has them
          const wired = wire(payload);
          const broken = wired === null && SCHEMAS[event].default !== undefined ? null : violation(SCHEMAS[event], wired, 'payload');
          if (broken) expect((reply as Reply).ok, `accepted although ${broken}: ${what}`).toBe(false);
        }
        const accepted = replied && (reply as Reply).ok;
        if (accepted) tally.accepted++;
        else if (replied) tally.refused++;
        else tally.ignored++;
        // accepted, or maybe accepted (no ack to tell), may write; nothing else may
        if (!accepted && !(!withAck && meant)) expect(diff, `a refused or ignored event wrote: ${what}`).toBe('');
      }), { seed: FUZZ_SEED, numRuns: RUNS });
      console.info(`fuzz-socket ${event}: ${tally.accepted} accepted, ${tally.refused} refused, ${tally.ignored} unanswered (no ack asked, or not for that socket) (seed ${FUZZ_SEED})`);
      expect(tally.refused).toBeGreaterThan(0);
    });
  }

  it('an oversized frame drops that one connection; the others keep working', async () => {
    const big = await connect('board');
    const closed = new Promise((resolve) => big.once('disconnect', resolve));
    (big as unknown as { emit: (e: string, ...a: unknown[]) => void }).emit('print:result', { jobId: 'x'.repeat(70_000), outcome: 'printed' });
    await closed;
    for (const kind of KINDS) expect(((await sockets[kind].timeout(5000).emitWithAck('snapshot:get', {})) as Reply).ok, kind).toBe(true);
  });
});

/** what the handshake `auth` may carry (SocketAuth in contracts/src/live.ts); extra keys are allowed */
const AUTH_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    token: { type: 'string', maxLength: 200 },
    view: { type: 'string', enum: ['board', 'operator'] },
    // the server checks a positive integer here, with no upper bound (an unknown branch is refused later)
    branchId: { type: 'integer', exclusiveMinimum: 0 },
  },
};

describe('the handshake', () => {
  it('arbitrary auth objects and cookies: a clear refusal or the right snapshot, never a crash', async () => {
    const take = fingerprinter(h.cherha.services.repos.db);
    let before = take();
    const tally = { connected: 0, refused: 0 };
    const token = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(KIOSK, DISPLAY, agentToken) },
      { weight: 2, arbitrary: fc.constantFrom(`${KIOSK} `, KIOSK.toUpperCase(), '', 'x'.repeat(201), `${DISPLAY}\u0000`) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    );
    const auth = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fuzzArbitrary(AUTH_SCHEMA), fc.option(token, { freq: 3 })).map(([a, t]) => (t !== null && a && typeof a === 'object' && !Array.isArray(a) ? { ...a, token: t } : a)) },
      { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
    );
    const cookie = fc.option(fc.constantFrom<'admin' | 'operator' | 'garbage'>('admin', 'operator', 'garbage'), { freq: 2 });
    await fc.assert(fc.asyncProperty(auth, cookie, async (a, c) => {
      const what = `auth ${JSON.stringify(a)?.slice(0, 200)} cookie ${c ?? 'none'}`;
      const errorsBefore = errorLog.mock.calls.length;
      const header = c === 'garbage' ? 'cherha_session=%00%E2%80%AE' : c ? cookies[c] : undefined;
      const s = ioClient(h.base, { auth: a as Record<string, unknown>, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: header ? { cookie: header } : {} });
      const outcome = await new Promise<{ kind: 'snapshot'; event: string } | { kind: 'refused'; message: string }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the handshake got no answer: ${what}`)), 5000);
        const done = (o: { kind: 'snapshot'; event: string } | { kind: 'refused'; message: string }) => {
          clearTimeout(timer);
          resolve(o);
        };
        s.once('board:snapshot', () => done({ kind: 'snapshot', event: 'board:snapshot' }));
        s.once('operator:snapshot', () => done({ kind: 'snapshot', event: 'operator:snapshot' }));
        s.once('connect_error', (err) => done({ kind: 'refused', message: err.message }));
        s.once('disconnect', (reason) => done({ kind: 'refused', message: `disconnect: ${reason}` }));
      });
      s.disconnect();
      const after = take();
      const diff = fingerprintDiff(before, after).join('; ');
      // the next case (and fast-check's shrinking) starts from the state now
      before = after;
      expect(errorLog.mock.calls.slice(errorsBefore).map((x: unknown[]) => String(x[1] ?? x[0])), `server error logged for ${what}`).toEqual([]);
      // socket.io carries only a plain object as auth; anything else arrives as {} (no auth),
      // so only objects have a schema to break
      const obj = a !== null && typeof a === 'object' && !Array.isArray(a) ? (a as Record<string, unknown>) : null;
      const broken = obj ? violation(AUTH_SCHEMA, wire(obj), 'auth') : null;
      if (outcome.kind === 'snapshot') {
        tally.connected++;
        expect(broken, `connected although ${broken}: ${what}`).toBeNull();
        const device = typeof obj?.token === 'string' && obj.token !== '';
        // a device never sees the staff side, whatever view it asks for
        if (device) expect(outcome.event, `a device got the operator view: ${what}`).toBe('board:snapshot');
      } else {
        tally.refused++;
        expect(outcome.message.length, `empty refusal: ${what}`).toBeGreaterThan(0);
        expect(diff, `a refused handshake wrote: ${what}`).toBe('');
      }
    }), { seed: FUZZ_SEED, numRuns: RUNS });
    console.info(`fuzz-socket handshake: ${tally.connected} connected, ${tally.refused} refused (seed ${FUZZ_SEED})`);
    expect(tally.connected).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  });
});
