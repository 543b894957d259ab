/**
 * Page benchmark of the built app in Chromium. Not a test: it prints a table with budget verdicts
 * and writes bench-results/page.json. Run: npm run bench:page
 *
 * 1. Builds the app (dist/) and the floor page (tests/bench/floor/, built to tests/bench/floor/dist/ by tests/bench/floor/vite.config.ts),
 *    then serves each with `vite preview` on a free loopback port.
 * 2. First chart on a deep link: each run opens a fresh browser context (empty HTTP cache, no storage)
 *    in one browser process and loads /spec-decode/dsr1/mi355x/fp4. A script added with
 *    page.addInitScript watches the DOM with a MutationObserver and stamps performance.now()
 *    (milliseconds since navigation start) when the chart's line and the pinned table both exist.
 *    The floor (the same points drawn with Recharts alone) is timed the same way, runs interleaved.
 * 3. Metric switch: on a loaded deep link, the Metric select is changed (value set, `change` event
 *    dispatched) and timed in the page until the y-axis label shows the new unit and the next frame
 *    has been painted (requestAnimationFrame, then a MessageChannel task after that frame).
 * 4. JavaScript of the first view: the .js files the page had fetched when the chart was drawn
 *    (Resource Timing), their bodies gzipped at level 9; plus the data files fetched.
 * 5. The inference chart (/inference, every series of one model and sequence): first chart and
 *    legend on a fresh context, timed like step 2; then on one loaded page, Metric switches timed
 *    like step 3 and X axis switches timed until the x-axis title reads the new axis.
 * 6. The ranking (/rank): first view (ranked table and bars drawn) on a fresh context, against the
 *    comparison page's first view of the same run; Metric switches timed until the table's caption
 *    names the new metric and the next frame is painted.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { basename, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { X_AXES } from '../../src/domain/metrics';
import { launchChromium } from '../setup/chromium';

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');
const DEEP_LINK = '/spec-decode/dsr1/mi355x/fp4';
/**
 * Page loads per page. This shared 2-core machine moves single loads by ±20%: with 7 pairs
 * the ratio of medians moved by ±0.1 between invocations, with 15 by about ±0.06; 25 pairs
 * narrow that further for a minute and a half of running.
 */
const LOAD_RUNS = 25;
const SWITCHES = 9;
const TIMEOUT_MS = 30_000;
const VIEWPORT = { width: 1280, height: 900 };
const UNITS: Record<string, string> = { throughput: 'tok/s/GPU', cost: '$/M tok' };

const BUDGETS = {
  ratio: 1.3, // first chart, app / floor (≤)
  switchMs: 50, // metric switch median (≤)
  jsKiB: 230, // first-view JavaScript, gzip (<)
};

const CHART_LINE = '[data-testid="chart"] .recharts-line-curve';
const PINNED_TABLE = '[data-testid="pinned-table"]';
const INFERENCE_LINK = '/inference';
const INFERENCE_LEGEND = '[data-testid="legend"]';
const RANK_LINK = '/rank';
const RANK_DRAWN = ['[data-testid="rank-table"]', '[data-testid="rank-bars"] .recharts-bar-rectangle'];
const RANK_UNITS: Record<string, string> = { throughput: 'Throughput (tok/s/GPU)', cost: 'Cost ($/M tok)' };
/** X axis switches on the inference page alternate between these two axes. */
const X_SWITCH = { interactivity: X_AXES.interactivity.axisLabel, e2e: X_AXES.e2e.axisLabel };

// ── In-page code ──────────────────────────────────────────────────────────────────────────────
// Plain JavaScript strings: tsx would wrap named functions in a `__name` helper that does not
// exist in the page, so functions are not passed to the browser.

