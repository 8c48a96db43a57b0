// When the reports' background rebuild runs: a quiet second after the last change, but never
// later than 10 s after the first unsynced one (a steady stream of tickets must not postpone
// it for ever), and nothing when nothing changed.
import { expect, it } from 'vitest';
import { SYNC_MAX_WAIT_MS, SYNC_QUIET_MS, SyncSchedule } from '../src/reports/keeper';

it('waits for a quiet second after the last change', () => {
  const s = new SyncSchedule();
  expect(s.wait(0)).toBeNull();
  s.changed(100);
  expect(s.wait(100)).toBe(SYNC_QUIET_MS);
  s.changed(700);
  expect(s.wait(900)).toBe(700 + SYNC_QUIET_MS - 900);
  expect(s.wait(700 + SYNC_QUIET_MS)).toBe(0);
});

it('rebuilds at the latest 10 s after the first change while changes keep coming', () => {
  const s = new SyncSchedule();
  for (let t = 0; t <= 12_000; t += 100) s.changed(t);
  expect(s.wait(12_000)).toBe(0);
  s.done();
  expect(s.wait(12_000)).toBeNull();
  s.changed(12_500);
  expect(s.wait(12_500)).toBe(SYNC_QUIET_MS);
  for (let t = 12_500; t <= 12_500 + SYNC_MAX_WAIT_MS - 300; t += 100) s.changed(t);
  expect(s.wait(12_500 + SYNC_MAX_WAIT_MS - 300)).toBe(300);
});
