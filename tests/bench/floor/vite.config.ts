/**
 * Builds the bench floor page (tests/bench/floor/index.html) for tests/bench/bench-page.ts into
 * tests/bench/floor/dist/, for `/bench-floor/`: the bench copies it into each built site it
 * serves, so the floor fetches the very data files the app reads, from the same server.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/bench-floor/',
  publicDir: false,
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // One chunk on purpose (the floor has no routes to split); Recharts alone is past Vite's 500 kB warning.
    chunkSizeWarningLimit: 1000,
  },
});
