import { createHash, randomBytes, randomInt, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt with N=2^14 (~50 ms): slow enough for stolen hashes, fast enough for a login.
const N = 16384;

/** crypto.scrypt runs in libuv's thread pool: a login must not stall every kiosk and board */
const scryptAsync = (password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) => scrypt(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));

const format = (salt: Buffer, hash: Buffer) => `scrypt$${N}$${salt.toString('base64')}$${hash.toString('base64')}`;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return format(salt, await scryptAsync(password, salt, 32, { N }));
}

/** For command-line tools and start-up only (nothing else is waiting on the event loop there). */
export function hashPasswordSync(password: string): string {
  const salt = randomBytes(16);
  return format(salt, scryptSync(password, salt, 32, { N }));
}

function parse(stored: string): { n: number; salt: Buffer; hash: Buffer } | null {
  const [scheme, n, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !salt || !hash) return null;
  const cost = Number(n);
  // a hash edited in the database must not make a login burn seconds of CPU
  if (!Number.isInteger(cost) || cost < 2 || cost > 1 << 17) return null;
  return { n: cost, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const p = parse(stored);
  if (!p) return false;
  const actual = await scryptAsync(password, p.salt, p.hash.length, { N: p.n, maxmem: 256 * p.n * 8 });
  return timingSafeEqual(p.hash, actual);
}

/** Start-up check for demo passwords (see demo-guard.ts). */
export function verifyPasswordSync(password: string, stored: string): boolean {
  const p = parse(stored);
  if (!p) return false;
  return timingSafeEqual(p.hash, scryptSync(password, p.salt, p.hash.length, { N: p.n, maxmem: 256 * p.n * 8 }));
}

/** Session and device tokens are random; only their SHA-256 is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newPairingCode = (): string => String(randomInt(0, 100_000_000)).padStart(8, '0');
