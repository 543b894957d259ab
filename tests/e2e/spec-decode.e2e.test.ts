import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnMarks, launchBrowser, openPage, saveScreenshot } from './browser';
import { pinnedReference } from '../setup/reference-views';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The pinned table's cells as [mtp, off] text per target for one metric row. */
async function tableRow(page: Page, metric: string): Promise<string[][]> {
  const cells = page.locator(`[data-testid="pinned-table"] tr[data-metric="${metric}"] td`);
  const count = await cells.count();
  const out: string[][] = [];
  for (let i = 0; i < count; i++) {
    const cell = cells.nth(i);
    out.push([await cell.locator('[data-side="a"]').innerText(), await cell.locator('[data-side="b"]').innerText()]);
  }
  return out;
}

async function tableHeaders(page: Page): Promise<string[]> {
  return page.locator('[data-testid="pinned-table"] thead th').allInnerTexts();
}

/** Recharts draws axis titles as `.recharts-label` texts; the y title is the metric's unit. */
async function chartLabels(page: Page): Promise<string[]> {
  return page.locator('[data-testid="chart"] .recharts-label').allTextContents();
}

const search = (page: Page) => new URL(page.url()).search;

describe('spec-decode comparison page', () => {
  it('opens a deep link, reads the table, and each control changes what it should', async () => {
    const { page, errors } = await openPage(browser, '/spec-decode/dsr1/mi355x/fp4');
    await page.locator('[data-testid="pinned-table"]').waitFor();
    await page.locator('[data-testid="chart"] .recharts-line-curve').first().waitFor();
    expect(await page.locator('h1').innerText()).toBe('MI355X FP4: MTP vs Off Speculative Decoding');
    expect(await page.getByTestId('workload-subtitle').innerText()).toContain('AMD CDNA 4 · 8k/1k');
    // Values from tests/reference/matched_reference.py (independent, on the raw rows).
    expect(await tableHeaders(page)).toEqual(['Metric', '35 tok/s/user', '56 tok/s/user', '77 tok/s/user']);
    const throughput = await tableRow(page, 'tokPerSecPerGpu');
    expect(throughput).toEqual([
      ['3417.4', '2312.5'],
      ['2587.3', '1526.1'],
      ['2167.5', '1108.7'],
    ]);
    expect(await tableRow(page, 'usdPerMillionTokens')).toEqual([
      ['$0.120', '$0.178'],
      ['$0.159', '$0.269'],
      ['$0.190', '$0.371'],
    ]);
    expect(await page.getByTestId('sentences').innerText()).toContain('costs 32% less');

    // The CSV export holds the same numbers as the table.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download table (CSV)' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Throughput (tok/s/GPU),35,3417.4,');
    expect(csv).toContain(',2312.5,');
    expect(csv).toContain('Cost ($/M tok),56,$0.159,');
    await saveScreenshot(page, 'spec-decode-mi355x-fp4');

    // Hovering a point shows its configuration; clicking pins it with the run link.
    const mark = (await drawnMarks(page, '[data-testid="chart"] path.point-mark[fill-opacity="1"]'))[1]!;
    await page.mouse.move(mark.x, mark.y);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toMatch(/Engine[\s\S]*Concurrency[\s\S]*Image/);
    await page.mouse.click(mark.x, mark.y);
    const run = page.getByTestId('picked-point').getByRole('link', { name: 'Open the benchmark run' });
    expect(await run.getAttribute('href')).toMatch(
      /^https:\/\/github\.com\/SemiAnalysisAI\/InferenceX\/actions\/runs\/\d+/,
    );

    // Metric: the URL and the chart change, the table does not.
    expect(await chartLabels(page)).toContain('tok/s/GPU');
    await page.getByLabel('Metric').selectOption('cost');
    await page.waitForFunction(() => location.search === '?metric=cost');
    expect(await chartLabels(page)).toContain('$/M tok');
    expect(await chartLabels(page)).not.toContain('tok/s/GPU');
    expect(await tableRow(page, 'tokPerSecPerGpu')).toEqual(throughput);

    // Sequence: a new history entry, and the table changes.
    const caption8k1k = await page.locator('[data-testid="pinned-table"] caption').textContent();
    await page.getByText('1k/1k', { exact: true }).click();
    await page.waitForFunction(() => location.search.includes('seq=1k1k'));
    await page.waitForFunction(
      (old) => document.querySelector('[data-testid="pinned-table"] caption')?.textContent !== old,
      caption8k1k,
    );
    const throughput1k1k = await tableRow(page, 'tokPerSecPerGpu');
    expect(throughput1k1k).not.toEqual(throughput);
    expect(await page.getByTestId('workload-subtitle').innerText()).toContain('1k/1k');

    // Another precision on the chart: more curves, the same table.
    const curvesBefore = await page.locator('[data-testid="chart"] .recharts-line-curve').count();
    await page.getByLabel('FP8').check();
    await page.waitForFunction(() => location.search.includes('prec=fp8'));
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="chart"] .recharts-line-curve').length > n,
      curvesBefore,
    );
    expect(await tableRow(page, 'tokPerSecPerGpu')).toEqual(throughput1k1k);

    // Edit a target: kept in the URL, the table follows.
    const headers = await tableHeaders(page);
    const first = Number.parseInt(headers[1]!, 10);
    await page.getByLabel('Target 1 (tok/s/user)').fill(String(first + 3));
    await page.getByRole('button', { name: 'Apply targets' }).click();
    await page.waitForFunction(() => location.search.includes('at='));
    expect((await tableHeaders(page))[1]).toBe(`${first + 3} tok/s/user`);
    const edited = search(page);

    // Back: before the sequence switch (metric=cost was a replaced, not pushed, change).
    await page.goBack();
    await page.waitForFunction(() => location.search === '?metric=cost');
    await page.locator('[data-testid="pinned-table"]').waitFor();
    expect(await tableRow(page, 'tokPerSecPerGpu')).toEqual(throughput);
    expect(await chartLabels(page)).toContain('$/M tok');
    expect(await page.getByLabel('FP8').isChecked()).toBe(false);

    // Forward: the edited view comes back whole.
    await page.goForward();
    await page.waitForFunction((s) => location.search === s, edited);
    expect((await tableHeaders(page))[1]).toBe(`${first + 3} tok/s/user`);
    expect(await page.getByLabel('FP8').isChecked()).toBe(true);

    // Reload reproduces it.
    await page.reload();
    await page.locator('[data-testid="pinned-table"]').waitFor();
    expect(search(page)).toBe(edited);
    expect((await tableHeaders(page))[1]).toBe(`${first + 3} tok/s/user`);
    expect(errors).toEqual([]);
  });

  it('marks the band, targets and crossover where the x axis puts those values', async () => {
    const { page, errors } = await openPage(browser, '/spec-decode/dsr1/mi355x/fp4');
    await page.locator('[data-testid="chart"] .recharts-line-curve').first().waitFor();
    // The x scale as the axis draws it: linear through its first and last tick labels. The
    // x-axis labels are the tick labels on the row of the rightmost one (y-axis labels share an x).
    const labels = await page
      .locator('[data-testid="chart"] .recharts-cartesian-axis-tick-value')
      .evaluateAll((els) =>
        els.map((e) => ({ value: Number(e.textContent), x: Number(e.getAttribute('x')), y: e.getAttribute('y') })),
      );
    const row = labels.reduce((a, b) => (b.x > a.x ? b : a)).y;
    const ticks = labels.filter((l) => l.y === row).sort((a, b) => a.x - b.x);
    expect(ticks.map((t) => t.value)).toEqual([0, 50, 100, 150, 200, 250]);
    const [first, last] = [ticks[0]!, ticks[ticks.length - 1]!];
    const xOf = (v: number) => first.x + ((v - first.value) * (last.x - first.x)) / (last.value - first.value);
    const attr = (selector: string, name: string) =>
      page
        .locator(`[data-testid="chart"] ${selector}`)
        .evaluateAll((els, n) => els.map((e) => Number(e.getAttribute(n))), name);

    // Targets and band from tests/reference/matched_reference.py (band 13.836…–98.057 tok/s/user).
    const targetXs = await attr('.chart-target line', 'x1');
    expect(await page.locator('[data-testid="chart"] .chart-target text').allTextContents()).toEqual([
      '35',
      '56',
      '77',
    ]);
    targetXs.forEach((x, i) => expect(Math.abs(x - xOf([35, 56, 77][i]!))).toBeLessThan(0.5));
    const [bandX] = await attr('.chart-band', 'x');
    const [bandWidth] = await attr('.chart-band', 'width');
    expect(Math.abs(bandX! - xOf(13.836483589023125))).toBeLessThan(0.5);
    expect(Math.abs(bandX! + bandWidth! - xOf(98.05756426212326))).toBeLessThan(0.5);

    // One crossover, drawn where the sentence under the table says the curves cross.
    const summary = await page.getByTestId('crossover-summary').innerText();
    const stated = Number(/wins above ([\d.]+) tok\/s\/user/.exec(summary)?.[1]);
    expect(summary).toMatch(/cross once/);
    const crossXs = await attr('.chart-crossover line', 'x1');
    expect(crossXs).toHaveLength(1);
    // The sentence rounds to 2 decimals: within 0.01 tok/s/user of the drawn line.
    expect(Math.abs(crossXs[0]! - xOf(stated))).toBeLessThan(0.5 + Math.abs(xOf(0.01) - xOf(0)));
    expect(errors).toEqual([]);
  });

  it('keeps an open hover card true to the chart when the metric changes under it', async () => {
    const { page, errors } = await openPage(browser, '/spec-decode/dsr1/mi355x/fp4');
    await page.locator('[data-testid="chart"] .recharts-line-curve').first().waitFor();
    const mark = (await drawnMarks(page, '[data-testid="chart"] path.point-mark[fill-opacity="1"]'))[1]!;
    await page.mouse.move(mark.x, mark.y);
    const card = page.getByRole('tooltip');
    const throughputText = await card.innerText();
    const tput = Number(/([\d.]+) tok\/s\/GPU/.exec(throughputText)?.[1]);
    expect(tput).toBeGreaterThan(0);
    // Switched from the keyboard's side (selectOption does not move the pointer): the card
    // stays open on the same point and now shows its cost, $1.48/GPU-hour × 10⁶ / (3600 × tok/s/GPU).
    await page.getByLabel('Metric').selectOption('cost');
    await page.waitForFunction(() =>
      document.querySelector('[role="tooltip"]')?.textContent?.includes('Cost / M tokens'),
    );
    const costText = await card.innerText();
    const expected = (1.48e6 / (3600 * tput)).toFixed(3);
    expect(costText).toContain(`$${expected}/M tok`);
    expect(costText).not.toContain('tok/s/GPU');
    expect(errors).toEqual([]);
  });

  it('corrects junk parameters, says so, and rewrites the address', async () => {
    const { page, errors } = await openPage(browser, '/spec-decode/dsr1/mi355x/fp4?seq=9k9k&metric=vibes&engine=atom');
    await page.locator('[data-testid="pinned-table"]').waitFor();
    const notice = await page.getByTestId('corrections').innerText();
    expect(notice).toContain('seq=9k9k');
    expect(notice).toContain('metric=vibes');
    expect(search(page)).toBe('?engine=atom');
    expect(await page.getByTestId('workload-subtitle').innerText()).toContain('8k/1k · ATOM');
    await page.getByRole('button', { name: /Dismiss/ }).click();
    expect(await page.getByTestId('corrections').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows a helpful not-found page for an unknown workload', async () => {
    const { page, errors } = await openPage(browser, '/spec-decode/dsr1/tpu9/fp4');
    await page.getByRole('heading', { name: 'No such comparison' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('no GPU "tpu9"');
    const links = page.getByTestId('existing-comparisons').getByRole('link');
    expect(await links.count()).toBeGreaterThan(5);
    await page.getByRole('link', { name: 'MI355X FP4: MTP vs Off' }).click();
    await page.locator('[data-testid="pinned-table"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/spec-decode/dsr1/mi355x/fp4');
    expect(errors).toEqual([]);
  });

  it('lists every comparison with its mid-band result at /spec-decode, as the reference pins them', async () => {
    const { page, errors } = await openPage(browser, '/spec-decode');
    const rows = page.locator('[data-testid="spec-decode-index"] tbody tr');
    await rows.first().waitFor();
    // One file holds every row (computed at ingest), so the whole table arrives at once.
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        href: tr.querySelector('a')?.getAttribute('href') ?? '',
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      })),
    );
    const reference = pinnedReference().index;
    expect(shown.map((r) => r.href).sort()).toEqual(Object.keys(reference).sort());
    expect(shown).toHaveLength(13);
    for (const { href, cells } of shown) {
      expect([href, cells[1], cells[2]]).toEqual([href, reference[href]!.headline, reference[href]!.crossover]);
    }
    const text = await page.getByTestId('spec-decode-index').innerText();
    expect(text).toContain('MTP +69.5% tok/s/GPU at 56 tok/s/user');
    expect(text).toContain('MTP wins above 20.24 tok/s/user');
    expect(errors).toEqual([]);
  });
});
