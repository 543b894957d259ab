import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarkFileSchema, type BenchmarkPoint } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { detectFormat, parseResultFile } from '../../data/own/detect';
import { ownPoints, type OwnSetup } from '../../data/own/to-points';
import { METRIC_KEYS, X_AXES, X_AXIS_KEYS } from '../../domain/metrics';
import type { MonotoneSpline } from '../../math';
import { buildChartSeries, keepXOrder, xOrderOf } from '../compare/chart-model';
import { buildSide, frontierIndexes, sideFromFrontier, type ComparedSide } from '../compare/sides';
import { sideColumns, sidePointsOf } from './side-columns';

/**
 * The worker's road to a side (columns → the engine's points → frontier indexes → the side
 * assembled on the page) gives exactly the side `buildSide` builds on the points themselves:
 * the same frontier objects, ids, excluded points with reasons, splines and curve values.
 */

const root = resolve(import.meta.dirname, '../../..');
const text = (path: string) => readFileSync(resolve(root, path), 'utf8');

const setup: OwnSetup = {
  label: 'fixture',
  hardware: 'h200',
  gpuCount: 8,
  disagg: false,
  engine: 'sglang',
  precision: 'fp8',
  specMethod: 'none',
  sequence: '1k1k',
  date: '2026-04-28',
};

function ownFixture(path: string): BenchmarkPoint[] {
  const body = text(path);
  const detected = detectFormat(body);
  if (detected.format === null || detected.format === 'inferencex-rows') throw new Error(`${path}: not a result file`);
  return ownPoints(parseResultFile(detected.format, body), setup, 'f1').points;
}

const published = assertValid(benchmarkFileSchema, JSON.parse(text('public/data/benchmarks/dsr1/8k1k/mi355x.json')));

/**
 * A seeded sweep cloud with what trips a frontier up: exact duplicates (the smallest id is
 * kept: "p10" sorts before "p9"), equal x at other throughputs, latencies missing on some
 * points, a zero throughput (non-positive) and a zero interactivity (no x).
 */
function cloud(n: number): BenchmarkPoint[] {
  const base = published.points[0]!;
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const points: BenchmarkPoint[] = [];
  for (let i = 0; i < n; i++) {
    const c = 1 + (i % 64);
    const copyOf = i % 50 === 49 ? points[i - 1 - (i % 7)] : undefined;
    const tput = copyOf?.metrics.tokPerSecPerGpu ?? Math.round(100 * c ** 0.7 * (0.8 + 0.4 * random()));
    const user = copyOf?.metrics.tokPerSecPerUser ?? Math.round(400 / (1 + c / 8) / (0.8 + 0.4 * random()));
    const e2e = i % 13 === 0 ? null : Math.round(1000 * (1 + c / 16) * (0.8 + 0.4 * random())) / 100;
    points.push({
      ...base,
      id: `p${i}`,
      concurrency: c,
      metrics: {
        ...base.metrics,
        tokPerSecPerGpu: i === 5 ? 0 : tput,
        tokPerSecPerUser: i === 6 ? 0 : user,
        medianE2eSec: copyOf ? copyOf.metrics.medianE2eSec : e2e,
        outputTokPerSecPerGpu: i % 11 === 0 ? null : tput * 0.4,
      },
    });
  }
  return points;
}

const knots = (s: MonotoneSpline | null) => s && { domain: s.domain, knotXs: s.knotXs, tangents: s.tangents };

/** A side as plain data: its curve's splines by their knots and tangents, and its values between and beyond them. */
function plain(side: ComparedSide) {
  const { curve, frontierIds, ...rest } = side;
  const xs = curve.knotXs.flatMap((x, i) => [x, (x + (curve.knotXs[i + 1] ?? x + 1)) / 2]);
  const splines = curve.splines && {
    tokPerSecPerGpu: knots(curve.splines.tokPerSecPerGpu),
    outputTokPerSecPerGpu: knots(curve.splines.outputTokPerSecPerGpu),
    inputTokPerSecPerGpu: knots(curve.splines.inputTokPerSecPerGpu),
    concurrency: knots(curve.splines.concurrency),
  };
  return { ...rest, frontierIds: [...frontierIds], domain: curve.domain, splines, at: xs.map((x) => curve.at(x)) };
}

