import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { webDelivery } from '../scripts/vite-delivery.mjs';

// Served by the server at /board/; in development the API and socket.io go to the local server.
export default defineConfig({
  base: '/board/',
  plugins: [react(), webDelivery({ iconColor: '#1a1a1a' })],
  // no source maps in the build: they would publish the sources (1.6 MB) to anyone on the LAN;
  // webDelivery adds the favicon and the .br/.gz copies the server sends (scripts/vite-delivery.mjs)
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  server: {
    port: 5174,
    strictPort: false,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
      '/socket.io': { target: 'http://127.0.0.1:3000', ws: true, changeOrigin: false },
      '/t/': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: { port: 5174 },
});
