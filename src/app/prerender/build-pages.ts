import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { manifestSchema, runDatesFileSchema } from '../../data/schema.ts';
import { assertValid } from '../../data/validate.ts';
import { encodePng } from './png.ts';
import { drawPreview } from './preview-image.ts';
import { staticPageDocument, staticPageFile, staticPagePaths, type StaticPage } from './page-document.ts';
import type { renderPage as RenderPage } from './render-page';

export interface PrerenderOptions {
  /** The built site (`dist/`), holding `index.html` and `data/`. */
  outDir: string;
  /** Where the app reads its data from (`dataBase`); files are read from `outDir/data` instead. */
  dataBase: string;
  /** Absolute site address for canonical and preview links, or null for addresses relative to the site root. */
  siteUrl: string | null;
  /** A server that can load the app's modules for rendering (Vite in middleware mode). */
  server: ViteDevServer;
  /** Only these of the static pages (the page benchmark's full-size build); every one when absent. */
  only?: readonly string[];
}

/**
 * Writes every static page (see `staticPagePaths`) into the build: the app rendered at its
 * default view with the built data, inside the built shell. The app's `fetch` of a data file
 * is answered from `outDir` for the duration.
 */
export async function prerenderSite(options: PrerenderOptions): Promise<StaticPage[]> {
  const { outDir, dataBase, siteUrl, server, only } = options;
  const readData = async (path: string) => readFile(join(outDir, path), 'utf8');
  const manifest = assertValid(manifestSchema, JSON.parse(await readData('data/manifest.json')), 'data/manifest.json');
  const runDates = await Promise.all(
    manifest.runDates.map(async (r) => assertValid(runDatesFileSchema, JSON.parse(await readData(r.path)), r.path)),
  );
  const shell = await readFile(join(outDir, 'index.html'), 'utf8');
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.startsWith(dataBase) ? url.slice(dataBase.length) : url.replace(/^\//, '');
    try {
      return new Response(await readData(path), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response(`${path} is not in the build`, { status: 404 });
    }
  };
  try {
    const { renderPage } = (await server.ssrLoadModule('/src/app/prerender/render-page.tsx')) as {
      renderPage: typeof RenderPage;
    };
    const pages: StaticPage[] = [];
    for (const path of staticPagePaths(manifest, runDates).filter((p) => !only || only.includes(p))) {
      const rendered = await renderPage(path);
      const preview = rendered.head.preview;
      const image = preview ? previewImageFile(path) : null;
      if (preview && image) {
        await mkdir(dirname(join(outDir, image)), { recursive: true });
        await writeFile(join(outDir, image), encodePng(drawPreview(preview)));
      }
      const page: StaticPage = {
        path,
        title: rendered.head.title,
        description: rendered.head.description ?? '',
        html: rendered.html,
        image,
      };
      const file = join(outDir, staticPageFile(path));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, staticPageDocument(shell, page, siteUrl));
      pages.push(page);
    }
    return pages;
  } finally {
    globalThis.fetch = realFetch;
  }
}

/** "previews/spec-decode/dsr1/mi355x/fp4.png": the preview image beside the pages, by the page's path. */
export function previewImageFile(path: string): string {
  return `previews/${staticPageFile(path).replace(/\.html$/, '.png')}`;
}
