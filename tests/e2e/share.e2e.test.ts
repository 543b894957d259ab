import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appTookOver, launchBrowser, markCount, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Clicks a download button and returns the file's suggested name and bytes. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Data lines of a CSV (the quoted title line and the header left out). */
function csvRows(text: string): string[] {
  const lines = text.trimEnd().split('\n');
  // One cell: quoted when it holds a comma, bare otherwise.
  expect(lines[0]).toMatch(/^("# [^"]*(""[^"]*)*"|# [^,"]*)$/);
  return lines.slice(2);
}

/** The exported SVG, parsed by the browser as a standalone image document would be. */
async function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      // One "M…Z" outline per point in each mark path.
      marks: [...doc.querySelectorAll('.export-chart .point-mark')].reduce(
        (n, p) => n + (p.getAttribute('d') ?? '').split('M').length - 1,
        0,
      ),
      curves: doc.querySelectorAll('.export-chart .frontier-curve').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      width: Number(root.getAttribute('width')),
      background: root.querySelector('rect')?.getAttribute('fill') ?? '',
    };
  }, svg);
}

const pageMarks = (page: Page) => markCount(page, '[data-testid="chart"] .recharts-surface .point-mark');

/** Width and height from a PNG's header (IHDR), in pixels. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Relative luminance of an `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
}

describe('share and export', () => {
  it('a comparison page: the points CSV and the SVG hold what the chart draws; the PNG is twice its size', async () => {
    const { page, errors } = await openPage(browser, '/spec-decode/dsr1/mi355x/fp4');
    await page.locator('[data-testid="chart"] .point-mark').first().waitFor();
    const marks = await pageMarks(page);
    // 15 raw rows of MI355X FP4 at 8k/1k in fixtures/real (7 MTP, 8 Off), every one drawn.
    expect(marks).toBe(15);
    const title = await page.locator('h1').innerText();

    const csv = await download(page, 'export-points-csv');
    expect(csv.name).toBe('isoline-dsr1-mi355x-fp4-mtp-vs-off-8k1k-throughput-points.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.split('\n')[0]).toContain(title);
    expect(csvRows(text)).toHaveLength(marks);
    expect(text.split('\n')[1]).toContain('chart y: Throughput (tok/s/GPU)');

    const svgFile = await download(page, 'export-svg');
    expect(svgFile.name).toBe('isoline-dsr1-mi355x-fp4-mtp-vs-off-8k1k-throughput-chart.svg');
    const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
    expect(svg.parseError).toBeNull();
    expect(svg.marks).toBe(marks);
    expect(svg.curves).toBe(await page.locator('[data-testid="chart"] .frontier-curve').count());
    expect(svg.texts).toEqual(expect.arrayContaining([title, page.url(), 'MTP', 'Off']));
    expect(svg.texts.some((t) => t.startsWith('Data: SemiAnalysis InferenceX'))).toBe(true);
    // The card's legend line, which says what the marks mean.
    expect(svg.texts.join(' ')).toContain('solid markers: frontier');

    const png = await download(page, 'export-png');
    expect(png.name).toBe('isoline-dsr1-mi355x-fp4-mtp-vs-off-8k1k-throughput-chart.png');
    expect(pngSize(png.bytes).width).toBe(2 * svg.width);
    expect(errors).toEqual([]);
  });

  it('/inference: as many CSV rows and exported marks as the chart draws, every legend name on the image', async () => {
    const { page, errors } = await openPage(browser, '/inference?metric=cost');
    await page.locator('[data-testid="chart"] .point-mark').first().waitFor();
    const marks = await pageMarks(page);
    // The subtitle counts the points of every series; nothing is hidden or left off on this view.
    const subtitle = await page.getByTestId('inference-subtitle').innerText();
    expect(Number(subtitle.match(/(\d+) points/)![1])).toBe(marks);

    const csv = await download(page, 'export-points-csv');
    expect(csv.name).toBe('isoline-inference-dsr1-8k1k-cost-best-per-gpu-points.csv');
    expect(csvRows(csv.bytes.toString('utf8'))).toHaveLength(marks);

    const svgFile = await download(page, 'export-svg');
    const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
    expect(svg.marks).toBe(marks);
    expect(svg.texts).toEqual(expect.arrayContaining([await page.locator('h1').innerText(), page.url()]));
    // Each shown legend entry reads "<line name>: <who leads where>"; the image names every line.
    const shown = await page.locator('.legend-toggle[aria-pressed="true"] .legend-label').allInnerTexts();
    expect(shown.length).toBeGreaterThan(3);
    for (const entry of shown) expect(svg.texts).toContain(entry.split(':')[0]);
    expect(errors).toEqual([]);
  });

  it('/rank: the bars export as an image with every bar and the page’s heading', async () => {
    const { page, errors } = await openPage(browser, '/rank?at=40');
    const bars = page.locator('[data-testid="rank-bars"] .rank-bar');
    await bars.first().waitFor();
    const svgFile = await download(page, 'export-svg');
    expect(svgFile.name).toBe('isoline-rank-dsr1-8k1k-throughput-40-bars-chart.svg');
    const counts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        bars: doc.querySelectorAll('.export-chart .rank-bar').length,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      };
    }, svgFile.bytes.toString('utf8'));
    expect(counts.bars).toBe(await bars.count());
    expect(counts.texts).toEqual(expect.arrayContaining([await page.locator('h1').innerText(), page.url()]));
    // The heading names no model: the image says which, as the page's subtitle does.
    expect(counts.texts.join(' ')).toContain('DeepSeek-R1-0528 · 8k/1k');
    expect(errors).toEqual([]);
  });

  it('the image keeps the theme: a dark page exports a dark background with light text', async () => {
    const { page } = await openPage(browser, '/spec-decode/dsr1/mi355x/fp4', { colorScheme: 'dark' });
    await page.locator('[data-testid="chart"] .point-mark').first().waitFor();
    const card = await page
      .getByTestId('chart')
      .evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, text: getComputedStyle(el).color }));
    const svgText = (await download(page, 'export-svg')).bytes.toString('utf8');
    const svg = await readSvg(page, svgText);
    expect(svg.background).toBe(card.background);
    expect(luminance(svg.background)).toBeLessThan(0.2);
    expect(svgText).toContain(`fill="${card.text}" class="export-title"`);
    expect(luminance(card.text)).toBeGreaterThan(0.6);
  });
});

describe('copy link and the table CSV', () => {
  it('Copy link puts the page’s canonical address on the clipboard; the table CSV holds the reference’s unrounded values', async () => {
    const { default: pinned } = await import('../reference/pinned-views.json');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    // A non-canonical address: the default sequence spelled out, which the page drops from its link.
    await page.goto(`${inject('baseUrl')}/spec-decode/dsr1/mi355x/fp4?seq=8k1k`);
    await appTookOver(page);
    await page.getByTestId('pinned-table').waitFor();
    await page.getByTestId('copy-link').click();
    await expect.poll(() => page.getByTestId('copy-link-status').textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${inject('baseUrl')}/spec-decode/dsr1/mi355x/fp4`);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download table (CSV)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('isoline-dsr1-mi355x-fp4-mtp-vs-off-8k1k-throughput.csv');
    const rows = csvRows(readFileSync(await file.path(), 'utf8')).map((line) => line.split(','));
    const view = pinned.pages['/spec-decode/dsr1/mi355x/fp4'];
    const throughput = rows.filter((r) => r[0] === 'Throughput (tok/s/GPU)');
    expect(throughput.map((r) => Number(r[1]))).toEqual(view.targets);
    for (const [i, row] of view.rows.entries()) {
      // Unrounded columns: MTP (A) and Off (B), against the independent reference to 1e-9.
      expect(Number(throughput[i]![3])).toBeCloseTo(row.MTP.tput, 9);
      expect(Number(throughput[i]![5])).toBeCloseTo(row.Off.tput, 9);
    }
    await context.close();
  });
});
