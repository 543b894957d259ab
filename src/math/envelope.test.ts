import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interactivityX } from './engine-x.ts';
import { curveEnvelope, type EnvelopeSegment } from './envelope.ts';
import { computeFrontier } from './frontier.ts';
import { knotCurve } from './__fixtures__/knot-curve.ts';
import { createSideCurve } from './side-curve.ts';

const curve = knotCurve;

// Two knots give a straight line (both Steffen tangents are the secant).
// A: y = 100 − 2(x − 10), B: y = 60 − 0.5(x − 10) on [10, 50]; equal where 40 = 1.5(x − 10): x = 110/3.
const A = curve([10, 100], [50, 20]);
const B = curve([10, 60], [50, 40]);
const CROSS = 110 / 3;

const shape = (segments: EnvelopeSegment[]) => segments.map((s) => [s.from, s.to, s.curve]);

describe('curveEnvelope', () => {
  it('follows the higher curve and changes where they cross', () => {
    const segments = curveEnvelope([A, B]);
    expect(segments.map((s) => s.curve)).toEqual([0, 1]);
    expect(segments[0]!.from).toBe(10);
    expect(segments[0]!.to).toBeCloseTo(CROSS, 10);
    expect(segments[1]).toEqual({ from: segments[0]!.to, to: 50, curve: 1 });
  });

  it('bisects the change to neighbouring doubles: B is ahead at it and not one double before', () => {
    const change = curveEnvelope([A, B])[0]!.to;
    const before = change - Math.abs(change) * Number.EPSILON;
    const gap = (x: number) => B.at(x)!.tokPerSecPerGpu - A.at(x)!.tokPerSecPerGpu;
    expect(gap(change)).toBeGreaterThan(0);
    expect(gap(before)).toBeLessThanOrEqual(0);
  });

  it('gives the lower envelope with prefer: lower', () => {
    const segments = curveEnvelope([A, B], { prefer: 'lower' });
    expect(segments.map((s) => s.curve)).toEqual([1, 0]);
    expect(segments[0]!.to).toBeCloseTo(CROSS, 10);
  });

  it('compares weighted values (a derived metric): A at half weight never leads', () => {
    // 0.5 × A = 50 − (x − 10) < 60 − 0.5(x − 10) = B for every x ≥ 10.
    expect(shape(curveEnvelope([A, B], { weights: [0.5, 1] }))).toEqual([[10, 50, 1]]);
  });

  it('follows another spline when asked (output tok/s/GPU is half the total here)', () => {
    const segments = curveEnvelope([A, B], { series: 'outputTokPerSecPerGpu' });
    expect(segments[0]!.to).toBeCloseTo(CROSS, 10);
    expect(shape(curveEnvelope([A, B], { series: 'inputTokPerSecPerGpu' }))).toEqual([]);
  });

  it('hands over at the end of a curve and leaves gaps no curve reaches', () => {
    const high = curve([10, 500], [30, 400]);
    const low = curve([20, 300], [40, 100]);
    const far = curve([60, 50], [80, 10]);
    expect(shape(curveEnvelope([high, low, far]))).toEqual([
      [10, 30, 0],
      [30, 40, 1],
      [60, 80, 2],
    ]);
  });

  it('keeps a one-point curve where it is best, as a segment of zero width', () => {
    const point = curve([25, 1000]);
    expect(shape(curveEnvelope([A, point]))).toEqual([
      [10, 25, 0],
      [25, 25, 1],
      [25, 50, 0],
    ]);
    // Below the curve there, it leads nowhere.
    expect(shape(curveEnvelope([A, curve([25, 1])]))).toEqual([[10, 50, 0]]);
  });

  it('keeps the leading curve through a tie, and a single curve is its own envelope', () => {
    expect(shape(curveEnvelope([A, curve([10, 100], [50, 20])]))).toEqual([[10, 50, 0]]);
    expect(shape(curveEnvelope([B]))).toEqual([[10, 50, 0]]);
  });

  it('leaves out empty curves and curves of null weight; refuses other weights', () => {
    const empty = createSideCurve([]);
    expect(shape(curveEnvelope([empty, B]))).toEqual([[10, 50, 1]]);
    expect(shape(curveEnvelope([A, B], { weights: [null, 2] }))).toEqual([[10, 50, 1]]);
    expect(curveEnvelope([])).toEqual([]);
    expect(() => curveEnvelope([A, B], { weights: [0, 1] })).toThrow(RangeError);
    expect(() => curveEnvelope([A, B], { weights: [Number.NaN, 1] })).toThrow(RangeError);
  });

  it('finds two changes inside one knot interval of both curves', () => {
    // y = 110 − x, and a curve 1 below it at 10 and at 30 whose spline bulges above it between
    // (by up to ~2.75 near 21.5): two changes in [10, 30], where neither end shows a sign change.
    const line = curve([10, 100], [50, 60]);
    const bump = curve([10, 99], [30, 79], [50, 20]);
    expect(bump.at(21.5)!.tokPerSecPerGpu - line.at(21.5)!.tokPerSecPerGpu).toBeGreaterThan(2.5);
    const segments = curveEnvelope([line, bump]);
    expect(segments.map((s) => s.curve)).toEqual([0, 1, 0]);
    for (const s of segments) {
      const mid = (s.from + s.to) / 2;
      const values = [line.at(mid)!.tokPerSecPerGpu, bump.at(mid)!.tokPerSecPerGpu];
      expect(values[s.curve]).toBe(Math.max(...values));
    }
  });
});

