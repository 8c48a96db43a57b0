// 1-bit bitmaps: the common currency of the raster encoder, the QR drawer and the preview.
import { PNG } from 'pngjs';
import QRCode from 'qrcode';

export interface Bitmap {
  width: number;
  height: number;
  /** one byte per pixel, row-major: 1 = black (burnt), 0 = white */
  data: Uint8Array;
}

export function createBitmap(width: number, height: number): Bitmap {
  return { width, height, data: new Uint8Array(width * height) };
}

export function getPixel(bmp: Bitmap, x: number, y: number): number {
  if (x < 0 || y < 0 || x >= bmp.width || y >= bmp.height) return 0;
  return bmp.data[y * bmp.width + x] ?? 0;
}

export function fillRect(bmp: Bitmap, x: number, y: number, w: number, h: number, value: 0 | 1): void {
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(bmp.width, Math.floor(x + w));
  const y1 = Math.min(bmp.height, Math.floor(y + h));
  for (let yy = y0; yy < y1; yy++) bmp.data.fill(value, yy * bmp.width + x0, yy * bmp.width + x1);
}

/** Copy src into dst at (x, y), clipping at dst's edges. */
export function blit(dst: Bitmap, src: Bitmap, x: number, y: number): void {
  for (let yy = 0; yy < src.height; yy++) {
    const ty = y + yy;
    if (ty < 0 || ty >= dst.height) continue;
    for (let xx = 0; xx < src.width; xx++) {
      const tx = x + xx;
      if (tx < 0 || tx >= dst.width) continue;
      dst.data[ty * dst.width + tx] = src.data[yy * src.width + xx] ?? 0;
    }
  }
}

/** A QR code with its 4-module quiet zone, each module `moduleDots` square. */
export function qrBitmap(data: string, moduleDots: number): Bitmap {
  const qr = QRCode.create(data, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const side = (size + quiet * 2) * moduleDots;
  const bmp = createBitmap(side, side);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (qr.modules.get(r, c)) fillRect(bmp, (c + quiet) * moduleDots, (r + quiet) * moduleDots, moduleDots, moduleDots, 1);
    }
  }
  return bmp;
}

export function bitmapToPng(bmp: Bitmap): Buffer {
  const png = new PNG({ width: bmp.width, height: bmp.height });
  for (let i = 0; i < bmp.width * bmp.height; i++) {
    const v = bmp.data[i] ? 0 : 255;
    png.data[i * 4] = v;
    png.data[i * 4 + 1] = v;
    png.data[i * 4 + 2] = v;
    png.data[i * 4 + 3] = 255;
  }
  return PNG.sync.write(png);
}

/**
 * `GS v 0` commands for a bitmap, in horizontal bands. Many clones drop or garble one huge
 * raster command (their receive buffer is a few KB), so the image goes in bands of
 * `bandRows` rows; Epson prints the bands seamlessly.
 */
export function bitmapToRasterCommands(bmp: Bitmap, bandRows = 128): Buffer {
  const bytesPerRow = Math.ceil(bmp.width / 8);
  const chunks: Buffer[] = [];
  for (let top = 0; top < bmp.height; top += bandRows) {
    const rows = Math.min(bandRows, bmp.height - top);
    const header = Buffer.from([0x1d, 0x76, 0x30, 0x00, bytesPerRow & 0xff, bytesPerRow >> 8, rows & 0xff, rows >> 8]);
    const body = Buffer.alloc(bytesPerRow * rows);
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < bmp.width; x++) {
        if (bmp.data[(top + y) * bmp.width + x]) {
          const idx = y * bytesPerRow + (x >> 3);
          body[idx] = (body[idx] ?? 0) | (0x80 >> (x & 7));
        }
      }
    }
    chunks.push(header, body);
  }
  return Buffer.concat(chunks);
}