/** Stamps when `selectors` all exist (chartMs) and when the frame showing them was painted (paintMs). */
function drawnWatcher(selectors: string[]): string {
  return `(() => {
  if (window.top !== window) return;
  const selectors = ${JSON.stringify(selectors)};
  const state = { chartMs: null, paintMs: null };
  window.benchState = state;
  let resolveDone;
  window.benchDone = new Promise((r) => { resolveDone = r; });
  const observer = new MutationObserver(() => {
    if (state.chartMs !== null) return;
    for (const s of selectors) if (!document.querySelector(s)) return;
    state.chartMs = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.paintMs = performance.now();
        resolveDone(state);
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

/** Waits for the watcher, then reads Resource Timing: which .js and /data/ files were fetched by then. */
const READ_DRAWN = `(async () => {
  const limit = new Promise((_, reject) => setTimeout(() => reject(new Error('chart not drawn within ${TIMEOUT_MS} ms')), ${TIMEOUT_MS}));
  const state = await Promise.race([window.benchDone, limit]);
  const nav = performance.getEntriesByType('navigation')[0];
  const documentEntry = nav ? [{ url: location.href, startMs: nav.startTime, endMs: nav.responseEnd, transferBytes: nav.transferSize }] : [];
  const resources = documentEntry.concat(performance.getEntriesByType('resource').map((e) => ({
    url: e.name,
    startMs: e.startTime,
    endMs: e.responseEnd,
    transferBytes: e.transferSize,
  })));
  return { chartMs: state.chartMs, paintMs: state.paintMs, resources };
})()`;

/** Reads the y-axis label: the chart's rotated .recharts-label (Recharts 3 draws labels in a z-index layer, not in the axis group). */
const Y_LABEL_JS = `(chart) => {
  for (const el of chart.querySelectorAll('.recharts-label')) {
    if ((el.getAttribute('transform') || '').includes('rotate(-90')) return el.textContent;
  }
  return null;
}`;

/** Reads the x-axis title: the chart's unrotated .recharts-label that says which way is better (inference page). */
const X_LABEL_JS = `(chart) => {
  for (const el of chart.querySelectorAll('.recharts-label')) {
    if (!(el.getAttribute('transform') || '').includes('rotate(') && (el.textContent || '').includes('is better')) return el.textContent;
  }
  return null;
}`;

/**
 * Sets the select, dispatches `change`, and times until the axis label read by `readLabel`
 * reads `unit` and the next frame is painted.
 */
const switchJs = (readLabel: string, root = '[data-testid="chart"]') => `async ({ select, value, unit }) => {
  const label = ${readLabel};
  const chart = document.querySelector(${JSON.stringify(root)});
  const before = label(chart);
  let t0 = 0;
  return await new Promise((resolve, reject) => {
    let seen = false;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('axis label still reads ' + JSON.stringify(label(chart)) + ', not ' + JSON.stringify(unit) + ', after 5 s'));
    }, 5000);
    const check = () => {
      if (seen || label(chart) !== unit) return;
      seen = true;
      const labelMs = performance.now() - t0;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ ms: performance.now() - t0, labelMs, before, after: label(chart) });
        channel.port2.postMessage(null);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(chart, { subtree: true, childList: true, characterData: true, attributes: true });
    select.value = value;
    t0 = performance.now();
    select.dispatchEvent(new Event('change', { bubbles: true }));
    check();
  });
}`;
const SWITCH_JS = switchJs(Y_LABEL_JS);
const X_SWITCH_JS = switchJs(X_LABEL_JS);
/** On /rank: the ranked table's caption names the metric ("Cost ($/M tok) of every setup at …"). */
const RANK_LABEL_JS = `(root) => {
  const caption = root.querySelector('[data-testid="rank-table"] caption');
  return caption ? caption.textContent.split(' of every setup')[0] : null;
}`;
const RANK_SWITCH_JS = switchJs(RANK_LABEL_JS, 'main');

interface BenchWindow {
  benchSwitch(arg: { select: Element; value: string; unit: string }): Promise<{ ms: number; labelMs: number }>;
  benchXSwitch(arg: { select: Element; value: string; unit: string }): Promise<{ ms: number; labelMs: number }>;
  benchRankSwitch(arg: { select: Element; value: string; unit: string }): Promise<{ ms: number; labelMs: number }>;
}

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────

interface Drawn {
  chartMs: number;
  paintMs: number;
  resources: { url: string; startMs: number; endMs: number; transferBytes: number }[];
}

interface Server {
  name: string;
  child: ChildProcess;
  baseUrl: string;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
/** The q-quantile (0 ≤ q ≤ 1), linear between the two nearest order statistics. */
const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (pos - lo);
};
const min = (xs: readonly number[]): number => Math.min(...xs);
const max = (xs: readonly number[]): number => Math.max(...xs);
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
const pathOf = (url: string): string => new URL(url).pathname;

function build(label: string, args: string[]): void {
  console.log(`building ${label}…`);
  const result = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn', ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build of ${label} failed (exit ${result.status ?? result.signal})`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

