// Device pairing: a one-time code from the admin UI is exchanged for a long-lived device token,
// which is then kept in a file readable only by the agent's user.
import { existsSync, readFileSync } from 'node:fs';
import { writePrivate } from './state';

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** The pairing answer: the token, and which device this PC now is (its name is shown to the technician). */
export interface Paired {
  token: string;
  device: { id: number | null; name: string | null };
}

export async function pairWithCode(serverUrl: string, code: string, fetchImpl: FetchLike = fetch): Promise<Paired> {
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
  const device = 'device' in body && typeof body.device === 'object' && body.device !== null ? (body.device as Record<string, unknown>) : {};
  return {
    token: body.token,
    device: { id: typeof device.id === 'number' ? device.id : null, name: typeof device.name === 'string' ? device.name : null },
  };
}

export async function pairDevice(serverUrl: string, code: string, fetchImpl: FetchLike = fetch): Promise<string> {
  return (await pairWithCode(serverUrl, code, fetchImpl)).token;
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
    throw new Error(`No device token: pair this PC first — npm run print-agent -- pair <8-digit code> --server <address> (or --pair-code / --token); the token is then kept in ${src.tokenFile}`);
  }
  const token = await pairDevice(src.serverUrl, src.pairingCode, src.fetchImpl);
  writePrivate(src.tokenFile, `${token}\n`);
  return token;
}
