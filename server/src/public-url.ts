// The address printed in every ticket's QR code and shown for pairing must be one a visitor's
// phone and a kiosk PC can reach. Without EQUEUE_PUBLIC_URL the server takes its own LAN address
// (the first non-loopback IPv4, private ranges first) rather than `localhost`, which only works
// on the server itself; and it says loudly when what it uses is a loopback address.
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

const PRIVATE = [/^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./];

/** http://<LAN address>:<port>, or http://localhost:<port> when the machine has no LAN address */
export function defaultPublicUrl(port: number, interfaces: Interfaces = networkInterfaces()): string {
  const v4 = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.'))
    .map((a) => a.address);
  const best = v4.find((a) => PRIVATE.some((r) => r.test(a))) ?? v4[0];
  return `http://${best ?? 'localhost'}:${port}`;
}

/** true when phones and other PCs cannot reach this address */
export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0';
  } catch {
    return false;
  }
}
