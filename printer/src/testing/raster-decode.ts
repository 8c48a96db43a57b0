// Test helper: pull the GS v 0 images out of a job and stack them into one bitmap, so a test
// can hand the printed picture to zbarimg / tesseract. (Tests also decode with npos, which we
// did not write; this one is for the preview tools and for debugging.)
import { createBitmap, type Bitmap } from '../bitmap';

export function rasterFromJob(job: Buffer): Bitmap {
  const bands: { widthBytes: number; rows: number; data: Buffer }[] = [];
  for (let i = 0; i + 8 <= job.length; ) {
    if (job[i] === 0x1d && job[i + 1] === 0x76 && job[i + 2] === 0x30) {
      const widthBytes = (job[i + 4] ?? 0) + (job[i + 5] ?? 0) * 256;
      const rows = (job[i + 6] ?? 0) + (job[i + 7] ?? 0) * 256;
      bands.push({ widthBytes, rows, data: job.subarray(i + 8, i + 8 + widthBytes * rows) });
      i += 8 + widthBytes * rows;
    } else i += 1;
  }
  const width = Math.max(0, ...bands.map((b) => b.widthBytes * 8));
  const height = bands.reduce((h, b) => h + b.rows, 0);
  const bmp = createBitmap(width, height);
  let top = 0;
  for (const band of bands) {
    for (let y = 0; y < band.rows; y++) {
      for (let x = 0; x < band.widthBytes * 8; x++) {
        const byte = band.data[y * band.widthBytes + (x >> 3)] ?? 0;
        if (byte & (0x80 >> (x & 7))) bmp.data[(top + y) * width + x] = 1;
      }
    }
    top += band.rows;
  }
  return bmp;
}
