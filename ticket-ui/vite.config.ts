import { defineConfig } from 'vite';
import { webDelivery } from '../scripts/vite-delivery.mjs';

// The ticket's page on a visitor's phone, served by the server at /t/<code> (assets under
// /t/assets/). Preact instead of React keeps the JavaScript small on a slow mobile connection.
export default defineConfig({
  base: '/t/',
  plugins: [webDelivery({ iconColor: '#003d99' })],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // no source maps in the build: they would publish the sources (1.6 MB) to anyone on the LAN;
  // webDelivery adds the favicon and the .br/.gz copies the server sends (scripts/vite-delivery.mjs)
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2020' },
  server: {
    port: 5176,
    strictPort: false,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
      '/socket.io': { target: 'http://127.0.0.1:3000', ws: true, changeOrigin: false },
    },
  },
  preview: { port: 5176 },
});
