import type { DeviceRecord } from '@cherha/db';

/** what an admin sees of a device: its state and printer settings, never its token */
export const deviceView = (d: DeviceRecord) => ({
  id: d.id, branchId: d.branchId, kind: d.kind, name: d.name, paired: d.paired, lastSeenAt: d.lastSeenAt, revoked: d.revoked,
  pairingExpiresAt: d.pairingExpiresAt, isDemo: d.isDemo, printer: d.printer, printAgentId: d.printAgentId,
});
