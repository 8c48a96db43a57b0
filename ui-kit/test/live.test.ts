import { describe, expect, it } from 'vitest';
import type { BoardSnapshot, CallView, Delta, OperatorSnapshot, ServiceLoad, TicketView, WindowState } from '@cherha/contracts';
import { applyDelta, LiveSync, mergeCalls, mergeQueue } from '../src/live';

const load = (serviceId: number, waiting: number, extra: Partial<ServiceLoad> = {}): ServiceLoad => ({
  serviceId,
  name: { uk: `Послуга ${serviceId}`, en: `Service ${serviceId}` },
  prefix: 'А',
  categoryId: 1,
  waiting,
  openWindows: 1,
  estimatedWaitMinutes: waiting * 5,
  available: true,
  reason: null,
  closedToday: false,
  ...extra,
});

const call = (ticketId: number, number: string, windowLabel: string, calledAt: string, recall = false): CallView => ({
  ticketId,
  number,
  windowLabel,
  calledAt,
  recall,
});

const ticket = (id: number, status: TicketView['status'], queuedAt: string, extra: Partial<TicketView> = {}): TicketView => ({
  id,
  number: `А${String(id).padStart(3, '0')}`,
  serviceId: 1,
  status,
  priority: false,
  windowId: null,
  windowLabel: null,
  targetWindowId: null,
  issuedAt: queuedAt,
  queuedAt,
  calledAt: null,
  startedAt: null,
  recallCount: 0,
  ...extra,
});

const board = (revision: number, over: Partial<BoardSnapshot> = {}): BoardSnapshot => ({
  branchId: 1,
  branchName: { uk: 'ЦНАП', en: 'ASC' },
  timeZone: 'Europe/Kyiv',
  revision,
  serverTime: '2026-03-02T08:00:00.000Z',
  alert: { active: false, since: null },
  calls: [],
  services: [load(1, 0), load(2, 3)],
  ...over,
});

const delta = (revision: number, over: Partial<Delta> = {}): Delta => ({
  branchId: 1,
  revision,
  serverTime: `2026-03-02T08:00:${String(revision).padStart(2, '0')}.000Z`,
  tickets: [],
  calls: [],
  services: [],
  windows: [],
  alert: { active: false, since: null },
  ...over,
});

describe('applyDelta (board)', () => {
  it('updates revision, services, alert and prepends calls', () => {
    const s0 = board(5, { calls: [call(1, 'А001', '1', '2026-03-02T07:59:00Z')] });
    const s1 = applyDelta(s0, delta(6, {
      services: [load(1, 1)],
      calls: [call(2, 'А002', '3', '2026-03-02T08:00:06Z')],
      alert: { active: true, since: '2026-03-02T08:00:06Z' },
    }));
    expect(s1.revision).toBe(6);
    expect(s1.alert.active).toBe(true);
    expect(s1.services.map((s) => [s.serviceId, s.waiting])).toEqual([[1, 1], [2, 3]]);
    expect(s1.calls.map((c) => c.number)).toEqual(['А002', 'А001']);
    expect(s0.revision).toBe(5); // not mutated
    expect('windows' in s1).toBe(false);
  });

  it('adds services it did not know and keeps calls bounded and unique', () => {
    const many = Array.from({ length: 25 }, (_, i) => call(i + 1, `А${i}`, '1', `2026-03-02T07:${String(i).padStart(2, '0')}:00Z`));
    const s1 = applyDelta(board(1, { calls: many.slice(0, 20) }), delta(2, { services: [load(9, 2)], calls: [many[24] as CallView, many[0] as CallView] }));
    expect(s1.services.map((s) => s.serviceId)).toEqual([1, 2, 9]);
    expect(s1.calls.length).toBe(20);
    expect(new Set(s1.calls.map((c) => `${c.ticketId}@${c.calledAt}`)).size).toBe(20);
    expect(s1.calls[0]?.ticketId).toBe(25);
  });

  it('mergeCalls keeps a recall of the same ticket as a separate call', () => {
    const first = call(7, 'Б007', '2', '2026-03-02T08:00:00Z');
    const again = call(7, 'Б007', '2', '2026-03-02T08:01:00Z', true);
    expect(mergeCalls([first], [again]).map((c) => c.recall)).toEqual([true, false]);
  });
});

