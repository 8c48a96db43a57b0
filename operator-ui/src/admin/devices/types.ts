// The pairing code the devices screen shows, and a device's state as the list says it. What the
// server answers is typed by the contracts (AdminDevice, PairingAnswer, PrinterProfile…).
import type { AdminDevice, KioskPrintAgentResponse } from '@cherha/contracts';

/**
 * A pairing code on show: a new device's or a re-paired one's (PairingAnswer), or a print agent
 * made for a kiosk in one step (KioskPrintAgentResponse), which also names that kiosk.
 */
export type ShownPairing = Pick<KioskPrintAgentResponse, 'device' | 'pairingCode' | 'expiresAt'> & {
  /** the kiosk the new print agent prints for once paired */
  forKiosk?: string;
};

export type DeviceState = 'revoked' | 'working' | 'pairing' | 'unpaired';

/** a pairing code runs out on its own: `now` decides whether the device still waits for it */
export function deviceState(d: Pick<AdminDevice, 'revoked' | 'paired' | 'pairingExpiresAt'>, now: number): DeviceState {
  if (d.revoked) return 'revoked';
  if (d.paired) return 'working';
  if (d.pairingExpiresAt && Date.parse(d.pairingExpiresAt) > now) return 'pairing';
  return 'unpaired';
}
