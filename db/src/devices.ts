import type { Device, DeviceKind } from '@cherha/contracts';
import type { Db } from './open';
import { toDevice, type DeviceRow } from './rows';

export interface DeviceRecord extends Device {
  isDemo: boolean;
  revoked: boolean;
  /** a one-time pairing code is waiting until then */
  pairingExpiresAt: string | null;
  printer: unknown;
  printAgentId: number | null;
}

const toRecord = (r: DeviceRow): DeviceRecord => ({
  ...toDevice(r),
  isDemo: r.is_demo === 1,
  revoked: r.revoked === 1,
  pairingExpiresAt: r.pairing_expires_at,
  printer: r.printer === null ? null : (JSON.parse(r.printer) as unknown),
  printAgentId: r.print_agent_id,
});

export function deviceRepo(db: Db) {
  const s = {
    all: db.prepare<[number], DeviceRow>('SELECT * FROM devices WHERE branch_id = ? ORDER BY id'),
    get: db.prepare<[number], DeviceRow>('SELECT * FROM devices WHERE id = ?'),
    byToken: db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE token_hash = ? AND revoked = 0'),
    byCode: db.prepare<[string, string], DeviceRow>(
      'SELECT * FROM devices WHERE pairing_code_hash = ? AND pairing_expires_at > ? AND revoked = 0',
    ),
    insert: db.prepare(
      `INSERT INTO devices (branch_id, kind, name, token_hash, pairing_code_hash, pairing_expires_at, paired_at, is_demo, printer)
       VALUES (@branchId, @kind, @name, @tokenHash, @codeHash, @codeExpiresAt, @pairedAt, @isDemo, @printer)`,
    ),
    pair: db.prepare<[string, string, number]>(
      'UPDATE devices SET token_hash = ?, paired_at = ?, pairing_code_hash = NULL, pairing_expires_at = NULL WHERE id = ?',
    ),
    seen: db.prepare<[string, number]>('UPDATE devices SET last_seen_at = ? WHERE id = ?'),
    setPrinter: db.prepare<[string | null, number | null, number]>('UPDATE devices SET printer = ?, print_agent_id = ? WHERE id = ?'),
    revoke: db.prepare<[number]>('UPDATE devices SET revoked = 1, token_hash = NULL, pairing_code_hash = NULL, pairing_expires_at = NULL WHERE id = ?'),
    newCode: db.prepare<[string, string, number]>(
      'UPDATE devices SET token_hash = NULL, revoked = 0, is_demo = 0, pairing_code_hash = ?, pairing_expires_at = ? WHERE id = ?',
    ),
    revokeDemo: db.prepare('UPDATE devices SET revoked = 1 WHERE is_demo = 1 AND revoked = 0'),
  };
  return {
    list: (branchId: number): DeviceRecord[] => s.all.all(branchId).map(toRecord),
    get: (id: number): DeviceRecord | undefined => {
      const r = s.get.get(id);
      return r && toRecord(r);
    },
    byTokenHash: (hash: string): DeviceRecord | undefined => {
      const r = s.byToken.get(hash);
      return r && toRecord(r);
    },
    byPairingCodeHash: (hash: string, now: string): DeviceRecord | undefined => {
      const r = s.byCode.get(hash, now);
      return r && toRecord(r);
    },
    create: (x: {
      branchId: number; kind: DeviceKind; name: string; tokenHash?: string | null; codeHash?: string | null;
      codeExpiresAt?: string | null; pairedAt?: string | null; isDemo?: boolean; printer?: unknown;
    }): number =>
      Number(
        s.insert.run({
          branchId: x.branchId, kind: x.kind, name: x.name, tokenHash: x.tokenHash ?? null, codeHash: x.codeHash ?? null,
          codeExpiresAt: x.codeExpiresAt ?? null, pairedAt: x.pairedAt ?? null, isDemo: x.isDemo ? 1 : 0,
          printer: x.printer === undefined || x.printer === null ? null : JSON.stringify(x.printer),
        }).lastInsertRowid,
      ),
    pair: (id: number, tokenHash: string, at: string) => void s.pair.run(tokenHash, at, id),
    markSeen: (id: number, at: string) => void s.seen.run(at, id),
    setPrinter: (id: number, printer: unknown, printAgentId: number | null) =>
      void s.setPrinter.run(printer === null ? null : JSON.stringify(printer), printAgentId, id),
    /** a stolen or retired device: its token stops working at once */
    revoke: (id: number) => void s.revoke.run(id),
    /** a replaced kiosk PC: the old token stops working, a new one-time code pairs the new one */
    setPairingCode: (id: number, codeHash: string, expiresAt: string) => void s.newCode.run(codeHash, expiresAt, id),
    /** production turns demo devices off: their well-known tokens stop working */
    revokeDemoDevices: (): number => s.revokeDemo.run().changes,
  };
}
export type DeviceRepo = ReturnType<typeof deviceRepo>;
