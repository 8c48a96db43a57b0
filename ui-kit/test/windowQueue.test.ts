import { describe, expect, it } from 'vitest';
import type { CallView, TicketView } from '@cherha/contracts';
import { deltaTouchesWindowQueue, pruneWindowQueue } from '../src/windowQueue';

const ticket = (id: number, extra: Partial<TicketView> = {}): TicketView => ({
  id,
  number: `А${String(id).padStart(3, '0')}`,
  serviceId: 1,
  status: 'waiting',
  priority: false,
  windowId: null,
  windowLabel: null,
  targetWindowId: null,
  issuedAt: '2026-03-02T08:00:00.000Z',
  queuedAt: '2026-03-02T08:00:00.000Z',
  calledAt: null,
  startedAt: null,
  recallCount: 0,
  ...extra,
});
const call = (ticketId: number, recall = false): CallView => ({ ticketId, number: 'А001', windowLabel: '2', calledAt: '2026-03-02T08:10:00.000Z', recall });

describe('deltaTouchesWindowQueue', () => {
  const scope = { windowId: 3, serviceIds: new Set([1, 2]), listed: new Set([10, 11]) };

  it('a ticket of a service this window serves, or sent to it, or already listed', () => {
    expect(deltaTouchesWindowQueue({ tickets: [ticket(20, { serviceId: 2 })], calls: [] }, scope)).toBe(true);
    expect(deltaTouchesWindowQueue({ tickets: [ticket(21, { serviceId: 9, targetWindowId: 3 })], calls: [] }, scope)).toBe(true);
    // a listed ticket transferred away (now another service): it must leave the list
    expect(deltaTouchesWindowQueue({ tickets: [ticket(10, { serviceId: 9 })], calls: [] }, scope)).toBe(true);
  });

  it('other services, tickets sent to other windows, and calls under aging leave it alone', () => {
    expect(deltaTouchesWindowQueue({ tickets: [ticket(20, { serviceId: 9 })], calls: [call(20)] }, scope)).toBe(false);
    expect(deltaTouchesWindowQueue({ tickets: [ticket(22, { serviceId: 1, targetWindowId: 4 })], calls: [] }, scope)).toBe(false);
    expect(deltaTouchesWindowQueue({ tickets: [], calls: [] }, { ...scope, strategy: 'aging' })).toBe(false);
  });

  it('unknown window services: every ticket counts', () => {
    expect(deltaTouchesWindowQueue({ tickets: [ticket(20, { serviceId: 9 })], calls: [] }, { ...scope, serviceIds: null })).toBe(true);
  });

  it('ratio: any new call moves the branch counter, a recall does not', () => {
    expect(deltaTouchesWindowQueue({ tickets: [], calls: [call(30)] }, { ...scope, strategy: 'ratio' })).toBe(true);
    expect(deltaTouchesWindowQueue({ tickets: [], calls: [call(30, true)] }, { ...scope, strategy: 'ratio' })).toBe(false);
  });
});

describe('pruneWindowQueue', () => {
  const list = [ticket(1), ticket(2, { priority: true }), ticket(3)];

  it('drops tickets that stopped waiting, updates the others in place, never adds or reorders', () => {
    const out = pruneWindowQueue(list, [ticket(2, { status: 'called', windowId: 5 }), ticket(3, { recallCount: 1 }), ticket(9)]);
    expect(out.map((t) => t.id)).toEqual([1, 3]);
    expect(out[1]?.recallCount).toBe(1);
  });

  it('returns the same list when nothing listed changed', () => {
    expect(pruneWindowQueue(list, [ticket(9)])).toBe(list);
    expect(pruneWindowQueue(list, [])).toBe(list);
  });
});
