// Ticket QR codes come from a pool of random bytes: across many refills every code is
// 12 fresh bytes (16 base64url characters), none repeats.
import { expect, it } from 'vitest';
import { newPublicCode } from '../src/queue/public-code';

it('gives distinct 16-character base64url codes across many pool refills', () => {
  const codes = Array.from({ length: 5000 }, () => newPublicCode());
  for (const c of codes) expect(c).toMatch(/^[A-Za-z0-9_-]{16}$/);
  expect(new Set(codes).size).toBe(codes.length);
  // 12 bytes = 96 bits: no byte position stuck at one value (a pool never refilled or zeroed early)
  const firstChars = new Set(codes.map((c) => c[0]));
  expect(firstChars.size).toBeGreaterThan(32);
});
