import { defineConfig } from 'vite';
import { webDelivery } from '../scripts/vite-delivery.mjs';

// The public booking page, served by the server at /book/. Preact, like the ticket page: a
// visitor books from a phone on mobile data, so the JavaScript stays small.
export default defineConfig({
  base: '/book/',
  plugins: [webDelivery({ iconColor: '#003d99' })],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // no source maps: they would publish the sources; webDelivery adds the favicon and .br/.gz copies
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2020' },
  server: {
    port: 5177,
    strictPort: false,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: { port: 5177 },
});
