import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceTableCells } from '../setup/pinned-table';
import { referenceView, type ReferenceView } from '../setup/reference-views';
import { launchBrowser, openPage, saveScreenshot } from './browser';

/**
 * "As of" in the browser. Expected values: tests/reference/dated-pinned.json (made by
 * tests/reference/dated_reference.py from the raw rows) and, for the latest view,
 * tests/reference/pinned-views.json; never the app's own code.
 */
interface DatedPage extends ReferenceView {
  runDates: { A: string[]; B: string[] };
}
interface DatedSeries {
  hardware: string;
  engine: string;
  spec: string;
  points: number;
  runDates: string[];
}
const dated = JSON.parse(readFileSync(resolve(import.meta.dirname, '../reference/dated-pinned.json'), 'utf8')) as {
  asOf: { pages: Record<string, DatedPage> };
  asOfInference: Record<string, { date: string; series: DatedSeries[] }>;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const TABLE = '[data-testid="pinned-table"]';

/** The pinned table as the reference pins it: per metric row, per target, [A, B]. */
async function shownTable(page: Page): Promise<Record<string, string[][]>> {
  const out: Record<string, string[][]> = {};
  for (const metric of ['tokPerSecPerGpu', 'usdPerMillionTokens', 'tokPerSecPerMegawatt']) {
    const cells = page.locator(`${TABLE} tr[data-metric="${metric}"] td`);
    out[metric] = [];
    for (let i = 0; i < (await cells.count()); i++) {
      const cell = cells.nth(i);
      out[metric].push([
        await cell.locator('[data-side="a"]').innerText(),
        await cell.locator('[data-side="b"]').innerText(),
      ]);
    }
  }
  return out;
}

const headers = (page: Page) => page.locator(`${TABLE} thead th`).allInnerTexts();
const expectedHeaders = (view: ReferenceView) => ['Metric', ...view.targets.map((t) => `${t} tok/s/user`)];

/** Waits until the table's headers are the view's targets, then compares every cell. */
async function expectTable(page: Page, view: ReferenceView) {
  await page.waitForFunction(
    ([selector, expected]) =>
      JSON.stringify([...document.querySelectorAll(selector)].map((th) => th.textContent)) === expected,
    [`${TABLE} thead th`, JSON.stringify(expectedHeaders(view))] as const,
  );
  expect(await headers(page)).toEqual(expectedHeaders(view));
  expect(await shownTable(page)).toEqual(referenceTableCells(view));
}

describe('as of a date', () => {
  it('a comparison: pick a day, the address and table follow; Back is the latest view, Forward the day again', async () => {
    const latestPath = '/spec-decode/dsr1/b200/fp4?seq=1k1k';
    const asOf = dated.asOf.pages['/spec-decode/dsr1/b200/fp4?seq=1k1k&date=2026-01-15']!;
    // The newest run shown as of 2026-01-15 is the last run date of this choice on or before
    // that day, so picking it in the list shows the same points.
    const day = [...asOf.runDates.A, ...asOf.runDates.B].sort().at(-1)!;
    const { page, errors } = await openPage(browser, latestPath);
    await page.locator(TABLE).waitFor();
    await expectTable(page, referenceView(latestPath));
    expect(await page.getByTestId('as-of-text').innerText()).toMatch(/^Latest view: /);

    const picker = page.getByLabel('As of');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="date-control"] option').length > 2);
    await picker.selectOption(day);
    await page.waitForFunction((s) => location.search === s, `?seq=1k1k&date=${day}`);
    await expectTable(page, asOf);
    expect(await page.getByTestId('as-of-text').innerText()).toMatch(
      new RegExp(
        `^As of ${day}: each configuration line's latest run on or before that day; shown points from runs of `,
      ),
    );
    await saveScreenshot(page, 'spec-decode-b200-fp4-as-of');

    await page.goBack();
    await page.waitForFunction(() => location.search === '?seq=1k1k');
    await expectTable(page, referenceView(latestPath));
    expect(await picker.inputValue()).toBe('');

    await page.goForward();
    await page.waitForFunction((s) => location.search === s, `?seq=1k1k&date=${day}`);
    await expectTable(page, asOf);
    expect(await picker.inputValue()).toBe(day);
    expect(errors).toEqual([]);
  });

  it('/inference as of 2026-02-01: the lines drawn, their series and points, and the run dates named', async () => {
    const path = '/inference?seq=8k1k&prec=fp4&date=2026-02-01';
    const reference = dated.asOfInference[path]!;
    const { page, errors } = await openPage(browser, path);
    // 8k/1k is the default sequence: the canonical address leaves it out.
    await page.waitForFunction(() => location.search === '?date=2026-02-01&prec=fp4');
    const legend = page.getByTestId('legend');
    await legend.locator('button[data-series]').first().waitFor();

    // Best per GPU (the default): one line per GPU, each the best of that GPU's series.
    const byGpu = new Map<string, { series: number; points: number }>();
    for (const s of reference.series) {
      const g = byGpu.get(s.hardware) ?? { series: 0, points: 0 };
      byGpu.set(s.hardware, { series: g.series + 1, points: g.points + s.points });
    }
    const gpuEntries = await legend
      .locator('button[data-series]')
      .evaluateAll((buttons) =>
        buttons.map((b) => [b.getAttribute('data-series'), b.getAttribute('aria-label')] as const),
      );
    expect(gpuEntries.map(([id]) => id).sort()).toEqual([...byGpu.keys()].sort());
    for (const [id, label] of gpuEntries) {
      const { series, points } = byGpu.get(id!)!;
      expect(label).toContain(`best of ${series} series`);
      expect(label).toMatch(new RegExp(`\\(${points} points?\\)$`));
    }
    expect(Number(await page.getByTestId('chart').getAttribute('data-series-count'))).toBeGreaterThanOrEqual(
      byGpu.size,
    );

    // Every series: one legend entry per series of the reference, with its point count.
    await page.getByLabel('Lines', { exact: true }).selectOption('all');
    await page.waitForFunction(() => location.search.includes('best=all'));
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="legend"] button[data-series]').length === n,
      reference.series.length,
    );
    const seriesEntries = await legend
      .locator('button[data-series]')
      .evaluateAll((buttons) =>
        buttons.map((b) => [b.getAttribute('data-series'), b.querySelector('.legend-count')?.textContent] as const),
      );
    // A token is gpu:engine:method, with :fp4 only where the GPU, engine and method ran in several precisions.
    const shown = seriesEntries.map(([token, count]) => [token!.split(':').slice(0, 3).join(':'), count]).sort();
    const expected = reference.series.map((s) => [`${s.hardware}:${s.engine}:${s.spec}`, `(${s.points})`]).sort();
    expect(shown).toEqual(expected);
    expect(await page.getByTestId('chart').getAttribute('data-series-count')).toBe(String(reference.series.length));

    // The header names the day and the run dates of every shown point.
    const dates = [...new Set(reference.series.flatMap((s) => s.runDates))].sort();
    expect(await page.getByTestId('as-of-text').innerText()).toBe(
      `As of 2026-02-01: each configuration line's latest run on or before that day; shown points from runs of ` +
        `${dates[0]} … ${dates.at(-1)} (${dates.length} dates).`,
    );
    // Inside the closed <details>: read as text, not as rendered.
    expect(await page.locator('[data-testid="as-of-dates"] li').allTextContents()).toEqual(dates);
    await saveScreenshot(page, 'inference-as-of-2026-02-01');
    expect(errors).toEqual([]);
  });
});