async function startPreview(name: string, configArgs: string[], servers: Server[]): Promise<Server> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...configArgs],
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

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', serviceWorkers: 'block' });
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** One cold-ish load in a fresh context; resolves when the chart is drawn and painted. */
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
    const errors = watchErrors(page);
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

interface FirstViewFiles {
  js: { file: string; bytes: number; gzipBytes: number }[];
  jsAfterFirstView: string[];
  data: { path: string; bytes: number }[];
  dataAfterFirstView: string[];
}

/** A load that also keeps every response body: the JS and data files of the first view. */
async function firstViewFiles(browser: Browser, app: Server): Promise<FirstViewFiles> {
  const bodies = new Map<string, Promise<Buffer | null>>();
  const { drawn, page, context } = await loadOnce(
    browser,
    app.baseUrl + DEEP_LINK,
    [CHART_LINE, PINNED_TABLE],
    true,
    (p) =>
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
    const firstJs = drawn.resources.filter((r) => pathOf(r.url).endsWith('.js')).map((r) => r.url);
    const js = await Promise.all(
      firstJs.map(async (url) => {
        let body = await (bodies.get(url) ?? Promise.resolve(null));
        const file = basename(pathOf(url));
        if (!body) body = readFileSync(resolve(ROOT, 'dist', pathOf(url).slice(1)));
        return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
      }),
    );
    const data = await Promise.all(
      drawn.resources
        .filter((r) => pathOf(r.url).startsWith('/data/'))
        .map(async (r) => ({
          path: pathOf(r.url),
          bytes: (await (bodies.get(r.url) ?? Promise.resolve(null)))?.length ?? r.transferBytes,
        })),
    );
    const jsAfterFirstView = later
      .filter((u) => pathOf(u).endsWith('.js') && !firstJs.includes(u))
      .map((u) => basename(pathOf(u)));
    const firstData = new Set(data.map((d) => d.path));
    const dataAfterFirstView = later.map(pathOf).filter((p) => p.startsWith('/data/') && !firstData.has(p));
    return { js: js.sort((a, b) => b.gzipBytes - a.gzipBytes), jsAfterFirstView, data, dataAfterFirstView };
  } finally {
    await context.close();
  }
}

async function metricSwitches(browser: Browser, app: Server): Promise<{ ms: number; labelMs: number; to: string }[]> {
  const { page, context } = await loadOnce(browser, app.baseUrl + DEEP_LINK, [CHART_LINE, PINNED_TABLE], true);
  try {
    await page.waitForLoadState('networkidle');
    const metric = page.getByLabel('Metric');
    if ((await metric.inputValue()) !== 'throughput') throw new Error('the deep link does not open on Throughput');
    const select = await metric.elementHandle();
    await page.evaluate(`window.benchSwitch = ${SWITCH_JS};`);
    const results: { ms: number; labelMs: number; to: string }[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      const to = i % 2 === 0 ? 'cost' : 'throughput';
      const r = await select.evaluate(
        (el, arg) => (window as unknown as BenchWindow).benchSwitch({ select: el, ...arg }),
        { value: to, unit: UNITS[to]! },
      );
      results.push({ ms: r.ms, labelMs: r.labelMs, to });
      await page.waitForTimeout(200);
    }
    return results;
  } finally {
    await context.close();
  }
}

