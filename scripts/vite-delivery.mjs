// Build-time half of web delivery, shared by the four browser apps' vite configs
// (the serving half is server/src/http/static-files.ts):
// - a favicon: one SVG written into assets/ under a content hash (so it is cached like the
//   other hashed files) and a <link rel="icon"> in index.html;
// - precompressed copies: every text file of the build gets a .br (quality 11) and a .gz
//   (level 9) beside it, emitted into the bundle. The server sends them as they are (no
//   compression per request), and a kiosk PC on a slow office network downloads a third of
//   the bytes.
// Plain .mjs (node:zlib), outside the apps' sources: browser code must not import node:*.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** text formats worth compressing; images and fonts are compressed already */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest|wasm)$/;
/** below this a compressed copy saves less than its headers cost */
const MIN_BYTES = 512;

/** A ticket with its tear-off notches on a coloured tile: readable at 16 px, no text or fonts. */
export function faviconSvg(color) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="14" fill="${color}"/>
<path fill="#fff" d="M14 14h36v13a5 5 0 0 0 0 10v13H14V37a5 5 0 0 0 0-10z"/>
<rect x="21" y="22" width="22" height="5" rx="2" fill="${color}"/>
<rect x="21" y="37" width="14" height="5" rx="2" fill="${color}"/>
</svg>
`;
}

export function faviconFileName(color) {
  const hash = createHash('sha256').update(faviconSvg(color)).digest('base64url').slice(0, 8);
  return `assets/favicon-${hash}.svg`;
}

/** the .br and .gz copies of one file, each only when it is smaller than the file */
async function compressedCopies(fileName, data) {
  if (data.length < MIN_BYTES) return [];
  const [br, gzipped] = await Promise.all([
    brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gz(data, { level: 9 }),
  ]);
  return [
    ...(br.length < data.length ? [{ fileName: `${fileName}.br`, source: br }] : []),
    ...(gzipped.length < data.length ? [{ fileName: `${fileName}.gz`, source: gzipped }] : []),
  ];
}

/** @param {{ iconColor: string }} options */
export function webDelivery({ iconColor }) {
  const icon = faviconFileName(iconColor);
  let base = '/';
  return {
    name: 'cherha-web-delivery',
    apply: 'build',
    // after Vite's own plugins: index.html is in the bundle by then
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'icon', type: 'image/svg+xml', href: `${base}${icon}` }, injectTo: 'head' }];
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        this.emitFile({ type: 'asset', fileName: icon, source: faviconSvg(iconColor) });
        // the copies are part of the bundle, written with the files themselves: a server never
        // sees a new file without its compressed copy for longer than the write takes
        const files = Object.values(bundle).filter((f) => COMPRESSIBLE.test(f.fileName));
        const copies = await Promise.all(files.map((f) => compressedCopies(f.fileName, Buffer.from(f.type === 'chunk' ? f.code : f.source))));
        for (const c of copies.flat()) this.emitFile({ type: 'asset', fileName: c.fileName, source: c.source });
      },
    },
  };
}
