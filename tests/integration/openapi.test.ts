import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from '../src/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('OpenAPI at /docs/json names every route with a camelCase operationId, the core ones as agreed', async () => {
  const doc = (await h.http('GET', '/docs/json')).body as { paths: Record<string, Record<string, { operationId?: string }>> };
  const ids = Object.entries(doc.paths)
    .filter(([p]) => p.startsWith('/api/'))
    .flatMap(([p, ops]) => Object.entries(ops).map(([m, op]) => ({ at: `${m} ${p}`, id: op.operationId })));
  for (const { at, id } of ids) expect(id, at).toMatch(/^[a-z][a-zA-Z]+$/);
  expect(new Set(ids.map((x) => x.id)).size).toBe(ids.length);
  const names = ids.map((x) => x.id);
  for (const core of ['issueTicket', 'callNext', 'callSpecificTicket', 'recallTicket', 'startService', 'finishService', 'markNoShow', 'transferTicket', 'postponeTicket', 'getQueueSnapshot']) {
    expect(names).toContain(core);
  }
  expect((await h.http('GET', '/docs')).status).toBeLessThan(400);
  expect((await h.http('GET', '/api/health')).body.status).toBe('ok');
});
