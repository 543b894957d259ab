/// <reference types="vitest/config" />
import { createServer, defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparisonSequenceMap, firstViewScript, inferenceFileMap } from './src/app/first-view-preload.ts';
import { PAGE_PATHS } from './src/app/page-paths.ts';
import { gpuSpecsSchema, manifestSchema } from './src/data/schema.ts';
import { assertValid } from './src/data/validate.ts';
import { dataBase } from './src/data/data-url.ts';
import { prerenderSite } from './src/app/prerender/build-pages.ts';

/** Pages loaded on demand, and the addresses that open them (src/app/page-paths.ts). */
const LAZY_PAGES = [
  { module: 'src/features/catalog/catalog-page.tsx', path: PAGE_PATHS.catalog },
  { module: 'src/features/spec-decode/spec-decode-page.tsx', path: PAGE_PATHS.specDecode },
  { module: 'src/features/spec-decode/spec-decode-index-page.tsx', path: PAGE_PATHS.specDecodeIndex },
  { module: 'src/features/inference/inference-page.tsx', path: PAGE_PATHS.inference },
  { module: 'src/features/rank/rank-page.tsx', path: PAGE_PATHS.rank },
  { module: 'src/features/history/history-page.tsx', path: PAGE_PATHS.history },
];

/** A module id's path inside the project, with forward slashes. */
function projectPath(id: string): string {
  return id.replaceAll('\\', '/');
}

/**
 * Everything the entry imports statically (React, the router, the query client, the layout and
 * the catalog's data layer) stays in the entry's chunk, which index.html loads. Without this the
 * groups below would take the entry's modules that their own modules import into their chunk,
 * and every page, the catalog too, would load them.
 */
const ENTRY = { name: 'entry', priority: 4, tags: ['$initial' as const] };

/**
 * What every page's own code imports and the entry does not, as one chunk: the query hooks, the
 * page store, the notices and the data error panel every page can show, and the number formats.
 * Left to itself the bundler made a chunk of each (one of 0.1 KiB), each its own request; the
 * index page, which loads all of them, gains nothing it did not load before. The modules they
 * import come along (includeDependenciesRecursively).
 */
const FIRST_VIEW_CORE = {
  name: 'core',
  priority: 3,
  test: (id: string) =>
    /\/(useBaseQuery|useQuery)\.js$|src\/components\/(corrections-notice|data-error|plain-address-notice)\.tsx$|src\/state\/page-store\.tsx$|src\/domain\/(format|text-order)\.ts$/.test(
      projectPath(id),
    ),
};

/**
 * What the four data pages (comparison, inference chart, ranking, history) share before their
 * first draw, as one chunk: the page model (its state, address, loading and metrics), the
 * engine's math, the shared controls and the sentences. The bundler split it by which pages
 * import each part (five chunks, one of 0.1 KiB), so a page waited on five requests for 20 KiB;
 * the history page now also loads the date control's 2 KiB it does not draw, and the comparison
 * the 0.3 KiB wrapper that /rank and history draw their later parts in. The view options and the
 * caveats every data page shows were a chunk of their own (3 KiB), one request more.
 */
const PAGE_MODEL = {
  name: 'page-model',
  priority: 2,
  test: (id: string) =>
    /\/useQueries\.js$|src\/math\/|src\/state\/(params|inference-series-key|pages\/(toggle|spec-decode))\.ts$|src\/domain\/(metrics|memo)\.ts$|src\/data\/(use-benchmark-files|use-manifest-and-specs|run-dates)\.ts$|src\/components\/(when-idle|drawn-later|page-scaffold|select|checkbox|use-draft|download|use-drawing-width|chart-export-menu)\.tsx?$|src\/features\/compare\/(assumptions|common-controls|chart-colors|axis-ticks|thin-points|sides|chart-model|sentences|as-of|as-of-line|date-control|provenance-notice|view-options|caveats)\.(tsx?|css)$/.test(
      projectPath(id),
    ),
};

/**
 * What the inference chart and the ranking share besides the page model, as one chunk: the
 * series, their filters and styles, and the own-results panel's first view (three chunks before).
 */
const SETUP_PAGES = {
  name: 'setups',
  priority: 1,
  test: (id: string) =>
    /\/useMutation\.js$|src\/state\/pages\/(inference|carried|rank)\.ts$|src\/features\/inference\/series\.ts$|src\/features\/compare\/(series-styles|filter-controls|kept-envelope|filters)\.tsx?$|src\/features\/own\/(own-fit|queries|own-panel-fallback)\.tsx?$|src\/data\/own\/(columns|store)\.ts$/.test(
      projectPath(id),
    ),
};

