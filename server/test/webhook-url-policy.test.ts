// Where webhooks may go (server/src/notify/url-policy.ts): inside addresses only when the
// installer listed them — checked when the admin saves the address and again on the addresses a
// name resolves to at delivery (the lookup the connection itself uses).
import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, guardedLookup, isInsideAddress, parseWebhookHosts } from '../src/notify/url-policy';

const lookup = (hosts: string[], name: string, port = 80) =>
  new Promise<{ err: NodeJS.ErrnoException | null; address: unknown }>((resolve) => {
    guardedLookup(parseWebhookHosts(hosts), port)(name, { all: true }, (err, address) => resolve({ err, address }));
  });

describe('webhook address policy', () => {
  it('knows inside addresses, IPv4 written as IPv6 too', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.50', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd00::5', '::ffff:10.0.0.1']) {
      expect(isInsideAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '193.0.0.1', '2001:db8::1', '::ffff:8.8.8.8']) expect(isInsideAddress(a), a).toBe(false);
  });

  it('refuses inside literals and localhost unless listed (with the port when given)', () => {
    const none = parseWebhookHosts([]);
    for (const u of ['http://127.0.0.1:8085/', 'http://10.0.0.5/', 'http://[::1]/', 'http://localhost/', 'http://api.localhost/']) {
      expect(() => checkWebhookUrl(u, none), u).toThrow(/EQUEUE_WEBHOOK_HOSTS/);
    }
    expect(() => checkWebhookUrl('https://sms.example.org/hook', none)).not.toThrow();
    const listed = parseWebhookHosts(['127.0.0.1:8085', '192.168.10.0/24', 'localhost']);
    expect(() => checkWebhookUrl('http://127.0.0.1:8085/x', listed)).not.toThrow();
    expect(() => checkWebhookUrl('http://127.0.0.1:9000/x', listed)).toThrow(/EQUEUE_WEBHOOK_HOSTS/);
    expect(() => checkWebhookUrl('http://192.168.10.77/x', listed)).not.toThrow();
    expect(() => checkWebhookUrl('http://192.168.11.77/x', listed)).toThrow(/EQUEUE_WEBHOOK_HOSTS/);
    expect(() => checkWebhookUrl('http://localhost:3000/x', listed)).not.toThrow();
  });

  it('a name that resolves inside is refused at delivery unless the name or the address is listed', async () => {
    const refused = await lookup([], 'localhost');
    expect(refused.err?.code).toBe('EWEBHOOKHOST');
    expect((await lookup(['localhost'], 'localhost')).err).toBeNull();
    // the address the name resolves to, listed by the installer
    const byAddress = await lookup(['127.0.0.1', '::1'], 'localhost');
    expect(byAddress.err).toBeNull();
    expect((await lookup(['localhost:8085'], 'localhost', 80)).err?.code).toBe('EWEBHOOKHOST');
  });

  it('rejects malformed allow-list entries at start', () => {
    expect(() => parseWebhookHosts(['10.0.0.0/33'])).toThrow(/EQUEUE_WEBHOOK_HOSTS/);
    expect(() => parseWebhookHosts(['http://x'])).toThrow(/EQUEUE_WEBHOOK_HOSTS/);
    expect(() => parseWebhookHosts(['host:70000'])).toThrow(/EQUEUE_WEBHOOK_HOSTS/);
  });
});
