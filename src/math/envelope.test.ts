import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapBand } from './band.ts';
import { findCrossovers } from './crossover.ts';
import { interactivityX } from './engine-x.ts';
import { upperEnvelope, type EnvelopeCurve } from './envelope.ts';
import { createSideCurve } from './side-curve.ts';
import { createMonotoneSpline } from './spline.ts';
import type { SidePoint } from './types.ts';

function curve(knots: [number, number][], weight = 1): EnvelopeCurve {
  return {
    spline: createMonotoneSpline(
      knots.map((k) => k[0]),
      knots.map((k) => k[1]),
    ),
    weight,
  };
}

describe('upperEnvelope', () => {
  it.each([
    {
      name: 'two straight lines crossing where 11 − x = 3.6 + 0.4x, i.e. at 37/7',
      curves: [
        curve([
          [1, 10],
          [11, 0],
        ]),
        curve([
          [1, 4],
          [11, 8],
        ]),
      ],
      expected: [
        { from: 1, to: 37 / 7, index: 0 },
        { from: 37 / 7, to: 11, index: 1 },
      ],
    },
    {
      // 2·(11 − x) = 3.6 + 0.4x → x = 18.4 / 2.4 = 23/3: the weight moves the crossing.
      name: 'a weight doubling the first line',
      curves: [
        curve(
          [
            [1, 10],
            [11, 0],
          ],
          2,
        ),
        curve([
          [1, 4],
          [11, 8],
        ]),
      ],
      expected: [
        { from: 1, to: 23 / 3, index: 0 },
        { from: 23 / 3, to: 11, index: 1 },
      ],
    },
    {
      name: 'disjoint domains leave a gap, never a bridge',
      curves: [
        curve([
          [1, 5],
          [2, 4],
        ]),
        curve([
          [3, 2],
          [4, 1],
        ]),
      ],
      expected: [
        { from: 1, to: 2, index: 0 },
        { from: 3, to: 4, index: 1 },
      ],
    },
    {
      name: 'a higher curve on a shorter domain leads exactly on its domain',
      curves: [
        curve([
          [1, 5],
          [10, 5],
        ]),
        curve([
          [4, 8],
          [6, 8],
        ]),
      ],
      expected: [
        { from: 1, to: 4, index: 0 },
        { from: 4, to: 6, index: 1 },
        { from: 6, to: 10, index: 0 },
      ],
    },
    {
      name: 'identical curves are tied: the first keeps the lead',
      curves: [
        curve([
          [1, 5],
          [3, 2],
        ]),
        curve([
          [1, 5],
          [3, 2],
        ]),
      ],
      expected: [{ from: 1, to: 3, index: 0 }],
    },
    {
      name: 'a one-point curve counts only where no wider curve is defined',
      curves: [
        curve([
          [1, 5],
          [3, 2],
        ]),
        curve([[2, 100]]),
        curve([[7, 1]]),
      ],
      expected: [
        { from: 1, to: 3, index: 0 },
        { from: 7, to: 7, index: 2 },
      ],
    },
    {
      // B is one cubic on [1, 3] bulging above the line A there: two crossings between the same
      // two knots. Roots from the Python reference's Steffen spline (tests/reference), bisected:
      // steffen([0.5, 1, 3, 3.1], [9.05, 9, 5, 3])(x) = 9.2 − 2(x − 1) at 1.1172677884060704
      // and 2.8938303178453157.
      name: 'two crossings inside one knot interval',
      curves: [
        curve([
          [1, 9.2],
          [3, 5.2],
        ]),
        curve([
          [0.5, 9.05],
          [1, 9],
          [3, 5],
          [3.1, 3],
        ]),
      ],
      expected: [
        { from: 0.5, to: 1, index: 1 },
        { from: 1, to: 1.1172677884060704, index: 0 },
        { from: 1.1172677884060704, to: 2.8938303178453157, index: 1 },
        { from: 2.8938303178453157, to: 3, index: 0 },
        { from: 3, to: 3.1, index: 1 },
      ],
    },
    { name: 'no curves', curves: [], expected: [] },
  ])('$name', ({ curves, expected }) => {
    const segments = upperEnvelope(curves);
    expect(segments).toHaveLength(expected.length);
    segments.forEach((s, i) => {
      const e = expected[i]!;
      expect(s.index).toBe(e.index);
      expect(s.from).toBeCloseTo(e.from, 12);
      expect(s.to).toBeCloseTo(e.to, 12);
    });
  });

  it('refuses a weight that is not finite and positive', () => {
    expect(() => upperEnvelope([curve([[1, 1]], 0)])).toThrow(RangeError);
    expect(() => upperEnvelope([curve([[1, 1]], Number.NaN)])).toThrow(RangeError);
  });

  it('puts a change between two splines where findCrossovers puts their crossing', () => {
    const side = (knots: [number, number][]): SidePoint[] =>
      knots.map(([x, y], i) => ({
        id: `p${i}`,
        x: interactivityX(x),
        tokPerSecPerGpu: y,
        outputTokPerSecPerGpu: null,
        inputTokPerSecPerGpu: null,
        concurrency: 1,
      }));
    const a = side([
      [5, 9000],
      [20, 6000],
      [45, 1500],
      [70, 400],
    ]);
    const b = side([
      [10, 7000],
      [30, 5200],
      [60, 2100],
      [90, 300],
    ]);
    const [ca, cb] = [createSideCurve(a), createSideCurve(b)];
    const crossings = findCrossovers(ca, cb, overlapBand(a, b));
    const segments = upperEnvelope([
      { spline: ca.splines!.tokPerSecPerGpu, weight: 1 },
      { spline: cb.splines!.tokPerSecPerGpu, weight: 1 },
    ]);
    const changes = segments.slice(1).map((s) => s.from);
    // The domain end of A at 70 is a change too (B alone above it).
    expect(changes.slice(0, crossings.length)).toEqual(crossings.map((c) => expect.closeTo(c.x, 10)));
    expect(changes.slice(crossings.length)).toEqual(changes.includes(70) ? [70] : []);
    expect(crossings.length).toBeGreaterThan(0);
  });

  it('never leaves a curve above the leader (property)', () => {
    const knotsArb = fc
      .uniqueArray(fc.double({ min: 1, max: 100, noNaN: true }), { minLength: 1, maxLength: 6 })
      .chain((xs) =>
        fc.tuple(
          fc.constant([...xs].sort((p, q) => p - q)),
          fc.array(fc.double({ min: 1, max: 1e4, noNaN: true }), { minLength: xs.length, maxLength: xs.length }),
        ),
      );
    const curvesArb = fc.array(fc.tuple(knotsArb, fc.double({ min: 0.01, max: 100, noNaN: true })), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      // Inside each segment (a shared end point belongs to both neighbours, either may hold it).
      fc.property(curvesArb, fc.double({ min: 0.001, max: 0.999, noNaN: true }), (specs, u) => {
        const curves = specs.map(([[xs, ys], w]) => ({ spline: createMonotoneSpline(xs, ys), weight: w }));
        const segments = upperEnvelope(curves);
        // A segment a few doubles wide has no inside point to test.
        const testable = segments.filter((s) => s.to === s.from || s.to - s.from > 1e-9 * s.to);
        for (const s of testable) {
          const x = s.from + (s.to - s.from) * u;
          const lead = curves[s.index]!.weight * (curves[s.index]!.spline.at(x) ?? Number.NaN);
          const rivals = curves
            .filter((c) => c.spline.knotXs.length >= 2 || s.to === s.from)
            .map((c) => c.weight * (c.spline.at(x) ?? 0));
          expect(Math.max(...rivals)).toBeLessThanOrEqual(lead * (1 + 1e-8) + 1e-9);
        }
        // Segments ascend and never overlap.
        segments.slice(1).forEach((s, i) => expect(s.from).toBeGreaterThanOrEqual(segments[i]!.to));
      }),
      { numRuns: 300 },
    );
  });
});
