import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, markCount, openPage, saveScreenshot } from './browser';

/**
 * Your results beyond /inference's chart: ranked on /rank, filtered, a view downloaded and
 * restored, and a 50,000-run file read, named and drawn thinned. Expected numbers come from the
 * raw files (hand arithmetic here) and the Python reference's pinned ranking, never from the app.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const root = resolve(import.meta.dirname, '../..');
const VLLM = resolve(root, 'fixtures/own-results/vllm-gpt-oss-120b.jsonl');
const pinned = (
  JSON.parse(readFileSync(resolve(root, 'tests/reference/rank-pinned.json'), 'utf8')) as {
    throughput: {
      target: number;
      rows: { hardware: string; in_range: boolean; rank: number | null; value: number | null }[];
    };
  }
).throughput;

/** Two real rows of the H200 CSV fixture (concurrency 32 and 64); a two-point frontier is the line between them. */
const csv = readFileSync(resolve(root, 'fixtures/own-results/h200-sglang-fp8-1k8k.csv'), 'utf8').trim().split('\n');
const twoRows = [csv[0], ...csv.filter((l) => l.startsWith('32,') || l.startsWith('64,'))].join('\n');
const cellsOf = (conc: string) =>
  csv
    .find((l) => l.startsWith(`${conc},`))!
    .split(',')
    .map(Number);
const [, y32, x32] = cellsOf('32') as [number, number, number];
const [, y64, x64] = cellsOf('64') as [number, number, number];
const ownAt40 = y64 + ((40 - x64) * (y32 - y64)) / (x32 - x64);

async function choose(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a file…' }).click(),
  ]);
  await chooser.setFiles(file);
}

async function fillForm(page: Page, answers: { gpu: string; count: string; engine: string; precision: string }) {
  const form = page.getByRole('form', { name: 'What the file cannot tell' });
  await form.waitFor();
  await form.getByLabel('GPU', { exact: true }).selectOption(answers.gpu);
  await form.getByLabel('GPU count').fill(answers.count);
  await form.getByLabel('Engine').fill(answers.engine);
  await form.getByLabel('Precision').selectOption(answers.precision);
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByTestId('own-added').waitFor();
}

async function rankedRows(page: Page): Promise<[string, string, string][]> {
  return page
    .locator('[data-testid="rank-table"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) => [
        tr.hasAttribute('data-own') ? 'yours' : (tr.getAttribute('data-row') ?? ''),
        tr.querySelector('[data-cell="rank"]')?.textContent ?? '',
        tr.querySelector('[data-cell="value"]')?.textContent ?? '',
      ]),
    );
}

