import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, openPage, saveScreenshot } from './browser';

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
const hollowMarks = (page: Page) => page.locator(`${CHART} path.point-mark-hollow`);

/** Picks a file through the browser's own file chooser, as a person does with "Choose a file…". */
async function choose(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a file…' }).click(),
  ]);
  await chooser.setFiles(file);
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
    expect(Number(await page.locator(CHART).getAttribute('data-series-count'))).toBe(publishedSeries + 1);
    expect(await hollowMarks(page).count()).toBe(5);
    // Not in the address.
    expect(new URL(page.url()).search).toBe('?seq=1k1k');

    // Hover and pinned cards say where the point comes from.
    await hollowMarks(page).first().hover();
    const tooltip = page.getByRole('tooltip');
    expect(await tooltip.innerText()).toContain('vllm-gpt-oss-120b · your data');
    expect(await tooltip.innerText()).toContain('your data: vllm-gpt-oss-120b.jsonl');
    await hollowMarks(page).first().click({ force: true });
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
    expect(await hollowMarks(page).count()).toBe(0);
    expect(Number(await page.locator(CHART).getAttribute('data-series-count'))).toBe(publishedSeries);
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
});
