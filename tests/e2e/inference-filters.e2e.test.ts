import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './browser';
import { readShippedJson, shippedRawPoints } from '../setup/shipped-data';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

// Read straight from the shipped files, without app code: the 8k/1k GPUs and each GPU's vendor.
const points = shippedRawPoints<{ hardware: string }>('8k1k');
const vendors = new Map(
  (readShippedJson('data/manifest.json') as { hardware: { key: string; vendor: string }[] }).hardware.map((h) => [
    h.key,
    h.vendor,
  ]),
);
const gpus = [...new Set(points.map((p) => p.hardware))].sort();
const amdGpus = gpus.filter((g) => vendors.get(g) === 'AMD');

const CHART = '[data-testid="chart"]';
const legendIds = async (page: Page) =>
  (
    await page
      .locator('[data-testid="legend"] button[data-series]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-series') ?? ''))
  ).sort();

describe('inference chart: best per GPU and quick filters', () => {
  it('opens on one line per GPU, filters to AMD, and Back brings every vendor back', async () => {
    const { page, errors } = await openPage(browser, '/inference');
    await page.locator(`${CHART} .recharts-line-curve`).first().waitFor();
    expect(gpus).toHaveLength(9);
    expect(amdGpus.length).toBeGreaterThan(0);
    expect(await legendIds(page)).toEqual(gpus);
    expect(await page.getByLabel('Lines', { exact: true }).inputValue()).toBe('gpu');
    expect(await page.getByTestId('inference-subtitle').innerText()).toContain('best per GPU: 9 lines');
    const lines = await page.locator(`${CHART} .recharts-line-curve`).count();
    expect(lines).toBeGreaterThanOrEqual(9);
    expect(lines).toBeLessThan(20);
    await saveScreenshot(page, 'inference-best-per-gpu');

    await page.getByLabel('Vendors').selectOption('amd');
    await page.waitForFunction(() => location.search === '?vendor=amd');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="legend"] button[data-series]').length === n,
      amdGpus.length,
    );
    expect(await legendIds(page)).toEqual(amdGpus);
    const subtitle = await page.getByTestId('inference-subtitle').innerText();
    expect(subtitle).toContain(
      `filtered to AMD GPUs: ${points.length - points.filter((p) => vendors.get(p.hardware) === 'AMD').length} points left out`,
    );
    const legendText = await page.getByTestId('legend').innerText();
    expect(legendText).not.toContain('NVIDIA');

    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="legend"] button[data-series]').length === n,
      gpus.length,
    );
    expect(await legendIds(page)).toEqual(gpus);
    expect(await page.getByLabel('Vendors').inputValue()).toBe('__all__');
    expect(errors).toEqual([]);
  });
});
