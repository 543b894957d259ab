import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnMarks, launchBrowser, openPage, recordCommits, recorded, saveScreenshot, waitForMarks } from './browser';

// Expected values: tests/reference/dated-pinned.json, made by dated_reference.py from the raw rows.
interface Pinned {
  runDates: string[];
  frontiers: Record<string, [number, number][]>;
  trend: { target: number; byDate: Record<string, { tput: number } | null> }[];
  fromTo: { targets: number[]; cells: { A: { tput: string }; B: { tput: string } }[] };
  blog: {
    numericMatched: number;
    numericTotal: number;
    unreachableMatched: number;
    unreachableTotal: number;
    differing: { date: string; target: number }[];
  };
}
const PATH = '/history/dsv4/mi355x/fp4?engine=sglang&spec=none';
const pinned = JSON.parse(readFileSync(resolve(import.meta.dirname, '../reference/dated-pinned.json'), 'utf8')) as {
  history: Record<string, Pinned>;
};
const ref = pinned.history[PATH]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const search = (page: Page) => new URL(page.url()).search;

async function trendCells(page: Page): Promise<Record<string, string[]>> {
  const rows = page.locator('[data-testid="trend-table"] tbody tr');
  const out: Record<string, string[]> = {};
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out[(await row.getAttribute('data-date'))!] = await row.locator('td [data-value]').allInnerTexts();
  }
  return out;
}

async function fromToThroughput(page: Page): Promise<string[][]> {
  const cells = page.locator('[data-testid="pinned-table"] tr[data-metric="tokPerSecPerGpu"] td');
  const out: string[][] = [];
  for (let i = 0; i < (await cells.count()); i++) {
    const cell = cells.nth(i);
    out.push([await cell.locator('[data-side="a"]').innerText(), await cell.locator('[data-side="b"]').innerText()]);
  }
  return out;
}

const headers = (page: Page) => page.locator('[data-testid="pinned-table"] thead th').allInnerTexts();

/** The comparison's default targets on a band, written out from the rule (¼, ½, ¾ of the band, rounded, kept inside). */
function defaultTargets(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (const q of [0.25, 0.5, 0.75]) {
    const t = Math.min(Math.floor(hi), Math.max(Math.ceil(lo), Math.round(lo + (hi - lo) * q)));
    if (out.at(-1) !== t) out.push(t);
  }
  return out;
}

const trendValue = (date: string, target: number) =>
  ref.trend.find((t) => t.target === target)?.byDate[date]?.tput.toFixed(1);

