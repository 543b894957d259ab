import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestSchema, type BenchmarkPoint } from '../../data/schema';
import { assertValid } from '../../data/validate';
import type { OwnFile } from '../../data/own/store';
import type { OwnSetup } from '../../data/own/to-points';
import { NO_FILTERS } from '../../state/params';
import { fitOwnFiles, type OwnPageScope } from './own-fit';

/** Which of your files a page shows, and the words for those it does not. */

const root = resolve(import.meta.dirname, '../../..');
const manifest = assertValid(
  manifestSchema,
  JSON.parse(readFileSync(resolve(root, 'public/data/manifest.json'), 'utf8')) as unknown,
);

const setup: OwnSetup = {
  label: 'mine',
  hardware: 'mi355x',
  gpuCount: 8,
  disagg: false,
  engine: 'vllm',
  precision: 'fp4',
  specMethod: 'none',
  sequence: '1k1k',
  date: '2026-04-28',
};

function point(id: string, change: Partial<BenchmarkPoint> = {}): BenchmarkPoint {
  return {
    id,
    hardware: setup.hardware,
    engine: setup.engine,
    precision: setup.precision,
    specMethod: setup.specMethod,
    disagg: false,
    multinode: false,
    offloadMode: null,
    prefill: null,
    decode: null,
    gpuCount: 8,
    gpuCountNote: null,
    concurrency: 4,
    date: setup.date,
    image: null,
    runUrl: null,
    metrics: { tokPerSecPerGpu: 100, tokPerSecPerUser: 50 } as BenchmarkPoint['metrics'],
    ...change,
  };
}

function file(id: string, change: Partial<OwnFile> = {}, s: Partial<OwnSetup> = {}): OwnFile {
  const full = { ...setup, ...s };
  return {
    id,
    name: `${id}.json`,
    bytes: 1,
    addedAt: '2026-07-01T00:00:00.000Z',
    format: 'vllm',
    model: 'dsr1',
    sequence: '1k1k',
    setup: full,
    points: [point(`own:${id}#1`, { precision: full.precision, engine: full.engine, hardware: full.hardware })],
    problems: [],
    runsRead: 1,
    ...change,
  };
}

const scope: OwnPageScope = { model: 'dsr1', sequence: '1k1k', precisions: ['fp4', 'fp8'], filters: NO_FILTERS };

describe('fitOwnFiles', () => {
  it('shows the files of the page’s model and sequence, and names the others with what they were made for', () => {
    const fit = fitOwnFiles(
      [file('a'), file('b', { sequence: '8k1k' }), file('c', { model: 'dsv4' }), file('d', { points: [] })],
      scope,
      manifest,
    );
    expect(fit.shown.map((s) => s.file.id)).toEqual(['a']);
    expect(fit.apart.map((a) => [a.file.id, a.reason])).toEqual([
      ['b', 'made for DeepSeek-R1-0528 8k/1k; this page shows DeepSeek-R1-0528 1k/1k'],
      ['c', 'made for DeepSeek-V4-Pro 1k/1k; this page shows DeepSeek-R1-0528 1k/1k'],
      ['d', 'no run of it was kept'],
    ]);
    expect(fit.summary).toEqual(['2 of your series made for another model or sequence']);
  });

  it('a precision the page does not show hides the file, named by the filter ("hidden by the FP8 filter")', () => {
    const fit = fitOwnFiles(
      [file('a'), file('b'), file('c', {}, { precision: 'fp8' })],
      { ...scope, precisions: ['fp8'] },
      manifest,
    );
    expect(fit.shown.map((s) => s.file.id)).toEqual(['c']);
    expect(fit.apart.map((a) => a.reason)).toEqual([
      'hidden by the FP8 filter (it is FP4)',
      'hidden by the FP8 filter (it is FP4)',
    ]);
    expect(fit.summary).toEqual(['2 of your series hidden by the FP8 filter']);
  });

  it('the quick filters act on your points as on published ones: vendor, engine, spec method, disaggregation', () => {
    const cases: [Partial<OwnPageScope['filters']>, string][] = [
      [{ vendor: 'nvidia' }, 'hidden by the NVIDIA GPUs filter (it is MI355X)'],
      [{ engine: 'sglang' }, 'hidden by the SGLang filter (it is vLLM)'],
      [{ spec: 'mtp' }, 'hidden by the MTP filter (it is Off)'],
      [{ disagg: true }, 'hidden by the disaggregated filter (it is not disaggregated)'],
    ];
    for (const [filters, reason] of cases) {
      const fit = fitOwnFiles([file('a')], { ...scope, filters: { ...NO_FILTERS, ...filters } }, manifest);
      expect(fit.shown).toEqual([]);
      expect(fit.apart.map((a) => a.reason)).toEqual([reason]);
    }
    // A filter the file passes keeps it.
    const kept = fitOwnFiles([file('a')], { ...scope, filters: { ...NO_FILTERS, vendor: 'amd' } }, manifest);
    expect(kept.shown.map((s) => s.points.length)).toEqual([1]);
  });

  it('a file of mixed points (InferenceX rows) keeps the points that pass, and counts those left out', () => {
    const mixed = file('m', {
      points: [point('own:m#1'), point('own:m#2', { precision: 'fp8' }), point('own:m#3', { hardware: 'b200' })],
    });
    const fit = fitOwnFiles(
      [mixed],
      { ...scope, precisions: ['fp4'], filters: { ...NO_FILTERS, vendor: 'amd' } },
      manifest,
    );
    expect(fit.shown.map((s) => [s.points.map((p) => p.id), s.leftOut])).toEqual([[['own:m#1'], 2]]);
    expect(fit.apart).toEqual([]);
  });
});
