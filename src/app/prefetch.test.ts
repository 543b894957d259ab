import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesPrefetchedFor } from '../../tests/setup/dom';
import { shippedFiles } from '../../tests/setup/shipped-data';
import type { SequenceKey } from '../data/schema';
import { prefetchFirstView } from './prefetch';
import { createQueryClient } from './query-client';

afterEach(() => {
  vi.unstubAllGlobals();
});

const BASE = ['/data/manifest.json', '/data/gpu-specs.json'];
const gpuFiles = (sequence: SequenceKey) => shippedFiles(sequence).map((f) => `/${f.path}`);

describe('prefetchFirstView', () => {
  it.each<[string, string, string[]]>([
    ['/', '', BASE],
    ['/inference', '', [...BASE, ...gpuFiles('8k1k')]],
    ['/inference', '?seq=1k8k', [...BASE, ...gpuFiles('1k8k')]],
    ['/spec-decode/dsr1/mi355x/fp4', '', [...BASE, '/data/benchmarks/dsr1/8k1k/mi355x.json']],
    ['/spec-decode/dsr1/mi355x/fp4', '?seq=1k8k&metric=cost', [...BASE, '/data/benchmarks/dsr1/1k8k/mi355x.json']],
    // A sequence the workload lacks (or junk) falls back to the default the page will show.
    ['/spec-decode/dsr1/h100/fp8', '?seq=1k8k', [...BASE, '/data/benchmarks/dsr1/8k1k/h100.json']],
    ['/spec-decode/dsr1/mi355x/fp4', '?seq=%3Cjunk%3E', [...BASE, '/data/benchmarks/dsr1/8k1k/mi355x.json']],
    // An unknown workload shows its not-found page: no benchmark file is needed.
    ['/spec-decode/dsr1/tpu9/fp4', '', BASE],
    // A malformed escape names no workload (the page says so); it must not throw.
    ['/spec-decode/%E0%A4/mi355x/fp4', '', BASE],
    ['/spec-decode/dsr1/mi355x/fp4%', '?seq=1k1k', BASE],
    // Escapes are decoded as the router decodes them, and a trailing slash opens the same page.
    ['/spec-decode/%64sr1/mi355x/fp4', '', [...BASE, '/data/benchmarks/dsr1/8k1k/mi355x.json']],
    ['/spec-decode/dsr1/mi355x/fp4/', '?seq=1k1k', [...BASE, '/data/benchmarks/dsr1/1k1k/mi355x.json']],
    ['/inference/', '', [...BASE, ...gpuFiles('8k1k')]],
    ['/inference/', '?seq=1k1k', [...BASE, ...gpuFiles('1k1k')]],
    ['/Inference', '?model=dsr1&seq=1k1k', [...BASE, ...gpuFiles('1k1k')]],
    ['/inference/x', '', BASE],
    // A history page: the model's run dates and published tables, then the sequence's history file.
    [
      '/history/dsv4/mi355x/fp4',
      '?engine=sglang&spec=none',
      [
        ...BASE,
        '/data/history/dsv4/run-dates.json',
        '/data/published/dsv4/8k1k/mi355x-fp4-sglang-none.json',
        '/data/history/dsv4/8k1k/mi355x.json',
      ],
    ],
    [
      '/history/dsr1/b200/fp4',
      '?seq=1k1k',
      [...BASE, '/data/history/dsr1/run-dates.json', '/data/history/dsr1/1k1k/b200.json'],
    ],
    ['/history/dsr1/tpu9/fp4', '', [...BASE, '/data/history/dsr1/run-dates.json']],
    ['/history/%E0%A4/mi355x/fp4', '', BASE],
  ])('%s%s fetches exactly the files that page shows', async (pathname, search, expected) => {
    const client = createQueryClient();
    const requested = await filesPrefetchedFor(
      (path, query) => prefetchFirstView(client, path, query),
      pathname,
      search,
    );
    expect(client.isFetching()).toBe(0);
    expect(requested).toEqual([...expected].sort());
  });
});
