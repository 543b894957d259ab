import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build.ts';
import type { BenchmarkSource } from './sources.ts';

/**
 * The dating rules of the ingest (README "Dates: the latest view and the history") over the
 * hand-made files of `fixtures/edge-cases/dated-rows.json`: which points are the latest view,
 * which are history only, and what the report says about each row that is not shipped as is.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };
interface RowSpec {
  note: string;
  set?: Record<string, Json>;
  remove?: string[];
}
interface Fixture {
  files: { file: string; tag: string; kind: BenchmarkSource['kind']; captured: string; rows: RowSpec[] }[];
  expect: {
    latestView: string[];
    history: string[];
    rejected: { file: string; index: number; reasonContains: string }[];
    duplicates: { file: string; index: number; reason: string }[];
    movedToHistory: { file: string; index: number; reasonContains: string }[];
    defaultSet: string;
  };
}

const dir = new URL('../../../fixtures/edge-cases/', import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;
const baseRow = read<{ row: JsonObject }>('base-row.json').row;
const fx = read<Fixture>('dated-rows.json');
const specs = JSON.parse(
  readFileSync(new URL('../../../fixtures/real/gpu-specs.json', import.meta.url), 'utf8'),
) as unknown;

function built(spec: RowSpec): JsonObject {
  const row = structuredClone(baseRow);
  const at = (path: string): [JsonObject, string] => {
    const parts = path.split('.');
    let obj = row;
    for (const p of parts.slice(0, -1)) obj = obj[p] as JsonObject;
    return [obj, parts.at(-1)!];
  };
  for (const path of spec.remove ?? []) {
    const [obj, k] = at(path);
    delete obj[k];
  }
  for (const [path, value] of Object.entries(spec.set ?? {})) {
    const [obj, k] = at(path);
    obj[k] = value;
  }
  return row;
}

function ingest(files: Fixture['files']) {
  return buildDataset({
    source: { name: 'test', url: 'https://example.com', licence: 'test' },
    gpuSpecs: { file: 'gpu-specs.json', sha256: '0'.repeat(64), role: 'test', data: specs },
    benchmarks: files.map((f) => ({
      file: f.file,
      tag: f.tag,
      kind: f.kind,
      captured: f.captured,
      role: 'test',
      sha256: '1'.repeat(64),
      rows: f.rows.map(built),
    })),
  });
}

describe('dated rows (fixtures/edge-cases/dated-rows.json)', () => {
  const result = ingest(fx.files);
  const ids = (files: readonly { data: { points: readonly { id: string }[] } }[]) =>
    files.flatMap((f) => f.data.points.map((p) => p.id)).sort();

  it('the latest view is the newest run of each line: the capture, replaced only by a run after its day', () => {
    expect(ids(result.benchmarkFiles)).toEqual([...fx.expect.latestView].sort());
  });

  it('the history keeps every distinct measurement, older runs and history-only lines included', () => {
    expect(ids(result.historyFiles)).toEqual([...fx.expect.history].sort());
    expect(result.historyFiles.every((f) => f.data.view === 'history')).toBe(true);
    expect(result.benchmarkFiles.every((f) => f.data.view === 'latest')).toBe(true);
  });

  it('an offloaded run is its own line: it keeps its own latest run beside the normal one', () => {
    const latest = result.benchmarkFiles.flatMap((f) => f.data.points);
    expect(latest.find((p) => p.id === 'cap#3')!.offloadMode).toBe('cpu');
    expect(latest.filter((p) => p.offloadMode === null).map((p) => p.date)).toEqual(['2026-09-02', '2026-09-02']);
  });

  it('reports the agentic row, the duplicates across files (an id-only copy named so) and the older runs', () => {
    const { report } = result;
    expect(report.rejected.map(({ file, index }) => ({ file, index }))).toEqual(
      fx.expect.rejected.map(({ file, index }) => ({ file, index })),
    );
    fx.expect.rejected.forEach((r, i) => expect(report.rejected[i]!.reason).toContain(r.reasonContains));
    expect(report.duplicates).toEqual(fx.expect.duplicates);
    expect(report.movedToHistory.map(({ file, index }) => ({ file, index }))).toEqual(
      fx.expect.movedToHistory.map(({ file, index }) => ({ file, index })),
    );
    fx.expect.movedToHistory.forEach((r, i) => expect(report.movedToHistory[i]!.reason).toContain(r.reasonContains));
    const { rowsRead, historyPoints, rejected, duplicates } = result.manifest.ingest;
    expect(rowsRead).toBe(historyPoints + rejected + duplicates);
  });

  it('a run past every cost set does not stop the ingest: the newest set in force by then, said', () => {
    expect(result.gpuSpecs.defaultSetId).toBe(fx.expect.defaultSet);
    expect(result.gpuSpecs.defaultReason).toContain('2026-09-02');
  });

  it('history rows older than the capture day never move the default cost set', () => {
    const withoutLateRuns = fx.files.map((f) => ({
      ...f,
      rows: f.rows.filter((r) => !String(r.set?.date ?? '').startsWith('2026-09')),
    }));
    const late = ingest([
      ...withoutLateRuns,
      {
        file: 'old.json',
        tag: 'old',
        kind: 'history',
        captured: '2026-06-14',
        rows: [
          { note: 'a history run of 2026-06-10, before the capture day: history only', set: { date: '2026-06-10' } },
        ],
      },
    ]);
    expect(late.gpuSpecs.defaultSetId).toBe('A');
    expect(ids(late.benchmarkFiles)).toEqual(['cap#0', 'cap#1', 'cap#3']);
  });

  it('refuses two sources with one tag (ids would collide) and a capture without its day', () => {
    const [capture, history] = fx.files;
    expect(() => ingest([capture!, { ...history!, tag: capture!.tag }])).toThrow(/share the point-id tag "cap"/);
    expect(() =>
      buildDataset({
        source: { name: 'test', url: 'https://example.com', licence: 'test' },
        gpuSpecs: { file: 'gpu-specs.json', sha256: '0'.repeat(64), role: 'test', data: specs },
        benchmarks: [
          {
            file: 'x.json',
            tag: 'x',
            kind: 'latest-capture',
            captured: null,
            role: 't',
            sha256: '1'.repeat(64),
            rows: [],
          },
        ],
      }),
    ).toThrow(/needs its capture date/);
  });
});
