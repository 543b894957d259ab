import { describe, expect, it } from 'vitest';
import { readShippedJson } from '../../tests/setup/shipped-data';
import { gpuSpecsSchema, manifestSchema } from '../data/schema';
import { comparisonSequenceMap, firstViewScript, inferenceFileMap } from './first-view-preload';
import { prefetchFirstView } from './prefetch';
import { createQueryClient } from './query-client';
import { filesPrefetchedFor } from '../../tests/setup/dom';
import { vi, afterEach } from 'vitest';
import { assertValid } from '../data/validate';
import { PAGE_PATHS } from './page-paths';

const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, readShippedJson('data/gpu-specs.json'));
const map = comparisonSequenceMap(manifest);
const inference = inferenceFileMap(manifest, specs);
const routes = [
  [PAGE_PATHS.specDecode, ['assets/page.js', 'assets/page.css', 'assets/chart.js']],
  [PAGE_PATHS.specDecodeIndex, ['assets/index.js']],
  [PAGE_PATHS.inference, ['assets/inference.js', 'assets/chart.js']],
] as const;

/** Runs the inline script with a stand-in document and returns the links it added. */
function linksFor(pathname: string, search: string): string[] {
  const added: string[] = [];
  const document = {
    createElement: () => ({}) as Record<string, string>,
    head: {
      appendChild: (e: Record<string, string>) =>
        added.push(`${e.rel} ${e.href}${e.as === 'style' ? ' as style' : ''}`),
    },
  };
  new Function('location', 'document', firstViewScript('/', map, inference, routes))({ pathname, search }, document);
  return added;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the first-view inline script', () => {
  it('knows every GPU file of each inference sequence', () => {
    expect(inference?.defaultModel).toBe('dsr1');
    expect(inference?.models['dsr1']?.defaultSequence).toBe('8k1k');
    const files = inference?.models['dsr1']?.files['8k1k'] ?? [];
    expect(files).toEqual(manifest.files.filter((f) => f.model === 'dsr1' && f.sequence === '8k1k').map((f) => f.path));
    expect(files.length).toBeGreaterThan(5);
  });

  it('a link as of a real day preloads history files, any other `date` the latest ones', () => {
    const data = (pathname: string, search: string) =>
      linksFor(pathname, search).filter(
        (l) => l.startsWith('preload /data/') && !l.includes('manifest') && !l.includes('gpu-specs'),
      );
    expect(data('/spec-decode/dsr1/mi355x/fp4', '?date=2026-02-01')).toEqual([
      'preload /data/history/dsr1/8k1k/mi355x.json',
    ]);
    expect(data('/spec-decode/dsr1/mi355x/fp4', '?date=2026-02-30')).toEqual([
      'preload /data/benchmarks/dsr1/8k1k/mi355x.json',
    ]);
    const chart = data('/inference', '?date=2026-02-01');
    expect(chart.length).toBeGreaterThan(3);
    expect(chart.every((l) => l.startsWith('preload /data/history/dsr1/8k1k/'))).toBe(true);
  });

  it('preloads data files from the configured data address and code from the site', () => {
    const added: string[] = [];
    const document = {
      createElement: () => ({}) as Record<string, string>,
      head: { appendChild: (e: Record<string, string>) => added.push(`${e.rel} ${e.href}`) },
    };
    const script = firstViewScript('/', map, inference, routes, 'https://cdn.example.com/isoline/');
    new Function('location', 'document', script)({ pathname: '/spec-decode/dsr1/mi355x/fp4', search: '' }, document);
    expect(added).toEqual([
      'preload https://cdn.example.com/isoline/data/manifest.json',
      'preload https://cdn.example.com/isoline/data/gpu-specs.json',
      'preload https://cdn.example.com/isoline/data/benchmarks/dsr1/8k1k/mi355x.json',
      'modulepreload /assets/page.js',
      'preload /assets/page.css',
      'modulepreload /assets/chart.js',
    ]);
  });

  it('on the /spec-decode index preloads its summary file alone, not the manifest or any comparison', () => {
    for (const pathname of ['/spec-decode', '/spec-decode/', '/SPEC-DECODE']) {
      expect(linksFor(pathname, '').filter((l) => l.startsWith('preload /data/'))).toEqual([
        'preload /data/spec-decode-index.json',
      ]);
    }
  });

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
    ['/spec-decode/dsr1/mi355x/fp4', '?seq=1k1k&seq=1k8k'],
    ['/inference', ''],
    ['/inference', '?seq=1k1k&metric=cost'],
    ['/inference', '?model=dsr1&seq=1k8k'],
    ['/inference', '?model=gpt5&seq=1k8k'],
    ['/inference', '?seq=constructor'],
    ['/inference', '?model=__proto__'],
    ['/inference', '?seq=8k8k&seq=1k1k'],
    ['/', ''],
    ['/spec-decode/%E0%A4/mi355x/fp4', ''],
    ['/spec-decode/dsr1/%E0%A4/fp4', '?seq=1k1k'],
    ['/spec-decode/dsr1/mi355x/fp4%', ''],
    ['/spec-decode/%64sr1/mi355x/fp4', ''],
    ['/spec-decode/DSR1/mi355x/fp4', ''],
    ['/spec-decode/dsr1/mi355x/fp4/', '?seq=1k1k'],
    ['/inference/', ''],
    ['/inference/', '?seq=1k1k'],
    ['/INFERENCE/', '?model=dsr1&seq=1k8k'],
    ['/inference/%E0%A4', '?seq=1k1k'],
    ['/spec-decode/dsr1/mi355x/fp4', '?date=2026-02-01'],
    ['/spec-decode/dsr1/b200/fp4', '?seq=1k1k&date=2026-01-15'],
    ['/spec-decode/dsr1/mi355x/fp4', '?date=2026-02-30'],
    ['/spec-decode/dsr1/mi355x/fp4', '?date=2026-13-01'],
    ['/spec-decode/dsr1/mi355x/fp4', '?date=yesterday'],
    ['/inference', '?date=2026-02-01'],
    ['/inference', '?seq=1k1k&date=2026-02-01&date=junk'],
    ['/rank', '?date=2026-02-01'],
    ['/spec-decode', ''],
    ['/spec-decode/', '?seq=1k1k'],
  ])('on %s%s preloads exactly the data files the app then fetches', async (pathname, search) => {
    const preloaded = linksFor(pathname, search)
      .filter((l) => l.startsWith('preload /data/'))
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
    expect(linksFor('/spec-decode/dsr1/b200/fp4', '').filter((l) => !l.includes('/data/'))).toEqual([
      'modulepreload /assets/page.js',
      'preload /assets/page.css as style',
      'modulepreload /assets/chart.js',
    ]);
    expect(linksFor('/spec-decode/%E0%A4/b200/fp4', '').filter((l) => l.startsWith('modulepreload'))).toEqual([
      'modulepreload /assets/page.js',
      'modulepreload /assets/chart.js',
    ]);
    expect(linksFor('/', '').filter((l) => l.startsWith('modulepreload'))).toEqual([]);
    expect(linksFor('/inference/x', '').filter((l) => l.startsWith('modulepreload'))).toEqual([]);
  });

  it.each(['/inference', '/inference/', '/Inference'])('preloads the inference chart’s code on %s', (pathname) => {
    expect(linksFor(pathname, '').filter((l) => l.startsWith('modulepreload'))).toEqual([
      'modulepreload /assets/inference.js',
      'modulepreload /assets/chart.js',
    ]);
  });

  it.each(['/spec-decode', '/spec-decode/'])('preloads the index’s code on %s', (pathname) => {
    expect(linksFor(pathname, '').filter((l) => l.startsWith('modulepreload'))).toEqual([
      'modulepreload /assets/index.js',
    ]);
  });
});
