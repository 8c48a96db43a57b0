import { describe, expect, it } from 'vitest';
import { defaultPublicUrl, isLoopbackUrl } from '../src/public-url';

const iface = (address: string, internal = false) => ({ address, family: 'IPv4' as const, internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null });

describe('the address in QR codes when EQUEUE_PUBLIC_URL is not set', () => {
  it('is the LAN address, private ranges first, never loopback or link-local', () => {
    expect(defaultPublicUrl(3000, { lo: [iface('127.0.0.1', true)], eth0: [iface('192.168.1.20')] })).toBe('http://192.168.1.20:3000');
    expect(defaultPublicUrl(3000, { lo: [iface('127.0.0.1', true)], wan: [iface('203.0.113.5')], lan: [iface('10.1.2.3')] })).toBe('http://10.1.2.3:3000');
    expect(defaultPublicUrl(8080, { x: [iface('169.254.3.4')], y: [iface('203.0.113.5')] })).toBe('http://203.0.113.5:8080');
  });
  it('falls back to localhost on a machine with no network, which is then reported as loopback', () => {
    const url = defaultPublicUrl(3000, { lo: [iface('127.0.0.1', true)] });
    expect(url).toBe('http://localhost:3000');
    expect(isLoopbackUrl(url)).toBe(true);
  });
  it('tells loopback addresses from reachable ones', () => {
    for (const u of ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000', 'http://queue.localhost']) expect(isLoopbackUrl(u)).toBe(true);
    for (const u of ['http://192.168.1.20:3000', 'https://cherha.example.ua', 'http://cherha.local:3000']) expect(isLoopbackUrl(u)).toBe(false);
  });
});