interface InferenceFigures {
  firstChart: Drawn[];
  metricSwitches: { ms: number; labelMs: number; to: string }[];
  xSwitches: { ms: number; labelMs: number; to: string }[];
  seriesDrawn: number;
}

/** The inference chart: fresh-context loads, then Metric and X axis switches on one loaded page. */
async function inferencePage(browser: Browser, app: Server): Promise<InferenceFigures> {
  const url = app.baseUrl + INFERENCE_LINK;
  const firstChart: Drawn[] = [];
  await loadOnce(browser, url, [CHART_LINE, INFERENCE_LEGEND]); // warm-up, discarded
  for (let i = 0; i < LOAD_RUNS; i++)
    firstChart.push((await loadOnce(browser, url, [CHART_LINE, INFERENCE_LEGEND])).drawn);
  const { page, context } = await loadOnce(browser, url, [CHART_LINE, INFERENCE_LEGEND], true);
  try {
    await page.waitForLoadState('networkidle');
    const seriesDrawn = Number(await page.locator('[data-testid="chart"]').getAttribute('data-series-count'));
    await page.evaluate(`window.benchSwitch = ${SWITCH_JS}; window.benchXSwitch = ${X_SWITCH_JS};`);
    const run = async (label: string, fn: 'benchSwitch' | 'benchXSwitch', targets: [string, string][]) => {
      const select = await page.getByLabel(label, { exact: true }).elementHandle();
      if (!select) throw new Error(`no ${label} select on ${INFERENCE_LINK}`);
      const results: { ms: number; labelMs: number; to: string }[] = [];
      for (let i = 0; i < SWITCHES; i++) {
        const [to, unit] = targets[i % 2]!;
        const r = await select.evaluate(
          (el, arg) => (window as unknown as BenchWindow)[arg.fn]({ select: el, ...arg }),
          {
            fn,
            value: to,
            unit,
          },
        );
        results.push({ ms: r.ms, labelMs: r.labelMs, to });
        await page.waitForTimeout(200);
      }
      return results;
    };
    const metricRuns = await run('Metric', 'benchSwitch', [
      ['cost', UNITS.cost!],
      ['throughput', UNITS.throughput!],
    ]);
    const xSwitches = await run('X axis', 'benchXSwitch', [
      ['e2e', X_SWITCH.e2e],
      ['interactivity', X_SWITCH.interactivity],
    ]);
    return { firstChart, metricSwitches: metricRuns, xSwitches, seriesDrawn };
  } finally {
    await context.close();
  }
}

interface RankFigures {
  firstView: Drawn[];
  metricSwitches: { ms: number; labelMs: number; to: string }[];
}

/** The ranking page: fresh-context loads (table and bars drawn), then Metric switches on one loaded page. */
async function rankPage(browser: Browser, app: Server): Promise<RankFigures> {
  const url = app.baseUrl + RANK_LINK;
  const firstView: Drawn[] = [];
  await loadOnce(browser, url, RANK_DRAWN); // warm-up, discarded
  for (let i = 0; i < LOAD_RUNS; i++) firstView.push((await loadOnce(browser, url, RANK_DRAWN)).drawn);
  const { page, context } = await loadOnce(browser, url, RANK_DRAWN, true);
  try {
    await page.waitForLoadState('networkidle');
    await page.evaluate(`window.benchRankSwitch = ${RANK_SWITCH_JS};`);
    const select = await page.getByLabel('Metric', { exact: true }).elementHandle();
    if (!select) throw new Error(`no Metric select on ${RANK_LINK}`);
    const switchRuns: { ms: number; labelMs: number; to: string }[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      const to = i % 2 === 0 ? 'cost' : 'throughput';
      const r = await select.evaluate(
        (el, arg) => (window as unknown as BenchWindow).benchRankSwitch({ select: el, ...arg }),
        { value: to, unit: RANK_UNITS[to]! },
      );
      switchRuns.push({ ms: r.ms, labelMs: r.labelMs, to });
      await page.waitForTimeout(200);
    }
    return { firstView, metricSwitches: switchRuns };
  } finally {
    await context.close();
  }
}

