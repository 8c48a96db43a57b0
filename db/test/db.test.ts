import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRepos, createTestDb, loadMigrations, migrate, openDb } from '../src/index';

describe('store', () => {
  it('opens a file with WAL, synchronous=FULL, foreign keys and the latest migration', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cherha-db-'));
    try {
      const db = openDb(join(dir, 'x.sqlite'));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      const latest = loadMigrations().at(-1)!.version;
      expect(db.pragma('user_version', { simple: true })).toBe(latest);
      expect(migrate(db)).toBe(latest); // idempotent
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a failing migration leaves the database untouched', () => {
    const db = createTestDb();
    const before = db.pragma('user_version', { simple: true }) as number;
    expect(() => migrate(db, [{ version: before + 1, name: 'bad', sql: 'CREATE TABLE ok_table (x); THIS IS NOT SQL;' }])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(before);
    expect(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'ok_table'").get()).toEqual({ n: 0 });
  });

  it('the ticket event log is append-only', () => {
    const db = createTestDb();
    const r = createRepos(db);
    const branchId = r.branches.create({
      name: { uk: 'Ц', en: 'C' }, address: '', timeZone: 'Europe/Kyiv', strategy: { name: 'aging', ordinaryPerPriority: 2, priorityBonusMinutes: 20 },
      targetWaitMinutes: 15, ticketHeader: '', ticketFooter: '', hours: [], exceptions: [], active: true,
    });
    const cat = r.catalog.createCategory(branchId, { parentId: null, name: { uk: 'К', en: 'C' }, sortOrder: 0 });
    const svc = r.catalog.createService(branchId, {
      categoryId: cat, name: { uk: 'П', en: 'S' }, prefix: 'А', rangeStart: 1, rangeEnd: 999, dailyCap: null, opensAt: null, closesAt: null,
      stopIssuingMinutesBeforeClose: 0, expectedMinutes: 10, active: true, sortOrder: 0,
    });
    const seq = r.tickets.nextSeq(branchId, '2026-11-23', 'А', 1, 999);
    expect(seq).toBe(1);
    expect(r.tickets.nextSeq(branchId, '2026-11-23', 'А', 500, 999)).toBe(500);
    const t = r.tickets.insert({
      branchId, serviceId: svc, serviceDay: '2026-11-23', prefix: 'А', seq, number: 'А001', priorityCategoryId: null, issuedAt: new Date().toISOString(),
      peopleAheadAtIssue: 0, estimatedWaitMinutesAtIssue: 0, language: 'uk', publicCode: 'code-123456', idempotencyKey: null, issuedBy: 'test', issuedByDeviceId: null,
    });
    r.tickets.addEvent({ ticketId: t.id, branchId, type: 'issued', at: t.issuedAt, windowId: null, operatorId: null, actor: 'test' });
    // numbering follows the tickets: next in range, a new day starts again
    expect(r.tickets.nextSeq(branchId, '2026-11-23', 'А', 1, 999)).toBe(2);
    expect(r.tickets.nextSeq(branchId, '2026-11-23', 'А', 500, 999)).toBe(500);
    expect(r.tickets.nextSeq(branchId, '2026-11-24', 'А', 1, 999)).toBe(1);
    expect(() => db.prepare("UPDATE ticket_events SET type = 'finished'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM ticket_events').run()).toThrow(/append-only/);
    expect(r.tickets.events(t.id)).toHaveLength(1);
    // the same number twice on one day is impossible
    expect(() => r.tickets.insert({ ...t, seq: 1, number: 'А001', publicCode: 'other-code-1', idempotencyKey: null, issuedBy: 'test', issuedByDeviceId: null, peopleAheadAtIssue: 0, estimatedWaitMinutesAtIssue: 0, prefix: 'А' })).toThrow(/UNIQUE/);
  });
});
