// The pure parts of rating: reading a scanned code, when a ticket may be rated, NPS arithmetic,
// and the 10-minute sliding limit.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_SETTINGS, extractPublicCode, type Ticket, type TicketEvent } from '@cherha/contracts';
import { SlidingLimit } from '../src/rating/limits';
import { ratingVerdict, servedBy, windowTargetUntil } from '../src/rating/rules';
import { nps } from '../src/rating/summary';

const CODE = 'Ab3_-xYz09QrStUv';

describe('extractPublicCode', () => {
  it('takes the code from the QR address, the old kiosk link or the bare code', () => {
    for (const scanned of [
      `http://cnap.local:3000/t/${CODE}`, `https://cnap.example.ua/t/${CODE}/`, `http://x/t/${CODE}?utm=1`, `/kiosk/?ticket=${CODE}`,
      `http://x/kiosk/?lang=en&ticket=${CODE}`, CODE, ` ${CODE}\r\n`,
    ]) expect(extractPublicCode(scanned), scanned).toBe(CODE);
  });
  it('finds nothing in other texts', () => {
    for (const scanned of ['', 'short', 'http://x/t/', 'http://x/other/' + CODE, CODE + ' ' + CODE, 'a'.repeat(65), `http://x/t/${CODE}/extra`]) {
      expect(extractPublicCode(scanned), scanned).toBeNull();
    }
  });
});

const ticket = (over: Partial<Ticket>): Ticket => ({
  id: 1, branchId: 1, serviceId: 1, number: 'А001', serviceDay: '2026-11-24', status: 'done', priorityCategoryId: null, targetWindowId: null, windowId: 2,
  operatorId: 3, issuedAt: '2026-11-24T08:00:00.000Z', queuedAt: '2026-11-24T08:00:00.000Z', calledAt: null, startedAt: null,
  finishedAt: '2026-11-24T09:00:00.000Z', recallCount: 0, peopleAheadAtIssue: 0, estimatedWaitMinutesAtIssue: 0, language: 'uk', publicCode: CODE, ...over,
});
const event = (type: TicketEvent['type'], windowId: number | null, operatorId: number | null): TicketEvent => ({
  id: 1, ticketId: 1, type, at: '2026-11-24T09:00:00.000Z', windowId, operatorId, actor: 'user:1', data: null,
});

describe('rating rules', () => {
  it('who served: the last finished event, else the last started one, else nobody', () => {
    expect(servedBy([event('issued', null, null), event('called', 2, 3)])).toBeNull();
    expect(servedBy([event('started', 2, 3)])).toEqual({ windowId: 2, operatorId: 3 });
    expect(servedBy([event('started', 2, 3), event('transferred', 2, 3), event('started', 5, 6), event('finished', 5, 6)])).toEqual({ windowId: 5, operatorId: 6 });
  });

  it('after the start, within the minutes after the end or the same service day', () => {
    const at = (iso: string) => new Date(iso);
    const ten = { ...DEFAULT_RATING_SETTINGS, windowMinutes: 10 };
    expect(ratingVerdict(ticket({}), false, DEFAULT_RATING_SETTINGS, at('2026-11-24T09:01:00Z'), '2026-11-24').ok).toBe(false);
    expect(ratingVerdict(ticket({}), true, ten, at('2026-11-24T09:10:00Z'), '2026-11-24').ok).toBe(true);
    expect(ratingVerdict(ticket({}), true, ten, at('2026-11-24T09:10:01Z'), '2026-11-24').ok).toBe(false);
    // still being served: open whatever the minutes
    expect(ratingVerdict(ticket({ status: 'serving', finishedAt: null }), true, ten, at('2026-11-24T18:00:00Z'), '2026-11-24').ok).toBe(true);
    expect(ratingVerdict(ticket({}), true, DEFAULT_RATING_SETTINGS, at('2026-11-24T21:00:00Z'), '2026-11-24').ok).toBe(true);
    expect(ratingVerdict(ticket({}), true, DEFAULT_RATING_SETTINGS, at('2026-11-24T22:30:00Z'), '2026-11-25').ok).toBe(false);
  });

  it('a window rates only a done ticket, for 5 minutes after «Завершити»', () => {
    const now = new Date('2026-11-24T09:05:00Z');
    expect(windowTargetUntil(ticket({}), now)?.toISOString()).toBe('2026-11-24T09:05:00.000Z');
    expect(windowTargetUntil(ticket({}), new Date(now.getTime() + 1))).toBeNull();
    expect(windowTargetUntil(ticket({ status: 'no_show' }), now)).toBeNull();
    expect(windowTargetUntil(undefined, now)).toBeNull();
  });
});

describe('NPS', () => {
  it('promoters 9–10, passives 7–8, detractors 0–6, score rounded', () => {
    expect(nps([])).toBeNull();
    expect(nps([10, 9, 8, 7, 6, 0])).toEqual({ promoters: 2, passives: 2, detractors: 2, score: 0 });
    expect(nps([10, 10, 3])).toEqual({ promoters: 2, passives: 0, detractors: 1, score: 33 });
    expect(nps([0])).toEqual({ promoters: 0, passives: 0, detractors: 1, score: -100 });
  });
});

describe('SlidingLimit', () => {
  it('allows max per window per key, then again once the oldest attempts are older than the window', () => {
    let t = 0;
    const limit = new SlidingLimit({ now: () => new Date(t) });
    for (let i = 0; i < 3; i++) expect(limit.take('a', 3, 1000)).toBe(true);
    expect(limit.take('a', 3, 1000)).toBe(false);
    expect(limit.take('b', 3, 1000)).toBe(true);
    t = 999;
    expect(limit.take('a', 3, 1000)).toBe(false);
    t = 1001;
    expect(limit.take('a', 3, 1000)).toBe(true);
  });
});