// ── Main ──────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const servers: Server[] = [];
  let browser: Browser | null = null;
  const stopAll = () => Promise.all(servers.map(stopServer));
  const onSignal = () => {
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const loadBefore = os.loadavg()[0]!;
    build('the app (dist/)', []);
    build('the floor page (tests/bench/floor/dist/)', ['--config', 'tests/bench/floor/vite.config.ts']);
    const app = await startPreview('app', [], servers);
    const floor = await startPreview('floor', ['--config', 'tests/bench/floor/vite.config.ts'], servers);
    const chromium = await launchChromium();
    browser = chromium;

    console.log('warm-up load of each page (discarded; also records the first view’s files)…');
    const files = await firstViewFiles(browser, app);
    await loadOnce(browser, floor.baseUrl + '/', [CHART_LINE]);

    const appRuns: Drawn[] = [];
    const floorRuns: Drawn[] = [];
    for (let i = 0; i < LOAD_RUNS; i++) {
      // Alternate which page of a pair loads first, so neither always follows the other.
      const loadApp = async () =>
        appRuns.push((await loadOnce(chromium, app.baseUrl + DEEP_LINK, [CHART_LINE, PINNED_TABLE])).drawn);
      const loadFloor = async () => floorRuns.push((await loadOnce(chromium, floor.baseUrl + '/', [CHART_LINE])).drawn);
      if (i % 2 === 0) {
        await loadApp();
        await loadFloor();
      } else {
        await loadFloor();
        await loadApp();
      }
      console.log(
        `  run ${i + 1}/${LOAD_RUNS}: app ${appRuns[i]!.chartMs.toFixed(1)} ms, floor ${floorRuns[i]!.chartMs.toFixed(1)} ms`,
      );
    }
    console.log(`metric switch ×${SWITCHES}…`);
    const switches = await metricSwitches(browser, app);
    console.log(`inference chart: first chart ×${LOAD_RUNS}, metric and x-axis switches ×${SWITCHES}…`);
    const inference = await inferencePage(browser, app);
    console.log(`ranking: first view ×${LOAD_RUNS}, metric switches ×${SWITCHES}…`);
    const rank = await rankPage(browser, app);

    report({ browser, appRuns, floorRuns, switches, files, loadBefore, inference, rank });
  } finally {
    await browser?.close().catch(() => undefined);
    await stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The run whose chart time is the median (the lower middle one for an even count). */
function medianRun(runs: Drawn[]): Drawn {
  const sorted = [...runs].sort((a, b) => a.chartMs - b.chartMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function timelineJson(run: Drawn) {
  return {
    resources: run.resources.map((r) => ({ path: pathOf(r.url), startMs: round(r.startMs), endMs: round(r.endMs) })),
    chartMs: round(run.chartMs),
    paintedMs: round(run.paintMs),
  };
}

function timeline(run: Drawn): string {
  const rows = run.resources.map(
    (r, i) =>
      `  ${(i === 0 ? 'document' : basename(pathOf(r.url))).padEnd(32)} ${r.startMs.toFixed(1).padStart(7)} → ${r.endMs.toFixed(1).padStart(7)}`,
  );
  rows.push(
    `  ${'chart drawn / painted'.padEnd(32)} ${run.chartMs.toFixed(1).padStart(7)} / ${run.paintMs.toFixed(1)}`,
  );
  return rows.join('\n');
}

function report(input: {
  browser: Browser;
  appRuns: Drawn[];
  floorRuns: Drawn[];
  switches: { ms: number; labelMs: number; to: string }[];
  files: FirstViewFiles;
  loadBefore: number;
  inference: InferenceFigures;
  rank: RankFigures;
}): void {
  const { browser, appRuns, floorRuns, switches, files, loadBefore, inference, rank } = input;
  const rankMs = rank.firstView.map((r) => r.chartMs);
  const rankSwitchMs = rank.metricSwitches.map((r) => r.ms);
  const infChartMs = inference.firstChart.map((r) => r.chartMs);
  const infMetricMs = inference.metricSwitches.map((r) => r.ms);
  const infXMs = inference.xSwitches.map((r) => r.ms);
  const appMs = appRuns.map((r) => r.chartMs);
  const floorMs = floorRuns.map((r) => r.chartMs);
  const ratio = median(appMs) / median(floorMs);
  // Each pair ran back to back, so a pair's ratio cancels slow drifts of the machine.
  const pairRatios = appMs.map((ms, i) => ms / floorMs[i]!);
  const switchMs = switches.map((s) => s.ms);
  const jsGzipKiB = files.js.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024;
  const dataEnd = (runs: Drawn[]) =>
    median(runs.map((r) => max(r.resources.filter((x) => pathOf(x.url).startsWith('/data/')).map((x) => x.endMs))));

  const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');
  const rows: [string, string, string, string][] = [
    [
      'First chart, deep link (app)',
      `median ${median(appMs).toFixed(1)} ms, min ${min(appMs).toFixed(1)} ms`,
      '—',
      'info',
    ],
    [
      'First chart, floor (Recharts alone)',
      `median ${median(floorMs).toFixed(1)} ms, min ${min(floorMs).toFixed(1)} ms`,
      '—',
      'info',
    ],
    ['App / floor (medians)', `${ratio.toFixed(2)}×`, `≤ ${BUDGETS.ratio}×`, verdict(ratio <= BUDGETS.ratio)],
    [
      'App / floor (per pair)',
      `median ${median(pairRatios).toFixed(2)}×, quartiles ${quantile(pairRatios, 0.25).toFixed(2)}–${quantile(pairRatios, 0.75).toFixed(2)}×`,
      '—',
      'info',
    ],
    [
      'Metric switch → painted',
      `median ${median(switchMs).toFixed(1)} ms, max ${max(switchMs).toFixed(1)} ms`,
      `≤ ${BUDGETS.switchMs} ms`,
      verdict(median(switchMs) <= BUDGETS.switchMs),
    ],
    [
      `First chart, ${INFERENCE_LINK} (${inference.seriesDrawn} series)`,
      `median ${median(infChartMs).toFixed(1)} ms, min ${min(infChartMs).toFixed(1)} ms`,
      '—',
      'info',
    ],
    [
      `${INFERENCE_LINK}: metric switch → painted`,
      `median ${median(infMetricMs).toFixed(1)} ms, max ${max(infMetricMs).toFixed(1)} ms`,
      `≤ ${BUDGETS.switchMs} ms`,
      verdict(median(infMetricMs) <= BUDGETS.switchMs),
    ],
    [
      `${INFERENCE_LINK}: x-axis switch → painted`,
      `median ${median(infXMs).toFixed(1)} ms, max ${max(infXMs).toFixed(1)} ms`,
      `≤ ${BUDGETS.switchMs} ms`,
      verdict(median(infXMs) <= BUDGETS.switchMs),
    ],
    [
      `First view, ${RANK_LINK} (table and bars)`,
      `median ${median(rankMs).toFixed(1)} ms, min ${min(rankMs).toFixed(1)} ms`,
      '—',
      'info',
    ],
    [
      `${RANK_LINK} / comparison page (medians)`,
      `${(median(rankMs) / median(appMs)).toFixed(2)}×`,
      `≤ ${BUDGETS.ratio}×`,
      verdict(median(rankMs) / median(appMs) <= BUDGETS.ratio),
    ],
    [
      `${RANK_LINK}: metric switch → painted`,
      `median ${median(rankSwitchMs).toFixed(1)} ms, max ${max(rankSwitchMs).toFixed(1)} ms`,
      `≤ ${BUDGETS.switchMs} ms`,
      verdict(median(rankSwitchMs) <= BUDGETS.switchMs),
    ],
    [
      'First-view JS (gzip -9)',
      `${jsGzipKiB.toFixed(1)} KiB in ${files.js.length} files`,
      `< ${BUDGETS.jsKiB} KiB`,
      verdict(jsGzipKiB < BUDGETS.jsKiB),
    ],
  ];
  const widths = [0, 1, 2, 3].map((c) =>
    Math.max(...rows.map((r) => r[c]!.length), ['Figure', 'Measured', 'Budget', 'Verdict'][c]!.length),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  const cpus = os.cpus();
  const machine = {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: browser.version(),
    loadAverage1mAtStart: round(loadBefore, 2),
  };
  const appMedianRun = medianRun(appRuns);
  const floorMedianRun = medianRun(floorRuns);

  console.log('');
  console.log(
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}`,
  );
  console.log(
    `1-minute load average at start: ${machine.loadAverage1mAtStart}` +
      (loadBefore > machine.cores * 0.5 ? ' — the machine was busy: expect noisier figures' : ''),
  );
  console.log(
    `Deep link ${DEEP_LINK}; ${LOAD_RUNS} runs per page (fresh context each, in pairs alternating which page loads first, after 1 discarded warm-up); ${SWITCHES} metric switches.`,
  );
  console.log('');
  console.log(line(['Figure', 'Measured', 'Budget', 'Verdict']));
  console.log(line(widths.map((w) => '─'.repeat(w))));
  for (const r of rows) console.log(line(r));
  console.log('');
  console.log(`App runs (ms):   ${appMs.map((x) => x.toFixed(1)).join(', ')}`);
  console.log(`Floor runs (ms): ${floorMs.map((x) => x.toFixed(1)).join(', ')}`);
  console.log(
    `Data ready (last /data/ response end, median): app ${dataEnd(appRuns).toFixed(1)} ms, floor ${dataEnd(floorRuns).toFixed(1)} ms`,
  );
  console.log(
    `Switches (ms, to cost / to throughput alternately): ${switches.map((s) => s.ms.toFixed(1)).join(', ')}; label changed after (median) ${median(switches.map((s) => s.labelMs)).toFixed(1)} ms`,
  );
  console.log(
    `${INFERENCE_LINK} runs (ms): ${infChartMs.map((x) => x.toFixed(1)).join(', ')}; metric switches: ${infMetricMs.map((x) => x.toFixed(1)).join(', ')}; x-axis switches (to e2e / to interactivity): ${infXMs.map((x) => x.toFixed(1)).join(', ')}`,
  );
  console.log('Timeline of the median app run (ms since navigation start):');
  console.log(timeline(appMedianRun));
  console.log('Timeline of the median floor run:');
  console.log(timeline(floorMedianRun));
  console.log('First-view JS (gzip -9, largest first):');
  for (const f of files.js)
    console.log(
      `  ${f.file.padEnd(40)} ${(f.gzipBytes / 1024).toFixed(1).padStart(7)} KiB  (raw ${(f.bytes / 1024).toFixed(1)} KiB)`,
    );
  if (files.jsAfterFirstView.length)
    console.log(`JS fetched after the first view: ${files.jsAfterFirstView.join(', ')}`);
  console.log('Data files fetched for the first view:');
  for (const d of files.data) console.log(`  ${d.path.padEnd(40)} ${(d.bytes / 1024).toFixed(1).padStart(7)} KiB`);
  console.log(
    `Data files fetched after the first view (until the network was idle): ${files.dataAfterFirstView.join(', ') || 'none'}`,
  );

  const results = {
    date: new Date().toISOString(),
    machine,
    method: {
      deepLink: DEEP_LINK,
      loadRuns: LOAD_RUNS,
      warmUpRunsDiscarded: 1,
      cache:
        'fresh browser context per run (empty HTTP cache and storage), one browser process, loopback vite preview, no throttling',
      drawnSignal: `${CHART_LINE} and ${PINNED_TABLE} exist (floor: chart only), performance.now() from a MutationObserver added with addInitScript`,
      switches: SWITCHES,
      switchSignal:
        'change event dispatched → y-axis label shows the new unit → requestAnimationFrame → MessageChannel task',
      jsMeasure: '.js files in Resource Timing when the chart was drawn, response bodies gzipped with zlib level 9',
      viewport: VIEWPORT,
    },
    figures: {
      appFirstChartMs: { median: round(median(appMs)), min: round(min(appMs)), runs: appMs.map((x) => round(x)) },
      appFirstChartPaintedMs: { median: round(median(appRuns.map((r) => r.paintMs))) },
      floorFirstChartMs: {
        median: round(median(floorMs)),
        min: round(min(floorMs)),
        runs: floorMs.map((x) => round(x)),
      },
      floorFirstChartPaintedMs: { median: round(median(floorRuns.map((r) => r.paintMs))) },
      appDataReadyMs: round(dataEnd(appRuns)),
      floorDataReadyMs: round(dataEnd(floorRuns)),
      appMedianRunTimeline: timelineJson(appMedianRun),
      floorMedianRunTimeline: timelineJson(floorMedianRun),
      ratio: { value: round(ratio, 3), budget: BUDGETS.ratio, pass: ratio <= BUDGETS.ratio },
      pairRatio: {
        median: round(median(pairRatios), 3),
        q1: round(quantile(pairRatios, 0.25), 3),
        q3: round(quantile(pairRatios, 0.75), 3),
      },
      metricSwitchMs: {
        median: round(median(switchMs)),
        max: round(max(switchMs)),
        runs: switches.map((s) => ({ to: s.to, ms: round(s.ms), labelMs: round(s.labelMs) })),
        budget: BUDGETS.switchMs,
        pass: median(switchMs) <= BUDGETS.switchMs,
      },
      firstViewJs: {
        gzipKiB: round(jsGzipKiB),
        budgetKiB: BUDGETS.jsKiB,
        pass: jsGzipKiB < BUDGETS.jsKiB,
        files: files.js.map((f) => ({
          file: f.file,
          rawKiB: round(f.bytes / 1024),
          gzipKiB: round(f.gzipBytes / 1024),
        })),
        fetchedAfterFirstView: files.jsAfterFirstView,
      },
      dataFiles: files.data.map((d) => ({ path: d.path, KiB: round(d.bytes / 1024) })),
      dataFilesAfterFirstView: files.dataAfterFirstView,
      inference: {
        link: INFERENCE_LINK,
        seriesDrawn: inference.seriesDrawn,
        drawnSignal: `${CHART_LINE} and ${INFERENCE_LEGEND} exist`,
        firstChartMs: {
          median: round(median(infChartMs)),
          min: round(min(infChartMs)),
          runs: infChartMs.map((x) => round(x)),
        },
        medianRunTimeline: timelineJson(medianRun(inference.firstChart)),
        metricSwitchMs: {
          median: round(median(infMetricMs)),
          max: round(max(infMetricMs)),
          runs: inference.metricSwitches.map((r) => ({ to: r.to, ms: round(r.ms), labelMs: round(r.labelMs) })),
          budget: BUDGETS.switchMs,
          pass: median(infMetricMs) <= BUDGETS.switchMs,
        },
        xAxisSwitchMs: {
          median: round(median(infXMs)),
          max: round(max(infXMs)),
          runs: inference.xSwitches.map((r) => ({ to: r.to, ms: round(r.ms), labelMs: round(r.labelMs) })),
          budget: BUDGETS.switchMs,
          pass: median(infXMs) <= BUDGETS.switchMs,
          signal:
            'change event dispatched → x-axis title shows the new axis → requestAnimationFrame → MessageChannel task',
        },
      },
    },
  };
  const outDir = resolve(ROOT, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, 'page.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nwrote bench-results/page.json');
}

await main();
