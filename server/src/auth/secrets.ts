import { createHash, randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';

// scrypt with N=2^14 (~50 ms): slow enough for stolen hashes, fast enough for a login.
const N = 16384;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N });
  return `scrypt$${N}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n) });
  return timingSafeEqual(expected, actual);
}

/** Session and device tokens are random; only their SHA-256 is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newPairingCode = (): string => String(randomInt(0, 100_000_000)).padStart(8, '0');