describe('curveEnvelope: properties', () => {
  const side = fc
    .array(
      fc.record({
        x: fc.double({ min: 1, max: 200, noNaN: true }),
        y: fc.double({ min: 5, max: 20000, noNaN: true }),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((points) =>
      createSideCurve(
        computeFrontier(
          points.map((p, i) => ({
            id: `p${i}`,
            x: interactivityX(p.x),
            tokPerSecPerGpu: p.y,
            outputTokPerSecPerGpu: null,
            inputTokPerSecPerGpu: null,
            concurrency: 1,
          })),
        ).frontier,
      ),
    );
  const input = fc.record({
    curves: fc.array(side, { minLength: 1, maxLength: 5 }),
    weights: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 5, maxLength: 5 }),
    prefer: fc.constantFrom('higher' as const, 'lower' as const),
    xs: fc.array(fc.double({ min: 0.5, max: 210, noNaN: true }), { minLength: 1, maxLength: 20 }),
  });

  it('is ≥ every curve reaching x, equals one of them, and is ordered', () => {
    fc.assert(
      fc.property(input, ({ curves, weights, prefer, xs }) => {
        const sign = prefer === 'lower' ? -1 : 1;
        const segments = curveEnvelope(curves, { weights, prefer });
        const value = (i: number, x: number) => {
          const v = curves[i]!.at(x);
          return v === null ? null : sign * weights[i]! * v.tokPerSecPerGpu;
        };
        const problems: string[] = [];
        segments.forEach((s, k) => {
          const domain = curves[s.curve]!.domain!;
          if (s.from > s.to) problems.push(`segment ${k} runs backwards`);
          if (k > 0 && segments[k - 1]!.to > s.from) problems.push(`segment ${k} overlaps the one before`);
          if (s.from < domain[0] || s.to > domain[1]) problems.push(`segment ${k} leaves its curve's domain`);
        });
        const knots = curves.flatMap((c) => c.knotXs);
        for (const x of [...xs, ...knots]) {
          const reaching = curves.map((_, i) => value(i, x)).filter((v): v is number => v !== null);
          const covering = segments.filter((s) => s.from <= x && x <= s.to);
          if (reaching.length === 0) {
            if (covering.length > 0) problems.push(`a segment covers ${x}, which no curve reaches`);
            continue;
          }
          const best = Math.max(...reaching);
          const envelope = Math.max(...covering.map((s) => value(s.curve, x)!));
          if (!reaching.includes(envelope)) problems.push(`at ${x} the envelope is no curve's value`);
          if (envelope < best - 1e-7 * Math.abs(best)) problems.push(`at ${x} ${envelope} is below ${best}`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
