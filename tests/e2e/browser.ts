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
  return { page, errors };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = resolve(import.meta.dirname, '../../test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
