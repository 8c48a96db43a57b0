// Device pairing: a one-time code from the admin UI is exchanged for a long-lived device token,
// which is then kept in a file readable only by the agent's user.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export async function pairDevice(serverUrl: string, code: string, fetchImpl: FetchLike = fetch): Promise<string> {
  const url = new URL('/api/devices/pair', serverUrl).toString();
  const res = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const message =
      typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'object' && body.error !== null && 'message' in body.error ? String(body.error.message) : `HTTP ${res.status}`;
    throw new Error(`Pairing failed: ${message}`);
  }
  if (typeof body !== 'object' || body === null || !('token' in body) || typeof body.token !== 'string' || body.token.length === 0) {
    throw new Error('Pairing failed: the server answered without a token');
  }
  return body.token;
}

export interface TokenSource {
  serverUrl: string;
  tokenFile: string;
  token?: string;
  pairingCode?: string;
  fetchImpl?: FetchLike;
}

/** An explicit token wins; then the stored one; then a pairing code (whose token is stored). */
export async function resolveToken(src: TokenSource): Promise<string> {
  if (src.token) return src.token;
  if (existsSync(src.tokenFile)) {
    const stored = readFileSync(src.tokenFile, 'utf8').trim();
    if (stored) return stored;
  }
  if (!src.pairingCode) {
    throw new Error(`No device token: pass --token, or --pair-code with a one-time code from the admin page (the token is then kept in ${src.tokenFile})`);
  }
  const token = await pairDevice(src.serverUrl, src.pairingCode, src.fetchImpl);
  mkdirSync(dirname(src.tokenFile), { recursive: true });
  writeFileSync(src.tokenFile, `${token}\n`, { mode: 0o600 });
  chmodSync(src.tokenFile, 0o600);
  return token;
}
