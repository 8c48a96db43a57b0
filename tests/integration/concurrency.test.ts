// Two operators press "call next" at the same moment with one visitor waiting:
// exactly one gets the ticket, every time; numbering stays unique under parallel issues.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KIOSK, key, startHarness, type Harness } from '../src/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('one waiting ticket, two windows calling at once: exactly one wins (100 rounds)', async () => {
  const op1 = await h.login('operator1', 'operator123');
  const op2 = await h.login('operator2', 'operator123');
  const windows = (await h.http('GET', '/api/branches/1/windows', { cookie: op1 })).body as { id: number; label: string; services: { serviceId: number }[] }[];
  // two windows that both serve one service
  let pair: [typeof windows[number], typeof windows[number], number] | undefined;
  for (const a of windows) for (const b of windows) {
    const shared = a.id !== b.id && a.services.find((s) => b.services.some((x) => x.serviceId === s.serviceId));
    if (!pair && shared) pair = [a, b, shared.serviceId];
  }
  const [w1, w2, serviceId] = pair!;
  for (let round = 0; round < 100; round++) {
    const issued = await h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId, idempotencyKey: key() } });
    expect(issued.status).toBe(201);
    const [r1, r2] = await Promise.all([
      h.http('POST', `/api/windows/${w1.id}/call-next`, { cookie: op1 }),
      h.http('POST', `/api/windows/${w2.id}/call-next`, { cookie: op2 }),
    ]);
    const winners = [r1, r2].filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(winners[0]!.body.ticket.id).toBe(issued.body.ticket.id);
    const loser = [r1, r2].find((r) => r.status !== 200)!;
    expect(loser.body.error.code).toBe('QUEUE_EMPTY');
    // free the winning window for the next round
    const winnerCookie = winners[0] === r1 ? op1 : op2;
    expect((await h.http('POST', `/api/tickets/${issued.body.ticket.id}/no-show`, { cookie: winnerCookie })).status).toBe(200);
  }
  const called = h.cherha.services.repos.db.prepare("SELECT ticket_id, count(*) n FROM ticket_events WHERE type = 'called' GROUP BY ticket_id HAVING n > 1").all();
  expect(called).toEqual([]);
});

it('200 parallel issues on one prefix get 200 distinct consecutive numbers', async () => {
  const results = await Promise.all(
    Array.from({ length: 200 }, () => h.http('POST', '/api/branches/1/tickets', { token: KIOSK, body: { serviceId: 5, idempotencyKey: key() } })),
  );
  expect(results.every((r) => r.status === 201)).toBe(true);
  const numbers = results.map((r) => r.body.ticket.number as string);
  expect(new Set(numbers).size).toBe(200);
  const seqs = numbers.map((n) => Number(n.slice(1))).sort((a, b) => a - b);
  expect(seqs[seqs.length - 1]! - seqs[0]!).toBe(199);
});
