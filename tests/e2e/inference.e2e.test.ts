import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnMarks, launchBrowser, openPage, saveScreenshot } from './browser';
import { shippedRawPoints } from '../setup/shipped-data';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The shipped 8k/1k points, read straight from the file the page fetches. */
const points = shippedRawPoints<{ hardware: string; engine: string; specMethod: string; precision: string }>('8k1k');
const seriesCount = (precision: string) =>
  new Set(points.filter((p) => p.precision === precision).map((p) => [p.hardware, p.engine, p.specMethod].join(':')))
    .size;

const search = (page: Page) => new URL(page.url()).search;
const CHART = '[data-testid="chart"]';
const legendButton = (page: Page, token: string) =>
  page.locator(`[data-testid="legend"] button[data-series="${token}"]`);
const drawnSeries = async (page: Page) => Number(await page.locator(CHART).getAttribute('data-series-count'));
const labels = (page: Page) => page.locator(`${CHART} .recharts-label`).allTextContents();
const yTicks = (page: Page) =>
  page.locator(`${CHART} .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value`).allTextContents();

/** The pinned table's [A, B] cell texts per target for one metric row. */
async function tableRow(page: Page, metric: string): Promise<string[][]> {
  const cells = page.locator(`[data-testid="pinned-table"] tr[data-metric="${metric}"] td`);
  const out: string[][] = [];
  for (let i = 0; i < (await cells.count()); i++) {
    const cell = cells.nth(i);
    out.push([await cell.locator('[data-side="a"]').innerText(), await cell.locator('[data-side="b"]').innerText()]);
  }
  return out;
}

async function waitForSearch(page: Page, expected: string) {
  await page.waitForFunction((s) => location.search === s, expected);
}

/** A tick label's number: "20k" is 20,000, "1.5M" 1,500,000. */
const tickValue = (text: string) => {
  const m = /^(-?[\d.,]+)([kM]?)$/.exec(text.trim());
  if (!m) throw new Error(`not a tick label: ${text}`);
  return Number(m[1]!.replace(/,/g, '')) * (m[2] === 'k' ? 1e3 : m[2] === 'M' ? 1e6 : 1);
};

/**
 * Each axis' scale as Recharts drew the axis: through its first and last tick labels, in log
 * space when `log`. The labels' x (x axis) and y (y axis) attributes are the ticks' places.
 */
async function drawnScales(page: Page, log: { x: boolean; y: boolean }) {
  const read = (axis: 'x' | 'y') =>
    page
      .locator(`${CHART} .recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`)
      .evaluateAll((els, a) => els.map((e) => ({ text: e.textContent ?? '', at: Number(e.getAttribute(a)) })), axis);
  const scale = (ticks: { text: string; at: number }[], isLog: boolean) => {
    const t = (v: number) => (isLog ? Math.log10(v) : v);
    const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
    const [va, vb] = [t(tickValue(a.text)), t(tickValue(b.text))];
    return (v: number) => a.at + ((t(v) - va) * (b.at - a.at)) / (vb - va);
  };
  return { x: scale(await read('x'), log.x), y: scale(await read('y'), log.y) };
}

