// Vite config for the CareCircle single-page app. Root is web/, output web/dist (served by the API at /).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    sourcemap: false,
    rolldownOptions: {
      // the timing report is noise in `npm test` output
      checks: { bundlerTimings: false },
      output: {
        // MapLibre's worker is an .mjs asset; serve it as .js so any static server sends a JavaScript MIME type.
        assetFileNames: (info) => (info.names.some((n) => n.endsWith('.mjs')) ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]'),
      },
    },
  },
  server: {
    port: 5173,
    // CARECIRCLE_API points the proxy at another server (default: `npm start` on :8080).
    proxy: { '/api': { target: process.env.CARECIRCLE_API ?? 'http://localhost:8080', changeOrigin: false } },
  },
});
