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
