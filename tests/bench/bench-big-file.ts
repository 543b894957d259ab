/**
 * One file of 50,000 points on /inference, in Chromium. Not a test: it prints a table with budget
 * verdicts and writes bench-results/big-file.json. Run: npm run bench:big-file, with options after `--`:
 * `--no-build` (use dist/ as built), `--switches N` (default 5), `--shape sweep|all` (one file only),
 * `--profile` (CPU profiles of Add, of the first metric switch and of the reload, in bench-results/).
 *
 * 1. Builds the app (dist/) and this bench's floor (tests/bench/big-file-floor/: a bare Recharts
 *    chart drawing a given number of marks and line vertices), serves each with `vite preview`.
 * 2. Writes two SYNTHETIC 50,000-run vLLM result files to a temporary folder (never committed, never
 *    shipped): every run is the first real run of fixtures/own-results/vllm-gpt-oss-120b.jsonl (the
 *    fields Isoline reads) with its concurrency, total throughput and TPOT changed. "sweep cloud": a noisy sweep archive
 *    (throughput rising and interactivity falling with concurrency, ±15 % noise per run, fixed
 *    seed), whose frontier is a small share of its points; "all on the frontier": throughput
 *    rising and interactivity falling with the row number (the e2e test's file), so every run is
 *    on the frontier.
 * 3. Per file, in a fresh browser context at 1280 × 900: opens /inference?seq=1k1k, gives the file
 *    to the file input, waits for the read report; fills the form (GPU, count, engine, precision),
 *    then times label and GPU count edits (input event → next frame painted); clicks Add and times
 *    until your series' curve is in the chart and the next frame is painted ("first draw"); then
 *    times Metric and X axis switches as bench-page.ts does (until the axis label reads the new
 *    one, then the next frame); then reloads the page (the file kept in IndexedDB) and times the
 *    first draw of your series from navigation.
 * 4. Long tasks: a PerformanceObserver ('longtask', tasks of 50 ms and more) from before the file is
 *    given to the end; the longest per phase (metric and x-axis switches apart), and in the JSON
 *    every one of Add, the switches and the reload.
 * 5. The floor: the same number of marks the app's chart holds after Add (and the same line
 *    vertices), drawn by Recharts alone on a click, then redrawn with other values: the app's
 *    first draw and switches are also given as ratios against it, measured in the same run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from './free-port';
import os from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { X_AXES } from '../../src/domain/metrics';
import { launchChromium } from '../setup/chromium';

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');
const FLOOR_CONFIG = 'tests/bench/big-file-floor/vite.config.ts';
const ROWS = 50_000;
const VIEWPORT = { width: 1280, height: 900 };
const PAGE = '/inference?seq=1k1k';
const args = process.argv.slice(2);
const SWITCHES = Number(args[args.indexOf('--switches') + 1] ?? 0) || 5;
const TIMEOUT_MS = 120_000;

const BUDGETS = { firstDrawMs: 1000, switchMs: 100, longTaskMs: 200 };

// ── The synthetic files ───────────────────────────────────────────────────────────────────────

type Shape = 'sweep cloud' | 'all on the frontier';

function syntheticFile(shape: Shape): Buffer {
  const first = JSON.parse(
    readFileSync(resolve(ROOT, 'fixtures/own-results/vllm-gpt-oss-120b.jsonl'), 'utf8').split('\n')[0]!,
  ) as Record<string, number | string>;
  // The fields Isoline reads (as the e2e test's 50,000-run file keeps them): about 10 MB for 50,000 runs.
  const fields = [
    'date',
    'backend',
    'completed',
    'total_input_tokens',
    'total_output_tokens',
    'output_throughput',
    'total_token_throughput',
    'median_ttft_ms',
    'p99_ttft_ms',
    'median_tpot_ms',
    'p99_tpot_ms',
    'median_e2el_ms',
    'p99_e2el_ms',
  ];
  const base = Object.fromEntries(fields.map((k) => [k, first[k]]));
  const thr = first.total_token_throughput as number;
  const tpot = first.median_tpot_ms as number;
  let seed = 20260720;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const lines: string[] = [];
  for (let i = 1; i <= ROWS; i++) {
    const concurrency = 1 + (i % 512);
    let total: number;
    let medianTpot: number;
    if (shape === 'sweep cloud') {
      total = thr * Math.pow(concurrency, 0.7) * (0.85 + 0.3 * random());
      medianTpot = tpot * (1 + concurrency / 64) * (0.85 + 0.3 * random());
    } else {
      const f = 1 + i / ROWS;
      total = thr * f;
      medianTpot = tpot * f;
    }
    lines.push(
      JSON.stringify({
        ...base,
        max_concurrency: concurrency,
        total_token_throughput: total,
        median_tpot_ms: medianTpot,
      }),
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

// ── In-page code (plain strings: tsx would wrap named functions in a helper the page lacks) ──

/** Long tasks since the page opened, and a watcher for "your series is drawn" from navigation. */
const INIT = `(() => {
  if (window.top !== window) return;
  window.benchTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.benchTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** Whether your series' curve is in the chart (its path's title ends "· your data"). */
const OWN_DRAWN = `() => [...document.querySelectorAll('[data-testid="chart"] .recharts-line-curve title')].some((t) => (t.textContent || '').endsWith('· your data'))`;

/** Resolves with performance.now() once `cond()` holds and the next frame has been painted. */
const UNTIL_PAINTED = `(cond, limitMs) => new Promise((resolve, reject) => {
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error('not drawn within ' + limitMs + ' ms')); }, limitMs);
  let seen = false;
  const check = () => {
    if (seen || !cond()) return;
    seen = true;
    observer.disconnect();
    clearTimeout(timer);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  check();
})`;

const Y_LABEL = `() => { for (const el of document.querySelectorAll('[data-testid="chart"] .recharts-label')) if ((el.getAttribute('transform') || '').includes('rotate(-90')) return el.textContent; return null; }`;
const X_LABEL = `() => { for (const el of document.querySelectorAll('[data-testid="chart"] .recharts-label')) if (!(el.getAttribute('transform') || '').includes('rotate(') && (el.textContent || '').includes('is better')) return el.textContent; return null; }`;

/** Sets a select or an input the way a person does (React listens to input and change), and times it to the next painted frame once `label()` reads `want` (or at once when no label is given). */
const EDIT_JS = `async ({ selector, value, readLabel, want }) => {
  const el = document.querySelector(selector);
  if (!el) throw new Error('no ' + selector);
  const untilPainted = ${UNTIL_PAINTED};
  const label = readLabel ? (0, eval)('(' + readLabel + ')') : null;
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
  const t0 = performance.now();
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  const end = await untilPainted(() => !label || label() === want, ${TIMEOUT_MS});
  return { t0, ms: end - t0 };
}`;

const ADD_JS = `async () => {
  const button = [...document.querySelectorAll('form[aria-label="What the file cannot tell"] button[type="submit"]')][0];
  if (!button || button.disabled) throw new Error('the Add button is not ready');
  const untilPainted = ${UNTIL_PAINTED};
  const t0 = performance.now();
  button.click();
  const end = await untilPainted(${OWN_DRAWN}, ${TIMEOUT_MS});
  return { t0, ms: end - t0 };
}`;

const FLOOR_CLICK_JS = `async ({ id, want }) => {
  const untilPainted = ${UNTIL_PAINTED};
  const label = () => { const l = document.querySelector('[data-testid="chart"] .recharts-label'); return l ? l.textContent : null; };
  const t0 = performance.now();
  document.getElementById(id).click();
  const end = await untilPainted(() => label() === want, ${TIMEOUT_MS});
  return end - t0;
}`;

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────

interface Server {
  child: ChildProcess;
  baseUrl: string;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

function build(label: string, extra: string[]): void {
  console.log(`building ${label}…`);
  const result = spawnSync(process.execPath, [VITE, 'build', '--logLevel', 'warn', ...extra], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build of ${label} failed (exit ${result.status ?? result.signal})`);
}

