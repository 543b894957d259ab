import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build.ts';
import { rowToPoint } from './rows.ts';

/** Table-driven tests over the hand-made rows in `fixtures/edge-cases/` (see its README). */

const dir = new URL('../../../fixtures/edge-cases/', import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

interface Patch {
  set?: Record<string, Json>;
  remove?: string[];
}

const baseRow = readJson<{ row: JsonObject }>('base-row.json').row;
const knownHardware = new Set(
  Object.keys(
    (
      JSON.parse(readFileSync(new URL('../../../fixtures/real/gpu-specs.json', import.meta.url), 'utf8')) as {
        gpuMeta: object;
      }
    ).gpuMeta,
  ),
);
const ctx = { tag: 'edge', knownHardware };

/** Deep-copy the base row and apply `set` / `remove` on dotted paths. */
function patched(patch: Patch): JsonObject {
  const row = structuredClone(baseRow);
  const parentOf = (path: string): [JsonObject, string] => {
    const parts = path.split('.');
    let obj = row;
    for (const p of parts.slice(0, -1)) obj = obj[p] as JsonObject;
    return [obj, parts[parts.length - 1]!];
  };
  for (const path of patch.remove ?? []) {
    const [obj, k] = parentOf(path);
    delete obj[k];
  }
  for (const [path, value] of Object.entries(patch.set ?? {})) {
    const [obj, k] = parentOf(path);
    obj[k] = value;
  }
  return row;
}

describe('base row', () => {
  it('is accepted as is', () => {
    const r = rowToPoint(baseRow, 0, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sequence).toBe('8k1k');
    expect(r.value.point.id).toBe('edge#0');
    expect(r.value.point.metrics.tokPerSecPerGpu).toBe(2782.1);
    expect(r.value.point.metrics.tokPerSecPerUser).toBe(41.67);
  });
});

interface RejectionCase extends Patch {
  name: string;
  row?: Json;
  expect: string[];
}
const rejectionCases = readJson<{ cases: RejectionCase[] }>('rejections.json').cases;

describe('rejections (fixtures/edge-cases/rejections.json)', () => {
  it('covers every rejection reason the brief lists', () => {
    const all = rejectionCases.flatMap((c) => c.expect).join('\n');
    for (const needle of [
      'tput_per_gpu: missing',
      'tput_per_gpu: must be a finite number (got Infinity)',
      'tput_per_gpu: must be greater than zero (got -',
      'tput_per_gpu: must be greater than zero (got 0)',
      'median_intvty: missing',
      'median_intvty: must be a finite number',
      'median_intvty: must be greater than zero (got -',
      'median_intvty: must be greater than zero (got 0)',
      'must not be negative',
      'median_e2el: must be greater than zero (got 0)',
      'must be a finite number or null (got Infinity)',
      'unknown GPU',
      'unknown sequence',
      'hardware: missing',
      'framework: missing',
      'spec_method: missing',
      'conc: missing',
      'date: missing',
      'spec_method: unsupported value',
    ]) {
      expect(all).toContain(needle);
    }
  });

  it.each(rejectionCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const row = 'row' in c ? c.row : patched(c);
    const r = rowToPoint(row, 7, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const needle of c.expect) expect(r.reason).toContain(needle);
  });
});

interface GpuCase extends Patch {
  name: string;
  gpuCount?: number;
  stageGpus?: [number, number];
  note?: string;
  split?: [number | null, number | null];
  reject?: string;
}
const gpuCases = readJson<{ cases: GpuCase[] }>('gpu-count.json').cases;

