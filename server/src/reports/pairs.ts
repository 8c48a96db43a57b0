// Sparse counters (waiting-minute histograms, arrivals by weekday-hour) stored as BLOBs of
// little-endian uint32 pairs (key, count): compact, and merged with a plain loop — a year's
// report merges tens of thousands of them.

export type Counts = Map<number, number>;

export function encodePairs(counts: Counts): Buffer | null {
  if (counts.size === 0) return null;
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const buf = Buffer.allocUnsafe(keys.length * 8);
  keys.forEach((k, i) => {
    buf.writeUInt32LE(k, i * 8);
    buf.writeUInt32LE(counts.get(k)!, i * 8 + 4);
  });
  return buf;
}

/** adds the pairs of `blob` into `into` (a dense array indexed by key) */
export function addPairs(into: number[], blob: Buffer | Uint8Array | null): void {
  if (!blob) return;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  for (let o = 0; o + 8 <= blob.byteLength; o += 8) {
    const k = view.getUint32(o, true);
    into[k] = (into[k] ?? 0) + view.getUint32(o + 4, true);
  }
}

export function addPairsToMap(into: Counts, blob: Buffer | Uint8Array | null): void {
  if (!blob) return;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  for (let o = 0; o + 8 <= blob.byteLength; o += 8) {
    const k = view.getUint32(o, true);
    into.set(k, (into.get(k) ?? 0) + view.getUint32(o + 4, true));
  }
}

export const bump = (m: Counts, key: number, by = 1) => void m.set(key, (m.get(key) ?? 0) + by);