describe('your results on /rank and across pages', () => {
  it('ranks your file among the published GPUs at 40 tok/s/user, marks it, and lists it where it does not fit', async () => {
    const { page, errors } = await openPage(browser, '/rank?seq=8k1k&at=40');
    await page.locator('[data-testid="rank-table"]').waitFor();
    await page.getByTestId('own-panel').waitFor();
    await choose(page, { name: 'h200-two-runs.csv', mimeType: 'text/csv', buffer: Buffer.from(twoRows) });
    expect(await page.getByTestId('own-kept').innerText()).toBe('2 of 2 runs kept');
    await fillForm(page, { gpu: 'h200', count: '8', engine: 'sglang', precision: 'fp8' });

    // Published rows keep the reference's values; yours is inserted where its hand-read value falls.
    const published = pinned.rows.filter((r) => r.in_range);
    const expected = [
      ...published.map((r): [string, string, string] => [
        r.hardware,
        String(r.rank! + Number(r.value! < ownAt40)),
        r.value!.toFixed(1),
      ]),
      ['yours', String(published.filter((r) => r.value! > ownAt40).length + 1), ownAt40.toFixed(1)] as [
        string,
        string,
        string,
      ],
    ].sort((p, q) => Number(p[1]) - Number(q[1]));
    await expect.poll(() => rankedRows(page)).toEqual(expected);
    expect(expected.find((r) => r[0] === 'yours')![1]).toBe('8');
    const mine = page.locator('[data-testid="rank-table"] tr[data-own]');
    expect(await mine.locator('[data-cell="setup"]').innerText()).toBe('h200-two-runs · your data');
    expect(await page.getByTestId('rank-subtitle').innerText()).toContain('1 of them your data');
    expect(await page.getByTestId('rank-sentences').innerText()).toContain(
      `h200-two-runs · your data ranks 8 of ${published.length + 1} at 40 tok/s/user with ${ownAt40.toFixed(1)} tok/s/GPU`,
    );
    expect(await page.getByTestId('rank-bars').getAttribute('aria-label')).toContain(
      `h200-two-runs · your data ${ownAt40.toFixed(1)}`,
    );
    expect(await page.locator('[data-testid="rank-matrix"] tr[data-own] th').innerText()).toBe(
      'h200-two-runs · your data',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download ranking (CSV)' }).click(),
    ]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split(/\r?\n/);
    const own = lines.find((l) => l.includes('h200-two-runs · your data'))!.split(',');
    expect([own[0], own.at(-1)]).toEqual(['8', 'your data']);
    expect(Math.abs(Number(own[8]) - ownAt40)).toBeLessThan(1e-9);
    // Never in the address (8k/1k is the default sequence).
    expect(new URL(page.url()).search).toBe('?at=40');
    await saveScreenshot(page, 'rank-your-data');

    // Another sequence: not ranked, and said why.
    const at = (path: string) => new URL(path, page.url()).href;
    await page.goto(at('/rank?seq=1k1k&at=40'));
    await page.getByTestId('rank-own-apart').waitFor();
    expect(await page.getByTestId('rank-own-apart').innerText()).toBe(
      'h200-two-runs · your data (h200-two-runs.csv): made for DeepSeek-R1-0528 8k/1k; this page shows DeepSeek-R1-0528 1k/1k.',
    );
    expect(await page.locator('[data-testid="rank-table"] tr[data-own]').count()).toBe(0);

    // The same file on /inference (kept in this browser), and hidden there by a precision filter, said so.
    await page.goto(at('/inference?seq=8k1k'));
    await page.locator('[data-testid="legend"] button[data-series^="own:"]').waitFor();
    await page.goto(at('/inference?seq=8k1k&prec=fp4'));
    await page.getByTestId('own-fit-summary').waitFor();
    expect(await page.getByTestId('own-fit-summary').innerText()).toBe('1 of your series hidden by the FP4 filter.');
    expect(await page.getByTestId('own-file-apart').innerText()).toBe(
      'Not shown here: hidden by the FP4 filter (it is FP8).',
    );
    expect(await page.locator('[data-testid="legend"] button[data-series^="own:"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('"Download view" gives a file that, added in a fresh browser, restores the page, your pair and its target', async () => {
    const runs = readFileSync(VLLM, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { max_concurrency: number; total_token_throughput: number; median_tpot_ms: number });
    const run32 = runs.find((r) => r.max_concurrency === 32)!;
    expect(Math.round((1000 / run32.median_tpot_ms) * 100) / 100).toBe(96.4);
    const ownCell = (run32.total_token_throughput / 16).toFixed(1);

    const { page, errors } = await openPage(browser, '/inference?seq=1k1k');
    await page.getByTestId('own-panel').waitFor();
    await choose(page, VLLM);
    await fillForm(page, { gpu: 'mi355x', count: '16', engine: 'vllm', precision: 'fp4' });
    await page.getByRole('button', { name: 'vllm-gpt-oss-120b vs published' }).click();
    await page.getByLabel('Series B', { exact: true }).selectOption('mi355x:atom:none:fp4');
    await page.getByLabel('Target 1 (tok/s/user)').fill('96.4');
    await page.getByRole('button', { name: 'Apply targets' }).click();
    const header = page.locator('[data-testid="pinned-table"] thead th', { hasText: '96.40 tok/s/user' });
    await header.waitFor();
    const search = new URL(page.url()).search;

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download view' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^isoline-view-inference-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const view = JSON.parse(text) as {
      format: string;
      page: { path: string; search: string };
      own: { a: string; b: string | null; targets: number[] };
      files: {
        id: string;
        setup: { gpuCount: number; hardware: string };
        points: { metrics: { tokPerSecPerGpu: number } }[];
      }[];
    };
    expect(view.format).toBe('isoline-view');
    expect(view.page).toEqual({ path: '/inference', search });
    expect(view.own).toMatchObject({ a: `own:${view.files[0]!.id}`, b: null });
    expect(view.own.targets).toContain(96.4);
    expect(view.files[0]!.setup).toMatchObject({ gpuCount: 16, hardware: 'mi355x' });
    expect(view.files[0]!.points.map((p) => p.metrics.tokPerSecPerGpu)).toEqual(
      runs.map((r) => r.total_token_throughput / 16),
    );

    // A fresh browser context (nothing kept), on another page: adding the file restores the view.
    const fresh = await openPage(browser, '/rank');
    await fresh.page.getByTestId('own-panel').waitFor();
    expect(await fresh.page.getByText('No file of yours is kept in this browser.').count()).toBe(1);
    await choose(fresh.page, { name: 'view.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await fresh.page.waitForURL((url) => url.pathname === '/inference');
    expect(new URL(fresh.page.url()).search).toBe(search);
    const seriesA = fresh.page.getByLabel('Series A', { exact: true });
    await expect
      .poll(() => seriesA.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent))
      .toBe('vllm-gpt-oss-120b · your data');
    await fresh.page.locator('[data-testid="pinned-table"] thead th', { hasText: '96.40 tok/s/user' }).waitFor();
    const headers = await fresh.page.locator('[data-testid="pinned-table"] thead th').allInnerTexts();
    const column = headers.indexOf('96.40 tok/s/user') - 1;
    const cell = fresh.page.locator('[data-testid="pinned-table"] tr[data-metric="tokPerSecPerGpu"] td').nth(column);
    expect(await cell.locator('[data-side="a"]').innerText()).toBe(ownCell);
    expect(await fresh.page.getByTestId('own-file').count()).toBe(1);
    expect(await fresh.page.getByTestId('own-file').innerText()).toContain('vllm-gpt-oss-120b');
    expect(errors).toEqual([]);
    expect(fresh.errors).toEqual([]);
  });

  it('on a comparison page, links your file against its MTP or Off side to compare-two on /inference', async () => {
    const { page, errors } = await openPage(browser, '/spec-decode/dsr1/mi355x/fp4?seq=1k1k');
    await page.getByTestId('own-panel').waitFor();
    expect(await page.getByTestId('own-side-none').count()).toBe(1);
    await choose(page, VLLM);
    await fillForm(page, { gpu: 'mi355x', count: '16', engine: 'vllm', precision: 'fp4' });
    const links = page.getByTestId('own-side-links').getByRole('link');
    await links.first().waitFor();
    expect(await links.allInnerTexts()).toContain('vllm-gpt-oss-120b · your data vs Off (ATOM)');
    await page.getByRole('link', { name: 'vllm-gpt-oss-120b · your data vs Off (ATOM)' }).click();
    await page.waitForURL((url) => url.pathname === '/inference');
    expect(new URL(page.url()).searchParams.get('b')).toBe('mi355x:atom:none:fp4');
    const seriesA = page.getByLabel('Series A', { exact: true });
    await expect
      .poll(() => seriesA.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent))
      .toBe('vllm-gpt-oss-120b · your data');
    await page.locator('[data-testid="pinned-table"]').waitFor();
    expect(await page.locator('[data-testid="pinned-table"] .side-name').first().innerText()).toBe(
      'vllm-gpt-oss-120b · your data',
    );
    expect(errors).toEqual([]);
  });

  it(
    'reads a synthetic 50,000-run, 10 MB vLLM file in the worker with progress shown, names its bad rows, and draws it thinned with every point in the points CSV',
    { timeout: 120_000 },
    async () => {
      // Synthetic (made here, never committed): the first real run's fields, varied per row; every
      // 10,000th run has a zero TPOT, so 5 runs are refused by row and field. Throughput rises and
      // TPOT grows with the row, so every kept run is on the frontier. How fast all this is, and
      // how long the page is blocked, is measured by `npm run bench:big-file`, not here.
      const first = JSON.parse(readFileSync(VLLM, 'utf8').split('\n')[0]!) as Record<string, unknown>;
      const keep = [
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
      const base = Object.fromEntries(keep.map((k) => [k, first[k]]));
      const ROWS = 50_000;
      const lines: string[] = [];
      for (let i = 1; i <= ROWS; i++) {
        const f = 1 + i / ROWS;
        lines.push(
          JSON.stringify({
            ...base,
            max_concurrency: 1 + (i % 512),
            total_token_throughput: (first.total_token_throughput as number) * f,
            median_tpot_ms: i % 10_000 === 0 ? 0 : (first.median_tpot_ms as number) * f,
          }),
        );
      }
      const buffer = Buffer.from(`${lines.join('\n')}\n`);
      expect(buffer.length).toBeGreaterThan(10_000_000);
      const file = join(mkdtempSync(join(tmpdir(), 'isoline-')), 'synthetic-50k.jsonl');
      writeFileSync(file, buffer);

      const { page, errors } = await openPage(browser, '/inference?seq=1k1k');
      await page.locator('[data-testid="chart"] .recharts-line-curve').first().waitFor();
      await page.getByTestId('own-panel').waitFor();
      const publishedPoints = await markCount(page, '[data-testid="chart"] .point-mark');
      await page.evaluate(() => {
        const w = window as unknown as { progress: number[] };
        w.progress = [];
        new MutationObserver(() => {
          const bar = document.querySelector<HTMLProgressElement>('[data-testid="own-progress"] progress');
          if (bar && w.progress.at(-1) !== bar.value) w.progress.push(bar.value);
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      });
      await choose(page, file);
      await page.getByTestId('own-kept').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('own-kept').innerText()).toBe('49995 of 50000 runs kept');
      expect(await page.locator('[data-testid="own-problems"] li').allInnerTexts()).toEqual(
        [10_000, 20_000, 30_000, 40_000, 50_000].map(
          (r) => `row ${r}: median_tpot_ms must be greater than zero (got 0)`,
        ),
      );
      // Progress was shown, with the reader's own steps between the start and the end.
      const progress = await page.evaluate(() => (window as unknown as { progress: number[] }).progress);
      expect(progress.length).toBeGreaterThan(2);
      expect(progress.some((v) => v > 0.1 && v < 1)).toBe(true);

      // Added: until its frontier is found (in a worker) the chart says so, then it draws a share
      // of the 50,000 points and says so; the points CSV holds every one.
      await page.evaluate(() => {
        const w = window as unknown as { computing: string[] };
        w.computing = [];
        new MutationObserver(() => {
          const said = document.querySelector('[data-testid="own-computing"]')?.textContent;
          if (said && w.computing.at(-1) !== said) w.computing.push(said);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await fillForm(page, { gpu: 'h200', count: '8', engine: 'sglang', precision: 'fp8' });
      await page.locator('[data-testid="legend"] button[data-series^="own:"]').waitFor({ timeout: 60_000 });
      const note = page.getByTestId('chart-thinned');
      await note.waitFor({ timeout: 60_000 });
      const [, drawn, total] = /^Drawn: ([\d,]+) of ([\d,]+) points/
        .exec(await note.innerText())!
        .map((n) => Number(n.replaceAll(',', '')));
      expect(total).toBe(publishedPoints + 49_995);
      expect(await markCount(page, '[data-testid="chart"] .point-mark')).toBe(drawn);
      expect(drawn).toBeLessThan(5000);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-points-csv').click(),
      ]);
      const own = readFileSync((await download.path())!, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.includes('synthetic-50k · your data'));
      expect(own).toHaveLength(49_995);
      expect(await page.evaluate(() => (window as unknown as { computing: string[] }).computing)).toEqual([
        'Your data: computing its frontier on this axis… (synthetic-50k · your data)',
      ]);
      expect(await page.getByTestId('own-computing').count()).toBe(0);

      // On a latency axis (found in the background after the first), your runs are drawn there:
      // every run has the file's one median end-to-end latency.
      await page.getByLabel('X axis', { exact: true }).selectOption('e2e');
      await page.waitForFunction(
        () =>
          !document.querySelector('[data-testid="own-computing"]') &&
          document.querySelectorAll('[data-testid="chart"] path.point-mark-hollow').length > 0,
        undefined,
        { timeout: 60_000 },
      );
      expect(errors).toEqual([]);
    },
  );
});
