import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { drawnMarks, launchBrowser } from './browser';
import { referenceView } from '../setup/reference-views';

/**
 * On a 375 px and a 390 px phone no page is wider than the screen: wide tables scroll inside
 * their own region (issue 13). Before, /spec-decode was 467 px wide, a comparison 621 px,
 * /inference 408 px and a history page 749 px.
 */
const PAGES = [
  '/',
  '/spec-decode',
  '/spec-decode/dsr1/mi355x/fp4',
  '/inference',
  '/rank',
  '/history/dsv4/mi355x/fp4?engine=sglang&spec=none',
  '/history/dsr1/mi355x/fp4',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('phones', () => {
  it.each([375, 390])('at %i px no page scrolls sideways', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const widths: Record<string, number> = {};
    for (const path of PAGES) {
      await page.goto(`${inject('baseUrl')}${path}`);
      await page.waitForLoadState('networkidle');
      await page.locator('h1').first().waitFor();
      widths[path] = await page.evaluate(() => document.documentElement.scrollWidth);
    }
    expect(widths).toEqual(Object.fromEntries(PAGES.map((p) => [p, width])));
    await context.close();
  });

  it('at 375 × 667 the pinned table is one card per target, every number on screen at once, the caption whole', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/spec-decode/dsr1/mi355x/fp4`);
    const cards = page.getByTestId('pinned-cards');
    await cards.waitFor();
    expect(await page.getByTestId('pinned-table').count()).toBe(0);
    // Throughput at 35 / 56 / 77 tok/s/user from tests/reference/matched_reference.py (pinned in
    // the comparison e2e): MTP, then Off.
    const expected = [
      ['35', '3417.4', '2312.5'],
      ['56', '2587.3', '1526.1'],
      ['77', '2167.5', '1108.7'],
    ];
    const card = cards.locator('.pinned-card');
    expect(await card.count()).toBe(3);
    for (const [i, [target, mtp, off]] of expected.entries()) {
      const one = card.nth(i);
      await one.scrollIntoViewIfNeeded();
      expect(await one.locator('h3').innerText()).toBe(`At ${target} tok/s/user`);
      const row = one.locator('[data-metric="tokPerSecPerGpu"]');
      expect([
        await row.locator('[data-side="a"]').innerText(),
        await row.locator('[data-side="b"]').innerText(),
      ]).toEqual([mtp, off]);
      // The whole card (all four metrics of the target) fits one screen, inside its width.
      const box = (await one.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(667);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
    const caption = cards.locator('.pinned-caption');
    expect(await caption.innerText()).toContain('MI355X FP4, DeepSeek-R1-0528, 8k/1k');
    expect(
      await caption.evaluate((e) => e.scrollWidth <= e.clientWidth && e.getBoundingClientRect().right <= 375),
    ).toBe(true);
    await context.close();
  });

  it('at 375 px the chart is drawn shorter with its axis titles, and the tap card stays on screen', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/spec-decode/dsr1/mi355x/fp4`);
    const chart = page.getByTestId('chart');
    await chart.locator('path.point-mark').first().waitFor();
    const surface = (await chart.locator('svg.recharts-surface').boundingBox())!;
    expect(surface.height).toBeLessThanOrEqual(330);
    // Both axis titles are drawn whole inside the chart at a readable size.
    const titles = await chart.locator('.recharts-label').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent, size: parseFloat(getComputedStyle(e).fontSize), left: r.left, right: r.right };
      }),
    );
    expect(titles.map((t) => t.text).sort()).toEqual(['Interactivity (tok/s/user)', 'tok/s/GPU']);
    for (const t of titles) {
      expect(t.size).toBeGreaterThanOrEqual(12);
      expect(t.left).toBeGreaterThanOrEqual(0);
      expect(t.right).toBeLessThanOrEqual(375);
    }
    // The rightmost point's card opens inside the screen.
    await chart.locator('svg.recharts-surface').scrollIntoViewIfNeeded();
    const marks = await drawnMarks(page, '[data-testid="chart"] path.point-mark');
    const rightmost = marks.reduce((a, b) => (b.x > a.x ? b : a));
    await page.mouse.move(rightmost.x, rightmost.y);
    const card = (await page.getByRole('tooltip').boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(375);
    await context.close();
  });

  it('at 375 × 667 a comparison’s first screen shows its result and the chart’s top; the folded controls still work', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/spec-decode/dsr1/mi355x/fp4`);
    // Throughput at the middle target (56 tok/s/user) from tests/reference/matched_reference.py.
    const mid = referenceView('/spec-decode/dsr1/mi355x/fp4').cells[1]!;
    expect([mid.target, mid.A.tput, mid.B.tput]).toEqual([56, '2587.3', '1526.1']);
    const result = page.getByTestId('result-line');
    await result.getByText(mid.A.tput, { exact: false }).waitFor();
    expect(await result.innerText()).toContain(`(${mid.A.tput} vs ${mid.B.tput})`);
    await page.getByTestId('chart').locator('path.point-mark').first().waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const resultBox = (await result.boundingBox())!;
    expect(resultBox.y).toBeGreaterThanOrEqual(0);
    expect(resultBox.y + resultBox.height).toBeLessThanOrEqual(667);
    // The chart starts in the first screen with at least its top 80 px drawn there.
    const surface = (await page.getByTestId('chart').locator('svg.recharts-surface').boundingBox())!;
    expect(surface.y + 80).toBeLessThanOrEqual(667);

    // The controls are folded under a summary of the choices; the keyboard opens them.
    const options = page.getByTestId('view-options');
    expect(await options.evaluate((e) => (e as HTMLDetailsElement).open)).toBe(false);
    expect(await page.getByTestId('view-options-choices').innerText()).toBe('8k/1k · Throughput / GPU · all engines');
    expect(await page.getByText('1k/8k', { exact: true }).isVisible()).toBe(false);
    await options.locator('summary').focus();
    await page.keyboard.press('Enter');
    await page.getByText('1k/8k', { exact: true }).click();
    await page.waitForURL(/[?&]seq=1k8k/);
    // The new sequence's line has the reference's numbers, the summary says so, the change is
    // announced, and the options stay open for the next change.
    const next = referenceView('/spec-decode/dsr1/mi355x/fp4?seq=1k8k&metric=tok-per-mw').cells[1]!;
    await result.getByText(`(${next.A.tput} vs ${next.B.tput})`, { exact: false }).waitFor();
    expect(await page.getByTestId('view-options-choices').innerText()).toBe('1k/8k · Throughput / GPU · all engines');
    await expect.poll(() => page.getByTestId('page-announcement').innerText()).toContain('1k/8k');
    expect(await options.evaluate((e) => (e as HTMLDetailsElement).open)).toBe(true);
    await context.close();
  });

  it('at 375 × 667 /inference’s chart starts in the first screen; its folded controls still work', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/inference`);
    const chart = page.getByTestId('chart');
    await chart.locator('path.point-mark').first().waitFor();
    const surface = (await chart.locator('svg.recharts-surface').boundingBox())!;
    expect(surface.y + 80).toBeLessThanOrEqual(667);
    const options = page.getByTestId('view-options');
    expect(await options.evaluate((e) => (e as HTMLDetailsElement).open)).toBe(false);
    await options.locator('summary').click();
    await page.getByText('1k/1k', { exact: true }).click();
    await page.waitForURL(/[?&]seq=1k1k/);
    expect(await page.getByTestId('view-options-choices').innerText()).toBe(
      '1k/1k · all precisions · Throughput / GPU vs Interactivity',
    );
    await context.close();
  });
});
