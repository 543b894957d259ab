import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

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
});