describe('GPU count (fixtures/edge-cases/gpu-count.json)', () => {
  it('covers a kept-but-flagged row, a hand-computed disaggregated split and both kinds of rejection', () => {
    expect(gpuCases.some((c) => c.note !== undefined && c.split?.[0] === null)).toBe(true);
    expect(gpuCases.some((c) => c.stageGpus !== undefined && c.stageGpus[0] !== c.stageGpus[1] && c.split)).toBe(true);
    expect(gpuCases.filter((c) => c.reject?.includes('single-node')).length).toBeGreaterThan(0);
    expect(gpuCases.filter((c) => c.reject?.includes('disaggregated')).length).toBeGreaterThan(0);
  });

  it.each(gpuCases.filter((c) => c.gpuCount !== undefined).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = rowToPoint(patched(c), 0, ctx);
    if (!r.ok) throw new Error(r.reason);
    const p = r.value.point;
    const split = [p.metrics.inputTokPerSecPerGpu, p.metrics.outputTokPerSecPerGpu];
    expect({
      gpuCount: p.gpuCount,
      stageGpus: [p.prefill?.gpus, p.decode?.gpus],
      gpuCountNote: p.gpuCountNote,
      split,
      tokPerSecPerGpu: p.metrics.tokPerSecPerGpu,
    }).toEqual({
      gpuCount: c.gpuCount,
      stageGpus: c.stageGpus,
      gpuCountNote: c.note ?? null,
      split: c.split ?? split,
      // tok/s/GPU is shipped exactly as measured, whatever happens to the split.
      tokPerSecPerGpu: c.set?.['metrics.tput_per_gpu'] ?? (baseRow['metrics'] as JsonObject)['tput_per_gpu'],
    });
  });

  it.each(gpuCases.filter((c) => c.reject !== undefined).map((c) => [c.name, c] as const))(
    'rejects: %s',
    (_name, c) => {
      expect(rowToPoint(patched(c), 0, ctx)).toEqual({ ok: false, reason: expect.stringContaining(c.reject!) });
    },
  );
});

interface DupRowSpec extends Patch {
  copyOf?: number;
  reverseKeys?: boolean;
}
interface DupFixture {
  rows: DupRowSpec[];
  expect: {
    pointsKept: number;
    keptIndexes: number[];
    rejected: { index: number; reasonContains: string }[];
    duplicates: { index: number; reason: string }[];
  };
}

describe('duplicates (fixtures/edge-cases/duplicates.json)', () => {
  const fx = readJson<DupFixture>('duplicates.json');
  const built: JsonObject[] = [];
  for (const spec of fx.rows) {
    let row = spec.copyOf !== undefined ? structuredClone(built[spec.copyOf]!) : patched(spec);
    if (spec.reverseKeys) row = Object.fromEntries(Object.entries(row).toReversed()) as JsonObject;
    built.push(row);
  }
  const specs = JSON.parse(
    readFileSync(new URL('../../../fixtures/real/gpu-specs.json', import.meta.url), 'utf8'),
  ) as unknown;
  const result = buildDataset({
    source: { name: 'test', url: 'https://example.com', licence: 'test' },
    gpuSpecs: { file: 'gpu-specs.json', sha256: '0'.repeat(64), role: 'test', data: specs },
    benchmarks: [
      {
        file: 'dups.json',
        tag: 'dups',
        sha256: '1'.repeat(64),
        role: 'test',
        kind: 'history',
        captured: null,
        rows: built,
      },
    ],
  });

  it('reports every dropped copy with the index it duplicates', () => {
    expect(result.report.duplicates).toEqual(fx.expect.duplicates.map((d) => ({ file: 'dups.json', ...d })));
  });

  it('rejects the invalid row once and keeps one copy of everything else', () => {
    expect(result.manifest.ingest.rowsRead).toBe(fx.rows.length);
    expect(result.manifest.ingest.pointsKept).toBe(fx.expect.pointsKept);
    expect(result.report.rejected.map((r) => r.index)).toEqual(fx.expect.rejected.map((r) => r.index));
    fx.expect.rejected.forEach((r, i) => expect(result.report.rejected[i]!.reason).toContain(r.reasonContains));
    const keptIds = result.benchmarkFiles.flatMap((f) => f.data.points.map((p) => p.id));
    expect(keptIds.sort()).toEqual(fx.expect.keptIndexes.map((i) => `dups#${i}`).sort());
  });

  it('keeps rowsRead = kept + rejected + duplicates', () => {
    const { rowsRead, historyPoints, rejected, duplicates } = result.manifest.ingest;
    expect(rowsRead).toBe(historyPoints + rejected + duplicates);
  });
});
