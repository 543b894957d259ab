import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { drawnMarks, launchBrowser, markCount, openPage, saveScreenshot, waitForMarks } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/own-results/vllm-gpt-oss-120b.jsonl');
const CHART = '[data-testid="chart"]';
const ownLegend = (page: Page) => page.locator('[data-testid="legend"] button[data-series^="own:"]');
const HOLLOW = `${CHART} path.point-mark-hollow`;

/** Picks a file through the browser's own file chooser, as a person does with "Choose a file…". */
async function choose(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a file…' }).click(),
  ]);
  await chooser.setFiles(file);
}

/** Adds the vLLM fixture as MI355X × 16, vLLM, FP4, Off (the form's prefill gives 1k1k and the label). */
async function addVllmFile(page: Page) {
  await page.getByTestId('own-panel').waitFor();
  await choose(page, FIXTURE);
  const form = page.getByRole('form', { name: 'What the file cannot tell' });
  await form.waitFor();
  await form.getByLabel('GPU', { exact: true }).selectOption('mi355x');
  await form.getByLabel('GPU count').fill('16');
  await form.getByLabel('Engine').fill('vllm');
  await form.getByLabel('Precision').selectOption('fp4');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByTestId('own-added').waitFor();
}

/** The pinned table's header texts and [A, B] cell texts of the throughput row, per target. */
async function throughputRow(page: Page) {
  const table = page.locator('[data-testid="pinned-table"]');
  const headers = await table.locator('thead th').allInnerTexts();
  const cells = table.locator('tr[data-metric="tokPerSecPerGpu"] td');
  const out: string[][] = [];
  for (let i = 0; i < (await cells.count()); i++) {
    const cell = cells.nth(i);
    out.push([await cell.locator('[data-side="a"]').innerText(), await cell.locator('[data-side="b"]').innerText()]);
  }
  return { headers, cells: out };
}

interface SeenRequest {
  method: string;
  url: string;
  body: string | null;
}

