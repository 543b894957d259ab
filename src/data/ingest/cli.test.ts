import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SPEC_DECODE_INDEX_PATH } from '../queries.ts';
import { nonNegativeInt, object } from '../validate.ts';
import {
  compareWithDisk,
  DEFAULT_PUBLIC_DIR,
  ingestFromDirectory,
  listShippedJson,
  renderFiles,
  type DerivedFile,
} from './cli.ts';

/**
 * The committed `public/data/` must be exactly what a fresh ingest of `fixtures/real/` makes,
 * so a change to the fixtures or the ingest without re-running `npm run ingest` fails here.
 */

const result = ingestFromDirectory();
const rendered = renderFiles(result);

describe('committed public/data is up to date', () => {
  it.each(result.files.map((f) => [f.path, f] as const))('%s deep-equals a fresh ingest', (path, file) => {
    const committed = JSON.parse(readFileSync(join(DEFAULT_PUBLIC_DIR, path), 'utf8')) as unknown;
    expect(committed).toEqual(file.data);
  });

  it('ships the manifest, gpu-specs, the report and, per model × sequence × GPU measured, a latest and a history file', () => {
    // Plus the one file computed from the result above the data layer (src/app/ingest-derived.ts,
    // whose test checks it byte for byte with everything else).
    expect(listShippedJson()).toEqual([...rendered.map((f) => f.path), SPEC_DECODE_INDEX_PATH].sort());
    // Expected from the raw rows: every (sequence, hardware) pair that has at least one row.
    const raw = JSON.parse(
      readFileSync(new URL('../../../fixtures/real/inferencex_dsr1_latest_2026-06-14.json', import.meta.url), 'utf8'),
    ) as { isl: number; osl: number; hardware: string }[];
    const seq = (r: { isl: number; osl: number }) => `${r.isl / 1024}k${r.osl / 1024}k`;
    const latest = [...new Set(raw.map((r) => `data/benchmarks/dsr1/${seq(r)}/${r.hardware}.json`))];
    // The history holds the same GPUs and sequences for dsr1 (the history rows add none); the
    // blog adds dsv4 MI355X 8k/1k to both views, its run dates and its published table.
    const expected = [
      ...latest,
      ...latest.map((p) => p.replace('data/benchmarks/', 'data/history/')),
      'data/benchmarks/dsv4/8k1k/mi355x.json',
      'data/history/dsv4/8k1k/mi355x.json',
      'data/history/dsr1/run-dates.json',
      'data/history/dsv4/run-dates.json',
      'data/published/dsv4/8k1k/mi355x-fp4-sglang-none.json',
    ].sort();
    expect(rendered.slice(0, 3).map((f) => f.path)).toEqual([
      'data/manifest.json',
      'data/gpu-specs.json',
      'data/ingest-report.json',
    ]);
    expect(
      rendered
        .slice(3)
        .map((f) => f.path)
        .sort(),
    ).toEqual(expected);
  });
});

describe('derived files (computed from the result by code above the data layer)', () => {
  const pointsKept = (build: DerivedFile['build']): DerivedFile => ({
    path: 'data/points-kept.json',
    schema: object({ points: nonNegativeInt() }),
    build,
  });

  it('are rendered after the ingest’s own files, in the same byte format', () => {
    const files = renderFiles(result, [pointsKept((r) => ({ points: r.manifest.ingest.pointsKept }))]);
    expect(files.slice(0, -1)).toEqual(rendered);
    expect(files.at(-1)).toEqual({
      path: 'data/points-kept.json',
      text: `{\n"points": ${result.manifest.ingest.pointsKept}\n}\n`,
    });
  });

  it('are checked against their schema like every other file', () => {
    expect(() => renderFiles(result, [pointsKept(() => ({ points: -1 }))])).toThrow(/data\/points-kept\.json/);
  });
});

describe('every rendered file is read back and checked', () => {
  it('a broken benchmark file stops the ingest, naming the file and the field', () => {
    const index = result.files.findIndex((f) => f.path.startsWith('data/history/') && f.path.endsWith('.json'));
    const { path, data } = result.files[index]! as { path: string; data: { points: { concurrency: number }[] } };
    const broken = { ...data, points: data.points.map((p, i) => (i === 1 ? { ...p, concurrency: 0 } : p)) };
    const files = result.files.map((f, i) => (i === index ? { path, data: broken } : f));
    expect(() => renderFiles({ ...result, files })).toThrow(`${path} is not valid: points.1.concurrency`);
  });
});

describe('--check finds every kind of drift', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isoline-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('reports missing, differing and stale files', () => {
    for (const f of rendered) write(f.path, f.text);
    expect(compareWithDisk(rendered, dir)).toEqual([]);

    const [manifest, gpuSpecs] = rendered;
    write(manifest!.path, manifest!.text.replace(/\n$/, '')); // only the trailing newline differs
    rmSync(join(dir, gpuSpecs!.path));
    write('data/benchmarks/dsr1/2k2k.json', '{}\n');
    expect(compareWithDisk(rendered, dir)).toEqual([
      { path: 'data/manifest.json', problem: 'differs' },
      { path: 'data/gpu-specs.json', problem: 'missing' },
      { path: 'data/benchmarks/dsr1/2k2k.json', problem: 'stale' },
    ]);
  });
});
