import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the server at /operator/; in development the API and socket.io go to the local server.
export default defineConfig({
  base: '/operator/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: {
    port: 5175,
    strictPort: false,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
      '/socket.io': { target: 'http://127.0.0.1:3000', ws: true, changeOrigin: false },
      '/t/': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: { port: 5175 },
});
