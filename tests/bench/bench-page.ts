/**
 * Page benchmark of the built app in Chromium, on the shipped data and on a full-size synthetic
 * dataset in the same run. Not a test: it prints a table with budget verdicts and writes
 * bench-results/page.json. Run: npm run bench:page [-- --pairs N] [--switches N] [--rows N]
 *
 * 1. Builds the app (dist/) and the floor page (tests/bench/floor/, for /bench-floor/); ingests
 *    `--rows` SYNTHETIC rows (tests/bench/full-size-site.ts) into a temporary folder and builds
 *    the app against it there (static pages only for the addresses opened here). The floor is
 *    copied into both sites, each served by `vite preview` on a free loopback port, so a floor
 *    fetches the very files its page fetched, from the same server.
 * 2. First view: each load opens a fresh browser context (empty HTTP cache, no storage) in one
 *    browser process. A script added with page.addInitScript stamps performance.now() (ms since
 *    navigation start) when the page's drawn elements all exist as the app drew them (a page
 *    written at build time does not count) and when that frame was painted.
 *    Pages: the comparison page, /inference (default view: best per GPU; and ?best=all, every
 *    series), /rank, a history page, the /spec-decode index. The comparison page and both
 *    /inference views load in pairs with their floor (Recharts alone, same files, same series
 *    and points), alternating which goes first; /rank, history and the index are held to the
 *    comparison page's first view of the same rounds.
 * 3. Switches: on one loaded page, a select is changed (value set, `change` dispatched) and timed
 *    until the axis label (on /rank the table's caption) reads the new choice and the next frame
 *    has been painted.
 * 4. Bytes: the .js and /data/ files a page had fetched when drawn (Resource Timing), their
 *    bodies gzipped at level 9.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from './free-port';
import os from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { X_AXES } from '../../src/domain/metrics';
import { launchChromium } from '../setup/chromium';
import { writeFullSizeData, type FullSizeData } from './full-size-site';
import { drawnWatcher, RANK_CAPTION, READ_DRAWN, switchProbe, X_LABEL, Y_LABEL } from './page-probes';

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');
const FLOOR_DIST = resolve(ROOT, 'tests/bench/floor/dist');
const VIEWPORT = { width: 1280, height: 900 };

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive whole number`);
  return value;
}
/**
 * Rounds of loads (each page, and its floor, once per round, 24 loads). Single loads on this
 * shared 2-core machine move by ±20%, and with 5 rounds a ratio moved by ±0.15 between runs of
 * one build; 15 narrow it to about ±0.06, in about 7 minutes there.
 */
const PAIRS = option('pairs', 15);
const SWITCHES = option('switches', 7);
const FULL_ROWS = option('rows', 100_000);

const BUDGETS = {
  ratio: 1.3, // first view ÷ its floor, or ÷ the comparison page's (≤)
  switchMs: 50, // switch median (≤)
  jsKiB: 230, // the comparison page's first-view JavaScript, gzip (<)
  dataKiB: { comparison: 60, inference: 300, 'inference-all': 300, index: 100 } as Record<string, number>,
  manifestKiB: 50,
};

const CHART_LINE = '[data-testid="chart"] .recharts-line-curve';
const UNITS = { throughput: 'tok/s/GPU', cost: '$/M tok' };
const RANK_UNITS = { throughput: 'Throughput (tok/s/GPU)', cost: 'Cost ($/M tok)' };
const X_TITLES = { interactivity: X_AXES.interactivity.axisLabel, e2e: X_AXES.e2e.axisLabel };

// ── Pages ─────────────────────────────────────────────────────────────────────────────────────

interface SwitchSpec {
  name: string;
  /** The select's accessible name. */
  label: string;
  probe: 'y' | 'x' | 'rank';
  /** The two values switched between, each with what the label then reads. */
  targets: [string, string][];
}

interface PageSpec {
  id: string;
  path: string;
  drawn: string[];
  /** The floor's view (tests/bench/floor/main.tsx); its files are the ones the page fetched. */
  floor?: { view: 'compare' | 'gpu' | 'all'; hardware?: string; precision?: string };
  switches: SwitchSpec[];
}