describe('your own results on /inference', () => {
  it('adds a vLLM file as its own series, keeps it across a reload, removes it; no request carries it', async () => {
    const { page, errors } = await openPage(browser, '/inference?seq=1k1k');
    const requests: SeenRequest[] = [];
    page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
    await page.locator(`${CHART} .recharts-line-curve`).first().waitFor();
    const publishedSeries = Number(await page.locator(CHART).getAttribute('data-series-count'));
    await page.getByTestId('own-panel').waitFor();
    expect(await page.getByTestId('own-privacy').innerText()).toContain(
      'Your data stays in this browser and is never sent anywhere',
    );
    expect(await page.getByTestId('own-privacy').innerText()).toContain(
      'Your data is not in links: a link of this view opens the published part',
    );

    await choose(page, FIXTURE);
    await page.getByTestId('own-report').waitFor();
    expect(await page.getByTestId('own-format').innerText()).toContain('vLLM');
    expect(await page.getByTestId('own-kept').innerText()).toBe('5 of 5 runs kept');
    const form = page.getByRole('form', { name: 'What the file cannot tell' });
    // Prefilled from the file: the label from its name, the sequence from its token counts, the date.
    expect(await form.getByLabel('Label').inputValue()).toBe('vllm-gpt-oss-120b');
    expect(await form.getByLabel('Sequence').inputValue()).toBe('1k1k');
    expect(await form.getByLabel('Run date').inputValue()).toBe('2026-04-28');
    // "openai" (vLLM's client) names no engine: it is asked.
    expect(await form.getByLabel('Engine').inputValue()).toBe('');
    expect(await form.getByRole('button', { name: 'Add', exact: true }).isDisabled()).toBe(true);
    await form.getByLabel('GPU', { exact: true }).selectOption('mi355x');
    await form.getByLabel('GPU count').fill('16');
    await form.getByLabel('Engine').fill('vllm');
    await form.getByLabel('Precision').selectOption('fp4');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByTestId('own-added').waitFor();

    // Its own series: in the legend marked "your data" with 5 points and a hollow marker, on the chart as 5 hollow marks.
    await ownLegend(page).waitFor();
    expect(await ownLegend(page).count()).toBe(1);
    expect(await ownLegend(page).getAttribute('aria-label')).toBe('vllm-gpt-oss-120b · your data (5 points)');
    expect(await ownLegend(page).locator('svg path[fill="none"]').count()).toBe(1);
    // Drawn once its frontier is found (in a worker): the legend may list it a moment before.
    await waitForMarks(page, HOLLOW, 5);
    expect(Number(await page.locator(CHART).getAttribute('data-series-count'))).toBe(publishedSeries + 1);
    expect(await markCount(page, HOLLOW)).toBe(5);
    // Not in the address.
    expect(new URL(page.url()).search).toBe('?seq=1k1k');

    // Hover and pinned cards say where the point comes from.
    const [mark] = await drawnMarks(page, HOLLOW);
    await page.mouse.move(mark!.x, mark!.y);
    const tooltip = page.getByRole('tooltip');
    expect(await tooltip.innerText()).toContain('vllm-gpt-oss-120b · your data');
    expect(await tooltip.innerText()).toContain('your data: vllm-gpt-oss-120b.jsonl');
    await page.mouse.click(mark!.x, mark!.y);
    const picked = page.getByTestId('picked-point');
    expect(await picked.innerText()).toContain('your data: vllm-gpt-oss-120b.jsonl');
    expect(await picked.getByTestId('point-history-link').count()).toBe(0);
    await saveScreenshot(page, 'inference-your-data');

    // Nothing was sent: every request is a GET, without a body, of the app's assets or data files.
    const origin = inject('baseUrl');
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      const url = new URL(r.url);
      expect(`${r.method} ${url.origin}`).toBe(`GET ${origin}`);
      expect(r.body).toBeNull();
      expect(url.pathname).toMatch(/^\/(inference$|assets\/|data\/)/);
    }

    // Kept across a reload (IndexedDB).
    await page.reload();
    await ownLegend(page).waitFor();
    expect(await ownLegend(page).getAttribute('aria-label')).toBe('vllm-gpt-oss-120b · your data (5 points)');
    expect(await page.getByTestId('own-file').count()).toBe(1);

    // Removed: gone from the list, the legend and the chart.
    await page.getByRole('button', { name: 'Remove vllm-gpt-oss-120b (vllm-gpt-oss-120b.jsonl)' }).click();
    await page.getByText('No file of yours is kept in this browser.').waitFor();
    expect(await ownLegend(page).count()).toBe(0);
    expect(await markCount(page, HOLLOW)).toBe(0);
    expect(Number(await page.locator(CHART).getAttribute('data-series-count'))).toBe(publishedSeries);
    expect(errors).toEqual([]);
  });

  it('opens a file kept by the earlier version (points as objects) and moves it to columns, numbers unchanged', async () => {
    const { page, errors } = await openPage(browser, '/inference?seq=1k1k');
    await addVllmFile(page);
    // Version 1 kept the file itself, its points as objects: rebuild such a database from this
    // file's setup, with the points written here from the fixture (total ÷ 16, 1000 ÷ median TPOT).
    const runs = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, number>);
    const tokPerSecPerGpu = runs.map((r) => r.total_token_throughput! / 16);
    const tokPerSecPerUser = runs.map((r) => 1000 / r.median_tpot_ms!);
    const points = runs.map((r, i) => ({
      id: `own:old1#${i + 1}`,
      hardware: 'mi355x',
      engine: 'vllm',
      precision: 'fp4',
      specMethod: 'none',
      disagg: false,
      multinode: true,
      offloadMode: null,
      prefill: null,
      decode: null,
      gpuCount: 16,
      gpuCountNote: null,
      concurrency: r.max_concurrency,
      date: '2026-04-28',
      image: null,
      runUrl: null,
      metrics: {
        tokPerSecPerGpu: tokPerSecPerGpu[i],
        outputTokPerSecPerGpu: r.output_throughput! / 16,
        inputTokPerSecPerGpu: null,
        tokPerSecPerUser: tokPerSecPerUser[i],
        p90TokPerSecPerUser: 1000 / r.p90_tpot_ms!,
        p99TokPerSecPerUser: 1000 / r.p99_tpot_ms!,
        medianTtftSec: r.median_ttft_ms! / 1000,
        p90TtftSec: r.p90_ttft_ms! / 1000,
        p99TtftSec: r.p99_ttft_ms! / 1000,
        medianE2eSec: r.median_e2el_ms! / 1000,
        p90E2eSec: r.p90_e2el_ms! / 1000,
        p99E2eSec: r.p99_e2el_ms! / 1000,
        medianTpotSec: null,
      },
    }));
    await page.evaluate(async (oldPoints) => {
      const done = (r: IDBRequest | IDBOpenDBRequest) =>
        new Promise<void>((ok, fail) => {
          r.addEventListener('success', () => ok());
          r.addEventListener('error', () => fail(r.error));
        });
      const v2 = indexedDB.open('isoline-own-results');
      await done(v2);
      const all = v2.result.transaction('files').objectStore('files').getAll();
      await done(all);
      const { form: _f, columns: _c, ...meta } = (all.result as Record<string, unknown>[])[0]!;
      v2.result.close();
      await done(indexedDB.deleteDatabase('isoline-own-results'));
      const v1 = indexedDB.open('isoline-own-results', 1);
      v1.addEventListener('upgradeneeded', () => v1.result.createObjectStore('files', { keyPath: 'id' }));
      await done(v1);
      const put = v1.result
        .transaction('files', 'readwrite')
        .objectStore('files')
        .put({ ...meta, id: 'old1', name: 'kept-before.jsonl', points: oldPoints });
      await done(put);
      v1.result.close();
    }, points);

    await page.reload();
    await ownLegend(page).waitFor();
    expect(await ownLegend(page).getAttribute('aria-label')).toBe('vllm-gpt-oss-120b · your data (5 points)');
    expect(await page.getByTestId('own-file').innerText()).toContain('kept-before.jsonl');
    await waitForMarks(page, HOLLOW, 5);
    expect(await markCount(page, HOLLOW)).toBe(5);
    const kept = await page.evaluate(async () => {
      const open = indexedDB.open('isoline-own-results');
      await new Promise((ok) => open.addEventListener('success', ok));
      const all = open.result.transaction('files').objectStore('files').getAll();
      await new Promise((ok) => all.addEventListener('success', ok));
      const [f] = all.result as {
        form?: string;
        points?: unknown;
        columns: { metrics: Record<string, { values: Float64Array; marks: Uint8Array | null }> };
      }[];
      const m = f!.columns.metrics;
      return {
        version: open.result.version,
        form: f!.form,
        hasPoints: 'points' in f!,
        tokPerSecPerGpu: [...m.tokPerSecPerGpu!.values],
        tokPerSecPerUser: [...m.tokPerSecPerUser!.values],
        medianTpotMarks: m.medianTpotSec!.marks && [...m.medianTpotSec!.marks],
      };
    });
    expect(kept).toEqual({
      version: 2,
      form: 'columns',
      hasPoints: false,
      tokPerSecPerGpu,
      tokPerSecPerUser,
      medianTpotMarks: [1, 1, 1, 1, 1],
    });
    expect(errors).toEqual([]);
  });

  it('names a bad run by row and field, and says what an unreadable file is', async () => {
    const { page, errors } = await openPage(browser, '/inference?seq=1k1k');
    await page.getByTestId('own-panel').waitFor();
    const firstRun = JSON.parse(readFileSync(FIXTURE, 'utf8').split('\n')[0]!) as Record<string, unknown>;
    const bad = JSON.stringify({ ...firstRun, median_tpot_ms: 0 });
    await choose(page, { name: 'zero-tpot.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.getByTestId('own-problems').waitFor();
    expect(await page.getByTestId('own-problems').innerText()).toBe(
      'row 1: median_tpot_ms must be greater than zero (got 0)',
    );
    expect(await page.getByTestId('own-kept').innerText()).toBe('0 of 1 run kept');
    expect(await page.getByText('No run of zero-tpot.json can be used').count()).toBe(1);

    await choose(page, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some notes\n') });
    await page.getByTestId('own-error').waitFor();
    expect(await page.getByTestId('own-error').innerText()).toContain(
      'Not a result file Isoline reads: not JSON, JSON lines or a CSV with a concurrency column.',
    );
    expect(await page.getByTestId('own-error').innerText()).toContain('Nothing from it is shown');
    expect(await ownLegend(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('"vs published" puts your series as A; against MI355X ATOM FP4 its table reads total ÷ 16 at your run’s interactivity; the address keeps none of it', async () => {
    const runs = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { max_concurrency: number; total_token_throughput: number; median_tpot_ms: number });
    // Concurrency 32: 1000 ÷ 10.3731 ms = 96.403 tok/s/user, pinned as 96.40 (the editor takes 0.01 steps; the
    // 0.003 tok/s/user between them moves the curve by well under the printed 0.1 here, unlike at concurrency 128's
    // 67.1469 → 67.15, where the steeper curve moves it past a rounding edge), and 5,971.12 tok/s ÷ 16 = 373.2 tok/s/GPU.
    const run = runs.find((r) => r.max_concurrency === 32)!;
    const target = Math.round((1000 / run.median_tpot_ms) * 100) / 100;
    expect(target).toBe(96.4);
    const ownCell = (run.total_token_throughput / 16).toFixed(1);
    expect(ownCell).toBe('373.2');
    // ATOM FP4 Off has two published points: its curve is the line between them, read here by hand.
    const atom = (
      JSON.parse(
        readFileSync(resolve(import.meta.dirname, '../../public/data/benchmarks/dsr1/1k1k/mi355x.json'), 'utf8'),
      ) as {
        points: { engine: string; specMethod: string; precision: string; metrics: Record<string, number> }[];
      }
    ).points
      .filter((p) => p.engine === 'atom' && p.specMethod === 'none' && p.precision === 'fp4')
      .map((p) => [p.metrics.tokPerSecPerUser!, p.metrics.tokPerSecPerGpu!] as const)
      .sort((p, q) => p[0] - q[0]);
    expect(atom).toHaveLength(2);
    const [[x0, y0], [x1, y1]] = atom as [readonly [number, number], readonly [number, number]];
    const atomCell = (y0 + ((target - x0) * (y1 - y0)) / (x1 - x0)).toFixed(1);

    const { page, errors } = await openPage(browser, '/inference?seq=1k1k');
    await page.locator(`${CHART} .recharts-line-curve`).first().waitFor();
    await addVllmFile(page);

    // No published MI355X vLLM FP4 Off at 1k/1k: said, your series is A, B is left to the picker.
    await page.getByRole('button', { name: 'vllm-gpt-oss-120b vs published' }).click();
    await page.getByTestId('vs-published-status').waitFor();
    expect(await page.getByTestId('vs-published-status').innerText()).toMatch(
      /^No published series of MI355X \S+ FP4 was measured for .+ at 1k\/1k in all precisions: pick Series B/,
    );
    const seriesA = page.getByLabel('Series A', { exact: true });
    expect(await seriesA.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent)).toBe(
      'vllm-gpt-oss-120b · your data',
    );
    expect(await seriesA.locator('optgroup[label="Your data"] option').allTextContents()).toEqual([
      'vllm-gpt-oss-120b · your data',
    ]);
    expect(await page.getByTestId('compare-status').innerText()).toContain('pick a second series');

    await page.getByLabel('Series B', { exact: true }).selectOption('mi355x:atom:none:fp4');
    await page.locator('[data-testid="pinned-table"]').waitFor();
    await page.getByLabel('Target 1 (tok/s/user)').fill('96.4');
    await page.getByRole('button', { name: 'Apply targets' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="pinned-table"] thead th')].some(
        (th) => th.textContent === '96.40 tok/s/user',
      ),
    );
    const row = await throughputRow(page);
    // The first column is "Metric": the target's cells are one place left of its header.
    const column = row.headers.indexOf('96.40 tok/s/user') - 1;
    expect(row.cells[column]).toEqual([ownCell, atomCell]);
    expect(await page.locator('[data-testid="pinned-table"] .side-name').first().innerText()).toBe(
      'vllm-gpt-oss-120b · your data',
    );
    expect(await page.getByTestId('own-not-in-links').innerText()).toBe(
      'Your data is not in links: this link opens the published part.',
    );
    expect(await page.getByTestId('sentences').innerText()).toContain('vllm-gpt-oss-120b · your data');
    // The address holds the published side only: no file, no pinned target of your pair.
    // (best=gpu is the page's own: with a compared series the bare link's legend mode is written out.)
    const params = () => Object.fromEntries(new URL(page.url()).searchParams);
    expect(params()).toEqual({ seq: '1k1k', b: 'mi355x:atom:none:fp4', best: 'gpu' });

    // Picking a published A forgets your file; the address names both again.
    await seriesA.selectOption('mi355x:atom:mtp:fp4');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('a') === 'mi355x:atom:mtp:fp4');
    expect(params()).toEqual({ seq: '1k1k', a: 'mi355x:atom:mtp:fp4', b: 'mi355x:atom:none:fp4', best: 'gpu' });
    expect(await page.getByTestId('own-not-in-links').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
