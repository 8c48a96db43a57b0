// Where the server may send webhooks. An admin types the address; the installer decides which
// inside addresses (loopback, the office LAN) may be reached, in EQUEUE_WEBHOOK_HOSTS — the
// same idea as the printer allow-list (printing/printer-policy.ts). Without it a branch admin
// could make the server knock at anything inside the network (a router's admin page, the
// metrics port). Public addresses are always allowed. The check is made when the address is
// saved (literal addresses, "localhost") and again at every delivery on the addresses the name
// resolves to, inside the connection's own DNS lookup — so a name that resolves to an inside
// address later (DNS rebinding) is refused too. Redirects are never followed (delivery.ts).
import { BlockList, isIP, isIPv4 } from 'node:net';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { DomainError } from '../errors';

interface NameRule { host: string; port: number | null; text: string }

export interface WebhookHostPolicy {
  /** host names and addresses listed as they are */
  names: NameRule[];
  /** listed IPv4 networks (a.b.c.d/bits), any port */
  networks: BlockList;
  text: string[];
}

/** addresses that are not on the public internet */
const INSIDE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) INSIDE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) INSIDE.addSubnet(net, bits, 'ipv6');

/** an IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as IPv4 */
function plain(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: 'ipv4' };
  return { address, family: isIPv4(address) ? 'ipv4' : 'ipv6' };
}

export const isInsideAddress = (address: string): boolean => {
  const p = plain(address);
  return INSIDE.check(p.address, p.family);
};

/** EQUEUE_WEBHOOK_HOSTS entries: `127.0.0.1`, `127.0.0.1:8080`, `sms-gw.local`, `sms-gw.local:8443`, `192.168.10.0/24`, `::1`; no port = any port */
export function parseWebhookHosts(entries: readonly string[]): WebhookHostPolicy {
  const policy: WebhookHostPolicy = { names: [], networks: new BlockList(), text: [] };
  for (const raw of entries) {
    const text = raw.trim();
    if (text === '') continue;
    const net = /^(\d+\.\d+\.\d+\.\d+)\/(\d{1,2})$/.exec(text);
    if (isIP(text) === 6) {
      // an IPv6 address (any port: its colons leave no room for one)
      policy.names.push({ host: text.toLowerCase(), port: null, text });
    } else if (net) {
      if (!isIPv4(net[1]!) || Number(net[2]) > 32) throw new Error(`EQUEUE_WEBHOOK_HOSTS: «${text}» — a network needs an IPv4 address and 0–32 bits`);
      policy.networks.addSubnet(net[1]!, Number(net[2]), 'ipv4');
    } else {
      const m = /^([A-Za-z0-9.-]+)(?::(\d{1,5}|\*))?$/.exec(text);
      if (!m) throw new Error(`EQUEUE_WEBHOOK_HOSTS: «${text}» is not host[:port] or a.b.c.d/bits`);
      const port = m[2] === undefined || m[2] === '*' ? null : Number(m[2]);
      if (port !== null && (port < 1 || port > 65535)) throw new Error(`EQUEUE_WEBHOOK_HOSTS: «${text}» — port must be 1–65535`);
      policy.names.push({ host: m[1]!.toLowerCase(), port, text });
    }
    policy.text.push(text);
  }
  return policy;
}

const defaultPort = (u: URL): number => (u.port !== '' ? Number(u.port) : u.protocol === 'https:' ? 443 : 80);
const bareHost = (u: URL): string => u.hostname.replace(/^\[|\]$/g, '').toLowerCase();

/** the installer listed this host (name or address, and port) */
export function listed(policy: WebhookHostPolicy, host: string, port: number): boolean {
  if (policy.names.some((r) => r.host === host && (r.port === null || r.port === port))) return true;
  return isIPv4(host) && policy.networks.check(host, 'ipv4');
}

function refusal(policy: WebhookHostPolicy, what: string): DomainError {
  const list = policy.text.length > 0 ? `Дозволені внутрішні адреси: ${policy.text.join(', ')}.` : 'Список дозволених внутрішніх адрес порожній.';
  return new DomainError('VALIDATION', `${what} — внутрішня адреса, і вона не дозволена налаштуваннями сервера (EQUEUE_WEBHOOK_HOSTS). ${list} Додати адресу може той, хто встановлює сервер.`);
}

/** When the admin saves an address: literal inside addresses and "localhost" must be listed. */
export function checkWebhookUrl(url: string, policy: WebhookHostPolicy): void {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new DomainError('VALIDATION', 'Адреса вебхука має починатися з http:// або https://');
  const host = bareHost(u);
  const port = defaultPort(u);
  if (listed(policy, host, port)) return;
  const inside = isIP(host) !== 0 ? isInsideAddress(host) : host === 'localhost' || host.endsWith('.localhost');
  if (inside) throw refusal(policy, `${host}:${port}`);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A DNS lookup for http.request that refuses inside addresses the policy does not list: the
 * connection is made to exactly the address checked here.
 */
export function guardedLookup(policy: WebhookHostPolicy, port: number) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    dnsLookup(host, { all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const nameListed = listed(policy, host, port);
      const bad = addresses.find((a) => !nameListed && isInsideAddress(a.address) && !listed(policy, plain(a.address).address, port));
      if (bad) {
        const e: NodeJS.ErrnoException = new Error(`адреса ${bad.address} внутрішня і не дозволена (EQUEUE_WEBHOOK_HOSTS)`);
        e.code = 'EWEBHOOKHOST';
        return callback(e, []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

export { defaultPort as portOf };