const METRIC_SWITCH: SwitchSpec = {
  name: 'metric',
  label: 'Metric',
  probe: 'y',
  targets: [
    ['cost', UNITS.cost],
    ['throughput', UNITS.throughput],
  ],
};
const X_SWITCH: SwitchSpec = {
  name: 'x axis',
  label: 'X axis',
  probe: 'x',
  targets: [
    ['e2e', X_TITLES.e2e],
    ['interactivity', X_TITLES.interactivity],
  ],
};
const RANK_SWITCH: SwitchSpec = {
  name: 'metric',
  label: 'Metric',
  probe: 'rank',
  targets: [
    ['cost', RANK_UNITS.cost],
    ['throughput', RANK_UNITS.throughput],
  ],
};
const PROBES = {
  y: switchProbe(Y_LABEL, '[data-testid="chart"]'),
  x: switchProbe(X_LABEL, '[data-testid="chart"]'),
  rank: switchProbe(RANK_CAPTION, 'main'),
};

function pagesOf(comparison: { path: string; hardware: string; precision: string }, history: string): PageSpec[] {
  return [
    {
      id: 'comparison',
      path: comparison.path,
      drawn: [CHART_LINE, '[data-testid="pinned-table"]'],
      floor: { view: 'compare', hardware: comparison.hardware, precision: comparison.precision },
      switches: [METRIC_SWITCH],
    },
    {
      id: 'inference',
      path: '/inference',
      drawn: [CHART_LINE, '[data-testid="legend"]'],
      floor: { view: 'gpu' },
      switches: [METRIC_SWITCH, X_SWITCH],
    },
    {
      id: 'inference-all',
      path: '/inference?best=all',
      drawn: [CHART_LINE, '[data-testid="legend"]'],
      floor: { view: 'all' },
      switches: [METRIC_SWITCH, X_SWITCH],
    },
    {
      id: 'rank',
      path: '/rank',
      drawn: ['[data-testid="rank-table"]', '[data-testid="rank-bars"] .rank-bar'],
      switches: [RANK_SWITCH],
    },
    { id: 'history', path: history, drawn: [CHART_LINE, '[data-testid="trend-table"]'], switches: [METRIC_SWITCH] },
    // The index has no metric: it lists each comparison's mid-band result.
    { id: 'index', path: '/spec-decode', drawn: ['[data-testid="spec-decode-index"] tbody tr'], switches: [] },
  ];
}

// ── Servers and loads ─────────────────────────────────────────────────────────────────────────

interface Drawn {
  chartMs: number;
  paintMs: number;
  /** First contentful paint, null if the browser reported none. */
  contentfulPaintMs: number | null;
  resources: { url: string; startMs: number; endMs: number; transferBytes: number }[];
}

interface Server {
  name: string;
  child: ChildProcess;
  baseUrl: string;
}

interface Site {
  name: 'shipped' | 'full-size';
  outDir: string;
  server: Server;
  pages: PageSpec[];
}

const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
const pathOf = (url: string): string => new URL(url).pathname;
const kib = (bytes: number) => bytes / 1024;

function build(label: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`building ${label}…`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn', ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`vite build of ${label} failed (exit ${result.status ?? result.signal})`);
  console.log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function startPreview(name: string, outDir: string, servers: Server[]): Promise<Server> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const server = { name, child, baseUrl: `http://127.0.0.1:${port}` };
  servers.push(server); // registered before waiting, so it is stopped even if it never answers
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview (${name}) exited with ${child.exitCode}`);
    try {
      if ((await fetch(server.baseUrl)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview (${name}) did not answer at ${server.baseUrl}`);
}

async function stopServer(server: Server): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((r) => setTimeout(() => r(true), 3000)),
  ]);
  if (timedOut) child.kill('SIGKILL');
}

function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', serviceWorkers: 'block' });
}

