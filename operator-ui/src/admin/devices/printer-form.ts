// The kiosk printer form's values: where they start (what the server keeps for the kiosk) and the
// PUT /api/devices/:id/printer body they make, with the form's own checks. No React here.
import type { AdminDevice, KioskPrinterSettings, PrinterProfile, SavedPrinter } from '@cherha/contracts';
import type { ApiInput } from '@cherha/ui-kit';

export type PrinterMode = 'server' | 'agent' | 'none';
/** 'saved': a transport this form does not edit (serial, usb, file…), kept as it is */
export type TransportChoice = 'tcp' | 'virtual' | 'saved';
/** the select's value for a profile object (overrides or a full profile), kept as it is */
export const SAVED_PROFILE = '__saved__';
/** the profile a new printer gets: the common Chinese clone with CP1251 (docs/printing.md) */
const DEFAULT_PROFILE = 'clone-cp1251-73';

export interface PrinterForm {
  mode: PrinterMode;
  transport: TransportChoice;
  host: string;
  port: string;
  profile: string;
  paper: '58' | '80';
  agentId: string;
}

/** what of the saved printer the form cannot edit and keeps as it is */
export function savedParts(saved: SavedPrinter | null) {
  const transport = saved?.transport;
  const profile = saved?.profile;
  return {
    transport,
    otherTransport: transport !== undefined && transport !== 'tcp' && transport !== 'virtual',
    profile,
    customProfile: profile !== undefined && typeof profile !== 'string',
  };
}

export function initialPrinterForm(device: AdminDevice, agents: AdminDevice[], profiles: PrinterProfile[]): PrinterForm {
  const saved = device.printer;
  const s = savedParts(saved);
  return {
    // nothing saved: the kiosk shows its tickets on screen, and the form says so
    mode: saved ? 'server' : device.printAgentId ? 'agent' : 'none',
    transport: s.otherTransport ? 'saved' : s.transport === 'virtual' ? 'virtual' : 'tcp',
    host: typeof saved?.host === 'string' ? saved.host : '',
    port: typeof saved?.port === 'number' ? String(saved.port) : '9100',
    profile: s.customProfile
      ? SAVED_PROFILE
      : typeof s.profile === 'string'
        ? s.profile
        : profiles.some((p) => p.name === DEFAULT_PROFILE)
          ? DEFAULT_PROFILE
          : (profiles[0]?.name ?? DEFAULT_PROFILE),
    paper: saved?.paperWidth === 58 ? '58' : '80',
    agentId: device.printAgentId ? String(device.printAgentId) : agents[0] ? String(agents[0].id) : '',
  };
}

/** what PUT /api/devices/:id/printer takes (the route table's body) */
export type PrinterBody = ApiInput<'setDevicePrinter'>['body'];

/** The body to save, and the fields the form's own checks refuse (empty when it may be sent). */
export function printerBody(form: PrinterForm, saved: SavedPrinter | null, t: (key: string) => string): { body: PrinterBody; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (form.mode === 'agent') {
    if (!form.agentId) fields.agent = t('adm.pr.agentRequired');
    return { body: { printer: null, printAgentId: Number(form.agentId) }, fields };
  }
  if (form.mode === 'none') return { body: { printer: null, printAgentId: null }, fields };
  const s = savedParts(saved);
  // fields the form does not show (timeouts, roll length…) stay as saved while the transport is the same
  const keep: Record<string, unknown> = saved && (form.transport === 'saved' || saved.transport === form.transport) ? { ...saved } : {};
  if (form.transport !== 'tcp') {
    delete keep.host;
    delete keep.port;
  }
  const printer: Record<string, unknown> = {
    ...keep,
    transport: form.transport === 'saved' ? s.transport : form.transport,
    profile: form.profile === SAVED_PROFILE ? s.profile : form.profile,
    paperWidth: Number(form.paper),
  };
  if (form.transport === 'tcp') {
    const h = form.host.trim();
    const p = Number(form.port.trim());
    if (!h || /\s/.test(h)) fields.host = t('adm.pr.hostRequired');
    if (!Number.isInteger(p) || p < 1 || p > 65535) fields.port = t('adm.pr.portRange');
    printer.host = h;
    printer.port = p;
  }
  // what the form does not edit goes back as the server sent it, unlooked at: the server checks
  // the whole printer against KioskPrinterSettings and says which field it refuses
  return { body: { printer: printer as KioskPrinterSettings, printAgentId: null }, fields };
}

/** a profile object's name for «Збережений профіль: …» */
export function describeProfile(p: unknown): string {
  if (p && typeof p === 'object') {
    const o = p as { name?: unknown; preset?: unknown };
    if (typeof o.preset === 'string') return typeof o.name === 'string' ? `${o.name} (${o.preset})` : o.preset;
    if (typeof o.name === 'string') return o.name;
  }
  return '';
}
