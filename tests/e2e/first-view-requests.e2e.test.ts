import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readShippedJson, shippedFiles } from '../setup/shipped-data';
import type { SequenceKey } from '../../src/data/schema';
import { launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const INDEX_HTML = resolve(import.meta.dirname, '../../dist/index.html');

interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Paths of the benchmark files requested, in order (preloads included). */
  benchmarkRequests: string[];
  /** Requests that failed or were aborted, as "path: reason". */
  failed: string[];
}

/**
 * Opens `path` as a static SPA host serves it: every page address answers dist/index.html
 * (`vite preview` answers 404 for a malformed escape such as `%E0%A4`). `slowDataMs` holds
 * each benchmark file back, as a slow connection does: the app then renders before its data
 * is in (after its first-view wait). Records console errors, uncaught exceptions, every
 * benchmark file requested and every failed request.
 */
async function openAsSpaHost(
  path: string,
  init?: { slowDataMs?: number; colorScheme?: 'light' | 'dark' },
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    colorScheme: init?.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.resourceType() === 'document') return route.fulfill({ path: INDEX_HTML, contentType: 'text/html' });
    if (init?.slowDataMs && new URL(request.url()).pathname.startsWith('/data/benchmarks/')) {
      await new Promise((r) => setTimeout(r, init.slowDataMs));
    }
    return route.continue().catch(() => {});
  });
  const watched: WatchedPage = { page, errors: [], benchmarkRequests: [], failed: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/data/benchmarks/')) watched.benchmarkRequests.push(pathname);
  });
  page.on('requestfailed', (request) =>
    watched.failed.push(`${new URL(request.url()).pathname}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  await page.goto(`${inject('baseUrl')}${path}`);
  return watched;
}

const CHART_CURVE = '[data-testid="chart"] .recharts-line-curve';

/**
 * The code files a page's first view loads, from the built index.html: the entry's own (its
 * module script and modulepreload tags) and those the first-view script preloads for an address
 * the page's pattern matches (the closure of the page chunk's imports, as the bundle has it).
 */
function firstViewCode(address: string): string[] {
  const html = readFileSync(INDEX_HTML, 'utf8');
  const own = [
    ...html.matchAll(
      /<(?:script type="module" crossorigin src|link rel="modulepreload" crossorigin href)="\/([^"]+)"/g,
    ),
  ].map((m) => m[1]!);
  const start = html.indexOf('routes=') + 'routes='.length;
  let depth = 0;
  let end = start;
  do {
    if (html[end] === '[') depth++;
    if (html[end] === ']') depth--;
    end++;
  } while (depth > 0);
  const routes = JSON.parse(html.slice(start, end)) as [string, string[]][];
  const page = routes.filter(([pattern]) => new RegExp(pattern, 'i').test(address)).flatMap(([, files]) => files);
  return [...own, ...page].filter((f) => f.endsWith('.js'));
}

/** The benchmark files the inline first-view script asked the browser to preload, sorted. */
const preloadedData = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')]
      .map((l) => new URL(l.href).pathname)
      .filter((p) => p.startsWith('/data/benchmarks/'))
      .sort(),
  );
const filesOf = (sequence: Parameters<typeof shippedFiles>[0], model?: string) =>
  shippedFiles(sequence, model)
    .map((f) => `/${f.path}`)
    .sort();

/**
 * Inference addresses with a non-default choice (a sequence, and any model other than the
 * first), each on a fast and on a slow connection.
 */
function nonDefaultInferenceViews(): { search: string; files: string[]; slowDataMs: number; connection: string }[] {
  const manifest = readShippedJson('data/manifest.json') as {
    models: { key: string }[];
    files: { model: string; sequence: SequenceKey }[];
  };
  const views = [{ search: '?seq=1k1k', files: filesOf('1k1k') }];
  for (const { key } of manifest.models.slice(1)) {
    // A sequence the model has (dsv4 has 8k/1k only): another one would be corrected first.
    const sequence = manifest.files.find((f) => f.model === key)!.sequence;
    views.push({ search: `?model=${key}&seq=${sequence}`, files: filesOf(sequence, key) });
  }
  return views.flatMap((v) => [
    { ...v, slowDataMs: 0, connection: 'fast' },
    { ...v, slowDataMs: 1500, connection: 'slow' },
  ]);
}

describe('first view requests', () => {
  it('a malformed escape in a deep link shows "No such comparison", with no error and no data file', async () => {
    const { page, errors, benchmarkRequests, failed } = await openAsSpaHost('/spec-decode/%E0%A4/mi355x/fp4');
    await page.getByRole('heading', { name: 'No such comparison' }).waitFor();
    expect(await page.getByTestId('existing-comparisons').getByRole('link').count()).toBeGreaterThan(5);
    expect(new URL(page.url()).pathname).toBe('/spec-decode/%E0%A4/mi355x/fp4');
    expect(benchmarkRequests).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each(nonDefaultInferenceViews())(
    '/inference$search ($connection connection) requests only the selected files, and aborts none',
    async ({ search, files, slowDataMs }) => {
      const { page, errors, benchmarkRequests, failed } = await openAsSpaHost(`/inference${search}`, { slowDataMs });
      await page.locator(CHART_CURVE).first().waitFor();
      // The inline script preloads exactly the selected files.
      expect(await preloadedData(page)).toEqual(files);
      await page.waitForLoadState('networkidle');
      expect(files.length).toBeGreaterThan(search.includes('model=') ? 0 : 3); // dsv4 holds one GPU
      expect(failed).toEqual([]);
      expect([...new Set(benchmarkRequests)].sort()).toEqual(files);
      expect(errors).toEqual([]);
    },
  );

  it('/inference/ (trailing slash) preloads its code and data, and draws the chart', async () => {
    const { page, errors, benchmarkRequests, failed } = await openAsSpaHost('/inference/');
    await page.locator(CHART_CURVE).first().waitFor();
    expect(await preloadedData(page)).toEqual(filesOf('8k1k'));
    const modules = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => new URL(l.href).pathname),
    );
    expect(modules.some((m) => /^\/assets\/inference-page-.*\.js$/.test(m))).toBe(true);
    await page.waitForLoadState('networkidle');
    expect([...new Set(benchmarkRequests)].sort()).toEqual(filesOf('8k1k'));
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a comparison page gets every style in one stylesheet, fetched once, its own rules included', async () => {
    const { page, errors, failed } = await openAsSpaHost('/spec-decode/dsr1/mi355x/fp4');
    await page.locator(CHART_CURVE).first().waitFor();
    await page.waitForLoadState('networkidle');
    const css = await page.evaluate(() => {
      const path = (l: HTMLLinkElement) => new URL(l.href).pathname;
      const links = [...document.querySelectorAll<HTMLLinkElement>('link')];
      return {
        preloaded: links.filter((l) => l.rel === 'preload' && l.getAttribute('as') === 'style').map(path),
        applied: links.filter((l) => l.rel === 'stylesheet').map(path),
        fetched: performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.endsWith('.css')),
        // Rules of the page's own modules (spec-decode.css, view-options.css), not of the app's frame.
        resultWeight: getComputedStyle(document.querySelector('.result-line')!).fontWeight,
        summaryShown: getComputedStyle(document.querySelector('.view-options > summary')!).display,
      };
    });
    // One request for every page's styles (a page's own sheets were three more on this page, of
    // 0.05-0.4 KiB each, on the six connections a host gives a page over HTTP/1.1).
    expect(css.applied).toHaveLength(1);
    expect(css.applied[0]).toMatch(/^\/assets\/[\w-]+\.css$/);
    expect(css.preloaded).toEqual([]);
    expect(css.fetched).toEqual(css.applied);
    expect(css.resultWeight).toBe('600');
    expect(css.summaryShown).toBe('none');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/**
 * Focuses the select labelled `label`, presses ArrowDown `steps` times, then Enter. Returns
 * the value it started on, the enabled option reached, and history.length before.
 */
async function arrowThenEnter(page: Page, label: string, steps: number) {
  const select = page.getByLabel(label, { exact: true });
  const enabled = await select.evaluate((s: HTMLSelectElement) =>
    [...s.options].filter((o) => !o.disabled).map((o) => o.value),
  );
  const start = await select.inputValue();
  const reached = enabled[enabled.indexOf(start) + steps];
  expect(reached, `${label} has ${steps} options after ${start}`).toBeDefined();
  const historyBefore = await page.evaluate(() => history.length);
  const searchBefore = new URL(page.url()).search;
  await select.focus();
  for (let i = 0; i < steps; i++) await select.press('ArrowDown');
  // Stepped through and shown in the select, not yet committed to the address.
  expect(await select.inputValue()).toBe(reached);
  expect(new URL(page.url()).search).toBe(searchBefore);
  await select.press('Enter');
  return { select, start, reached: reached!, historyBefore };
}

describe('native selects', () => {
  it('ArrowDown three times then Enter on the Metric select commits once: at most one history entry', async () => {
    const { page, errors } = await openAsSpaHost('/spec-decode/dsr1/mi355x/fp4');
    await page.locator('[data-testid="pinned-table"]').waitFor();
    const { reached, historyBefore } = await arrowThenEnter(page, 'Metric', 3);
    await page.waitForFunction((m) => new URLSearchParams(location.search).get('metric') === m, reached);
    // A metric pick replaces the entry (the page's rule); never one entry per arrow key.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyBefore + 1);
    expect(errors).toEqual([]);
  });

  it('ArrowDown three times then Enter on the Engine select (a pick that pushes) is one history entry', async () => {
    const { page, errors } = await openAsSpaHost('/spec-decode/dsr1/mi355x/fp4');
    await page.locator('[data-testid="pinned-table"]').waitFor();
    const { select, start, reached, historyBefore } = await arrowThenEnter(page, 'Engine', 3);
    await page.waitForFunction((e) => new URLSearchParams(location.search).get('engine') === e, reached);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    // One step back is the original view.
    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    // The address changes first; the controls follow on the next render.
    await expect.poll(() => select.inputValue()).toBe(start);
    expect(errors).toEqual([]);
  });
});

describe('segmented toggles', () => {
  it.each(['light', 'dark'] as const)('show a focus ring on keyboard focus, not on a click (%s)', async (scheme) => {
    const { page, errors } = await openAsSpaHost('/spec-decode/dsr1/mi355x/fp4', { colorScheme: scheme });
    await page.locator('[data-testid="pinned-table"]').waitFor();
    const ring = () => page.evaluate(() => getComputedStyle(document.activeElement!.closest('label')!).boxShadow);
    // The Sequence toggle comes just before the Metric select.
    await page.getByLabel('Metric', { exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    const [outer, inner] =
      scheme === 'light' ? ['rgb(23, 24, 28)', 'rgb(255, 255, 255)'] : ['rgb(232, 233, 237)', 'rgb(11, 16, 32)'];
    expect(await ring()).toBe(`${outer} 0px 0px 0px 2px inset, ${inner} 0px 0px 0px 4px inset`);
    await page.getByText('1k/8k', { exact: true }).click();
    await page.waitForFunction(() => location.search === '?seq=1k8k');
    expect(await ring()).toBe('none');
    expect(errors).toEqual([]);
  });
  it('each page’s first view loads a few code files, and the catalog and the index none of the data pages’ code', () => {
    const name = (file: string) => file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');
    const code = Object.fromEntries(
      [
        ['catalog', '/'],
        ['index', '/spec-decode'],
        ['comparison', '/spec-decode/dsr1/mi355x/fp4'],
        ['inference', '/inference'],
        ['rank', '/rank'],
        ['history', '/history/dsr1/mi355x/fp4'],
      ].map(([page, address]) => [page, firstViewCode(address!).map(name)]),
    );
    // Shared code is grouped (vite.config.ts): before, the bundler's own split made the inference
    // chart wait on 16 code files of which 6 were under 1 KiB, and a comparison page on 11.
    expect(code.catalog).toEqual(['index', 'rolldown-runtime', 'catalog-page', 'core']);
    expect(code.index).toEqual(['index', 'rolldown-runtime', 'spec-decode-index-page', 'core']);
    for (const page of ['comparison', 'inference', 'rank', 'history']) {
      expect({ page, code: code[page] }).toEqual({
        page,
        code: expect.arrayContaining(['index', 'core', 'page-model']),
      });
      expect({ page, repeated: code[page]!.length - new Set(code[page]).size }).toEqual({ page, repeated: 0 });
    }
    expect(code.comparison!.length).toBeLessThanOrEqual(7);
    expect(code.inference!.length).toBeLessThanOrEqual(10);
    expect(code.rank!.length).toBeLessThanOrEqual(8);
    expect(code.history!.length).toBeLessThanOrEqual(10);
    expect(code.inference).toEqual(expect.arrayContaining(['setups']));
    expect(code.rank).toEqual(expect.arrayContaining(['setups']));
  });
});