/** One load in a fresh context; resolves when the page is drawn and painted. */
async function loadOnce(
  browser: Browser,
  url: string,
  selectors: string[],
  keepOpen = false,
  onPage?: (page: Page) => void,
): Promise<{ drawn: Drawn; page: Page; context: BrowserContext }> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    onPage?.(page);
    await page.addInitScript({ content: drawnWatcher(selectors) });
    await page.goto(url, { waitUntil: 'commit' });
    let drawn: Drawn;
    try {
      drawn = (await page.evaluate(READ_DRAWN)) as Drawn;
    } catch (error) {
      throw new Error(
        `${url}: ${(error as Error).message}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`,
        { cause: error },
      );
    }
    if (errors.length) console.warn(`  page errors on ${url}: ${errors.join(' | ')}`);
    if (!keepOpen) await context.close();
    return { drawn, page, context };
  } catch (error) {
    await context.close();
    throw error;
  }
}

// ── Measurements ──────────────────────────────────────────────────────────────────────────────

interface Files {
  /** The chart's `data-series-count` (inference page and floor), else null. */
  series: number | null;
  js: { file: string; gzipBytes: number }[];
  data: { path: string; bytes: number; gzipBytes: number }[];
  jsAfterFirstView: string[];
}

/** A load that keeps every response body: the JS and data files fetched by the time the page was drawn. */
async function filesOf(browser: Browser, url: string, selectors: string[], outDir: string): Promise<Files> {
  const bodies = new Map<string, Promise<Buffer | null>>();
  const { drawn, page, context } = await loadOnce(browser, url, selectors, true, (p) =>
    p.on('response', (r) => {
      bodies.set(
        r.url(),
        r.body().catch(() => null),
      );
    }),
  );
  try {
    await page.waitForLoadState('networkidle');
    const later = (await page.evaluate(`performance.getEntriesByType('resource').map((e) => e.name)`)) as string[];
    const count = await page.evaluate(
      `document.querySelector('[data-testid="chart"][data-series-count]')?.getAttribute('data-series-count') ?? null`,
    );
    const series = count === null ? null : Number(count);
    const body = async (u: string) =>
      (await (bodies.get(u) ?? Promise.resolve(null))) ?? readFileSync(join(outDir, pathOf(u).slice(1)));
    // Requested before the page was drawn: what the first view waited for (code a page loads just
    // after drawing, between the draw and its paint, is not first-view code).
    const before = drawn.resources.filter((r) => r.startMs <= drawn.chartMs);
    const firstJs = before.filter((r) => pathOf(r.url).endsWith('.js')).map((r) => r.url);
    const js = await Promise.all(
      firstJs.map(async (u) => ({
        file: basename(pathOf(u)),
        gzipBytes: gzipSync(await body(u), { level: 9 }).length,
      })),
    );
    const dataUrls = [...new Set(before.map((r) => r.url).filter((u) => pathOf(u).startsWith('/data/')))];
    const data = await Promise.all(
      dataUrls.map(async (u) => {
        const b = await body(u);
        return { path: pathOf(u).slice(1), bytes: b.length, gzipBytes: gzipSync(b, { level: 9 }).length };
      }),
    );
    const jsAfterFirstView = later
      .filter((u) => pathOf(u).endsWith('.js') && !firstJs.includes(u))
      .map((u) => basename(pathOf(u)));
    return { series, js: js.sort((a, b) => b.gzipBytes - a.gzipBytes), data, jsAfterFirstView };
  } finally {
    await context.close();
  }
}

interface SwitchRun {
  to: string;
  ms: number;
  labelMs: number;
  /** Until the parts below the first screen drawn later show it too (= ms on pages without any). */
  wholeMs: number;
}

