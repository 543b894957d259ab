import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnMarks, launchBrowser, openPage } from './browser';

/**
 * The chart's points from the keyboard (issue 13): one tab stop, arrows walk the points, Enter
 * pins the point with its run link, Escape and Close put focus back on the chart. The expected
 * point is found in the raw upstream rows, not in the app.
 */

interface RawRow {
  hardware: string;
  precision: string;
  spec_method: string;
  isl: number;
  osl: number;
  conc: number;
  run_url: string;
  metrics: { median_intvty: number; tput_per_gpu: number };
}

/** /spec-decode/dsr1/mi355x/fp4 at 8k/1k, all engines pooled: its MTP and Off rows, by interactivity. */
const rows = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../fixtures/real/inferencex_dsr1_latest_2026-06-14.json'), 'utf8'),
  ) as RawRow[]
).filter((r) => r.hardware === 'mi355x' && r.precision === 'fp4' && r.isl === 8192 && r.osl === 1024);
const byX = (spec: string) =>
  rows.filter((r) => r.spec_method === spec).sort((a, b) => a.metrics.median_intvty - b.metrics.median_intvty);
const mtp = byX('mtp');
const off = byX('none');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const activeTestId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);

/** Tabs from the top of the page until the chart has focus; how many presses it took. */
async function tabToChart(page: Page): Promise<number> {
  for (let presses = 1; presses <= 80; presses++) {
    await page.keyboard.press('Tab');
    if ((await activeTestId(page)) === 'chart-focus') return presses;
  }
  throw new Error('Tab never reached the chart');
}

describe('chart points from the keyboard', () => {
  it('Tab reaches the chart, arrows walk the points, Enter pins the right one, Escape and Close return focus', async () => {
    const { page, errors } = await openPage(browser, '/spec-decode/dsr1/mi355x/fp4');
    await page.locator('[data-testid="pinned-table"]').waitFor();
    const chart = page.getByTestId('chart-focus');
    expect(await chart.getAttribute('aria-label')).toBe('Chart: Throughput / GPU against Interactivity (tok/s/user)');
    const description = await page.evaluate(
      (id) => document.getElementById(id)?.textContent,
      (await chart.getAttribute('aria-describedby'))!,
    );
    expect(description).toContain(`2 series, ${mtp.length + off.length} points.`);
    await tabToChart(page);

    // The first point is MTP's lowest interactivity; Right twice gives MTP's third; Down goes to
    // the Off point nearest to it in interactivity.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const from = mtp[2]!.metrics.median_intvty;
    const target = [...off].sort(
      (a, b) => Math.abs(a.metrics.median_intvty - from) - Math.abs(b.metrics.median_intvty - from),
    )[0]!;
    const index = off.indexOf(target);
    const x = target.metrics.median_intvty.toFixed(2);
    const y = target.metrics.tput_per_gpu.toFixed(1);
    const reading = page.getByTestId('chart-reading');
    expect(await reading.textContent()).toBe(
      `Off, point ${index + 1} of ${off.length}: ${x} tok/s/user, ${y} tok/s/GPU, concurrency ${target.conc}, on the frontier. Enter: details.`,
    );
    expect(await reading.getAttribute('aria-live')).toBe('assertive');
    expect(await page.locator('.chart-focus-ring').count()).toBe(1);

    await page.keyboard.press('Enter');
    const panel = page.getByTestId('picked-point');
    await panel.waitFor();
    expect(await activeTestId(page)).toBe('picked-point');
    expect(await panel.locator('strong').first().textContent()).toBe(`Off: ${x} tok/s/user, ${y} tok/s/GPU`);
    expect(await panel.innerText()).toMatch(new RegExp(`Concurrency\\s+${target.conc}\\b`));
    // Tab goes on to the panel's controls: its Close button, then the run link of this very row.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(target.run_url);

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await activeTestId(page)).toBe('chart-focus');

    // The cursor stayed: End and Left give Off's second-highest interactivity.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const second = off[off.length - 2]!;
    expect(await reading.textContent()).toContain(
      `point ${off.length - 1} of ${off.length}: ${second.metrics.median_intvty.toFixed(2)} tok/s/user, ${second.metrics.tput_per_gpu.toFixed(1)} tok/s/GPU`,
    );
    // Close puts focus back too.
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await activeTestId(page)).toBe('chart-focus');

    // One tab stop: the next Tab leaves the chart (the SVG is not a second one).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="chart-focus"]')))).toBe(
      false,
    );
    // Focus elsewhere: no ring, no reading.
    expect(await page.locator('.chart-focus-ring').count()).toBe(0);
    expect(await reading.textContent()).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the hover card stays while the pointer moves onto it and closes on Escape', async () => {
    const { page, errors } = await openPage(browser, '/spec-decode/dsr1/mi355x/fp4');
    await page.locator('[data-testid="pinned-table"]').waitFor();
    const mark = (await drawnMarks(page, '[data-testid="chart"] path.point-mark[fill-opacity="1"]'))[1]!;
    await page.mouse.move(mark.x, mark.y);
    const card = page.getByRole('tooltip');
    await card.waitFor();
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(600);
    expect(await card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
