// Stuffing the ratings is refused: at most 30 attempts per 10 minutes from one address on the
// phone page, 120 per terminal or display; every attempt counts, guessed codes included.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Harness, TestClock } from '../src/harness';
import { pairDevice, ratingWorld, serve, type WindowInfo } from '../src/rating-flow';

let clock: TestClock;
let h: Harness;
let op1: string;
let w1: WindowInfo;
beforeAll(async () => {
  ({ h, clock, op1, w1 } = await ratingWorld());
});
afterAll(() => h.close());

it('one address: 30 attempts in 10 minutes, then 429 with a Ukrainian message; later again', async () => {
  const t = await serve(h, op1, w1);
  const other = await serve(h, op1, w1);
  expect((await h.http('POST', `/api/public/tickets/${t.publicCode}/rating`, { body: { value: 'satisfied' } })).status).toBe(201);
  for (let i = 1; i < 30; i++) {
    // repeats and guessed codes use up the same allowance
    const code = i % 2 ? t.publicCode : `guess${String(i).padStart(12, '0')}`;
    const r = await h.http('POST', `/api/public/tickets/${code}/rating`, { body: { value: 'satisfied' } });
    expect(r.status).toBe(i % 2 ? 200 : 404);
  }
  const refused = await h.http('POST', `/api/public/tickets/${other.publicCode}/rating`, { body: { value: 'satisfied' } });
  expect(refused.status).toBe(429);
  expect(refused.body.error.code).toBe('RATE_LIMITED');
  expect(refused.body.error.message).toMatch(/Забагато оцінок/);
  expect(h.cherha.services.repos.ratings.isRated(other.id)).toBe(false);
  clock.advance(10 * 60_000 + 1000);
  expect((await h.http('POST', `/api/public/tickets/${other.publicCode}/rating`, { body: { value: 'satisfied' } })).status).toBe(201);
});

it('one device: 120 in 10 minutes; another device is not held back', async () => {
  const a = await pairDevice(h, 'rating_terminal', 'Термінал А');
  const b = await pairDevice(h, 'rating_terminal', 'Термінал Б');
  const t = await serve(h, op1, w1);
  for (let i = 0; i < 120; i++) {
    const r = await h.http('POST', '/api/rating/scan', { token: a.token, body: { code: t.publicCode, value: 'good' } });
    expect(r.status).toBe(i === 0 ? 201 : 200);
  }
  const refused = await h.http('POST', '/api/rating/scan', { token: a.token, body: { code: t.publicCode, value: 'good' } });
  expect(refused.status).toBe(429);
  expect((await h.http('POST', `/api/windows/${w1.id}/rating`, { token: a.token, body: { value: 'good' } })).status).toBe(429);
  expect((await h.http('POST', '/api/rating/scan', { token: b.token, body: { code: t.publicCode, value: 'good' } })).status).toBe(200);
});
