// Which printers the server may drive, decided by whoever installs it. An admin's request
// names a printer (transport, host, port, device path, profile); it never names a file to
// write, and the host, port or path must be on the installer's allow-list. Without this a
// branch admin could make the server write any file (a "printer" at /path/of/the/database)
// or reach any host and port on the network.
import { isIPv4 } from 'node:net';
import { join } from 'node:path';
import type { KioskPrinterSettings } from '@cherha/contracts';
import type { PrinterConfigInput } from '@cherha/printer';
import { DomainError } from '../errors';

const DEFAULT_PORT = 9100;

interface TcpRule {
  /** exact host name or IPv4 address, lower case; or a network when bits is set */
  host: string;
  bits: number | null;
  /** null = any port */
  port: number | null;
  text: string;
}

export interface PrinterAllowList {
  tcp: TcpRule[];
  devices: string[];
}

const ipv4ToInt = (ip: string): number => ip.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;

/**
 * Parses EQUEUE_PRINTER_HOSTS entries: `192.168.1.50`, `192.168.1.50:9100`, `printer-3.local:9100`,
 * `192.168.10.0/24`, `192.168.10.0/24:9100`, `127.0.0.1:*` (any port). No port = 9100.
 */
export function parseTcpRule(entry: string): TcpRule {
  const text = entry.trim();
  const m = /^([A-Za-z0-9.-]+)(?:\/(\d{1,2}))?(?::(\d{1,5}|\*))?$/.exec(text);
  if (!m) throw new Error(`EQUEUE_PRINTER_HOSTS: «${text}» is not host[:port], a.b.c.d/bits[:port] or host:*`);
  const [, host, bits, port] = m as unknown as [string, string, string | undefined, string | undefined];
  if (bits !== undefined && (!isIPv4(host) || Number(bits) > 32)) throw new Error(`EQUEUE_PRINTER_HOSTS: «${text}» — a network needs an IPv4 address and 0–32 bits`);
  const p = port === undefined ? DEFAULT_PORT : port === '*' ? null : Number(port);
  if (p !== null && (p < 1 || p > 65535)) throw new Error(`EQUEUE_PRINTER_HOSTS: «${text}» — port must be 1–65535`);
  return { host: host.toLowerCase(), bits: bits === undefined ? null : Number(bits), port: p, text };
}

export function parseAllowList(hosts: readonly string[], devices: readonly string[]): PrinterAllowList {
  return {
    tcp: hosts.filter((x) => x.trim() !== '').map(parseTcpRule),
    devices: devices.map((d) => d.trim()).filter((d) => d.startsWith('/dev/')),
  };
}

function tcpAllowed(rules: readonly TcpRule[], host: string, port: number): boolean {
  const h = host.toLowerCase();
  return rules.some((r) => {
    if (r.port !== null && r.port !== port) return false;
    if (r.bits === null) return r.host === h;
    if (!isIPv4(h)) return false;
    const mask = r.bits === 0 ? 0 : (~0 << (32 - r.bits)) >>> 0;
    return ((ipv4ToInt(h) & mask) >>> 0) === ((ipv4ToInt(r.host) & mask) >>> 0);
  });
}

/** What the admin form may offer, and what error messages list. */
export function describeAllowList(allow: PrinterAllowList): { tcp: string[]; devices: string[] } {
  return { tcp: allow.tcp.map((r) => r.text), devices: [...allow.devices] };
}

/** Throws a VALIDATION error a person understands unless the settings name an allowed printer. */
export function checkPrinterTarget(p: KioskPrinterSettings, allow: PrinterAllowList): void {
  if (p.transport === 'tcp') {
    if (!p.host) throw new DomainError('VALIDATION', 'Для мережевого принтера (tcp) вкажіть адресу (host)');
    const port = p.port ?? DEFAULT_PORT;
    if (!tcpAllowed(allow.tcp, p.host, port)) {
      const list = allow.tcp.length > 0 ? `Дозволені: ${allow.tcp.map((r) => r.text).join(', ')}.` : 'Список дозволених адрес порожній.';
      throw new DomainError('VALIDATION', `Принтер ${p.host}:${port} не дозволений налаштуваннями сервера (EQUEUE_PRINTER_HOSTS). ${list} Додати адресу може той, хто встановлює сервер.`);
    }
  }
  if (p.transport === 'serial' || p.transport === 'usb') {
    if (!p.path) throw new DomainError('VALIDATION', `Для підключення ${p.transport} вкажіть пристрій (path)`);
    if (!allow.devices.includes(p.path)) {
      const list = allow.devices.length > 0 ? `Дозволені: ${allow.devices.join(', ')}.` : 'Список дозволених пристроїв порожній.';
      throw new DomainError('VALIDATION', `Пристрій ${p.path} не дозволений налаштуваннями сервера (EQUEUE_PRINTER_DEVICES). ${list}`);
    }
  }
}

/**
 * The printer package's config for a kiosk: the request's printer, plus the files the server
 * chooses itself inside its data folder (previews of the virtual printer, the roll counter).
 */
export function printerConfigFor(deviceId: number, p: KioskPrinterSettings, dataDir: string, previewsKeepDays = 0): PrinterConfigInput {
  return {
    ...(p as PrinterConfigInput),
    outputDir: join(dataDir, 'printed'),
    rollCounterFile: join(dataDir, 'rolls', `kiosk-${deviceId}.json`),
    ...(previewsKeepDays > 0 ? { previewKeepHours: previewsKeepDays * 24 } : {}),
  };
}
