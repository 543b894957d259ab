import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, recordCommits, recorded, saveScreenshot } from './browser';

/**
 * Expected rows come from the independent Python reference (tests/reference/rank_reference.py,
 * which ranks the raw upstream rows itself), never from the app's model.
 */
interface PinnedRow {
  hardware: string;
  in_range: boolean;
  rank: number | null;
  value: number | null;
  series: { hardware: string; engine: string; specMethod: string; precision: string };
}
const pinned = JSON.parse(readFileSync(resolve(import.meta.dirname, '../reference/rank-pinned.json'), 'utf8')) as {
  throughput: { target: number; rows: PinnedRow[] };
  cost: { target: number; rows: PinnedRow[] };
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const search = (page: Page) => new URL(page.url()).search;

/** The ranked table as [row id, rank, value] per row, top to bottom. */
async function rankedRows(page: Page): Promise<[string, string, string][]> {
  return page
    .locator('[data-testid="rank-table"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((tr) => [
        tr.getAttribute('data-row') ?? '',
        tr.querySelector('[data-cell="rank"]')?.textContent ?? '',
        tr.querySelector('[data-cell="value"]')?.textContent ?? '',
      ]),
    );
}

const expectedRows = (rows: PinnedRow[], shown: (v: number) => string) =>
  rows.filter((r) => r.in_range).map((r) => [r.hardware, String(r.rank), shown(r.value!)]);

