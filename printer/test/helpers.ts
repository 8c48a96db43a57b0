// Decoding with tools we did not write: npos (ESC/POS parser), TextDecoder / glibc iconv
// (text), zbarimg (QR), tesseract (OCR). Missing CLI tools fail loudly: CI installs them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import npos, { type LwimBitmap, type NposAst, type Rules } from 'npos';
import { PNG } from 'pngjs';

const rules: Rules = structuredClone(npos.rules);
// npos knows GS ( K but not GS ( k (2D codes): pL pH + data, like the other GS ( functions
const gs = rules[0x1d];
if (typeof gs === 'object') gs['(k'] = [0, 'd16'];

export function parseEscPos(buf: Buffer): Promise<NposAst> {
  return npos.parser(rules).parse(buf);
}

/** Every ESC t n in the job, as npos splits commands (so image bytes are never misread). */
export function codePageSelections(ast: NposAst, buf: Buffer): number[] {
  return ast.tree.filter((n) => n.ascii === 'ESC' && n.fn === 't').map((n) => buf[n.offset + 2] ?? -1);
}

/** All printable text bytes of the job, joined. */
export function textBytes(ast: NposAst): Buffer {
  return Buffer.concat(ast.entries.filter((e) => e.type === 'text').map((e) => (Buffer.isBuffer(e.data) ? e.data : Buffer.alloc(0))));
}

export function glibcIconv(bytes: Buffer, from: string): string {
  return execFileSync('iconv', ['-f', from, '-t', 'UTF-8'], { input: bytes }).toString('utf8');
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `cherha-${prefix}-`));
}

/** The raster image of the job as npos decodes it, written as PNG. */
export async function rasterPngFromJob(buf: Buffer, dir: string, name = 'raster.png'): Promise<{ path: string; width: number; height: number }> {
  const ast = await parseEscPos(buf);
  const entry = ast.entries.find((e) => e.type === 'raster');
  if (!entry) throw new Error('npos found no raster image in the job');
  const bmp = entry.data as LwimBitmap;
  const width = bmp.getWidth();
  const height = bmp.getHeight();
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = bmp.getPixel(x, y) === 0 ? 0 : 255; // lwim: 0 = dark dot
      const i = (y * width + x) * 4;
      png.data[i] = v;
      png.data[i + 1] = v;
      png.data[i + 2] = v;
      png.data[i + 3] = 255;
    }
  }
  const path = join(dir, name);
  writeFileSync(path, PNG.sync.write(png));
  return { path, width, height };
}

function requireTool(cmd: string, pkg: string): void {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`]);
  if (r.status !== 0) throw new Error(`${cmd} is not installed: apt-get install -y ${pkg}`);
}

export function zbarimg(pngPath: string): string[] {
  requireTool('zbarimg', 'zbar-tools');
  const r = spawnSync('zbarimg', ['--quiet', '--raw', pngPath], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => l.length > 0);
}

export function tesseractUkr(pngPath: string): string {
  requireTool('tesseract', 'tesseract-ocr tesseract-ocr-ukr');
  const r = spawnSync('tesseract', [pngPath, 'stdout', '-l', 'ukr'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tesseract failed: ${r.stderr}`);
  return r.stdout;
}

export function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}