/**
 * On a deep link, the page's own code and data would only be requested once the main bundle
 * has run. This puts a small inline script in the built index.html that requests them while
 * the main bundle downloads (see src/app/first-view-preload.ts, where it is tested).
 */
function preloadFirstView(mode: string): Plugin {
  let publicDir = fileURLToPath(new URL('./public', import.meta.url));
  return {
    name: 'isoline-preload-first-view',
    apply: 'build',
    configResolved(config) {
      if (config.publicDir) publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((c) => c.type === 'chunk');
        const closure = (file: string, seen = new Set<string>()): string[] => {
          const chunk = chunks.find((c) => c.fileName === file);
          if (!chunk || seen.has(file)) return [];
          seen.add(file);
          // A chunk's stylesheets too: loaded by the chunk's import otherwise, which waits for
          // them, and that only asks for them once the main bundle has run.
          const css = [...(chunk.viteMetadata?.importedCss ?? [])].filter((f) => !seen.has(f));
          for (const f of css) seen.add(f);
          return [file, ...css, ...chunk.imports.flatMap((f) => closure(f, seen))];
        };
        const entry = chunks.find((c) => c.isEntry);
        const inEntry = new Set(entry ? closure(entry.fileName) : []);
        const routes = LAZY_PAGES.map(({ module, path }) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
          return [path, chunk ? closure(chunk.fileName).filter((f) => !inEntry.has(f)) : []] as const;
        });
        const manifest = assertValid(
          manifestSchema,
          JSON.parse(readFileSync(join(publicDir, 'data/manifest.json'), 'utf8')),
          'public/data/manifest.json',
        );
        const specs = assertValid(
          gpuSpecsSchema,
          JSON.parse(readFileSync(join(publicDir, 'data/gpu-specs.json'), 'utf8')),
          'public/data/gpu-specs.json',
        );
        // Data files are preloaded from where the app will read them (VITE_DATA_URL, else the
        // site); the maps come from the public folder's data/ (public/data, or the page
        // benchmark's full-size dataset), which must be the dataset served there.
        const script = firstViewScript(
          '/',
          comparisonSequenceMap(manifest),
          inferenceFileMap(manifest, specs),
          routes,
          dataBase(loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_URL, '/'),
        );
        // First in <head>: placed after the stylesheet link, the script would wait for the
        // stylesheet, and the page's code and data requests started about 35 ms later.
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}

/**
 * After the build, writes every page's default view as static HTML (title, description, link
 * preview tags and the first view with its numbers), rendered by the app itself from the built
 * data: see src/app/prerender/page-document.ts for which pages.
 */
function prerenderPages(mode: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'isoline-prerender-pages',
    apply: 'build',
    configResolved(config) {
      outDir = fileURLToPath(new URL(config.build.outDir, `file://${config.root}/`));
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const env = loadEnv(mode, process.cwd(), 'VITE_');
        const started = Date.now();
        // The app's modules, loaded for rendering in Node; no config file, so this plugin is not loaded again.
        const server = await createServer({
          configFile: false,
          root: process.cwd(),
          mode,
          plugins: [react()],
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const pages = await prerenderSite({
            outDir,
            dataBase: dataBase(env.VITE_DATA_URL, '/'),
            siteUrl: env.VITE_SITE_URL?.trim() ? env.VITE_SITE_URL.trim() : null,
            server,
            // The page benchmark's full-size build writes only the pages it opens (a comma-separated list).
            only: process.env.ISOLINE_PRERENDER_ONLY?.split(',').filter(Boolean),
          });
          this.info(`${pages.length} static pages written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await server.close();
        }
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), preloadFirstView(mode), prerenderPages(mode)],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // No modulepreload polyfill: every browser the app targets (es2022) but Safari before 17 has
  // modulepreload, and there a preload hint is only a hint.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Every page's styles in one stylesheet (12 KiB, 3 gzip): split per page, a comparison page
    // asked for three more of 0.05-0.4 KiB each, and on HTTP/1.1 its code queued behind them on
    // the six connections a host gives a page (A/B against the floor: 15 requests to 11).
    cssCodeSplit: false,
    rolldownOptions: { output: { codeSplitting: { groups: [ENTRY, FIRST_VIEW_CORE, PAGE_MODEL, SETUP_PAGES] } } },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/vitest-setup.ts'],
  },
}));
