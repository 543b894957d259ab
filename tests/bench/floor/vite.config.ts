/**
 * Builds and serves the bench floor page (tests/bench/floor/index.html) for tests/bench/bench-page.ts.
 * It shares the app's public/ folder, so it fetches the very same data file; nothing is copied.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  publicDir: fileURLToPath(new URL('../../../public', import.meta.url)),
  plugins: [react()],
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // One chunk on purpose (the floor has no routes to split); Recharts alone is past Vite's 500 kB warning.
    chunkSizeWarningLimit: 1000,
  },
});
