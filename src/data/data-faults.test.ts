import { QueryClient } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readShippedJson } from '../../tests/setup/shipped-data';
import { DataFileError, fetchValidated } from './fetch-json';
import { benchmarksQuery, GPU_SPECS_PATH } from './queries';
import { benchmarkFileSchema, gpuSpecsSchema } from './schema';
import { screenBenchmarkFile } from './screen-points';
import { assertValid } from './validate';

/**
 * Files the schema used to accept but a page could not place (fixtures/edge-cases/
 * shipped-faults.json): each is now refused naming the field and value, or loaded with a
 * warning saying what is not drawn.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface FaultCase {
  name: string;
  file: 'benchmark' | 'gpu-specs';
  set?: Record<string, Json>;
  append?: { copyOf: number; set?: Record<string, Json> }[];
  error?: string[];
  warnings?: string[];
  kept?: string[];
}

const edgeCases = resolve(import.meta.dirname, '../../fixtures/edge-cases');
const readEdgeCase = <T>(name: string): T => JSON.parse(readFileSync(resolve(edgeCases, name), 'utf8')) as T;
const faults = readEdgeCase<{ manifestPrecisions: string[]; cases: FaultCase[] }>('shipped-faults.json');
const BENCHMARK_PATH = 'data/benchmarks/dsr1/8k1k/mi355x.json';

/** `value` with each dotted path in `set` given its new value (a deep copy; the input is untouched). */
function withSet<T>(value: T, set: Record<string, Json> = {}): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  for (const [path, replacement] of Object.entries(set)) {
    const keys = path.split('.');
    let at = copy;
    for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[keys[keys.length - 1]!] = replacement;
  }
  return copy as T;
}

function faultyFile(c: FaultCase): unknown {
  const base = readEdgeCase<{ points: unknown[] }>(
    c.file === 'benchmark' ? 'shipped-benchmark-file.json' : 'shipped-gpu-specs.json',
  );
  const file = withSet(base, c.set);
  for (const extra of c.append ?? []) file.points.push(withSet(base.points[extra.copyOf], extra.set));
  return file;
}

/** The shipped manifest, listing the precisions the fault file names. */
const manifest = {
  ...(readShippedJson('data/manifest.json') as Record<string, unknown>),
  precisions: faults.manifestPrecisions.map((key) => ({ key, label: key.toUpperCase(), pointCount: 1 })),
};

/** The browser's fetch, answering `files` (site path → JSON value) and 404 for anything else. */
function serve(files: Record<string, unknown>) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const path = new URL(String(input), 'http://localhost/').pathname.slice(1);
    return path in files
      ? new Response(JSON.stringify(files[path]), { headers: { 'content-type': 'application/json' } })
      : new Response('not found', { status: 404 });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the hand-made base files are valid', () => {
  it.each([
    ['shipped-benchmark-file.json', benchmarkFileSchema],
    ['shipped-gpu-specs.json', gpuSpecsSchema],
  ] as const)('%s', (name, schema) => {
    expect(schema.test(readEdgeCase(name))).toBe(true);
  });
});

describe('faults that make a file invalid', () => {
  const refused = faults.cases.filter((c) => c.error);

  it.each(refused.map((c) => [c.name, c] as const))('%s: refused, naming the field and value', async (_name, c) => {
    const path = c.file === 'benchmark' ? BENCHMARK_PATH : GPU_SPECS_PATH;
    serve({ [path]: faultyFile(c) });
    const schema = c.file === 'benchmark' ? benchmarkFileSchema : gpuSpecsSchema;
    const error = (await fetchValidated<unknown>(path, schema).catch((e: unknown) => e)) as DataFileError;
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.kind).toBe('schema');
    expect(error.message).toBe(`${path} does not match the expected format (1 problem).`);
    expect(error.details).toEqual(c.error);
  });

  it('a file whose every point is of another GPU lists each point', () => {
    const file = withSet(readEdgeCase<object>('shipped-benchmark-file.json'), { hardware: 'h200' });
    serve({ [BENCHMARK_PATH]: file });
    return expect(
      fetchValidated(BENCHMARK_PATH, benchmarkFileSchema).catch((e: DataFileError) => e.details),
    ).resolves.toEqual([0, 1, 2].map((i) => `points.${i}.hardware: must be the file's GPU "h200" (got "mi355x")`));
  });
});

describe('points a page cannot place are left out, and the file says so', () => {
  const warned = faults.cases.filter((c) => c.warnings);

  it.each(warned.map((c) => [c.name, c] as const))('%s (screenBenchmarkFile)', (_name, c) => {
    const file = assertValid(benchmarkFileSchema, faultyFile(c));
    const loaded = screenBenchmarkFile(BENCHMARK_PATH, file, { precisions: manifest.precisions });
    expect(loaded.warnings).toEqual(c.warnings);
    expect(loaded.points.map((p) => p.id)).toEqual(c.kept);
  });

  it.each(warned.map((c) => [c.name, c] as const))(
    '%s (benchmarksQuery, manifest from its query)',
    async (_name, c) => {
      serve({ [BENCHMARK_PATH]: faultyFile(c), 'data/manifest.json': manifest });
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      const loaded = await client.fetchQuery(benchmarksQuery('dsr1', '8k1k', 'mi355x'));
      expect(loaded.warnings).toEqual(c.warnings);
      expect(loaded.points.map((p) => p.id)).toEqual(c.kept);
    },
  );

  it('a file with nothing to leave out comes back as it is, with no warnings', async () => {
    const file = readEdgeCase<object>('shipped-benchmark-file.json');
    serve({ [BENCHMARK_PATH]: file, 'data/manifest.json': manifest });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const loaded = await client.fetchQuery(benchmarksQuery('dsr1', '8k1k', 'mi355x'));
    expect(loaded).toEqual({ ...file, warnings: [] });
  });

  it('names at most five points and counts the rest', () => {
    const file = assertValid(benchmarkFileSchema, readEdgeCase('shipped-benchmark-file.json'));
    const copies = Array.from({ length: 7 }, (_, i) => ({ ...file.points[0]!, id: `copy#${i}` }));
    const loaded = screenBenchmarkFile(
      BENCHMARK_PATH,
      { ...file, points: [...file.points, ...copies] },
      {
        precisions: manifest.precisions,
      },
    );
    expect(loaded.warnings).toEqual([
      `${BENCHMARK_PATH}: 7 points repeat an earlier point exactly; each is drawn once: ` +
        'points.3 repeats points.0, points.4 repeats points.0, points.5 repeats points.0, ' +
        'points.6 repeats points.0, points.7 repeats points.0 and 2 more.',
    ]);
    expect(loaded.points).toHaveLength(3);
  });
});