async function startPreview(extra: string[], servers: Server[]): Promise<Server> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...extra],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const server = { child, baseUrl: `http://127.0.0.1:${port}` };
  servers.push(server);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(server.baseUrl)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${server.baseUrl}`);
}

async function stopServer({ child }: Server): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((r) => setTimeout(() => r(true), 3000)),
  ]);
  if (timedOut) child.kill('SIGKILL');
}

async function now(page: Page): Promise<number> {
  return (await page.evaluate('performance.now()')) as number;
}

async function tasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  const tasks = (await page.evaluate('window.benchTasks')) as { start: number; duration: number }[];
  return tasks.filter((t) => t.start >= from && t.start < to).map((t) => Math.round(t.duration));
}

async function longestTask(page: Page, from: number, to: number): Promise<number> {
  return Math.max(0, ...(await tasksBetween(page, from, to)));
}

async function edit(page: Page, selector: string, value: string, readLabel?: string, want?: string) {
  return (await page.evaluate(`(${EDIT_JS})(${JSON.stringify({ selector, value, readLabel, want })})`)) as {
    t0: number;
    ms: number;
  };
}

/** With --profile: a CPU profile of what follows, saved to bench-results/big-file-<name>.cpuprofile (open in Chrome's DevTools). */
async function profiler(page: Page): Promise<{ save: (name: string) => Promise<void> } | null> {
  if (!args.includes('--profile')) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    save: async (name) => {
      const { profile } = await cdp.send('Profiler.stop');
      mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
      writeFileSync(
        resolve(ROOT, `bench-results/big-file-${name.replaceAll(' ', '-')}.cpuprofile`),
        JSON.stringify(profile),
      );
      await cdp.detach();
    },
  };
}

// ── One file ──────────────────────────────────────────────────────────────────────────────────

interface FileFigures {
  shape: Shape;
  bytes: number;
  readMs: number;
  kept: string;
  editMs: number[];
  firstDrawMs: number;
  marksDrawn: number;
  lineVertices: number;
  thinnedNote: string | null;
  metricSwitchMs: number[];
  xSwitchMs: number[];
  reloadDrawMs: number;
  longest: { read: number; form: number; add: number; metricSwitches: number; xSwitches: number; reload: number };
  longTasks: Record<'add' | 'metricSwitches' | 'xSwitches' | 'reload', number[]>;
}

async function oneFile(browser: Browser, app: Server, shape: Shape, path: string, bytes: number): Promise<FileFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    page.on('pageerror', (e) => console.warn(`  page error: ${e.message}`));
    await page.addInitScript({ content: INIT });
    await page.goto(app.baseUrl + PAGE);
    await page.locator('[data-testid="chart"] .recharts-line-curve').first().waitFor();
    await page.getByTestId('own-panel').waitFor();
    await page.locator('[data-testid="own-drop"] input[type="file"]').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);

    console.log(`  ${shape}: reading…`);
    const readFrom = await now(page);
    await page.locator('[data-testid="own-drop"] input[type="file"]').setInputFiles(path);
    await page.getByTestId('own-kept').waitFor();
    const readTo = await now(page);
    const kept = await page.getByTestId('own-kept').innerText();

    console.log(`  ${shape}: the form…`);
    const form = page.getByRole('form', { name: 'What the file cannot tell' });
    await form.getByLabel('GPU', { exact: true }).selectOption('h200');
    await form.getByLabel('GPU count').fill('8');
    await form.getByLabel('Engine').fill('sglang');
    await form.getByLabel('Precision').selectOption('fp8');
    await form.getByLabel('Sequence').selectOption('1k1k');
    await page.waitForTimeout(300);
    const formFrom = await now(page);
    const editMs: number[] = [];
    const formSel = 'form[aria-label="What the file cannot tell"]';
    const label = `${formSel} .control:nth-child(1) input`;
    const count = `${formSel} .control:nth-child(4) input`;
    for (const [sel, value] of [
      [label, 'synthetic-a'],
      [label, 'synthetic-ab'],
      [count, '4'],
      [count, '8'],
      [label, 'synthetic'],
    ] as const) {
      editMs.push((await edit(page, sel, value)).ms);
      await page.waitForTimeout(100);
    }
    // Whatever the form still checks in the background is done when Add is enabled.
    await page.waitForFunction(`!document.querySelector('${formSel} button[type="submit"]').disabled`, undefined, {
      timeout: TIMEOUT_MS,
    });
    const formTo = await now(page);

    console.log(`  ${shape}: add…`);
    const profile = await profiler(page);
    const add = (await page.evaluate(`(${ADD_JS})()`)) as { t0: number; ms: number };
    await profile?.save(`${shape}-add`);
    await page.getByTestId('own-added').waitFor();
    await page.waitForTimeout(500);
    const addTo = await now(page);
    const marksDrawn = (await page.evaluate(
      `[...document.querySelectorAll('[data-testid="chart"] path.point-mark')].reduce((n, p) => n + Number(p.getAttribute('data-points') || 0), 0)`,
    )) as number;
    const lineVertices = (await page.evaluate(
      `Math.max(0, ...[...document.querySelectorAll('[data-testid="chart"] .recharts-line-curve')].filter((p) => (p.querySelector('title')?.textContent || '').endsWith('· your data')).map((p) => (p.getAttribute('d') || '').split(/[ML]/).length - 1))`,
    )) as number;
    const thinned = page.getByTestId('chart-thinned');
    const thinnedNote = (await thinned.count()) > 0 ? await thinned.innerText() : null;

    console.log(`  ${shape}: switches ×${SWITCHES}…`);
    const metricSel = await page.getByLabel('Metric', { exact: true }).evaluate((el) => `#${CSS.escape(el.id)}`);
    const xSel = await page.getByLabel('X axis', { exact: true }).evaluate((el) => `#${CSS.escape(el.id)}`);
    const metricSwitchMs: number[] = [];
    const xSwitchMs: number[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      const [to, unit] = i % 2 === 0 ? ['cost', '$/M tok'] : ['throughput', 'tok/s/GPU'];
      const switchProfile = i === 0 ? await profiler(page) : null;
      metricSwitchMs.push((await edit(page, metricSel, to, Y_LABEL, unit)).ms);
      await switchProfile?.save(`${shape}-metric-switch`);
      await page.waitForTimeout(200);
    }
    const metricSwitchesTo = await now(page);
    for (let i = 0; i < SWITCHES; i++) {
      const [to, axis] =
        i % 2 === 0
          ? (['e2e', X_AXES.e2e.axisLabel] as const)
          : (['interactivity', X_AXES.interactivity.axisLabel] as const);
      xSwitchMs.push((await edit(page, xSel, to, X_LABEL, axis)).ms);
      await page.waitForTimeout(200);
    }
    const switchesTo = await now(page);
    const longest = {
      read: await longestTask(page, readFrom, readTo),
      form: await longestTask(page, formFrom, formTo),
      add: await longestTask(page, add.t0, addTo),
      metricSwitches: await longestTask(page, addTo, metricSwitchesTo),
      xSwitches: await longestTask(page, metricSwitchesTo, switchesTo),
    };
    // Every long task (50 ms and more) of Add and of the switches, in order, for the JSON.
    const longTasks = {
      add: await tasksBetween(page, add.t0, addTo),
      metricSwitches: await tasksBetween(page, addTo, metricSwitchesTo),
      xSwitches: await tasksBetween(page, metricSwitchesTo, switchesTo),
    };

    console.log(`  ${shape}: reload…`);
    const reloadProfile = await profiler(page);
    await page.goto(app.baseUrl + PAGE, { waitUntil: 'commit' });
    const reloadDrawMs = (await page.evaluate(`(${UNTIL_PAINTED})(${OWN_DRAWN}, ${TIMEOUT_MS})`)) as number;
    await reloadProfile?.save(`${shape}-reload`);
    await page.waitForTimeout(500);
    return {
      shape,
      bytes,
      readMs: readTo - readFrom,
      kept,
      editMs,
      firstDrawMs: add.ms,
      marksDrawn,
      lineVertices,
      thinnedNote,
      metricSwitchMs,
      xSwitchMs,
      reloadDrawMs,
      longest: { ...longest, reload: await longestTask(page, 0, Infinity) },
      longTasks: { ...longTasks, reload: await tasksBetween(page, 0, Infinity) },
    };
  } finally {
    await context.close();
  }
}

