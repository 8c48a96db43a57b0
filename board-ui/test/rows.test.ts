import { describe, expect, it } from 'vitest';
import type { CallView } from '@cherha/contracts';
import { callTitle, inCallOrder, recentRows, STALE_CALL_MS, waitingByPrefix } from '../src/board/rows';
import { languageParam } from '../src/language';

const call = (ticketId: number, number: string, windowLabel: string, calledAt: string, recall = false): CallView => ({ ticketId, number, windowLabel, calledAt, recall });

describe('recentRows', () => {
  it('lists a recalled ticket once, at the place of its newest call, marked as a recall', () => {
    // newest first, as the server and mergeCalls keep them
    const calls = [call(2, 'Р002', '3', '2026-11-24T09:03:00.000Z', true), call(3, 'А001', '10', '2026-11-24T09:02:00.000Z'), call(2, 'Р002', '3', '2026-11-24T09:01:00.000Z')];
    const rows = recentRows(calls);
    expect(rows.map((r) => [r.number, r.windowLabel, r.recall])).toEqual([
      ['Р002', '3', true],
      ['А001', '10', false],
    ]);
    // the row's key is the ticket: React moves the row instead of adding one
    expect(rows[0]!.key).toBe('t2');
    expect(rows[0]!.callKey).toBe('2@2026-11-24T09:03:00.000Z');
  });

  it('keeps a ticket called again at another window (after a transfer) once, with the new window', () => {
    const rows = recentRows([call(5, 'Б010', '7', '2026-11-24T09:05:00.000Z'), call(5, 'Б010', '2', '2026-11-24T09:00:00.000Z')]);
    expect(rows.map((r) => r.windowLabel)).toEqual(['7']);
  });
});

describe('inCallOrder', () => {
  it('turns a newest-first list into call order, keeping calls of the same millisecond in their order', () => {
    const same = '2026-11-24T09:00:00.000Z';
    const newestFirst = [call(3, 'ПР999', '123', same), call(2, 'А002', '10', same), call(1, 'А001', '7', '2026-11-24T08:59:59.999Z')];
    expect(inCallOrder(newestFirst).map((c) => c.number)).toEqual(['А001', 'А002', 'ПР999']);
  });
});

describe('callTitle', () => {
  const at = Date.parse('2026-11-24T09:00:00.000Z');
  it('invites while the call is fresh, says «recall» for a fresh recall, and only «last call» once it is minutes old', () => {
    expect(callTitle(call(1, 'А001', '7', '2026-11-24T09:00:00.000Z'), at + 60_000)).toBe('nowCalling');
    expect(callTitle(call(1, 'А001', '7', '2026-11-24T09:00:00.000Z', true), at + 60_000)).toBe('recall');
    expect(callTitle(call(1, 'А001', '7', '2026-11-24T09:00:00.000Z'), at + STALE_CALL_MS + 1)).toBe('lastCall');
    expect(callTitle(call(1, 'А001', '7', '2026-11-24T09:00:00.000Z', true), at + STALE_CALL_MS + 1)).toBe('lastCall');
  });
});

describe('waitingByPrefix', () => {
  it('adds up services sharing a letter and sorts the letters as Ukrainian', () => {
    const load = (serviceId: number, prefix: string, waiting: number) => ({ serviceId, prefix, waiting }) as unknown as Parameters<typeof waitingByPrefix>[0][number];
    expect(waitingByPrefix([load(1, 'Р', 2), load(2, 'А', 1), load(3, 'Р', 3), load(4, 'ПР', 0)])).toEqual([
      { prefix: 'А', waiting: 1 },
      { prefix: 'ПР', waiting: 0 },
      { prefix: 'Р', waiting: 5 },
    ]);
  });
});

describe('languageParam', () => {
  it('takes uk or en from the address and nothing else', () => {
    expect(languageParam('?lang=en')).toBe('en');
    expect(languageParam('?token=x&lang=uk')).toBe('uk');
    expect(languageParam('?lang=de')).toBeNull();
    expect(languageParam('')).toBeNull();
  });
});