describe('/rank: every setup at matched interactivity', () => {
  it('at 375 px the value axis keeps only ticks whose labels do not overlap', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/rank?at=40`);
    await page.locator('[data-testid="rank-bars"] .rank-bar').first().waitFor();
    const boxes = await page
      .locator('[data-testid="rank-bars"] .rank-bars-axis text')
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]));
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]!).toBeGreaterThan(boxes[i - 1]![1]!);
    await context.close();
  });

  it('draws a bar per reached GPU in the reference order, each as long as its reference value on a zero-based axis', async () => {
    for (const [query, ref] of [
      ['?at=40', pinned.throughput],
      ['?at=40&metric=cost', pinned.cost],
    ] as const) {
      const { page, errors } = await openPage(browser, `/rank${query}`);
      await page.locator('[data-testid="rank-bars"] .rank-bar').first().waitFor();
      const drawn = await page.locator('[data-testid="rank-bars"] .rank-bar-row').evaluateAll((rows) =>
        rows.map((g) => {
          const bar = g.querySelector('.rank-bar')!;
          return {
            row: g.getAttribute('data-row'),
            x: Number(bar.getAttribute('x')),
            width: Number(bar.getAttribute('width')),
          };
        }),
      );
      const ticks = await page
        .locator('[data-testid="rank-bars"] .rank-bars-axis text')
        .evaluateAll((texts) => texts.map((t) => Number(t.getAttribute('x'))));
      const reached = ref.rows.filter((r) => r.in_range);
      expect(drawn.map((d) => d.row)).toEqual(reached.map((r) => r.hardware));
      // Every bar starts at zero (the first tick), and its length over its value is one scale.
      const zero = ticks[0]!;
      const scale = drawn[0]!.width / reached[0]!.value!;
      drawn.forEach((d, i) => {
        expect(d.x).toBeCloseTo(zero, 6);
        expect(Math.abs(d.width - reached[i]!.value! * scale)).toBeLessThan(0.01);
      });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('ranks every GPU at 40 tok/s/user as the reference does, on throughput and on cost; Back restores', async () => {
    const { page, errors } = await openPage(browser, '/rank?at=40');
    await page.locator('[data-testid="rank-table"]').waitFor();
    expect(await page.locator('h1').innerText()).toBe('Every setup at 40 tok/s/user');
    expect(await rankedRows(page)).toEqual(expectedRows(pinned.throughput.rows, (v) => v.toFixed(1)));
    // A GPU whose series do not reach the target is listed apart, with what it reaches.
    const outside = pinned.throughput.rows.filter((r) => !r.in_range).map((r) => r.hardware);
    expect(outside.length).toBeGreaterThan(0);
    for (const id of outside) {
      await expect
        .poll(() => page.locator(`[data-testid="rank-out-of-range"] [data-row="${id}"]`).innerText())
        .toMatch(/reaches [\d.]+–[\d.]+/);
    }
    // The winning series of the leader is named in its configuration cell.
    const leader = pinned.throughput.rows[0]!;
    const config = await page.locator(`[data-row="${leader.hardware}"] [data-cell="config"]`).innerText();
    expect(config).toMatch(leader.series.specMethod === 'mtp' ? /MTP/ : /^(?!.*MTP)/);

    await page.getByLabel('Metric').selectOption('cost');
    await page.getByLabel('Metric').press('Enter');
    await expect.poll(() => search(page)).toBe('?metric=cost&at=40');
    await expect.poll(() => rankedRows(page)).toEqual(expectedRows(pinned.cost.rows, (v) => `$${v.toFixed(3)}`));
    expect(await page.getByTestId('rank-sentences').innerText()).toMatch(/costs \d+% less than/);

    // The CSV holds the same rows, with unrounded values equal to the reference's.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download ranking (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('isoline-rank-dsr1-8k1k-cost-40.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'rank,setup,hardware,engine,spec_method,precision,target_tok_s_user,metric,value,unit,in_range,reach_lo,reach_hi,vs_base_pct,measured_at_least_value,measured_at_least_tok_s_user,concurrency,date,run_url,source',
    );
    const byHardware = new Map(lines.slice(1).map((l) => [l.split(',')[2], l.split(',')]));
    for (const row of pinned.cost.rows) {
      const cells = byHardware.get(row.hardware)!;
      expect(cells[10]).toBe(String(row.in_range));
      const value = cells[8] === '' ? null : Number(cells[8]);
      expect(value === null).toBe(row.value === null);
      expect(value === null || row.value === null ? 0 : Math.abs(value - row.value) / row.value).toBeLessThan(1e-9);
    }

    await page.getByText('Per GPU × engine', { exact: true }).click();
    await expect.poll(() => search(page)).toBe('?metric=cost&at=40&by=engine');
    await expect.poll(async () => (await rankedRows(page))[0]?.[0]).toContain(':');
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?metric=cost&at=40');
    await expect.poll(async () => (await rankedRows(page))[0]?.[0]).toBe(pinned.cost.rows[0]!.hardware);
    await saveScreenshot(page, 'rank-cost-40');
    expect(errors).toEqual([]);
  });

  it('draws the first screen first on a metric switch; what follows is marked busy and never mixes metrics', async () => {
    const { page, errors } = await openPage(browser, '/rank?at=40');
    await page.locator('[data-testid="rank-bars"] .rank-bar').first().waitFor();
    // After every commit: the metric the ranked table's caption names, the bars' and the lead
    // strip's titles.
    await recordCommits(
      page,
      `() => ({
        caption: document.querySelector('[data-testid="rank-table"] caption').textContent.split(' of every setup')[0],
        bars: document.getElementById('rank-bars-title').textContent,
        leader: document.getElementById('rank-leader-title').textContent,
      })`,
    );
    await page.getByLabel('Metric').selectOption('cost');
    await expect.poll(() => page.locator('#rank-bars-title').innerText()).toBe('Cost ($/M tok) at 40 tok/s/user');
    const seen = await recorded<{ caption: string; bars: string; leader: string }>(page);
    // The table showed cost while the bars still drew throughput, and said so.
    expect(seen.some((s) => s.caption === 'Cost ($/M tok)' && s.busy && s.bars.startsWith('Throughput'))).toBe(true);
    // Whenever the later part was not busy, it named the table's metric.
    const leaderLabel: Record<string, string> = {
      'Throughput (tok/s/GPU)': 'Throughput / GPU',
      'Cost ($/M tok)': 'Cost / M tokens',
    };
    for (const s of seen.filter((x) => !x.busy)) {
      expect(s.bars.startsWith(`${s.caption} at 40`)).toBe(true);
      expect(s.leader).toBe(`Who leads across interactivity (${leaderLabel[s.caption]})`);
    }
    expect(seen.at(-1)!.busy).toBe(false);
    expect(errors).toEqual([]);
  });

  it('opens a row on /inference with its series compared against the baseline', async () => {
    const { page, errors } = await openPage(browser, '/rank?at=40');
    await page.locator('[data-testid="rank-table"]').waitFor();
    const second = pinned.throughput.rows[1]!;
    await page.locator(`[data-row="${second.hardware}"] [data-cell="setup"] a`).click();
    await page.getByTestId('compare-two').waitFor();
    const address = new URL(page.url());
    expect(address.pathname).toBe('/inference');
    expect(address.searchParams.get('at')).toBe('40');
    expect(address.searchParams.get('a')).toContain(
      `${second.hardware}:${second.series.engine}:${second.series.specMethod}`,
    );
    expect(address.searchParams.get('b')).toContain(pinned.throughput.rows[0]!.hardware);
    expect(errors).toEqual([]);
  });

  it('corrects a junk link and says so', async () => {
    const { page, errors } = await openPage(browser, '/rank?at=abc&by=vendor&base=nope&step=0');
    await page.getByTestId('corrections').waitFor();
    const notice = await page.getByTestId('corrections').innerText();
    for (const param of ['at=abc', 'by=vendor', 'base=nope', 'step=0']) expect(notice).toContain(param);
    await expect.poll(() => search(page)).toBe('');
    expect(errors).toEqual([]);
  });
});
