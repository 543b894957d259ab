import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResultFile } from '../../data/own/detect';
import { ownPoints, type OwnSetup } from '../../data/own/to-points';
import { X_AXES } from '../../domain/metrics';
import { buildChartSeries, chartCurve, measuredValues } from './chart-model';
import { buildSide } from './sides';
import { CURVE_COLUMNS } from './thin-points';

/**
 * The chart's parts built apart (a metric's values at the points, the side's curve), as your
 * 50,000-point file has them built ahead of a switch. Expected numbers come from the runs' own
 * fields: tok/s/GPU = total_token_throughput ÷ GPUs, cost = $/GPU-hour × 10⁶ ÷ (3600 × tok/s/GPU),
 * end-to-end latency = median_e2el_ms ÷ 1000.
 */

const root = resolve(import.meta.dirname, '../../..');
const fixture = readFileSync(resolve(root, 'fixtures/own-results/vllm-gpt-oss-120b.jsonl'), 'utf8');
const setup: OwnSetup = {
  label: 'sweep',
  hardware: 'h200',
  gpuCount: 8,
  disagg: false,
  engine: 'vllm',
  precision: 'fp8',
  specMethod: 'none',
  sequence: '1k1k',
  date: '2026-04-28',
};
type Row = Record<string, number | string>;
const rowsOf = (jsonl: string) =>
  jsonl
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Row);
const pointsOf = (rows: readonly Row[]) =>
  ownPoints(parseResultFile('vllm', rows.map((r) => JSON.stringify(r)).join('\n')), setup, 'f').points;
const costAt = (usdPerGpuHour: number, row: Row) =>
  (usdPerGpuHour * 1e6) / (3600 * ((row.total_token_throughput as number) / setup.gpuCount));

describe('measuredValues', () => {
  const rows = rowsOf(fixture);
  const points = pointsOf(rows);

  it('is the metric at each point, in the points’ order', () => {
    const { y, has } = measuredValues(points, 'cost', { usdPerGpuHour: 2, kwPerGpu: null });
    expect([...has]).toEqual([1, 1, 1, 1, 1]);
    const byConcurrency = new Map(rows.map((r) => [r.max_concurrency, r]));
    points.forEach((p, i) => expect(y[i]).toBeCloseTo(costAt(2, byConcurrency.get(p.concurrency)!), 9));
  });

  it('has no value where the metric cannot be computed (no price)', () => {
    expect([...measuredValues(points, 'cost', { usdPerGpuHour: null, kwPerGpu: null }).has]).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives buildChartSeries the same measured points as it computes itself', () => {
    // On interactivity the runs' x order is not their order in the file (it falls as concurrency rises).
    const side = buildSide('sweep', points, X_AXES.interactivity);
    expect(
      buildChartSeries('k', side, 'throughput', { usdPerGpuHour: null, kwPerGpu: null }).measured[0]!.point,
    ).not.toBe(points[0]);
    const gpu = { usdPerGpuHour: 2, kwPerGpu: 1 };
    const built = { values: measuredValues(points, 'cost', gpu), curve: chartCurve(side, 'cost', gpu) };
    expect(buildChartSeries('k', side, 'cost', gpu, built)).toEqual(buildChartSeries('k', side, 'cost', gpu));
  });
});

describe('a derived curve along a frontier of thousands of points on a latency axis', () => {
  // 9,000 runs, throughput and latency rising together: every run is on the e2e axis' frontier,
  // whose engine x is 1/latency, so the curve is computed in descending latency.
  const first = rowsOf(fixture)[0]!;
  const n = 9000;
  const rows = Array.from({ length: n }, (_, i) => {
    const f = 1 + (i + 1) / n;
    return {
      ...first,
      max_concurrency: 1 + (i % 512),
      total_token_throughput: (first.total_token_throughput as number) * f,
      median_e2el_ms: (first.median_e2el_ms as number) * f,
    };
  });
  const side = buildSide('sweep', pointsOf(rows), X_AXES.e2e);
  const curve = chartCurve(side, 'cost', { usdPerGpuHour: 2, kwPerGpu: null })!;
  const e2es = rows.map((r) => (r.median_e2el_ms as number) / 1000);

  it('is drawn in ascending latency, from the lowest to the highest run’s', () => {
    expect(side.frontier).toHaveLength(n);
    const xs = curve.points.map((p) => p.x);
    expect(xs.every((x, i) => i === 0 || x > xs[i - 1]!)).toBe(true);
    expect(xs[0]).toBeCloseTo(e2es[0]!, 12);
    expect(xs.at(-1)).toBeCloseTo(e2es.at(-1)!, 12);
  });

  it('is thinned for drawing, and at each run it keeps, is that run’s cost', () => {
    // More than 4 × columns points (9,000 knots and the even samples): thinned, to at most 4
    // per column on each of the two scales.
    expect(curve.points.length).toBeLessThan(n);
    expect(curve.points.length).toBeLessThanOrEqual(8 * CURVE_COLUMNS);
    let atRuns = 0;
    for (const p of curve.points) {
      // The runs' latencies rise with the row: the nearest one by binary search.
      let [lo, hi] = [0, n - 1];
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (e2es[mid]! <= p.x) lo = mid;
        else hi = mid;
      }
      const at = [lo, hi].find((i) => Math.abs(e2es[i]! - p.x) <= 1e-12 * p.x);
      if (at === undefined) continue;
      atRuns++;
      expect(p.y).toBeCloseTo(costAt(2, rows[at]!), 9);
    }
    expect(atRuns).toBeGreaterThan(1000);
  });
});
