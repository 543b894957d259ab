import { describe, expect, it } from 'vitest';
import { readShippedJson } from '../../tests/setup/shipped-data';
import { manifestSchema } from '../data/schema';
import { comparisonSequenceMap, firstViewScript } from './first-view-preload';
import { prefetchFirstView } from './prefetch';
import { createQueryClient } from './query-client';
import { filesPrefetchedFor } from '../../tests/setup/dom';
import { vi, afterEach } from 'vitest';
import { assertValid } from '../data/validate';

const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
const map = comparisonSequenceMap(manifest);
const routes = [['^/spec-decode/[^/]+/[^/]+/[^/]+/?$', ['assets/page.js', 'assets/chart.js']]] as const;

/** Runs the inline script with a stand-in document and returns the links it added. */
function linksFor(pathname: string, search: string): string[] {
  const added: string[] = [];
  const document = {
    createElement: () => ({}) as Record<string, string>,
    head: { appendChild: (e: Record<string, string>) => added.push(`${e.rel} ${e.href}`) },
  };
  new Function('location', 'document', firstViewScript('/', map, routes))({ pathname, search }, document);
  return added;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the first-view inline script', () => {
  it('knows every comparison page of the data', () => {
    expect(Object.keys(map)).toHaveLength(13);
    expect(map['dsr1/mi355x/fp4']).toEqual({ sequences: ['1k1k', '1k8k', '8k1k'], defaultSequence: '8k1k' });
  });

  it.each<[string, string]>([
    ['/spec-decode/dsr1/mi355x/fp4', ''],
    ['/spec-decode/dsr1/mi355x/fp4', '?seq=1k8k&metric=cost'],
    ['/spec-decode/dsr1/h100/fp8', '?seq=1k8k'],
    ['/spec-decode/dsr1/mi355x/fp4', '?seq=%3Cjunk%3E'],
    ['/spec-decode/dsr1/tpu9/fp4', ''],
    ['/', ''],
  ])('on %s%s preloads exactly the data files the app then fetches', async (pathname, search) => {
    const preloaded = linksFor(pathname, search)
      .filter((l) => l.startsWith('preload '))
      .map((l) => l.slice('preload '.length));
    const client = createQueryClient();
    const requested = await filesPrefetchedFor(
      (path, query) => prefetchFirstView(client, path, query),
      pathname,
      search,
    );
    expect([...preloaded].sort()).toEqual(requested);
  });

  it('asks for the opened page’s code chunks, and only for its page', () => {
    expect(linksFor('/spec-decode/dsr1/b200/fp4', '').filter((l) => l.startsWith('modulepreload'))).toEqual([
      'modulepreload /assets/page.js',
      'modulepreload /assets/chart.js',
    ]);
    expect(linksFor('/inference', '').filter((l) => l.startsWith('modulepreload'))).toEqual([]);
  });
});
