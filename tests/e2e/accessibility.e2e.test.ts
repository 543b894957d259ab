import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

/**
 * axe-core on every page, in both themes, at a desktop and a phone width: no violation
 * (issue 13). axe cannot judge text drawn inside the chart's SVG against the chart's own
 * background; the palette's contrast is unit-tested instead.
 */
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES = [
  '/',
  '/spec-decode',
  '/spec-decode/dsr1/mi355x/fp4',
  '/spec-decode/dsr1/b200/fp4?seq=1k1k&date=2026-01-15',
  '/inference',
  '/rank',
  '/history/dsv4/mi355x/fp4?engine=sglang&spec=none',
  '/no/such/page',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** On a phone the page's controls are folded (axe skips what is hidden): open them as a reader would. */
async function openViewOptions(page: Page): Promise<void> {
  const folded = page.locator('details.view-options:not([open]) > summary');
  for (let n = await folded.count(); n > 0; n--) await folded.first().click();
}

describe('accessibility (axe-core)', () => {
  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 375],
    ['dark', 375],
  ] as const)(
    '%s theme at %i px: no violation on any page',
    async (colorScheme, width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const path of PAGES) {
        await page.goto(`${inject('baseUrl')}${path}`);
        await page.waitForLoadState('networkidle');
        await page.locator('h1').first().waitFor();
        await openViewOptions(page);
        await page.addScriptTag({ path: axePath });
        found[path] = (await page.evaluate(
          `axe.run(document, { resultTypes: ["violations"], rules: { "target-size": { enabled: true } } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')))`,
        )) as string[];
      }
      expect(found).toEqual(Object.fromEntries(PAGES.map((p) => [p, []])));
      await context.close();
    },
    120_000,
  );

  // axe's target-size rule (on above) lets a small target pass when its neighbours are far
  // enough away; the controls below are held to 24 × 24 px themselves.
  it.each([1280, 375])('at %i px every legend button, checkbox and segment is at least 24 × 24 px', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const small: Record<string, string[]> = {};
    for (const path of ['/inference', '/inference?best=all', '/spec-decode/dsr1/mi355x/fp4']) {
      await page.goto(`${inject('baseUrl')}${path}`);
      await page.locator('[data-testid="chart"]').waitFor();
      await openViewOptions(page);
      small[path] = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.legend-toggle, .checkbox, .segment')].flatMap((e) => {
          const box = e.getBoundingClientRect();
          return box.width >= 24 && box.height >= 24
            ? []
            : [`${e.className} "${e.textContent?.slice(0, 20)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`];
        }),
      );
    }
    expect(small).toEqual({ '/inference': [], '/inference?best=all': [], '/spec-decode/dsr1/mi355x/fp4': [] });
    await context.close();
  });
});