/** Switches on one loaded page: each select alternately to its two targets, starting from the one not shown. */
async function switchesOf(browser: Browser, url: string, spec: PageSpec): Promise<Record<string, SwitchRun[]>> {
  const out: Record<string, SwitchRun[]> = {};
  if (spec.switches.length === 0) return out;
  const { page, context } = await loadOnce(browser, url, spec.drawn, true);
  try {
    await page.waitForLoadState('networkidle');
    await page.evaluate(`window.benchProbes = { y: ${PROBES.y}, x: ${PROBES.x}, rank: ${PROBES.rank} };`);
    for (const s of spec.switches) {
      const select = await page.getByLabel(s.label, { exact: true }).first().elementHandle();
      if (!select) throw new Error(`no ${s.label} select on ${url}`);
      const current = await select.evaluate((el) => (el as HTMLSelectElement).value);
      const order = s.targets[0]![0] === current ? [s.targets[1]!, s.targets[0]!] : s.targets;
      const runs: SwitchRun[] = [];
      for (let i = 0; i < SWITCHES; i++) {
        const [value, expect] = order[i % 2]!;
        const r = await select.evaluate(
          (el, a) =>
            (
              window as unknown as {
                benchProbes: Record<
                  string,
                  (el: Element, a: object) => Promise<{ ms: number; labelMs: number; wholeMs: number }>
                >;
              }
            ).benchProbes[a.probe]!(el, a),
          { probe: s.probe, value, expect },
        );
        runs.push({ to: value, ms: r.ms, labelMs: r.labelMs, wholeMs: r.wholeMs });
        await page.waitForTimeout(200);
      }
      out[s.name] = runs;
    }
    return out;
  } finally {
    await context.close();
  }
}

