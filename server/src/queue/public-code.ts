// The code in a ticket's QR link (/t/<code>): 12 random bytes, base64url. Taken from a pool
// filled by the system CSPRNG a few hundred codes at a time: randomBytes() per ticket was a
// visible part of an issue's CPU, and the bytes are the same quality either way.
import { randomFillSync } from 'node:crypto';

const CODE_BYTES = 12;
const pool = Buffer.alloc(CODE_BYTES * 256);
let offset = pool.length;

export function newPublicCode(): string {
  if (offset + CODE_BYTES > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const code = pool.toString('base64url', offset, offset + CODE_BYTES);
  // used bytes are overwritten, so they are never handed out again nor left in memory
  pool.fill(0, offset, offset + CODE_BYTES);
  offset += CODE_BYTES;
  return code;
}
