// The route table in contracts is the REST contract: a route outside it cannot be registered,
// a route cannot carry schemas of its own, every operation of the OpenAPI document declares the
// answer it gives, and an answer that does not fit its response schema is refused (the harness
// runs the server with checkResponses, so every other test checks the answers it reads).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BoardSnapshotSchema, ROUTE_CONTRACTS, ROUTES, fileTypes, isFileAnswer, type RouteContract } from '@cherha/contracts';
import { bindRoute } from '../../server/src/http/route-table';
import { contractSchema, fastifyPath } from '../../server/src/http/route';
import { responseSerializer } from '../../server/src/http/response-check';
import { DISPLAY, KIOSK, PASSWORDS, startHarness, type Harness } from '../src/harness';

type OpenApi = { paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, { content?: Record<string, unknown> }> }>> };
const CONTRACTS: Record<string, RouteContract | undefined> = ROUTE_CONTRACTS;

describe('registering', () => {
  it('a route that is not in ROUTES cannot exist', () => {
    expect(() => bindRoute({ method: 'GET', url: '/api/secret', schema: { operationId: 'secret' }, handler: () => null } as never))
      .toThrow(/not in contracts\/src\/routes.ts ROUTES/);
    expect(() => bindRoute({ method: 'GET', url: '/api/secret', handler: () => null } as never)).toThrow(/operationId missing/);
  });

  it('a route of the table on another method or path is refused', () => {
    expect(() => bindRoute({ method: 'GET', url: '/api/windows/:windowId/call-next', schema: { operationId: 'callNext' }, handler: () => null } as never))
      .toThrow(/does not match ROUTES.callNext/);
  });

  it('a route of the table with a body schema of its own (not the table\'s) is refused', () => {
    const own = { ...contractSchema('callSpecificTicket', ROUTE_CONTRACTS.callSpecificTicket), body: z.object({ ticketId: z.unknown() }) };
    expect(() => bindRoute({ method: 'POST', url: '/api/windows/:windowId/call', schema: own, handler: () => null } as never))
      .toThrow(/register it with route\(\)/);
    // and one with an answer schema of its own
    const ownAnswer = { ...contractSchema('callSpecificTicket', ROUTE_CONTRACTS.callSpecificTicket), response: { '2xx': z.object({}) } };
    expect(() => bindRoute({ method: 'POST', url: '/api/windows/:windowId/call', schema: ownAnswer, handler: () => null } as never))
      .toThrow(/register it with route\(\)/);
    // the table's own schema passes
    const ok = contractSchema('callSpecificTicket', ROUTE_CONTRACTS.callSpecificTicket);
    expect(() => bindRoute({ method: 'POST', url: fastifyPath(ROUTES.callSpecificTicket.path), schema: ok, handler: () => null } as never)).not.toThrow();
  });
});

describe('answers', () => {
  it('an answer its response schema does not allow is refused with the field named; a fitting one is written as it is', () => {
    const write = responseSerializer(true)({ schema: ROUTE_CONTRACTS.callNext.response, method: 'POST', url: '/api/windows/:windowId/call-next', httpStatus: '2xx' });
    expect(() => write({ ticket: { id: 1, number: 'А001' } })).toThrow(/does not fit its response schema.*ticket\./);
    expect(() => write({ window: {} })).toThrow(/ticket/);
    // without the check (in service) nothing is parsed: the same body is written
    const unchecked = responseSerializer(false)({ schema: ROUTE_CONTRACTS.callNext.response, method: 'POST', url: '/x', httpStatus: '2xx' });
    expect(unchecked({ a: 'ї' })).toBe('{"a":"ї"}');
  });

  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('every row of ROUTES has its schema row, and the OpenAPI document declares each 2xx answer', async () => {
    const doc = (await h.http('GET', '/docs/json')).body as OpenApi;
    for (const [id, spec] of Object.entries(ROUTES)) {
      const c = CONTRACTS[id];
      expect(c, `${id} has its row in ROUTE_CONTRACTS`).toBeDefined();
      if (!c) continue;
      const op = doc.paths[spec.path]?.[spec.method.toLowerCase()];
      expect(op?.operationId, `${id} in OpenAPI`).toBe(id);
      const ok = Object.entries(op?.responses ?? {}).find(([status]) => status.startsWith('2'));
      // refusals and failures: `{ error: { code, message } }`, declared for every route
      for (const status of ['4XX', '5XX']) expect(op?.responses?.[status]?.content?.['application/json'], `${id}: its ${status} in OpenAPI`).toBeTruthy();
      if (isFileAnswer(c.response)) {
        // a file answer: the content types it comes in
        expect(Object.keys(ok?.[1].content ?? {}), `${id}: its file types in OpenAPI`).toEqual([...fileTypes(c.response)]);
        continue;
      }
      expect(ok?.[1].content?.['application/json'], `${id}: its 2xx answer in OpenAPI`).toBeTruthy();
    }
  });

  it('the live server answers within its schemas (a kiosk issues, staff call and read)', async () => {
    const op = await h.login('operator1', PASSWORDS.operator1!);
    const issued = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 1, idempotencyKey: 'contract-1' } });
    expect(issued.status).toBe(201);
    expect(ROUTE_CONTRACTS.issueTicket.response.safeParse(issued.body).success).toBe(true);
    const called = await h.http('POST', '/api/windows/1/call-next', { cookie: op, body: {} });
    expect(called.status).toBe(200);
    expect(ROUTE_CONTRACTS.callNext.response.parse(called.body).ticket.status).toBe('called');
    const snap = await h.http('GET', '/api/branches/1/snapshot', { cookie: op });
    expect(snap.status).toBe(200);
    expect(ROUTE_CONTRACTS.getQueueSnapshot.response.safeParse(snap.body).success).toBe(true);
    // a board gets what it shows: its snapshot with the staff side added would not pass
    const board = await h.http('GET', '/api/branches/1/snapshot', { token: DISPLAY });
    expect(board.status).toBe(200);
    expect(BoardSnapshotSchema.safeParse(board.body).success).toBe(true);
    const leaky = { ...(board.body as object), windows: (snap.body as { windows: unknown }).windows };
    const write = responseSerializer(true)({ schema: ROUTE_CONTRACTS.getQueueSnapshot.response, method: 'GET', url: '/api/branches/:branchId/snapshot', httpStatus: '2xx' });
    expect(() => write(leaky)).toThrow(/does not fit/);
  });
});
