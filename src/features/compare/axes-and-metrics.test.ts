import { describe, expect, it } from 'vitest';
import { pointMetricsSchema } from '../../data/schema';
import { X_AXES, X_AXIS_KEYS, isXAxisKey } from '../../domain/metrics';
import { inverseLatencyX } from '../../math';
import { buildChartSeries } from './chart-model';
import { buildSide, chartX, engineX } from './sides';
import { handMadePoint } from './__fixtures__/hand-made-point';

/** A point whose e2e latency is `e2e` s and time to first token a tenth of it. */
const point = (id: string, tokPerSecPerUser: number, tokPerSecPerGpu: number, e2e: number | null) =>
  handMadePoint(id, tokPerSecPerUser, tokPerSecPerGpu, {
    metrics: { medianTtftSec: e2e === null ? null : e2e / 10, medianE2eSec: e2e },
  });

describe('x axis definitions', () => {
  it('read a measured field of every point, with the direction of better', () => {
    const fields = Object.keys(pointMetricsSchema.shape);
    for (const key of X_AXIS_KEYS) {
      expect(fields).toContain(X_AXES[key].field);
      expect(X_AXES[key].direction).toBe(key === 'interactivity' ? 'higher-is-better' : 'lower-is-better');
      expect(X_AXES[key].axisLabel).toMatch(key === 'interactivity' ? /higher is better/ : /lower is better/);
    }
    expect(isXAxisKey('ttft-p99')).toBe(true);
    expect(isXAxisKey('p99')).toBe(false);
  });

  it.each([
    ['interactivity', 50, 50],
    ['e2e', 4, 0.25],
    ['ttft', 0.4, 2.5],
  ] as const)('%s: engine x of a point, and back', (axis, chart, engine) => {
    const p = point('p', 50, 1000, 4);
    expect(engineX(X_AXES[axis], p)).toBeCloseTo(engine, 12);
    expect(chartX(X_AXES[axis], engine)).toBeCloseTo(chart, 12);
  });

  it.each([null, 0])('gives no engine x for a latency of %j', (e2e) => {
    expect(engineX(X_AXES.e2e, point('p', 50, 1000, e2e))).toBeNaN();
  });
});

describe('frontier on a latency axis', () => {
  // Latency (s) / throughput: a (2 s, 900) is beaten by b (1.5 s, 1000): lower latency and more throughput.
  const points = [
    point('a', 40, 900, 2),
    point('b', 30, 1000, 1.5),
    point('c', 60, 600, 1),
    point('d', 20, 1200, 3),
    point('e', 25, 1300, null),
  ];

  it('keeps points no other point beats on both lower latency and higher throughput', () => {
    const side = buildSide('s', points, X_AXES.e2e);
    expect([...side.frontierIds].sort()).toEqual(['b', 'c', 'd']);
    expect(side.excluded).toEqual([{ id: 'e', reason: 'non-finite' }]);
  });

  it('hands the engine 1/latency: frontier and interpolated values as computed by hand', () => {
    const side = buildSide('s', points, X_AXES.e2e);
    // Engine x = 1/latency (1/s): d 3 s → 1/3, b 1.5 s → 2/3, c 1 s → 1, ascending.
    expect(side.frontierSidePoints.map((p) => p.id)).toEqual(['d', 'b', 'c']);
    const xs = side.frontierSidePoints.map((p) => p.x);
    [1 / 3, 2 / 3, 1].forEach((x, i) => expect(xs[i]).toBeCloseTo(x, 15));
    expect(side.curve.domain![0]).toBeCloseTo(1 / 3, 15);
    expect(side.curve.domain![1]).toBeCloseTo(1, 15);
    // Steffen on knots (1/3, 1200), (2/3, 1000), (1, 600), h = 1/3: secants −600 and −1200,
    // interior tangent −2·min(600, 1200, ½·900) = −900, end tangents (3·s − t)/2 = −450 and
    // −1350. Midpoints (u = ½): 1100 + h·(−450 + 900)/8 = 1118.75 at 2 s (x = ½) and
    // 800 + h·(−900 + 1350)/8 = 818.75 at 1.2 s (x = 5/6).
    expect(side.curve.at(inverseLatencyX(3))!.tokPerSecPerGpu).toBeCloseTo(1200, 9);
    expect(side.curve.at(inverseLatencyX(1.5))!.tokPerSecPerGpu).toBeCloseTo(1000, 9);
    expect(side.curve.at(inverseLatencyX(2))!.tokPerSecPerGpu).toBeCloseTo(1118.75, 9);
    expect(side.curve.at(inverseLatencyX(1.2))!.tokPerSecPerGpu).toBeCloseTo(818.75, 9);
    expect(side.curve.at(inverseLatencyX(1.2))!.outputTokPerSecPerGpu).toBeCloseTo(818.75 / 9, 9);
    // Outside the fastest/slowest measured latency the engine gives nothing.
    expect(side.curve.at(inverseLatencyX(0.9))).toBeNull();
    expect(side.curve.at(inverseLatencyX(3.1))).toBeNull();
  });

  it('is not the interactivity frontier', () => {
    expect([...buildSide('s', points).frontierIds].sort()).toEqual(['a', 'b', 'c', 'e']);
  });

  it('draws the curve in seconds through the frontier points, fastest first', () => {
    const series = buildChartSeries('s', buildSide('s', points, X_AXES.e2e), 'throughput', {
      usdPerGpuHour: 2,
      kwPerGpu: 1,
    });
    expect(series.unplotted).toBe(1);
    expect(series.measured.map((m) => m.x)).toEqual([1, 1.5, 2, 3]);
    const curve = series.curve!.points;
    expect(curve[0]!.x).toBeCloseTo(1, 12);
    expect(curve[0]!.y).toBeCloseTo(600, 9);
    expect(curve.at(-1)!.x).toBeCloseTo(3, 12);
    expect(curve.at(-1)!.y).toBeCloseTo(1200, 9);
    expect(curve.find((c) => Math.abs(c.x - 1.5) < 1e-12)!.y).toBeCloseTo(1000, 9);
  });
});