describe('inference chart', () => {
  it('opens a deep link; hides a series, switches axis and scale, compares two series; Back and Forward restore', async () => {
    const { page, errors } = await openPage(browser, '/inference?prec=fp4&metric=cost&best=all');
    await page.locator(`${CHART} .recharts-line-curve`).first().waitFor();
    const total = seriesCount('fp4');
    expect(await page.getByTestId('inference-subtitle').innerText()).toContain(`8k/1k · FP4 · ${total} series`);
    expect(await page.getByTestId('legend-count').innerText()).toBe(`${total} of ${total} series shown`);
    expect(await drawnSeries(page)).toBe(total);
    expect(await labels(page)).toContain('$/M tok');
    expect(await page.getByLabel('FP8').isChecked()).toBe(false);

    // Hide a series from the legend, then show it again: the URL and the chart follow.
    const atomOff = legendButton(page, 'mi355x:atom:none:fp4');
    expect(await atomOff.getAttribute('aria-pressed')).toBe('true');
    await atomOff.click();
    await waitForSearch(page, '?prec=fp4&metric=cost&hide=mi355x:atom:none:fp4');
    expect(await atomOff.getAttribute('aria-pressed')).toBe('false');
    expect(await drawnSeries(page)).toBe(total - 1);
    expect(await page.getByTestId('legend-count').innerText()).toBe(`${total - 1} of ${total} series shown`);
    await atomOff.click();
    // With a series hidden, every series is the default (the link names series), so best=all is left out until then.
    await waitForSearch(page, '?prec=fp4&metric=cost&best=all');
    expect(await drawnSeries(page)).toBe(total);

    // Search the legend: only matching entries are listed.
    await page.getByLabel('Find series').fill('MI355X MTP');
    expect(await page.getByTestId('legend-count').innerText()).toContain('· 3 match');
    await page.getByLabel('Find series').fill('');

    // X axis: time to first token, lower is better.
    await page.getByLabel('X axis').selectOption('ttft');
    await waitForSearch(page, '?prec=fp4&metric=cost&x=ttft&best=all');
    expect((await labels(page)).some((l) => l.startsWith('Time to first token, median (s) — lower is better'))).toBe(
      true,
    );

    // Log scale: the y ticks become powers of ten apart.
    const linearTicks = await yTicks(page);
    await page.getByLabel('Log scale').check();
    await waitForSearch(page, '?prec=fp4&metric=cost&x=ttft&scale=log&best=all');
    await page.waitForFunction(
      (before) =>
        JSON.stringify(
          [
            ...document.querySelectorAll(
              '[data-testid="chart"] .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value',
            ),
          ].map((t) => t.textContent),
        ) !== before,
      JSON.stringify(linearTicks),
    );
    await saveScreenshot(page, 'inference-ttft-log');

    // Compare two: MI355X ATOM MTP vs Off — the spec-decode page's numbers for ATOM.
    await page.getByLabel('Series A', { exact: true }).selectOption('mi355x:atom:mtp:fp4');
    await page.getByTestId('compare-status').waitFor();
    expect(await page.getByTestId('compare-status').innerText()).toContain('pick a second series');
    await page.getByLabel('Series B', { exact: true }).selectOption('mi355x:atom:none:fp4');
    await page.locator('[data-testid="pinned-table"]').waitFor();
    const compared = search(page);
    expect(compared).toBe('?prec=fp4&metric=cost&x=ttft&scale=log&a=mi355x:atom:mtp:fp4&b=mi355x:atom:none:fp4');
    const throughput = await tableRow(page, 'tokPerSecPerGpu');
    const cost = await tableRow(page, 'usdPerMillionTokens');
    expect(throughput).toEqual([
      ['3352.8', '2324.2'],
      ['2802.7', '1555.6'],
      ['2252.7', '1113.2'],
    ]);
    expect(await page.locator('[data-testid="pinned-table"] thead th').allInnerTexts()).toEqual([
      'Metric',
      '35 tok/s/user',
      '56 tok/s/user',
      '77 tok/s/user',
    ]);
    expect(await page.getByTestId('sentences').innerText()).toContain('costs 31% less');
    await saveScreenshot(page, 'inference-compare');

    // Back: B unpicked; again: A unpicked; again: the x axis switch undone (log scale was a replace).
    await page.goBack();
    await waitForSearch(page, '?prec=fp4&metric=cost&x=ttft&scale=log&a=mi355x:atom:mtp:fp4');
    await page.getByTestId('compare-status').waitFor();
    expect(await page.locator('[data-testid="pinned-table"]').count()).toBe(0);
    await page.goBack();
    await waitForSearch(page, '?prec=fp4&metric=cost&x=ttft&scale=log&best=all');
    await page.goBack();
    await waitForSearch(page, '?prec=fp4&metric=cost&best=all');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="chart"] .recharts-label')].some((l) =>
        l.textContent?.startsWith('Interactivity'),
      ),
    );
    expect(await page.getByLabel('X axis').inputValue()).toBe('interactivity');
    expect(await page.getByLabel('Log scale').isChecked()).toBe(false);

    // Forward three times: the compared pair and its table come back.
    for (let i = 0; i < 3; i++) await page.goForward();
    await waitForSearch(page, compared);
    await page.locator('[data-testid="pinned-table"]').waitFor();
    expect(await tableRow(page, 'tokPerSecPerGpu')).toEqual(throughput);

    // The spec-decode page on ATOM shows the same table: one engine, shared code.
    const specDecode = await openPage(browser, '/spec-decode/dsr1/mi355x/fp4?engine=atom');
    await specDecode.page.locator('[data-testid="pinned-table"]').waitFor();
    expect(await tableRow(specDecode.page, 'tokPerSecPerGpu')).toEqual(throughput);
    expect(await tableRow(specDecode.page, 'usdPerMillionTokens')).toEqual(cost);
    expect(specDecode.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each([
    ['/spec-decode/dsr1/mi355x/fp4', 'Interactivity', { x: false, y: false }],
    ['/inference?x=e2e&scale=log', 'End-to-end latency (median)', { x: true, y: true }],
  ] as const)('draws each point where the axes Recharts drew put its values: %s', async (path, xName, log) => {
    const { page, errors } = await openPage(browser, path);
    await page.locator(`${CHART} .recharts-line-curve`).first().waitFor();
    const scales = await drawnScales(page, log);
    // Circles only: a circle's box is centred on its point (a triangle's is not). Frontier
    // circles from the last drawn, which lie on top.
    const circles = (await drawnMarks(page, `${CHART} path.point-mark:not(.point-mark-dominated)`)).filter(
      (m) => m.circle,
    );
    expect(circles.length).toBeGreaterThan(4);
    for (const i of [1, 2, 3, 4, 5]) {
      const mark = circles.at(-i)!;
      await page.mouse.move(mark.x, mark.y);
      const lines = (await page.getByRole('tooltip').innerText()).split('\n');
      const valueAfter = (name: string) => Number(lines[lines.indexOf(name) + 1]!.split(' ')[0]!.replace(/,/g, ''));
      const [x, y] = [valueAfter(xName), valueAfter('Throughput / GPU')];
      const centre = mark.user;
      // The card rounds to 4 significant digits: well under a pixel at this size.
      expect(Math.abs(centre.x - scales.x(x))).toBeLessThan(1);
      expect(Math.abs(centre.y - scales.y(y))).toBeLessThan(1);
    }
    expect(errors).toEqual([]);
  });

  it('corrects junk parameters, says so, and rewrites the address', async () => {
    const { page, errors } = await openPage(browser, '/inference?x=sideways&hide=nope&a=mi355x:sglang:mtp&seq=1k1k');
    await page.getByTestId('corrections').waitFor();
    const notice = await page.getByTestId('corrections').innerText();
    expect(notice).toContain('x=sideways');
    expect(notice).toContain('hide=nope');
    expect(notice).toContain('a=mi355x:sglang:mtp');
    expect(notice).toContain('add the precision');
    await waitForSearch(page, '?seq=1k1k');
    expect(await page.getByTestId('inference-subtitle').innerText()).toContain('1k/1k');
    await page.getByRole('button', { name: /Dismiss/ }).click();
    expect(await page.getByTestId('corrections').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('explains empty states, and links a series to its MTP vs Off page', async () => {
    const { page, errors } = await openPage(browser, '/inference?best=all');
    await page.locator(`${CHART} .recharts-line-curve`).first().waitFor();
    await saveScreenshot(page, 'inference-every-series');
    await page.getByRole('button', { name: 'Hide all' }).click();
    await page.getByTestId('chart-empty').waitFor();
    expect(await page.getByTestId('chart-empty').innerText()).toContain('Every series is hidden');
    expect(search(page)).toMatch(/^\?hide=h100:/);
    await page.getByRole('button', { name: 'Show all' }).click();
    await waitForSearch(page, '?best=all');
    await page.locator(`${CHART} .recharts-line-curve`).first().waitFor();

    // Two series with no interactivity in common: no table, and why.
    await page.getByLabel('Series A', { exact: true }).selectOption('mi355x:sglang:mtp:fp4');
    await page.getByLabel('Series B', { exact: true }).selectOption('mi355x:sglang:none:fp4');
    await page.getByText('These two series do not overlap').waitFor();
    expect(await page.getByTestId('band-summary').innerText()).toContain('share no interactivity range');
    expect(await page.locator('[data-testid="pinned-table"]').count()).toBe(0);

    await page.getByRole('link', { name: 'MI355X ATOM MTP FP4 against Off: the MTP vs Off page' }).click();
    await page.locator('[data-testid="pinned-table"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/spec-decode/dsr1/mi355x/fp4');
    expect(search(page)).toBe('?engine=atom');
    expect(errors).toEqual([]);
  });
});
