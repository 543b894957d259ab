import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { parseResultFile } from '../../data/own/detect';
import { ownPoints, type OwnSetup } from '../../data/own/to-points';
import type { OwnFile } from '../../data/own/store';
import { inferenceAvailability } from '../../state/availability';
import { defaultInferenceSelection, type InferenceSelection } from '../../state/pages/inference';
import { fitOwnFiles } from '../own/own-fit';
import { X_AXES } from '../../domain/metrics';
import { buildSide, type ComparedSide } from '../compare/sides';
import { buildOwnSeries, ownCurveJobs, ownStyle, type OwnSideLookup } from './own-series';

/**
 * Your files as series on the inference chart. Expected numbers are computed here from the
 * fixture's own fields (tok/s/GPU = total_token_throughput ÷ GPUs, tok/s/user = 1000 ÷
 * median_tpot_ms, cost = $/GPU-hour × 10⁶ ÷ (3600 × tok/s/GPU)).
 */

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;
const manifest = assertValid(manifestSchema, read('public/data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, read('public/data/gpu-specs.json'));
const availability = inferenceAvailability(manifest, specs)!;
const selection: InferenceSelection = { ...defaultInferenceSelection(availability), sequence: '1k1k', best: 'all' };

const jsonl = readFileSync(resolve(root, 'fixtures/own-results/vllm-gpt-oss-120b.jsonl'), 'utf8');
const raw = jsonl
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { max_concurrency: number; total_token_throughput: number; median_tpot_ms: number });

const e2eRaw = jsonl
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { median_e2el_ms: number });

const setup: OwnSetup = {
  label: 'my vLLM sweep',
  hardware: 'mi355x',
  gpuCount: 16,
  disagg: true,
  engine: 'vllm',
  precision: 'fp4',
  specMethod: 'none',
  sequence: '1k1k',
  date: '2026-04-28',
};

function ownFile(id: string, change: Partial<OwnFile> = {}): OwnFile {
  return {
    id,
    name: 'vllm-gpt-oss-120b.jsonl',
    bytes: jsonl.length,
    addedAt: '2026-07-01T00:00:00.000Z',
    format: 'vllm',
    model: selection.model,
    sequence: '1k1k',
    setup,
    points: ownPoints(parseResultFile('vllm', jsonl), setup, id).points,
    problems: [],
    runsRead: 5,
    ...change,
  };
}

const none = new Set<string>();

