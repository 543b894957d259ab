/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Pages loaded on demand, and the addresses that open them (as regular expression sources). */
const LAZY_PAGES = [
  { module: 'src/features/spec-decode/spec-decode-page.tsx', path: '^/spec-decode/[^/]+/[^/]+/[^/]+/?$' },
  { module: 'src/features/spec-decode/spec-decode-index-page.tsx', path: '^/spec-decode/?$' },
  { module: 'src/features/inference/inference-page.tsx', path: '^/inference/?$' },
];

/**
 * On a deep link, the page's own code would only be requested once the main bundle has run.
 * This adds a small inline script to the built index.html that asks for the opened page's
 * chunks (and the two small data files every page reads) while the main bundle downloads.
 */
function preloadFirstPage(): Plugin {
  return {
    name: 'isoline-preload-first-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const closure = (file: string, seen = new Set<string>()): string[] => {
          const chunk = chunks.find((c) => c.fileName === file);
          if (!chunk || seen.has(file)) return [];
          seen.add(file);
          return [file, ...chunk.imports.flatMap((f) => closure(f, seen))];
        };
        const entry = chunks.find((c) => c.isEntry);
        const inEntry = new Set(entry ? closure(entry.fileName) : []);
        const routes = LAZY_PAGES.map(({ module, path }) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
          const files = chunk ? closure(chunk.fileName).filter((f) => !inEntry.has(f)) : [];
          return [path, files.map((f) => `/${f}`)] as const;
        });
        const script = `(function(){var p=location.pathname,r=${JSON.stringify(routes)};function l(rel,href,as){var e=document.createElement('link');e.rel=rel;e.href=href;if(as){e.as=as;e.crossOrigin='anonymous'}document.head.appendChild(e)}l('preload','/data/manifest.json','fetch');l('preload','/data/gpu-specs.json','fetch');r.forEach(function(x){if(new RegExp(x[0]).test(p))x[1].forEach(function(f){l('modulepreload',f)})})})();`;
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadFirstPage()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/vitest-setup.ts'],
  },
});
