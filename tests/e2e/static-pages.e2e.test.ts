import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pinned from '../reference/pinned-views.json';
import { launchBrowser } from './browser';

/**
 * The build writes every comparison's, history page's and index page's default view as static
 * HTML (issue 13): its own title, a description that states its result, link-preview tags, and
 * the numbers, readable before any script runs. Expected numbers come from the independent
 * reference (tests/reference/pinned-views.json), not from the app.
 */
const dist = resolve(import.meta.dirname, '../../dist');
const built = (file: string) => readFileSync(resolve(dist, file), 'utf8');
const meta = (html: string, attribute: 'name' | 'property', key: string) =>
  new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;
const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What the description must say for the reference's index headline ("MTP +69.5% tok/s/GPU at 56 tok/s/user"). */
function resultInWords(headline: string): RegExp {
  const won = /^(MTP|Off) \+([\d.]+)% tok\/s\/GPU at ([\d.]+) tok\/s\/user$/.exec(headline);
  if (!won) return /share no interactivity range|within 1%/;
  const [, winner, percent, target] = won;
  const sentence = `At ${target} tok/s/user ${winner} delivers ${percent}% more tok/s/GPU than ${winner === 'MTP' ? 'Off' : 'MTP'} (`;
  return new RegExp(sentence.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('static pages', () => {
  const index = Object.entries(pinned.index);

  it.each(index)('%s: its own title and its mid-band result in the description and preview tags', (href, expected) => {
    const html = built(`${href.slice(1)}.html`);
    const description = unescape(meta(html, 'name', 'description') ?? '');
    const hardware = href.split('/')[3]!;
    expect(html, 'title names the GPU').toMatch(new RegExp(`<title>[^<]*${hardware}[^<]*MTP vs Off`, 'i'));
    expect(description).toMatch(resultInWords(expected.headline));
    expect(description, 'names the sequence').toContain(expected.sequence.replace(/^(\d+k)(\d+k)$/, '$1/$2'));
    expect(unescape(meta(html, 'property', 'og:description') ?? '')).toBe(description);
    expect(unescape(meta(html, 'name', 'twitter:description') ?? '')).toBe(description);
    expect(meta(html, 'property', 'og:title')).toMatch(/MTP vs Off/);
    expect(meta(html, 'property', 'og:url')).toBe(href);
    expect(html).toContain(`data-static-path="${href}"`);
    // Its preview image: a 1200 × 630 PNG beside the pages.
    const image = meta(html, 'property', 'og:image');
    expect(image).toBe(`/previews${href}.png`);
    const png = readFileSync(resolve(dist, image!.slice(1)));
    expect([png.subarray(1, 4).toString('ascii'), png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      'PNG',
      1200,
      630,
    ]);
  });

  it('the index states how the comparisons come out, counted from the reference', () => {
    const heads = index.map(([, e]) => e.headline);
    const led = (side: string) => heads.filter((h) => h.startsWith(`${side} +`)).length;
    const none = heads.filter((h) => !/^(MTP|Off) \+/.test(h)).length;
    expect(unescape(meta(built('spec-decode.html'), 'name', 'description') ?? '')).toBe(
      `${index.length} MTP vs Off comparisons at matched interactivity: MTP leads in ${led('MTP')} at mid-band throughput, Off in ${led('Off')}; ${none} without a mid-band result.`,
    );
  });

  it.each(['inference.html', 'rank.html', 'spec-decode/dsr1/mi355x/fp4.html'])(
    '%s says what adding your results needs, never a loading line without end',
    (file) => {
      const html = built(file);
      expect(html).toContain('Adding your own results needs JavaScript');
      expect(html).not.toMatch(/Loading “Add your results”|This browser keeps no files/);
    },
  );

  it('every static page has a title no other page has', () => {
    const files = [
      'index.html',
      'spec-decode.html',
      'inference.html',
      'rank.html',
      ...index.map(([href]) => `${href.slice(1)}.html`),
      'history/dsr1/mi355x/fp4.html',
      'history/dsv4/mi355x/fp4.html',
    ];
    const titles = files.map((f) => /<title>([^<]*)<\/title>/.exec(built(f))?.[1]);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
    expect(titles.every(Boolean)).toBe(true);
  });

  it('without JavaScript, a comparison shows its pinned table numbers', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/spec-decode/dsr1/mi355x/fp4`);
    const table = page.getByRole('table', { name: /at matched interactivity|MTP vs Off at/i });
    const text = (await table.textContent()) ?? '';
    const view = pinned.pages['/spec-decode/dsr1/mi355x/fp4'];
    for (const cell of view.cells) {
      for (const side of [cell.A, cell.B]) {
        expect(text, `target ${cell.target}`).toContain(side.tput);
        expect(text).toContain(side.usd);
        expect(text).toContain(side.mw);
      }
    }
    await expect(page.locator('h1').textContent()).resolves.toBe('MI355X FP4: MTP vs Off Speculative Decoding');
    await context.close();
  });

  it('with JavaScript, the app takes over the static page: one page, no layout jump above the chart', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${inject('baseUrl')}/spec-decode/dsr1/mi355x/fp4`);
    await page.locator('.recharts-surface').first().waitFor();
    await expect(page.locator('h1').count()).resolves.toBe(1);
    // The app took over (it drops the static page's mark as it renders).
    await expect(page.locator('#root').getAttribute('data-static-path')).resolves.toBeNull();
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    const total = shifts.reduce((a, b) => a + b, 0);
    expect(total, `layout shifts: ${shifts.join(', ')}`).toBeLessThan(0.1);
    await context.close();
  });

  it('an address without a static page of its own is not shown the first page’s content', async () => {
    // The app's code is held back, so what shows is the served document and its inline guard alone.
    const context = await browser.newContext();
    await context.route('**/assets/*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/spec-decode/dsr1/nope/fp4`);
    await expect(page.locator('#root').innerHTML()).resolves.toBe('');
    await expect(page.locator('#root').getAttribute('data-static-path')).resolves.toBeNull();
    // With a query it is another view of the page: its static markup is not shown either.
    await page.goto(`${inject('baseUrl')}/spec-decode/dsr1/mi355x/fp4?seq=1k1k`);
    await expect(page.locator('#root').innerHTML()).resolves.toBe('');
    // At its own address the same document keeps its markup.
    await page.goto(`${inject('baseUrl')}/`);
    await expect(page.locator('#root').getAttribute('data-static-path')).resolves.toBe('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/benchmark data holds/i);
    await context.close();
  });

  it('on a slow network the static page keeps its numbers on screen until the app has the data', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/data/benchmarks/dsr1/8k1k/mi355x.json', async (route) => {
      await new Promise((r) => setTimeout(r, 4_000));
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/spec-decode/dsr1/mi355x/fp4`, { waitUntil: 'commit' });
    const middle = pinned.pages['/spec-decode/dsr1/mi355x/fp4'].cells[1]!.A.tput;
    await page.getByText(middle, { exact: true }).first().waitFor();
    await page.waitForTimeout(2_000);
    await expect(page.getByText(middle, { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(page.locator('#root').getAttribute('data-static-path')).resolves.toBe('/spec-decode/dsr1/mi355x/fp4');
    await page.locator('.recharts-surface').first().waitFor({ timeout: 15_000 });
    await expect(page.locator('#root').getAttribute('data-static-path')).resolves.toBeNull();
    await expect(page.getByText(middle, { exact: true }).first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});