describe('applyDelta (operator)', () => {
  const w = (id: number, current: TicketView | null = null): WindowState => ({ id, label: String(id), paused: false, operatorId: null, operatorName: null, current });
  const op = (): OperatorSnapshot => ({
    ...board(10),
    windows: [w(1), w(2)],
    queue: [ticket(1, 'waiting', '2026-03-02T07:00:00Z'), ticket(2, 'waiting', '2026-03-02T07:05:00Z'), ticket(3, 'postponed', '2026-03-02T07:10:00Z')],
    queueTotal: 3,
    strategy: 'aging',
  });

  it('removes called tickets from the queue and updates the window', () => {
    const called = ticket(1, 'called', '2026-03-02T07:00:00Z', { windowId: 2, windowLabel: '2' });
    const s = applyDelta(op(), delta(11, { tickets: [called], windows: [w(2, called)] }));
    expect(s.queue.map((t) => t.id)).toEqual([2, 3]);
    expect(s.queueTotal).toBe(2);
    expect(s.windows.find((x) => x.id === 2)?.current?.id).toBe(1);
    expect(s.windows.find((x) => x.id === 1)?.current).toBeNull();
  });

  it('inserts new waiting tickets by queue time and updates listed ones in place', () => {
    const s = applyDelta(op(), delta(11, {
      tickets: [
        ticket(4, 'waiting', '2026-03-02T07:07:00Z'),
        ticket(2, 'waiting', '2026-03-02T07:05:00Z', { recallCount: 1 }),
        ticket(5, 'waiting', '2026-03-02T06:00:00Z'), // returned "first"
      ],
    }));
    expect(s.queue.map((t) => t.id)).toEqual([5, 1, 2, 4, 3]);
    expect(s.queue.find((t) => t.id === 2)?.recallCount).toBe(1);
    expect(s.queueTotal).toBe(5);
  });

  it('mergeQueue moves a ticket whose queue time changed', () => {
    const q = [ticket(1, 'waiting', '2026-03-02T07:00:00Z'), ticket(2, 'waiting', '2026-03-02T07:05:00Z')];
    const r = mergeQueue(q, 10, [ticket(2, 'waiting', '2026-03-02T06:00:00Z')]);
    expect(r.queue.map((t) => t.id)).toEqual([2, 1]);
    expect(r.total).toBe(10);
  });

  it('ignores finished tickets it never listed', () => {
    const r = mergeQueue([ticket(1, 'waiting', 'a')], 1, [ticket(9, 'done', 'b')]);
    expect(r.total).toBe(1);
    expect(r.queue.length).toBe(1);
  });
});

describe('LiveSync', () => {
  it('applies only revision local+1, ignores old ones', () => {
    const applied: number[] = [];
    const sync = new LiveSync<BoardSnapshot>((d) => applied.push(d.revision));
    sync.snapshot(board(3));
    expect(sync.delta(delta(4))).toBe('applied');
    expect(sync.delta(delta(4))).toBe('ignored');
    expect(sync.delta(delta(2))).toBe('ignored');
    expect(sync.delta(delta(5))).toBe('applied');
    expect(sync.state?.revision).toBe(5);
    expect(applied).toEqual([4, 5]);
  });

  it('asks for a snapshot on a gap and replays deltas that follow it', () => {
    const sync = new LiveSync<BoardSnapshot>();
    sync.snapshot(board(3));
    expect(sync.delta(delta(6))).toBe('resync');
    expect(sync.awaitingSnapshot).toBe(true);
    expect(sync.delta(delta(7))).toBe('buffered');
    sync.snapshot(board(6, { services: [load(1, 42)] }));
    expect(sync.awaitingSnapshot).toBe(false);
    expect(sync.state?.revision).toBe(7);
    expect(sync.state?.services[0]?.waiting).toBe(42);
  });

  it('keeps asking when the snapshot still leaves a gap', () => {
    const sync = new LiveSync<BoardSnapshot>();
    sync.snapshot(board(1));
    sync.delta(delta(5));
    sync.delta(delta(9));
    sync.snapshot(board(5));
    expect(sync.awaitingSnapshot).toBe(true);
    expect(sync.state?.revision).toBe(5);
    sync.snapshot(board(9));
    expect(sync.state?.revision).toBe(9);
    expect(sync.awaitingSnapshot).toBe(false);
  });

  it('buffers deltas that arrive before the first snapshot; a reconnect snapshot replaces state', () => {
    const sync = new LiveSync<BoardSnapshot>();
    expect(sync.delta(delta(2))).toBe('buffered');
    sync.snapshot(board(1));
    expect(sync.state?.revision).toBe(2);
    sync.snapshot(board(40, { alert: { active: true, since: null } }));
    expect(sync.state?.revision).toBe(40);
    expect(sync.state?.alert.active).toBe(true);
  });

  it('ignores deltas of another branch', () => {
    const sync = new LiveSync<BoardSnapshot>();
    sync.snapshot(board(1));
    expect(sync.delta({ ...delta(2), branchId: 2 })).toBe('ignored');
  });

  it('after a failed resync the next gap asks again', () => {
    const sync = new LiveSync<BoardSnapshot>();
    sync.snapshot(board(1));
    expect(sync.delta(delta(3))).toBe('resync');
    sync.resyncFailed();
    expect(sync.delta(delta(4))).toBe('resync');
  });
});
