import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../setup/chromium';

export const launchBrowser = launchChromium;

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen since the page opened. */
  errors: string[];
}

/** Opens a fresh page at `path`, recording every console error and page error. */
export async function openPage(
  browser: Browser,
  path: string,
  init?: { colorScheme?: 'light' | 'dark' },
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    colorScheme: init?.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  // Fail a step within 10 s with the locator named, rather than the whole test timing out.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${inject('baseUrl')}${path}`);
  await appTookOver(page);
  return { page, errors };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = resolve(import.meta.dirname, '../../test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Waits until the app renders the page: a page written at build time shows its static markup
 * first (tests/e2e/static-pages.e2e.test.ts tests that), and the app drops its mark when it renders.
 */
export async function appTookOver(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-static-path'), undefined, {
    polling: 50,
  });
}

/**
 * From now on, after every change to `main` (each commit React makes), records what `read` (a
 * function's source, run in the page) returns, with `busy`: whether a part drawn later
 * (`[data-later]`) says it still shows the previous choice. `recorded(page)` returns the list.
 */
export async function recordCommits(page: Page, read: string): Promise<void> {
  await page.evaluate(`(() => {
    const read = ${read};
    window.recordedCommits = [];
    new MutationObserver(() =>
      window.recordedCommits.push({ ...read(), busy: document.querySelector('[data-later][aria-busy="true"]') !== null }),
    ).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
  })()`);
}

export async function recorded<T>(page: Page): Promise<(T & { busy: boolean })[]> {
  return (await page.evaluate('window.recordedCommits')) as (T & { busy: boolean })[];
}

/** One drawn point mark: its centre in the page's pixels, and what its group path says. */
export interface DrawnMark {
  x: number;
  y: number;
  /** The centre in the chart's SVG units (where its tick labels' x and y attributes are). */
  user: { x: number; y: number };
  className: string;
  fillOpacity: string | null;
  /** A circle marker (its box is centred on the point; a triangle's is not). */
  circle: boolean;
}

/**
 * Every point the mark paths matched by `selector` draw, in drawing order: a chart draws a path
 * per run of one series' points (`markGroups`), one `M…Z` outline per point; the centre is that
 * outline's box, measured by the browser. Scrolls the chart into view first (a pointer can only
 * reach what is on screen), so the centres are where a pointer would go.
 */
export async function drawnMarks(page: Page, selector: string): Promise<DrawnMark[]> {
  return page.locator(selector).evaluateAll((paths) => {
    (paths[0] as SVGElement | undefined)?.ownerSVGElement?.scrollIntoView({ block: 'nearest' });
    return paths.flatMap((path) =>
      (path.getAttribute('d') ?? '')
        .split('M')
        .filter((sub) => sub.length > 0)
        .map((sub) => {
          const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
          probe.setAttribute('d', `M${sub}`);
          path.parentNode!.appendChild(probe);
          const box = probe.getBBox();
          const centre = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform(
            probe.getScreenCTM()!,
          );
          probe.remove();
          return {
            x: centre.x,
            y: centre.y,
            user: { x: box.x + box.width / 2, y: box.y + box.height / 2 },
            className: path.getAttribute('class') ?? '',
            fillOpacity: path.getAttribute('fill-opacity'),
            circle: sub.includes('A'),
          };
        }),
    );
  });
}

/** How many points the mark paths matched by `selector` draw (each path's `data-points`). */
export async function markCount(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .evaluateAll((paths) => paths.reduce((n, p) => n + Number(p.getAttribute('data-points') ?? 0), 0));
}

/** Waits until the mark paths matched by `selector` draw at least `n` points. */
export async function waitForMarks(page: Page, selector: string, n = 1): Promise<void> {
  await page.waitForFunction(
    ([s, least]) =>
      [...document.querySelectorAll(s)].reduce((k, p) => k + Number(p.getAttribute('data-points') ?? 0), 0) >= least,
    [selector, n] as const,
    { polling: 50 },
  );
}