describe('history page', () => {
  it('draws each pinned trend as the reference has it: a dot per date reaching a target, gaps where none does', async () => {
    for (const [path, pin] of Object.entries(pinned.history)) {
      const { page, errors } = await openPage(browser, path);
      await page.locator('[data-testid="trend-chart"] .trend-line').first().waitFor();
      const drawn = await page.locator('[data-testid="trend-chart"] .trend-line').evaluateAll((lines) =>
        lines.map((g) => ({
          target: Number(g.getAttribute('data-target')),
          dots: g.querySelectorAll('.trend-dot').length,
          // Vertices of each stroke of the line's path ("M x,y L x,y …", one M per stroke).
          strokes: (g.querySelector('path')?.getAttribute('d') ?? '')
            .split('M')
            .slice(1)
            .map((stroke) => stroke.split('L').length),
        })),
      );
      // From the reference: runs of consecutive run dates that reach the target; a run of one
      // date is a dot without a stroke.
      const expected = pin.trend.map((t) => {
        const runs: number[] = [];
        let run = 0;
        for (const date of [...pin.runDates].sort()) {
          if (t.byDate[date]) {
            run += 1;
          } else {
            runs.push(run);
            run = 0;
          }
        }
        runs.push(run);
        return { target: t.target, dots: runs.reduce((a, b) => a + b, 0), strokes: runs.filter((r) => r >= 2) };
      });
      expect({ path, drawn }).toEqual({ path, drawn: expected });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('dsv4 MI355X FP4: trend and blog table, then a new "to" date, Back and Forward', async () => {
    const { page, errors } = await openPage(browser, PATH);
    await page.locator('[data-testid="trend-table"]').waitFor();
    await page.locator('[data-testid="chart"] .recharts-scatter').first().waitFor();
    expect(await page.getByTestId('provenance').innerText()).toBe(
      'Transcribed from a blog post: only the points it printed.',
    );
    const expected = Object.fromEntries(
      ref.runDates.map((d) => [d, ref.trend.map((t) => t.byDate[d]?.tput.toFixed(1) ?? 'unreachable')]),
    );
    expect(await trendCells(page)).toEqual(expected);
    expect(await page.getByTestId('published-summary').innerText()).toContain(
      `reproduce ${ref.blog.numericMatched} of ${ref.blog.numericTotal} numeric cells and ${ref.blog.unreachableMatched} of ${ref.blog.unreachableTotal}`,
    );
    const differing = await page
      .locator('[data-testid="published-differences"] li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-cell')));
    expect(differing.sort()).toEqual(ref.blog.differing.map((d) => `${d.date}@${d.target}`).sort());
    expect(await fromToThroughput(page)).toEqual(ref.fromTo.cells.map((c) => [c.A.tput, c.B.tput]));
    await page.waitForFunction(() => location.search === '');
    await saveScreenshot(page, 'history-dsv4-mi355x-fp4');

    // A new "to": side B is the 2026-05-10 run, at the default targets of the band both dates reach.
    await page.getByLabel('To', { exact: true }).selectOption('2026-05-10');
    await page.waitForFunction(() => location.search === '?to=2026-05-10');
    const [from, to] = [ref.frontiers['2026-05-02']!, ref.frontiers['2026-05-10']!];
    const targets = defaultTargets(Math.max(from[0]![0], to[0]![0]), Math.min(from.at(-1)![0], to.at(-1)![0]));
    const shown = targets.map((t) => `${t} tok/s/user`);
    await expect.poll(() => headers(page)).toEqual(['Metric', ...shown]);
    const rows = await fromToThroughput(page);
    // 15 tok/s/user is one of the trend's targets: both sides equal the trend's cells there.
    expect(rows[targets.indexOf(15)]).toEqual([trendValue('2026-05-02', 15), trendValue('2026-05-10', 15)]);

    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    await expect.poll(() => fromToThroughput(page)).toEqual(ref.fromTo.cells.map((c) => [c.A.tput, c.B.tput]));
    await page.goForward();
    await page.waitForFunction(() => location.search === '?to=2026-05-10');
    await expect.poll(() => headers(page)).toEqual(['Metric', ...shown]);
    expect(search(page)).toBe('?to=2026-05-10');
    expect(errors).toEqual([]);
  });

  it('a picked point on /inference links to its setup’s history, which opens without corrections', async () => {
    const { page, errors } = await openPage(browser, '/inference?best=all');
    const frontier = '[data-testid="chart"] path.point-mark[fill-opacity="1"]';
    await waitForMarks(page, frontier);
    // Every file in and drawn: a click on a busy machine must not land on a chart being redrawn.
    await page.waitForLoadState('networkidle');
    const marks = await drawnMarks(page, frontier);
    const link = page.getByTestId('picked-point').getByTestId('point-history-link');
    // A click can land on the hover card that the pointer's arrival opened; then the next mark is tried.
    for (let i = 0; i < 3 && (await link.count()) === 0; i += 1) {
      await page.mouse.click(marks[i * 7]!.x, marks[i * 7]!.y);
      await link.waitFor({ timeout: 3000 }).catch(() => undefined);
    }
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/history\/dsr1\/[^/]+\/[^/]+\?engine=[^&]+&spec=(none|mtp)&seq=8k1k$/);
    const [, hardware, precision] = /^\/history\/dsr1\/([^/]+)\/([^/?]+)/.exec(href)!;
    await link.click();
    await page.locator('[data-testid="trend-table"]').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/history/dsr1/${hardware}/${precision}`);
    expect(await page.getByTestId('corrections').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a metric switch redraws the chart first; the tables below follow, marked busy, never naming another metric', async () => {
    const { page, errors } = await openPage(browser, PATH);
    await page.locator('[data-testid="trend-table"]').waitFor();
    // After every commit: the chart's y-axis title and the trend section's title.
    await recordCommits(
      page,
      `() => ({
        y: [...document.querySelectorAll('[data-testid="chart"] .recharts-label')]
          .find((el) => (el.getAttribute('transform') || '').includes('rotate(-90'))?.textContent,
        trend: document.getElementById('trend-title').textContent,
      })`,
    );
    await page.getByLabel('Metric').selectOption('cost');
    await expect.poll(() => page.locator('#trend-title').innerText()).toBe('Cost ($/M tok) at each target, run by run');
    const seen = await recorded<{ y: string; trend: string }>(page);
    expect(seen.some((s) => s.y === '$/M tok' && s.busy && s.trend.startsWith('Throughput'))).toBe(true);
    for (const s of seen.filter((x) => !x.busy)) expect(s.trend).toContain(`(${s.y}) at each target`);
    expect(seen.at(-1)!.busy).toBe(false);
    expect(errors).toEqual([]);
  });
});
