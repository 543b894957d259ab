// @vitest-environment jsdom
import { cleanup, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installResizeObserver, serveShippedData } from '../setup/dom';
import { renderApp } from '../setup/render-app';

beforeEach(() => {
  installResizeObserver();
  serveShippedData();
  document.title = 'Isoline — LLM inference at matched interactivity';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('every page has a title of its own', () => {
  const titles: [string, string][] = [
    ['/', 'What the benchmark data holds — Isoline'],
    ['/spec-decode', 'Speculative decoding: every MTP vs Off comparison — Isoline'],
    ['/no/such/page', 'Page not found — Isoline'],
    ['/spec-decode/dsr1/mi355x/fp4', 'MI355X FP4: MTP vs Off Speculative Decoding — Isoline'],
    ['/rank?at=40', 'DeepSeek-R1-0528 8k/1k: every setup at 40 tok/s/user — Isoline'],
    ['/inference', 'DeepSeek-R1-0528 8k/1k: inference chart — Isoline'],
    ['/history/dsr1/mi355x/fp4', 'DeepSeek-R1-0528 on MI355X FP4 SGLang Off: progress over time — Isoline'],
    ['/spec-decode/dsr1/nope/fp4', 'No such comparison: dsr1 nope fp4 — Isoline'],
    ['/history/dsr1/nope/fp4', 'No such history: dsr1 nope fp4 — Isoline'],
  ];
  it('no two of these pages share a title', () => {
    expect(new Set(titles.map(([, title]) => title)).size).toBe(titles.length);
  });
  it.each(titles)('%s is titled %j', { timeout: 20_000 }, async (path, title) => {
    await renderApp(path);
    await waitFor(() => expect(document.title).toBe(title), { timeout: 10_000 });
  });
});

describe('a page whose catalog cannot be loaded still says which page it is', () => {
  it.each([
    ['/inference', 'Inference chart: the catalog could not be loaded — Isoline'],
    ['/spec-decode/dsr1/mi355x/fp4', 'MTP vs Off: the catalog could not be loaded — Isoline'],
    ['/history/dsr1/mi355x/fp4', 'Progress over time: the catalog could not be loaded — Isoline'],
  ])('%s is titled %j', { timeout: 20_000 }, async (path, title) => {
    vi.stubGlobal('fetch', async () => new Response('down', { status: 503, statusText: 'Service Unavailable' }));
    await renderApp(path);
    await waitFor(() => expect(document.title).toBe(title), { timeout: 10_000 });
  });
});