/** The floor page's address for `spec`, given the data files its page fetched. */
function floorUrl(site: Site, spec: PageSpec, files: Files): string | null {
  if (!spec.floor) return null;
  const q = new URLSearchParams({ view: spec.floor.view });
  if (spec.floor.hardware) q.set('hardware', spec.floor.hardware);
  if (spec.floor.precision) q.set('precision', spec.floor.precision);
  // The points the page draws: its benchmark (or history) files, not the manifest or cost sets.
  const points = files.data.map((d) => d.path).filter((p) => /^data\/(benchmarks|history)\//.test(p));
  q.set('files', points.join(','));
  return `${site.server.baseUrl}/bench-floor/?${q}`;
}

interface PageResult {
  files: Files;
  floorFiles: Files | null;
  floorUrl: string | null;
  app: Drawn[];
  floor: Drawn[];
  appSeries: number | null;
  floorSeries: number | null;
  switches: Record<string, SwitchRun[]>;
}

async function measureSites(browser: Browser, sites: Site[]): Promise<Map<string, PageResult>> {
  const results = new Map<string, PageResult>();
  const key = (site: Site, spec: PageSpec) => `${site.name}:${spec.id}`;
  console.log('warm-up load of each page and floor (discarded; records the files each fetched)…');
  for (const site of sites) {
    for (const spec of site.pages) {
      const url = site.server.baseUrl + spec.path;
      const files = await filesOf(browser, url, spec.drawn, site.outDir);
      const fUrl = floorUrl(site, spec, files);
      const floorFiles = fUrl ? await filesOf(browser, fUrl, [CHART_LINE], site.outDir) : null;
      results.set(key(site, spec), {
        files,
        floorFiles,
        floorUrl: fUrl,
        app: [],
        floor: [],
        appSeries: files.series,
        floorSeries: floorFiles?.series ?? null,
        switches: {},
      });
    }
  }
  for (let n = 0; n < PAIRS; n++) {
    const started = Date.now();
    for (const site of sites) {
      for (const spec of site.pages) {
        const r = results.get(key(site, spec))!;
        const loadApp = async () =>
          r.app.push((await loadOnce(browser, site.server.baseUrl + spec.path, spec.drawn)).drawn);
        const loadFloor = async () => {
          if (r.floorUrl) r.floor.push((await loadOnce(browser, r.floorUrl, [CHART_LINE])).drawn);
        };
        // Alternate which of a pair loads first, so neither always follows the other.
        if (n % 2 === 0) {
          await loadApp();
          await loadFloor();
        } else {
          await loadFloor();
          await loadApp();
        }
      }
    }
    console.log(`  round ${n + 1}/${PAIRS} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`switches ×${SWITCHES}…`);
  for (const site of sites) {
    for (const spec of site.pages) {
      results.get(key(site, spec))!.switches = await switchesOf(browser, site.server.baseUrl + spec.path, spec);
    }
  }
  return results;
}

// ── Main ──────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const servers: Server[] = [];
  let browser: Browser | null = null;
  const tmp = mkdtempSync(join(os.tmpdir(), 'isoline-bench-page-'));
  const stopAll = () => Promise.all(servers.map(stopServer));
  const onSignal = () => {
    void stopAll().finally(() => {
      rmSync(tmp, { recursive: true, force: true });
      process.exit(130);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const loadBefore = os.loadavg()[0]!;
    const started = Date.now();
    build('the app (dist/)', []);
    build('the floor page (tests/bench/floor/dist/)', ['--config', 'tests/bench/floor/vite.config.ts']);
    cpSync(FLOOR_DIST, resolve(ROOT, 'dist/bench-floor'), { recursive: true });

    console.log(`ingesting ${FULL_ROWS.toLocaleString('en-US')} SYNTHETIC rows into a temporary folder…`);
    const publicDir = join(tmp, 'public');
    const fullDist = join(tmp, 'dist');
    const full: FullSizeData = writeFullSizeData(publicDir, FULL_ROWS);
    console.log(
      `  ingest ${full.ingestSeconds.toFixed(1)} s; comparison ${full.comparison.path}, history ${full.history}`,
    );
    const fullPages = pagesOf(full.comparison, full.history);
    build('the app on the full-size data (temporary folder)', ['--config', 'tests/bench/full-size.vite.config.ts'], {
      BENCH_PUBLIC_DIR: publicDir,
      BENCH_OUT_DIR: fullDist,
      ISOLINE_PRERENDER_ONLY: ['/', ...new Set(fullPages.map((p) => p.path.split('?')[0]!))].join(','),
    });
    cpSync(FLOOR_DIST, join(fullDist, 'bench-floor'), { recursive: true });
    const buildSeconds = (Date.now() - started) / 1000;

    const sites: Site[] = [
      {
        name: 'shipped',
        outDir: resolve(ROOT, 'dist'),
        server: await startPreview('shipped', resolve(ROOT, 'dist'), servers),
        pages: pagesOf(
          { path: '/spec-decode/dsr1/mi355x/fp4', hardware: 'mi355x', precision: 'fp4' },
          '/history/dsr1/mi355x/fp4',
        ),
      },
      {
        name: 'full-size',
        outDir: fullDist,
        server: await startPreview('full-size', fullDist, servers),
        pages: fullPages,
      },
    ];
    browser = await launchChromium();
    const results = await measureSites(browser, sites);
    report({ browser, sites, results, loadBefore, loadAfter: os.loadavg()[0]!, full, buildSeconds, started });
  } finally {
    await browser?.close().catch(() => undefined);
    await stopAll();
    rmSync(tmp, { recursive: true, force: true });
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

// ── Report ────────────────────────────────────────────────────────────────────────────────────

/** Median first contentful paint of the loads that reported one, null if none did. */
const firstContentfulPaint = (runs: Drawn[]): number | null => {
  const painted = runs.flatMap((r) => (r.contentfulPaintMs === null ? [] : [r.contentfulPaintMs]));
  return painted.length ? round(median(painted)) : null;
};

const firstDataStart = (runs: Drawn[]) =>
  median(
    runs.map((r) => Math.min(...r.resources.filter((x) => pathOf(x.url).startsWith('/data/')).map((x) => x.startMs))),
  );

function report(input: {
  browser: Browser;
  sites: Site[];
  results: Map<string, PageResult>;
  loadBefore: number;
  loadAfter: number;
  full: FullSizeData;
  buildSeconds: number;
  started: number;
}): void {
  const { browser, sites, results, loadBefore, loadAfter, full } = input;
  const cpus = os.cpus();
  const machine = {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: browser.version(),
    loadAverage1mAtStart: round(loadBefore, 2),
    loadAverage1mAtEnd: round(loadAfter, 2),
  };
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');
  const header = ['data', 'page', 'first view', 'floor / ref', 'ratio', 'switches (median)', 'JS gzip', 'data gzip'];
  const rows: string[][] = [];
  const json: Record<string, unknown>[] = [];
  for (const site of sites) {
    const comparison = results.get(`${site.name}:comparison`)!;
    const comparisonMs = median(comparison.app.map((d) => d.chartMs));
    for (const spec of site.pages) {
      const r = results.get(`${site.name}:${spec.id}`)!;
      const appMs = median(r.app.map((d) => d.chartMs));
      const floorMs = r.floor.length ? median(r.floor.map((d) => d.chartMs)) : comparisonMs;
      const ratio = appMs / floorMs;
      const ratioRef = r.floor.length ? 'floor' : 'comparison page';
      const jsKiB = kib(r.files.js.reduce((s, f) => s + f.gzipBytes, 0));
      const dataKiB = kib(r.files.data.reduce((s, f) => s + f.gzipBytes, 0));
      const manifest = r.files.data.find((d) => d.path === 'data/manifest.json');
      const switches = Object.fromEntries(
        Object.entries(r.switches).map(([name, runs]) => {
          const ms = median(runs.map((x) => x.ms));
          return [
            name,
            {
              medianMs: round(ms),
              maxMs: round(Math.max(...runs.map((x) => x.ms))),
              wholePageMedianMs: round(median(runs.map((x) => x.wholeMs))),
              pass: ms <= BUDGETS.switchMs,
              runs: runs.map((x) => ({
                to: x.to,
                ms: round(x.ms),
                labelMs: round(x.labelMs),
                wholeMs: round(x.wholeMs),
              })),
            },
          ];
        }),
      );
      const dataBudget = BUDGETS.dataKiB[spec.id];
      rows.push([
        site.name,
        spec.id === 'comparison' ? `comparison ${spec.path.replace('/spec-decode/', '')}` : spec.path,
        `${appMs.toFixed(0)} ms`,
        spec.id === 'comparison'
          ? `${floorMs.toFixed(0)} ms (floor)`
          : `${floorMs.toFixed(0)} ms (${ratioRef === 'floor' ? 'floor' : 'comparison'})`,
        `${ratio.toFixed(2)}× ${verdict(ratio <= BUDGETS.ratio)}`,
        Object.entries(switches)
          .map(
            ([name, s]) =>
              `${name} ${s.medianMs.toFixed(0)} ms ${verdict(s.pass)}` +
              (s.wholePageMedianMs > s.medianMs + 0.5 ? ` (whole page ${s.wholePageMedianMs.toFixed(0)} ms)` : ''),
          )
          .join(', ') || '— (no metric)',
        `${jsKiB.toFixed(1)} KiB${spec.id === 'comparison' ? ` ${verdict(jsKiB < BUDGETS.jsKiB)}` : ''}`,
        `${dataKiB.toFixed(1)} KiB${dataBudget ? ` ${verdict(dataKiB <= dataBudget)}` : ''}`,
      ]);
      json.push({
        dataset: site.name,
        page: spec.id,
        path: spec.path,
        firstViewMs: { median: round(appMs), runs: r.app.map((d) => round(d.chartMs)) },
        paintedMs: round(median(r.app.map((d) => d.paintMs))),
        firstContentfulPaintMs: {
          app: firstContentfulPaint(r.app),
          floor: r.floor.length ? firstContentfulPaint(r.floor) : null,
        },
        reference: ratioRef,
        referenceMs: round(floorMs),
        floorRunsMs: r.floor.map((d) => round(d.chartMs)),
        ratio: { value: round(ratio, 3), budget: BUDGETS.ratio, pass: ratio <= BUDGETS.ratio },
        firstDataRequestMs: {
          app: round(firstDataStart(r.app)),
          floor: r.floor.length ? round(firstDataStart(r.floor)) : null,
        },
        seriesDrawn: { app: r.appSeries, floor: r.floorSeries },
        switches,
        js: {
          gzipKiB: round(jsKiB),
          files: r.files.js.map((f) => ({ file: f.file, gzipKiB: round(kib(f.gzipBytes)) })),
          fetchedAfterFirstView: r.files.jsAfterFirstView,
        },
        floorJsGzipKiB: r.floorFiles ? round(kib(r.floorFiles.js.reduce((s, f) => s + f.gzipBytes, 0))) : null,
        data: {
          gzipKiB: round(dataKiB),
          budgetKiB: dataBudget ?? null,
          manifestGzipKiB: manifest ? round(kib(manifest.gzipBytes)) : null,
          files: r.files.data.map((d) => ({
            path: d.path,
            KiB: round(kib(d.bytes)),
            gzipKiB: round(kib(d.gzipBytes)),
          })),
        },
        floorUrl: r.floorUrl?.replace(site.server.baseUrl, ''),
      });
    }
  }
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');

  console.log('');
  console.log(
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}`,
  );
  console.log(
    `1-minute load average: ${machine.loadAverage1mAtStart} at start, ${machine.loadAverage1mAtEnd} at the end` +
      (Math.max(loadBefore, loadAfter) > machine.cores * 0.5 ? ' — the machine was busy: expect noisier figures' : ''),
  );
  console.log(
    `${PAIRS} rounds (each page and its floor once per round, fresh context each, after 1 discarded warm-up); ${SWITCHES} switches per select. Full-size: ${full.rows.toLocaleString('en-US')} SYNTHETIC rows (ingest ${full.ingestSeconds.toFixed(1)} s).`,
  );
  console.log(
    'Ratio: first view ÷ its floor (Recharts alone, same files and series), or ÷ the comparison page’s first view.',
  );
  console.log('');
  console.log(line(header));
  console.log(line(widths.map((w) => '─'.repeat(w))));
  for (const r of rows) console.log(line(r));
  console.log('');
  for (const j of json) {
    const d = j.firstDataRequestMs as { app: number; floor: number | null };
    const s = j.seriesDrawn as { app: number | null; floor: number | null };
    if (d.floor !== null)
      console.log(
        `${String(j.dataset).padEnd(9)} ${String(j.page).padEnd(13)} first data request: app ${d.app} ms, floor ${d.floor} ms; series drawn: app ${s.app}, floor ${s.floor}`,
      );
  }
  for (const j of json) {
    const p = j.firstContentfulPaintMs as { app: number | null; floor: number | null };
    console.log(
      `${String(j.dataset).padEnd(9)} ${String(j.page).padEnd(13)} first contentful paint: app ${p.app === null ? 'none reported' : `${p.app} ms`}${p.floor === null ? '' : `, floor ${p.floor} ms`}`,
    );
  }
  for (const j of json) {
    const js = j.js as { files: { file: string; gzipKiB: number }[]; fetchedAfterFirstView: string[] };
    if (j.page === 'comparison')
      console.log(
        `${j.dataset} comparison page, first-view JS: ${js.files.map((f) => `${f.file} ${f.gzipKiB}`).join(', ')}${js.fetchedAfterFirstView.length ? `; after: ${js.fetchedAfterFirstView.join(', ')}` : ''}`,
      );
  }
  console.log(
    `total time ${((Date.now() - input.started) / 1000).toFixed(0)} s (builds and ingest ${input.buildSeconds.toFixed(0)} s)`,
  );

  const outDir = resolve(ROOT, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    resolve(outDir, 'page.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine,
        method: {
          rounds: PAIRS,
          switches: SWITCHES,
          fullSizeRows: full.rows,
          viewport: VIEWPORT,
          cache:
            'fresh browser context per load (empty HTTP cache and storage), one browser process, loopback vite preview, no throttling',
          drawnSignal:
            'the page’s drawn selectors exist as the app drew them (not a build-time page), performance.now() from a MutationObserver added with addInitScript',
          switchSignal:
            'change event dispatched → label reads the new choice → requestAnimationFrame → MessageChannel task',
          bytes: '.js and /data/ files in Resource Timing when drawn, bodies gzipped with zlib level 9',
        },
        budgets: BUDGETS,
        pages: json,
      },
      null,
      2,
    ) + '\n',
  );
  console.log('wrote bench-results/page.json');
}

await main();
