// Booking codes: 8 characters of a 31-letter alphabet from the OS's CSPRNG (about 40 bits), so
// a code cannot be guessed from another one; rejection sampling keeps every letter equally likely.
import { randomBytes } from 'node:crypto';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH } from '@cherha/contracts';

export function newBookingCode(): string {
  const n = BOOKING_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  while (out.length < BOOKING_CODE_LENGTH) {
    for (const byte of randomBytes(16)) {
      if (byte < limit && out.length < BOOKING_CODE_LENGTH) out += BOOKING_CODE_ALPHABET[byte % n];
    }
  }
  return out;
}
