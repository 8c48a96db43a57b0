// SIGKILL the real server again and again at random moments while six kiosks issue at once
// (three services, two of them sharing one letter's sequence). After every kill the file
// passes PRAGMA integrity_check, every acknowledged ticket is there with its `issued` event,
// each letter's numbers run 1…N with no gap and no double, and the restarted server goes on
// from N+1; a tap whose answer was lost gets the same ticket when retried.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { issueAt, spawnServer, type Spawned } from '../src/spawned';

const dir = mkdtempSync(join(tmpdir(), 'cherha-crash-load-'));
const dbPath = join(dir, 'crash-load.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROUNDS = 5;
const SERVICES = [1, 2, 6];
const seqOf = (n: string) => Number(n.slice(1));

interface Stored {
  numbers: Map<number, string>;
  issuedEvents: Set<number>;
  byLetter: Map<string, number[]>;
}

/** what is in the file, read while no server runs */
function readStore(): Stored {
  const db = new Database(dbPath, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = db.prepare('SELECT id, number FROM tickets').all() as { id: number; number: string }[];
    const events = db.prepare("SELECT ticket_id FROM ticket_events WHERE type = 'issued'").all() as { ticket_id: number }[];
    const byLetter = new Map<string, number[]>();
    for (const r of rows) byLetter.set(r.number[0]!, [...(byLetter.get(r.number[0]!) ?? []), seqOf(r.number)]);
    return { numbers: new Map(rows.map((r) => [r.id, r.number])), issuedEvents: new Set(events.map((e) => e.ticket_id)), byLetter };
  } finally {
    db.close();
  }
}

it(`acknowledged tickets survive ${ROUNDS} SIGKILLs under concurrent load; numbering continues without gaps or doubles`, async () => {
  const acked = new Map<string, { id: number; number: string }>();
  /** sent, no answer: the kill came first */
  const lost = new Set<string>();
  let retriedLost = 0;
  let server: Spawned | undefined;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      server = await spawnServer(dbPath, { EQUEUE_BACKUP_EVERY_MINUTES: '0' });
      const base = server.base;

      // the retried taps whose answers were lost: same ticket if it was committed, never a second one
      for (const k of lost) {
        const r = await issueAt(base, k, SERVICES[0]);
        expect([200, 201]).toContain(r.status);
        acked.set(k, r.body.ticket);
        retriedLost += 1;
      }
      lost.clear();

      // numbering goes on from the highest number in the file
      const before = readStoreLive(acked);
      const first = await issueAt(base, `crash-r${round}-first`, SERVICES[0]);
      expect(first.status).toBe(201);
      acked.set(`crash-r${round}-first`, first.body.ticket);
      expect(seqOf(first.body.ticket.number)).toBe((before.get(first.body.ticket.number[0]!) ?? 0) + 1);

      let stop = false;
      const kiosk = async (k: number) => {
        for (let i = 0; !stop && i < 400; i++) {
          const idem = `crash-r${round}-k${k}-${i}`;
          try {
            // the retry after a restart goes to the same service, so the lost key is on service 1
            const r = await issueAt(base, idem, SERVICES[0]);
            if (r.status === 201 || r.status === 200) acked.set(idem, r.body.ticket);
            else throw new Error(`unexpected ${r.status} ${JSON.stringify(r.body)}`);
          } catch (err) {
            if (err instanceof Error && err.message.startsWith('unexpected')) throw err;
            lost.add(idem);
            return; // connection refused or reset: the server is gone
          }
        }
      };
      const other = async (k: number) => {
        for (let i = 0; !stop && i < 400; i++) {
          const idem = `crash-r${round}-s${k}-${i}`;
          try {
            const r = await issueAt(base, idem, SERVICES[1 + (k % 2)]);
            if (r.status === 201) acked.set(idem, r.body.ticket);
          } catch {
            return; // a lost answer on these services is not retried; the file still has to be sound
          }
        }
      };
      let failure: unknown;
      const runs = [...[0, 1, 2, 3].map(kiosk), ...[0, 1].map(other)].map((p) => p.catch((err: unknown) => void (failure ??= err)));
      // a random moment: after 20–120 acknowledged tickets of this round, plus 0–30 ms
      const target = acked.size + 20 + Math.floor(Math.random() * 100);
      const deadline = Date.now() + 30_000;
      while (acked.size < target && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 30)));
      server.child.kill('SIGKILL');
      await server.exited;
      stop = true;
      await Promise.all(runs);
      server = undefined;
      expect(failure).toBeUndefined();

      const stored = readStore();
      for (const [idem, t] of acked) {
        expect(stored.numbers.get(t.id), `${idem} → ${t.number}`).toBe(t.number);
        expect(stored.issuedEvents.has(t.id), `issued event of ${t.number}`).toBe(true);
      }
      for (const [letter, seqs] of stored.byLetter) {
        const sorted = [...seqs].sort((a, b) => a - b);
        expect(sorted, `letter ${letter}`).toEqual(sorted.map((_, i) => i + 1));
      }
    }
    expect(acked.size).toBeGreaterThan(ROUNDS * 20);
    // the kills really fell on requests in flight
    expect(retriedLost).toBeGreaterThan(0);
  } finally {
    if (server) await server.stop();
  }
});

/** the highest number per letter among the acknowledged tickets and the file */
function readStoreLive(acked: Map<string, { number: string }>): Map<string, number> {
  const max = new Map<string, number>();
  const note = (n: string) => max.set(n[0]!, Math.max(max.get(n[0]!) ?? 0, seqOf(n)));
  for (const t of acked.values()) note(t.number);
  const db = new Database(dbPath, { readonly: true });
  try {
    for (const r of db.prepare('SELECT number FROM tickets').all() as { number: string }[]) note(r.number);
  } finally {
    db.close();
  }
  return max;
}
