// What the devices screen gets from the server, and a device's state as the list says it.
import type { Device, PrinterState } from '@cherha/contracts';

/** A kiosk's printer as the server keeps it (printer/src/config.ts); only the fields the form edits are named. */
export interface SavedPrinter {
  transport: string;
  host?: string;
  port?: number;
  path?: string;
  /** a preset name, or an object (preset with overrides, or a full profile) */
  profile?: unknown;
  paperWidth?: number;
  [other: string]: unknown;
}

/** GET /api/branches/:id/devices: a device, its pairing state and what the server keeps about its wiring */
export interface AdminDevice extends Device {
  revoked: boolean;
  /** a one-time pairing code waits until then */
  pairingExpiresAt: string | null;
  /** a demo device with a well-known token (turned off in production) */
  isDemo: boolean;
  printer: SavedPrinter | null;
  printAgentId: number | null;
}

/** POST /api/branches/:id/devices and POST /api/devices/:id/pairing-code */
export interface PairingAnswer {
  device: Device;
  pairingCode: string;
  expiresAt: string;
  /** a print agent made for this kiosk (POST /api/devices/:id/print-agent): it prints there once paired */
  forKiosk?: string;
}

/** GET /api/printer-profiles */
export interface PrinterProfile {
  name: string;
  mode: 'text' | 'raster';
  codePage?: string | null;
  codePageNumber?: number | null;
  cancelChineseMode?: boolean;
}

/** POST /api/devices/:id/test-page */
export interface TestPageOutcome {
  outcome: 'printed' | 'failed' | 'uncertain';
  state: PrinterState;
  message?: string;
}

export type DeviceState = 'revoked' | 'working' | 'pairing' | 'unpaired';

/** a pairing code runs out on its own: `now` decides whether the device still waits for it */
export function deviceState(d: Pick<AdminDevice, 'revoked' | 'paired' | 'pairingExpiresAt'>, now: number): DeviceState {
  if (d.revoked) return 'revoked';
  if (d.paired) return 'working';
  if (d.pairingExpiresAt && Date.parse(d.pairingExpiresAt) > now) return 'pairing';
  return 'unpaired';
}