// ── The floor ─────────────────────────────────────────────────────────────────────────────────

async function floorFigures(browser: Browser, floor: Server, marks: number, line: number) {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.goto(`${floor.baseUrl}/?marks=${marks}&line=${line}`);
    await page.locator('#draw').waitFor();
    await page.waitForTimeout(300);
    const click = (id: string, want: string) =>
      page.evaluate(`(${FLOOR_CLICK_JS})(${JSON.stringify({ id, want })})`) as Promise<number>;
    const drawMs = await click('draw', 'A');
    const switchMs: number[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      switchMs.push(await click('switch', i % 2 === 0 ? 'B' : 'A'));
      await page.waitForTimeout(200);
    }
    return { drawMs, switchMs };
  } finally {
    await context.close();
  }
}

// ── Main ──────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const servers: Server[] = [];
  let browser: Browser | null = null;
  const dir = mkdtempSync(join(os.tmpdir(), 'isoline-big-file-'));
  try {
    const loadBefore = os.loadavg()[0]!;
    if (!args.includes('--no-build')) {
      build('the app (dist/)', []);
      build('the floor (tests/bench/big-file-floor/dist/)', ['--config', FLOOR_CONFIG]);
    }
    const app = await startPreview([], servers);
    const floor = await startPreview(['--config', FLOOR_CONFIG], servers);
    browser = await launchChromium();
    const results: { app: FileFigures; floor: { drawMs: number; switchMs: number[] } }[] = [];
    const only = args.includes('--shape') ? args[args.indexOf('--shape') + 1] : null;
    for (const shape of (['sweep cloud', 'all on the frontier'] as const).filter((x) => !only || x.startsWith(only))) {
      const buffer = syntheticFile(shape);
      const path = join(dir, `synthetic-${shape.replaceAll(' ', '-')}-50k.jsonl`);
      writeFileSync(path, buffer);
      console.log(
        `${shape}: SYNTHETIC ${ROWS.toLocaleString('en')}-run vLLM file, ${(buffer.length / 1e6).toFixed(1)} MB`,
      );
      const figures = await oneFile(browser, app, shape, path, buffer.length);
      console.log(`  floor: ${figures.marksDrawn} marks, a line of ${figures.lineVertices} vertices…`);
      results.push({
        app: figures,
        floor: await floorFigures(browser, floor, figures.marksDrawn, figures.lineVertices),
      });
    }
    report(results, loadBefore, browser.version());
  } finally {
    await browser?.close().catch(() => undefined);
    await Promise.all(servers.map(stopServer));
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(
  results: { app: FileFigures; floor: { drawMs: number; switchMs: number[] } }[],
  loadBefore: number,
  browserVersion: string,
): void {
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');
  console.log(
    `\nOne file of ${ROWS.toLocaleString('en')} points on ${PAGE} (SYNTHETIC files made by this script; Chromium ${browserVersion}; load average ${loadBefore.toFixed(2)} → ${os.loadavg()[0]!.toFixed(2)}; ${SWITCHES} switches of each kind)\n`,
  );
  const rows: string[][] = [['file', 'figure', 'measured', 'floor (ratio)', 'budget', '']];
  for (const { app: a, floor: f } of results) {
    const sw = (xs: number[]) => `median ${ms(median(xs))}, max ${ms(Math.max(...xs))}`;
    const longestAll = Math.max(...Object.values(a.longest));
    rows.push(
      [a.shape, 'read (file given → report)', ms(a.readMs), '', '', a.kept],
      [a.shape, 'form edit → painted', sw(a.editMs), '', '', ''],
      [
        a.shape,
        'Add → your series drawn',
        ms(a.firstDrawMs),
        `${ms(f.drawMs)} (${(a.firstDrawMs / f.drawMs).toFixed(1)}×)`,
        `≤ ${ms(BUDGETS.firstDrawMs)}`,
        verdict(a.firstDrawMs <= BUDGETS.firstDrawMs),
      ],
      [a.shape, 'reload → your series drawn', ms(a.reloadDrawMs), '', '', 'from navigation'],
      [
        a.shape,
        'metric switch → painted',
        sw(a.metricSwitchMs),
        `${ms(median(f.switchMs))} (${(median(a.metricSwitchMs) / median(f.switchMs)).toFixed(1)}×)`,
        `≤ ${ms(BUDGETS.switchMs)}`,
        verdict(median(a.metricSwitchMs) <= BUDGETS.switchMs),
      ],
      [
        a.shape,
        'x-axis switch → painted',
        sw(a.xSwitchMs),
        `${ms(median(f.switchMs))} (${(median(a.xSwitchMs) / median(f.switchMs)).toFixed(1)}×)`,
        `≤ ${ms(BUDGETS.switchMs)}`,
        verdict(median(a.xSwitchMs) <= BUDGETS.switchMs),
      ],
      [a.shape, 'marks in the chart after Add', String(a.marksDrawn), '', '', a.thinnedNote ?? 'no thinning note'],
      [a.shape, 'your line: path vertices', String(a.lineVertices), '', '', ''],
      [
        a.shape,
        'longest main-thread task',
        ms(longestAll),
        '',
        `≤ ${ms(BUDGETS.longTaskMs)}`,
        `${verdict(longestAll <= BUDGETS.longTaskMs)} (read ${ms(a.longest.read)}, form ${ms(a.longest.form)}, add ${ms(a.longest.add)}, metric switches ${ms(a.longest.metricSwitches)}, x-axis switches ${ms(a.longest.xSwitches)}, reload ${ms(a.longest.reload)})`,
      ],
    );
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows)
    console.log(
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    );
  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    resolve(ROOT, 'bench-results/big-file.json'),
    `${JSON.stringify({ synthetic: true, rows: ROWS, browser: browserVersion, loadBefore, results }, null, 2)}\n`,
  );
}

await main();
