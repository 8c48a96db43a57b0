import { defineConfig } from 'vite';

// The ticket's page on a visitor's phone, served by the server at /t/<code> (assets under
// /t/assets/). Preact instead of React keeps the JavaScript small on a slow mobile connection.
export default defineConfig({
  base: '/t/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2020' },
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
