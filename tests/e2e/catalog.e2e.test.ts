import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './browser';

interface RawRow {
  hardware: string;
  framework: string;
  precision: string;
  spec_method: string;
  date: string;
  metrics: { tput_per_gpu?: number; median_intvty?: number };
}

// Expected figures come straight from the raw upstream rows, not from the ingest's output.
const raw: RawRow[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/real/inferencex_dsr1_latest_2026-06-14.json'), 'utf8'),
);
/** Counts the independent dated reference (tests/reference/dated_reference.py) found in the raw files. */
const datedCounts = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../reference/dated-pinned.json'), 'utf8')) as {
    counts: { distinctRecords: number; latestViewPoints: Record<string, number> };
  }
).counts;
const latestViewPoints = Object.values(datedCounts.latestViewPoints).reduce((a, b) => a + b, 0);
const distinct = (values: string[]) => new Set(values).size;
const dates = raw.map((r) => r.date).sort();
const workloads = new Map<string, Set<string>>();
for (const r of raw) {
  const key = `${r.hardware} ${r.precision}`;
  workloads.set(key, (workloads.get(key) ?? new Set()).add(r.spec_method));
}
const bothSpecMethods = [...workloads.values()].filter((s) => s.has('mtp') && s.has('none')).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('catalog at /', () => {
  it('shows counts that match the raw data, toggles the theme, and has no console errors', async () => {
    const { page, errors } = await openPage(browser, '/');
    await page.getByTestId('stat-points').waitFor();
    expect(await page.getByTestId('stat-points').textContent()).toBe(String(latestViewPoints));
    expect(await page.getByTestId('stat-history').textContent()).toBe(
      datedCounts.distinctRecords.toLocaleString('en-US'),
    );
    expect(await page.getByTestId('stat-gpus').textContent()).toBe(String(distinct(raw.map((r) => r.hardware))));
    expect(await page.getByTestId('stat-engines').textContent()).toBe(String(distinct(raw.map((r) => r.framework))));
    expect(await page.getByTestId('stat-dates').textContent()).toBe(`${dates[0]} – ${dates.at(-1)}`);
    expect(await page.getByTestId('comparison-list').locator('li').count()).toBe(bothSpecMethods);
    expect(await page.getByTestId('vendor-AMD').locator('li').count()).toBe(
      distinct(raw.filter((r) => r.hardware.startsWith('mi')).map((r) => r.hardware)),
    );
    await saveScreenshot(page, 'catalog-light');

    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.getByText('Dark', { exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(17, 19, 23)');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await saveScreenshot(page, 'catalog-dark');
    expect(errors).toEqual([]);
  });

  it('opens a comparison from its catalog link (its code loads on demand)', async () => {
    const { page, errors } = await openPage(browser, '/');
    await page.getByRole('link', { name: 'MI355X FP4: MTP vs Off' }).click();
    await page.locator('[data-testid="pinned-table"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/spec-decode/dsr1/mi355x/fp4');
    await page.goBack();
    await page.getByTestId('stat-points').waitFor();
    expect(errors).toEqual([]);
  });

  it('follows the system theme until the user picks one', async () => {
    const { page, errors } = await openPage(browser, '/', { colorScheme: 'dark' });
    await page.getByTestId('stat-points').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByText('Light', { exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(errors).toEqual([]);
  });

  it('shows a real 404 page for an unknown route, with a way back', async () => {
    const { page, errors } = await openPage(browser, '/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.locator('main code').textContent()).toBe('/no/such/page');
    await page.getByRole('link', { name: 'The catalog' }).click();
    await page.getByTestId('stat-points').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
  });

  it('names the broken file and offers a retry when the manifest cannot be loaded', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let broken = true;
    await page.route('**/data/manifest.json', async (route) => {
      if (broken) await route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1,' });
      else await route.continue();
    });
    await page.goto(`${inject('baseUrl')}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('data/manifest.json is not valid JSON');
    // The header keeps working while the data is broken.
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    broken = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByTestId('stat-points').waitFor();
    expect(await page.getByTestId('stat-points').textContent()).toBe(String(latestViewPoints));
    await context.close();
  });
});