describe('your files as series', () => {
  it('one series per file of the page’s model and sequence, labelled "· your data"', () => {
    const series = buildOwnSeries({
      shown: fitOwnFiles(
        [
          ownFile('a'),
          ownFile('b', { sequence: '8k1k' }),
          ownFile('c', { model: 'dsv4' }),
          ownFile('d', { setup: { ...setup, label: 'second' } }),
          ownFile('e', { points: [] }),
        ],
        selection,
        manifest,
      ).shown,
      selection,
      specs,
      hidden: none,
    });
    expect(series.map((s) => [s.id, s.label, s.points.length])).toEqual([
      ['own:a', 'my vLLM sweep · your data', 5],
      ['own:d', 'second · your data', 5],
    ]);
    expect(series[0]!.look.shape).not.toBe(series[1]!.look.shape);
    expect(ownStyle(series[0]!.look, 'light').hollow).toBe(true);
  });

  it('places each run at x = 1000 ÷ median TPOT and y = total tok/s ÷ 16, in x order', () => {
    const [s] = buildOwnSeries({
      shown: fitOwnFiles([ownFile('a')], selection, manifest).shown,
      selection,
      specs,
      hidden: none,
    });
    const expected = raw
      .map((r) => ({ x: 1000 / r.median_tpot_ms, y: r.total_token_throughput / 16, conc: r.max_concurrency }))
      .sort((p, q) => p.x - q.x);
    const measured = s!.chart!.measured;
    expect(measured.map((m) => m.point.concurrency)).toEqual(expected.map((e) => e.conc));
    measured.forEach((m, i) => {
      expect(m.x).toBeCloseTo(expected[i]!.x, 10);
      expect(m.y).toBeCloseTo(expected[i]!.y, 10);
    });
    // By hand: concurrency 32 ran 5,971.122 tok/s on 16 GPUs = 373.195 tok/s/GPU.
    expect(measured.find((m) => m.point.concurrency === 32)!.y).toBeCloseTo(373.1951, 4);
  });

  it('on the cost metric, prices the file’s GPU count with the page’s price', () => {
    const costly = { ...selection, metric: 'cost' as const, usdPerGpuHour: 2 };
    const [s] = buildOwnSeries({
      shown: fitOwnFiles([ownFile('a')], costly, manifest).shown,
      selection: costly,
      specs,
      hidden: none,
    });
    const byConc = new Map(s!.chart!.measured.map((m) => [m.point.concurrency, m.y]));
    for (const r of raw) {
      expect(byConc.get(r.max_concurrency)).toBeCloseTo((2 * 1e6) / (3600 * (r.total_token_throughput / 16)), 9);
    }
  });

  it('a switch reads the points again only for a metric or price not shown a moment ago', () => {
    const shown = fitOwnFiles([ownFile('a')], selection, manifest).shown;
    const chartAt = (metric: 'cost' | 'throughput', usdPerGpuHour: number) =>
      buildOwnSeries({ shown, selection: { ...selection, metric, usdPerGpuHour }, specs, hidden: none })[0]!.chart!;
    const conc32 = raw.find((r) => r.max_concurrency === 32)!.total_token_throughput / 16;
    const y32 = (c: ReturnType<typeof chartAt>) => c.measured.find((m) => m.point.concurrency === 32)!.y;
    const atTwo = chartAt('cost', 2);
    expect(y32(atTwo)).toBeCloseTo((2 * 1e6) / (3600 * conc32), 9);
    expect(y32(chartAt('cost', 3))).toBeCloseTo((3 * 1e6) / (3600 * conc32), 9);
    expect(y32(chartAt('throughput', 3))).toBeCloseTo(373.1951, 4);
    const again = chartAt('cost', 2);
    expect(again.measured).toBe(atTwo.measured);
    expect(y32(again)).toBeCloseTo((2 * 1e6) / (3600 * conc32), 9);
  });

  it('builds ahead, when idle, each other metric of each file drawn, once; a switch then plots those numbers', () => {
    const shown = fitOwnFiles(
      [ownFile('a'), ownFile('d', { setup: { ...setup, label: 'second' } })],
      selection,
      manifest,
    ).shown;
    const priced = { ...selection, metric: 'throughput' as const, usdPerGpuHour: 2 };
    const hidden = new Set(['own:d']);
    // Ten metrics, less the one shown, for file a only (d is hidden): their values, their curves.
    const jobs = ownCurveJobs({ shown, selection: priced, specs, hidden });
    expect(jobs).toHaveLength(18);
    expect(ownCurveJobs({ shown, selection: priced, specs, hidden, side: () => null })).toEqual([]);
    for (const job of jobs) job();
    expect(ownCurveJobs({ shown, selection: priced, specs, hidden })).toEqual([]);
    // Another price is other work.
    expect(ownCurveJobs({ shown, selection: { ...priced, usdPerGpuHour: 3 }, specs, hidden })).toHaveLength(18);
    const [a] = buildOwnSeries({ shown, selection: { ...priced, metric: 'cost' }, specs, hidden });
    const byConc = new Map(a!.chart!.measured.map((m) => [m.point.concurrency, m.y]));
    for (const r of raw) {
      expect(byConc.get(r.max_concurrency)).toBeCloseTo((2 * 1e6) / (3600 * (r.total_token_throughput / 16)), 9);
    }
    // The curve passes through each frontier run at its cost.
    const curve = a!.chart!.curve!.points;
    for (const m of a!.chart!.measured.filter((p) => p.frontier)) {
      expect(curve.find((p) => Math.abs(p.x - m.x) < 1e-9)?.y).toBeCloseTo(m.y, 9);
    }
  });

  it('a hidden file stays in the legend and leaves the chart', () => {
    const [s] = buildOwnSeries({
      shown: fitOwnFiles([ownFile('a')], selection, manifest).shown,
      selection,
      specs,
      hidden: new Set(['own:a']),
    });
    expect(s!.hidden).toBe(true);
    expect(s!.chart).toBeNull();
  });

  it('while its side on the chart’s axis is being found, a shown file is computing and not drawn; once there, drawn on that axis', () => {
    const shown = fitOwnFiles([ownFile('a'), ownFile('b')], selection, manifest).shown;
    const onE2e = { ...selection, xAxis: 'e2e' as const };
    const asked: string[] = [];
    const sides = new Map<string, ComparedSide>();
    const lookup: OwnSideLookup = (label, _points, axis) => {
      asked.push(`${label} ${axis.key}`);
      return sides.get(axis.key) ?? null;
    };
    const before = buildOwnSeries({ shown, selection: onE2e, specs, hidden: new Set(['own:b']), side: lookup });
    expect(before.map((s) => [s.computing, s.chart])).toEqual([
      [true, null],
      [false, null],
    ]);
    // A hidden file's side is not asked for.
    expect(asked).toEqual(['my vLLM sweep · your data e2e']);
    // An interactivity side is no side for the e2e axis.
    sides.set('interactivity', buildSide('my vLLM sweep · your data', shown[0]!.points));
    expect(buildOwnSeries({ shown, selection: onE2e, specs, hidden: none, side: lookup })[0]!.chart).toBeNull();
    sides.set('e2e', buildSide('my vLLM sweep · your data', shown[0]!.points, X_AXES.e2e));
    const [a] = buildOwnSeries({ shown, selection: onE2e, specs, hidden: none, side: lookup });
    expect(a!.computing).toBe(false);
    // By hand: x is each run's median end-to-end latency (median_e2el_ms ÷ 1000), in ascending order.
    const e2es = e2eRaw.map((r) => r.median_e2el_ms / 1000).sort((p, q) => p - q);
    expect(a!.chart!.measured.map((m) => m.x)).toEqual(e2es.map((x) => expect.closeTo(x, 12)));
  });
});
