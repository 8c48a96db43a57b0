import type { AdminDevice, SavedPrinter } from '@cherha/contracts';
import type { DeviceRecord } from '@cherha/db';

/** what an admin sees of a device (AdminDeviceSchema in contracts): its state and printer settings, never its token */
export const deviceView = (d: DeviceRecord): AdminDevice => ({
  id: d.id, branchId: d.branchId, kind: d.kind, name: d.name, paired: d.paired, lastSeenAt: d.lastSeenAt, revoked: d.revoked,
  pairingExpiresAt: d.pairingExpiresAt, isDemo: d.isDemo,
  // saved only after KioskPrinterSettings checked it (setDevicePrinter, the demo seed)
  printer: d.printer as SavedPrinter | null,
  printAgentId: d.printAgentId,
});
