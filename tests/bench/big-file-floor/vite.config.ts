/**
 * Builds and serves the floor page of tests/bench/bench-big-file.ts: a bare Recharts chart that
 * draws a given number of marks and line vertices. Not part of the app.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  publicDir: false,
  plugins: [react()],
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // One chunk on purpose (nothing to split); Recharts alone is past Vite's 500 kB warning.
    chunkSizeWarningLimit: 1000,
  },
});
