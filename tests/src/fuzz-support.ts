// What the fuzz tests compare and check around every request: a fingerprint of the whole
// database (so "a refused request wrote nothing" is a plain equality), a scan for text no
// person may save, the seed, and the error shape every refusal must have.
import { createHash } from 'node:crypto';
import { ERROR_CODES, UNSAFE_MULTILINE_RE, UNSAFE_TEXT_RE } from '@cherha/contracts';
import type { Harness } from './harness';

type Db = Harness['cherha']['services']['repos']['db'];

/** A fixed seed by default (reproducible runs); FUZZ_SEED=<int> explores another part of the space. */
export const FUZZ_SEED = process.env.FUZZ_SEED !== undefined && /^-?\d+$/.test(process.env.FUZZ_SEED) ? Number(process.env.FUZZ_SEED) : 20_261_129;

/**
 * Tables and columns that legitimately change when nothing was accepted:
 * - audit_log records refusals on purpose (that is its job);
 * - sessions: only their number counts (a refused login must not add one), their rows hold
 *   expiry times;
 * - devices.last_seen_at is written when a device's token is used, accepted or not;
 * - report roll-ups (report_rollup, report_shift and their cursor report_state) are rebuilt
 *   from the event log a second after an accepted change (server/src/reports): derived rows
 *   that follow the tables compared here, on a timer of their own.
 * - webhook deliveries (server/src/notify): the delivery loop records attempts and moves outbox
 *   rows on (status, attempts, next try) on its own timer; a new outbox row still counts.
 */
const SKIP_TABLES = new Set(['audit_log', 'report_rollup', 'report_shift', 'report_state', 'webhook_attempts']);
const COUNT_ONLY = new Set(['sessions']);
const VOLATILE_COLUMNS: Record<string, string[]> = { devices: ['last_seen_at'], webhook_outbox: ['status', 'attempts', 'next_attempt_at', 'last_error', 'delivered_at'] };

function tables(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

/** table → "rows:hash", every table of the live schema (a new table is covered the day it appears) */
export function fingerprint(db: Db): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tables(db)) {
    if (SKIP_TABLES.has(t)) continue;
    const n = (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
    if (COUNT_ONLY.has(t)) {
      out[t] = String(n);
      continue;
    }
    // rows in a fixed order without relying on rowid (WITHOUT ROWID tables have none)
    const skip = new Set(VOLATILE_COLUMNS[t] ?? []);
    const rows: string[] = [];
    for (const row of db.prepare(`SELECT * FROM "${t}"`).iterate() as Iterable<Record<string, unknown>>) {
      rows.push(Object.entries(row).filter(([k]) => !skip.has(k)).map(([k, v]) => `${k}=${v === null ? '∅' : Buffer.isBuffer(v) ? v.toString('hex') : String(v)}`).join(';'));
    }
    const hash = createHash('sha1').update(rows.sort().join('\n'));
    out[t] = `${n}:${hash.digest('hex').slice(0, 16)}`;
  }
  return out;
}

/**
 * fingerprint() with a shortcut: SQLite's total_changes() counts every row written through
 * the server's one connection (triggers included), so while it stands still the previous
 * fingerprint still holds and the tables need not be read again.
 */
export function fingerprinter(db: Db): () => Record<string, string> {
  let last: { changes: number; fp: Record<string, string> } | null = null;
  return () => {
    const changes = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    if (last?.changes !== changes) last = { changes, fp: fingerprint(db) };
    return last.fp;
  };
}

/** which tables differ (for a readable failure) */
export function fingerprintDiff(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).map((k) => `${k}: ${a[k] ?? '—'} → ${b[k] ?? '—'}`);
}

/**
 * Columns that may hold line breaks (ticket header and footer, printer messages, JSON
 * documents whose strings JSON already escapes). Everything else is single-line text.
 */
const MULTILINE_COLUMNS = new Set(['ticket_header', 'ticket_footer', 'message', 'comment', 'reason', 'payload', 'printer', 'reasons', 'summary', 'note']);

/**
 * Saved text with control or direction characters (NUL, ESC, U+202E…): "table.column #rowid: text".
 * Hashes, tokens and the audit log (which records what was refused, see fingerprint) are skipped.
 */
export function unsafeText(db: Db): string[] {
  const found: string[] = [];
  for (const t of tables(db)) {
    if (SKIP_TABLES.has(t) || COUNT_ONLY.has(t)) continue;
    for (const row of db.prepare(`SELECT * FROM "${t}"`).iterate() as Iterable<Record<string, unknown>>) {
      for (const [k, v] of Object.entries(row)) {
        if (typeof v !== 'string' || /hash/.test(k)) continue;
        const re = MULTILINE_COLUMNS.has(k) ? UNSAFE_MULTILINE_RE : UNSAFE_TEXT_RE;
        if (re.test(v)) found.push(`${t}.${k}${typeof row.id === 'number' ? ` #${row.id}` : ''}: ${JSON.stringify(v).slice(0, 80)}`);
      }
    }
  }
  return found;
}

const CODES = new Set<string>(ERROR_CODES);

/** null when `body` is a proper refusal `{error:{code,message}}`, otherwise what is wrong */
export function refusalShapeProblem(body: unknown): string | null {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (!error || typeof error !== 'object') return `no {error} object: ${JSON.stringify(body)?.slice(0, 120)}`;
  if (typeof error.message !== 'string' || error.message.trim() === '') return `error.message is not a text: ${JSON.stringify(error)}`;
  if (typeof error.code !== 'string' || !CODES.has(error.code)) return `error.code ${JSON.stringify(error.code)} is not one of ERROR_CODES`;
  return null;
}

/** JSON round trip: what the server actually receives (undefined dropped, -0 → 0 …) */
export const wire = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)) as unknown);