/** The side as the page gets it from the worker, with the x order for its chart. */
function throughWorker(label: string, points: readonly BenchmarkPoint[], axis: (typeof X_AXES)[keyof typeof X_AXES]) {
  const columns = structuredClone(sideColumns(points));
  const found = frontierIndexes(sidePointsOf(columns, axis));
  const side = sideFromFrontier(label, points, axis, found);
  keepXOrder(side, xOrderOf(columns.x[axis.field], found.frontier));
  return side;
}

const gpu = { usdPerGpuHour: 2.5, kwPerGpu: 1.2 };

const cases: [string, BenchmarkPoint[]][] = [
  ['the vLLM fixture', ownFixture('fixtures/own-results/vllm-gpt-oss-120b.jsonl')],
  ['the SGLang fixture', ownFixture('fixtures/own-results/sglang-format-gpt-oss-120b.jsonl')],
  ['the H200 CSV fixture', ownFixture('fixtures/own-results/h200-sglang-fp8-1k8k.csv')],
  ['published MI355X 8k1k points', published.points],
  ['a synthetic cloud of 3,000 points', cloud(3000)],
];

describe('a side from the worker', () => {
  it.each(cases)('%s: equals buildSide on every x axis', (_, points) => {
    for (const key of X_AXIS_KEYS) {
      const axis = X_AXES[key];
      const built = buildSide('s', points, axis);
      const viaWorker = throughWorker('s', points, axis);
      expect({ key, side: plain(viaWorker) }).toEqual({ key, side: plain(built) });
      expect(viaWorker.frontier.every((p, i) => p === built.frontier[i])).toBe(true);
      // Its chart, on the x order the worker found, is the chart of buildSide's side (which sorts its own).
      for (const metric of METRIC_KEYS) {
        const chart = buildChartSeries('k', viaWorker, metric, gpu);
        expect({ key, metric, chart }).toEqual({ key, metric, chart: buildChartSeries('k', built, metric, gpu) });
      }
    }
  });

  it('the cloud has what it is meant to: ties, points off an axis and non-positive ones', () => {
    const points = cloud(3000);
    const side = buildSide('s', points);
    expect(side.frontier.length).toBeGreaterThan(3);
    expect(side.excluded).toEqual([
      { id: 'p5', reason: 'non-positive' },
      // A zero interactivity is no x at all (`engineX`: NaN), hence non-finite.
      { id: 'p6', reason: 'non-finite' },
    ]);
    expect(buildSide('s', points, X_AXES.e2e).excluded.filter((e) => e.reason === 'non-finite')).toHaveLength(
      Math.ceil(3000 / 13),
    );
  });

  it('finds the frontier of five hand-made points, and says why two are left out', () => {
    const base = published.points[0]!;
    const point = (id: string, tokPerSecPerGpu: number, tokPerSecPerUser: number): BenchmarkPoint => ({
      ...base,
      id,
      metrics: { ...base.metrics, tokPerSecPerGpu, tokPerSecPerUser },
    });
    // a (x 10, 300) and b (x 20, 200) are the frontier; c (x 15, 100) is below b; d has no x, e a zero throughput.
    const points = [
      point('a', 300, 10),
      point('b', 200, 20),
      point('c', 100, 15),
      point('d', 50, Number.NaN),
      point('e', 0, 30),
    ];
    const found = frontierIndexes(sidePointsOf(sideColumns(points), X_AXES.interactivity));
    expect([...found.frontier]).toEqual([0, 1]);
    expect([...found.excluded]).toEqual([3, 4]);
    expect([...found.nonPositive]).toEqual([0, 1]);
    const side = sideFromFrontier('s', points, X_AXES.interactivity, found);
    expect(side.excluded).toEqual([
      { id: 'd', reason: 'non-finite' },
      { id: 'e', reason: 'non-positive' },
    ]);
    expect(side.curve.at(10)?.tokPerSecPerGpu).toBe(300);
    expect(side.curve.at(20)?.tokPerSecPerGpu).toBe(200);
  });
});
