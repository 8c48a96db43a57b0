import { describe, expect, it } from 'vitest';
import { createTestDb } from '@cherha/db';
import { GroupCommit } from '../src/queue/group-commit';

describe('group commit', () => {
  it('runs each unit in its own savepoint: a refusal undoes only itself, the rest commit together', async () => {
    const db = createTestDb();
    db.exec('CREATE TABLE t (x INTEGER UNIQUE)');
    const g = new GroupCommit(db);
    const ins = (x: number) => () => db.prepare('INSERT INTO t (x) VALUES (?)').run(x).changes;
    const results = await Promise.allSettled([
      g.run(ins(1)),
      g.run(() => {
        db.prepare('INSERT INTO t (x) VALUES (?)').run(2);
        throw new Error('refused after a write');
      }),
      g.run(ins(1)), // duplicate: fails alone
      g.run(ins(3)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([1, 3]);
  });

  it('answers nobody before the commit, and everybody fails when the commit fails', async () => {
    const db = createTestDb();
    db.exec('CREATE TABLE t (x INTEGER)');
    // a deferred foreign-key violation surfaces only at COMMIT
    db.exec('CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)');
    const g = new GroupCommit(db);
    let answered = false;
    const a = g.run(() => db.prepare('INSERT INTO t (x) VALUES (1)').run()).then(() => (answered = true));
    expect(answered).toBe(false);
    await a;
    const bad = [g.run(() => db.prepare('INSERT INTO t (x) VALUES (2)').run()), g.run(() => db.prepare('INSERT INTO c (p) VALUES (99)').run())];
    const settled = await Promise.allSettled(bad);
    expect(settled.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(1);
  });
});
