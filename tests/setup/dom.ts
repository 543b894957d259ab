import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';

/**
 * Recharts' ResponsiveContainer measures its box and waits for a ResizeObserver callback;
 * jsdom lays nothing out, so this observer reports a fixed 800×440 box at once.
 */
export function installResizeObserver(): void {
  class FixedSizeResizeObserver {
    private readonly callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }
    observe(target: Element) {
      const contentRect = {
        width: 800,
        height: 440,
        top: 0,
        left: 0,
        bottom: 440,
        right: 800,
        x: 0,
        y: 0,
      } as DOMRectReadOnly;
      this.callback([{ target, contentRect } as ResizeObserverEntry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', FixedSizeResizeObserver);
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList,
  );
}

/**
 * Serves `public/` from disk as the app's fetch: the real shipped files, read as the
 * browser would receive them. Unknown paths answer 404.
 */
export function serveShippedData(): string[] {
  const requested: string[] = [];
  const root = resolve(import.meta.dirname, '../../public');
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost/');
    requested.push(url.pathname);
    try {
      return new Response(readFileSync(resolve(root, `.${url.pathname}`), 'utf8'), { status: 200 });
    } catch {
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    }
  });
  return requested;
}

/**
 * The files the app's first-view prefetch requests for an address, served from `public/`.
 * `prefetch` is the app's own function, passed in so this helper imports nothing of the app.
 */
export async function filesPrefetchedFor(
  prefetch: (pathname: string, search: string) => Promise<void>,
  pathname: string,
  search: string,
): Promise<string[]> {
  const requested = serveShippedData();
  await prefetch(pathname, search);
  return [...requested].sort();
}
