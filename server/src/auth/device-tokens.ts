// Bearer token → device, remembered. Every kiosk request resolves its token; the lookup
// (sha256 + SELECT + row mapping with the printer's JSON) was a tenth of an issue's CPU.
// Forgetting is driven by the database itself, so no code path can leave a stale entry:
// a TEMP trigger on `devices` (revoke, re-pair, pair, printer settings, last seen — any
// INSERT/UPDATE/DELETE through this connection, from any module) clears every cache of that
// connection at once, and a change of `PRAGMA data_version` (a commit by another process,
// e.g. a restore tool) does the same before the next lookup. Only found devices are kept,
// at most `max` of them, so unknown tokens cannot grow it.
import type { Statement } from 'better-sqlite3';
import type { Db, DeviceRecord } from '@cherha/db';

const caches = new WeakMap<Db, Set<DeviceTokenCache>>();

/** Registers the trigger function once per connection; it clears every cache of that connection. */
function watchDevices(db: Db, cache: DeviceTokenCache): void {
  let set = caches.get(db);
  if (!set) {
    const members = new Set<DeviceTokenCache>();
    set = members;
    caches.set(db, members);
    db.function('cherha_devices_changed', { deterministic: false }, () => {
      for (const c of members) c.clear();
      return null;
    });
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS cherha_devices_${op.toLowerCase()} AFTER ${op} ON main.devices
               BEGIN SELECT cherha_devices_changed(); END`);
    }
  }
  set.add(cache);
}

export class DeviceTokenCache {
  /** keyed by the bearer token itself: it is in the request's memory anyway, and a hit skips the hash */
  private readonly byToken = new Map<string, DeviceRecord>();
  private readonly dataVersion: Statement<[], number>;
  private lastVersion: number;

  constructor(
    db: Db,
    private readonly lookup: (token: string) => DeviceRecord | undefined,
    private readonly max = 256,
  ) {
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.lastVersion = this.dataVersion.get()!;
    watchDevices(db, this);
  }

  clear(): void {
    this.byToken.clear();
  }

  /** The device of a token that is paired and not revoked, as the database says now. */
  get(token: string): DeviceRecord | undefined {
    const version = this.dataVersion.get()!;
    if (version !== this.lastVersion) {
      this.lastVersion = version;
      this.clear();
    }
    const hit = this.byToken.get(token);
    if (hit) return hit;
    const device = this.lookup(token);
    if (device) {
      if (this.byToken.size >= this.max) this.clear();
      this.byToken.set(token, device);
    }
    return device;
  }
}
