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
  ];
  it.each(titles)('%s is titled %j', { timeout: 20_000 }, async (path, title) => {
    await renderApp(path);
    await waitFor(() => expect(document.title).toBe(title), { timeout: 10_000 });
  });
});
