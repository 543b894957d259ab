import { describe, expect, it } from 'vitest';
import { createMonotoneSpline, sampleSpline } from './spline.ts';
import { endTangent, steffenInteriorTangent, steffenTangents } from './tangents.ts';

/*
 * Expected tangents are worked out by hand from d3-shape's curveMonotoneX definition
 * (Steffen 1990), not by running d3:
 *   interior: t = (sgn s0 + sgn s1) · min(|s0|, |s1|, ½|p|), p = (s0·h1 + s1·h0)/(h0 + h1)
 *   ends:     t = (3·s − t_neighbour)/2
 * and values from the cubic Hermite basis at u = ½: h00 = ½, h10 = ⅛, h01 = ½, h11 = −⅛,
 * i.e. y(mid) = (y0 + y1)/2 + h·(m0 − m1)/8.
 */
describe('Steffen / d3 curveMonotoneX tangents (hand-computed)', () => {
  it.each([
    // h0, h1, s0, s1 → t
    { h0: 1, h1: 2, s0: 2, s1: 0.5, t: 1, why: 'min(|s0|,|s1|,½|p|) = |s1| = 0.5 (p = 1.5), t = 2·0.5' },
    { h0: 2, h1: 1, s0: 0.5, s1: 4, t: 1, why: 'p = 8.5/3, ½|p| = 1.417 > 0.5 = |s0|' },
    { h0: 1, h1: 1, s0: 1, s1: 2, t: 1.5, why: '½|p| = 0.75 binds (p = 1.5)' },
    { h0: 1, h1: 1, s0: -1, s1: -2, t: -1.5, why: 'decreasing data mirrors the sign' },
    { h0: 1, h1: 1, s0: 2, s1: -1, t: 0, why: 'secants change sign → flat (local maximum)' },
    { h0: 1, h1: 1, s0: 0, s1: -3, t: 0, why: 'one secant is 0 → flat (d3 counts sgn 0 as +1; min is 0)' },
    // Real knot (23.99, 811.7) of 2026-05-21 between (16.79, 959.6) and (33.37, 561.3):
    // s0 = −147.9/7.2 = −20.5417, s1 = −250.4/9.38 = −26.6951, p = −23.2138, ½|p| = 11.607 binds → t = p.
    { h0: 7.2, h1: 9.38, s0: -147.9 / 7.2, s1: -250.4 / 9.38, t: -23.213843, why: 'real knot, ½|p| binds' },
  ])('interior h0=$h0 h1=$h1 s0=$s0 s1=$s1 → $t ($why)', ({ h0, h1, s0, s1, t }) => {
    expect(steffenInteriorTangent(h0, h1, s0, s1)).toBeCloseTo(t, 6);
  });

  it('maps a NaN tangent (opposite infinite secants) to 0 like d3', () => {
    expect(steffenInteriorTangent(1, 1, Infinity, -Infinity)).toBe(0);
  });

  it.each([
    { s: 2, neighbour: 1, t: 2.5 },
    { s: 4, neighbour: 1, t: 5.5 },
    { s: -1, neighbour: 0, t: -1.5 },
  ])('end tangent (3·$s − $neighbour)/2 = $t', ({ s, neighbour, t }) => {
    expect(endTangent(s, neighbour)).toBe(t);
  });

  it.each([
    { xs: [0, 1, 3, 4], ys: [0, 2, 3, 7], tangents: [2.5, 1, 1, 5.5] },
    { xs: [0, 1, 2], ys: [0, 1, 3], tangents: [0.75, 1.5, 2.25] },
    { xs: [0, 1, 2], ys: [0, 2, 1], tangents: [3, 0, -1.5] },
    { xs: [0, 1, 2, 3], ys: [1, 1, 2, 2], tangents: [0, 0, 0, 0] },
    { xs: [10, 20], ys: [500, 100], tangents: [-40, -40] },
    { xs: [7], ys: [3], tangents: [0] },
  ])('all tangents for xs=$xs ys=$ys', ({ xs, ys, tangents }) => {
    expect(Array.from(steffenTangents(xs, ys))).toEqual(tangents);
  });
});

describe('createMonotoneSpline', () => {
  it.each([
    // Values at interval midpoints: (y0 + y1)/2 + h·(m0 − m1)/8 with the tangents above.
    { xs: [0, 1, 3, 4], ys: [0, 2, 3, 7], x: 0.5, y: 1 + (2.5 - 1) / 8 },
    { xs: [0, 1, 3, 4], ys: [0, 2, 3, 7], x: 2, y: 2.5 + (2 * (1 - 1)) / 8 },
    { xs: [0, 1, 3, 4], ys: [0, 2, 3, 7], x: 3.5, y: 5 + (1 - 5.5) / 8 },
    { xs: [0, 1, 2], ys: [0, 1, 3], x: 0.5, y: 0.40625 },
    { xs: [0, 1, 2], ys: [0, 1, 3], x: 1.5, y: 1.90625 },
    { xs: [0, 1, 2], ys: [0, 2, 1], x: 0.5, y: 1.375 },
    { xs: [0, 1, 2, 3], ys: [1, 1, 2, 2], x: 1.5, y: 1.5 },
  ])('at($x) on xs=$xs ys=$ys = $y', ({ xs, ys, x, y }) => {
    expect(createMonotoneSpline(xs, ys).at(x)).toBeCloseTo(y, 12);
  });

  it('returns knot values exactly and knows its domain', () => {
    const xs = [9.37, 13.76, 16.79, 23.99];
    const ys = [2256.1, 1556.0, 959.6, 811.7];
    const spline = createMonotoneSpline(xs, ys);
    expect(spline.domain).toEqual([9.37, 23.99]);
    xs.forEach((x, i) => expect(spline.at(x)).toBe(ys[i]));
  });

  it.each([
    { x: 9.369999, why: 'just below the domain' },
    { x: 24, why: 'just above the domain' },
    { x: Number.NaN, why: 'NaN' },
    { x: Infinity, why: 'Infinity' },
    { x: -Infinity, why: '-Infinity' },
  ])('returns null for $why (no extrapolation, no clamping)', ({ x }) => {
    expect(createMonotoneSpline([9.37, 13.76, 23.99], [2256.1, 1556.0, 811.7]).at(x)).toBeNull();
  });

  it.each([
    { x: 10, y: 500 },
    { x: 12.5, y: 400 },
    { x: 15, y: 300 },
    { x: 20, y: 100 },
  ])('two points are a straight line: at($x) = $y', ({ x, y }) => {
    expect(createMonotoneSpline([10, 20], [500, 100]).at(x)).toBeCloseTo(y, 10);
  });

  it.each([
    { x: 21, y: 4342.7 },
    { x: 20.999, y: null },
    { x: 21.001, y: null },
  ])('one point is defined only at its own x: at($x) = $y', ({ x, y }) => {
    expect(createMonotoneSpline([21], [4342.7]).at(x)).toBe(y);
  });

  it.each([
    { xs: [1, 1], ys: [2, 3], why: 'repeated x' },
    { xs: [2, 1], ys: [2, 3], why: 'decreasing x' },
    { xs: [1, 2], ys: [2], why: 'length mismatch' },
    { xs: [], ys: [], why: 'no knots' },
    { xs: [1, Number.NaN], ys: [2, 3], why: 'NaN x' },
    { xs: [1, 2], ys: [2, Infinity], why: 'infinite y' },
  ])('throws RangeError for $why', ({ xs, ys }) => {
    expect(() => createMonotoneSpline(xs, ys)).toThrow(RangeError);
  });

  it('never overshoots its knots on real frontier data', () => {
    const xs = [3.61, 5.23, 7.33, 10.07, 13.87, 18.38, 21.65, 23.89];
    const ys = [500.2, 359.9, 247.0, 167.2, 115.8, 76.5, 45.4, 25.2];
    const spline = createMonotoneSpline(xs, ys);
    for (const { x, y } of sampleSpline(spline, 2000)) {
      const i = Math.max(0, xs.findIndex((k) => k >= x) - 1);
      expect(y).toBeLessThanOrEqual(ys[i]! + 1e-9);
      expect(y).toBeGreaterThanOrEqual(ys[i + 1]! - 1e-9);
    }
  });
});

describe('sampleSpline', () => {
  it('includes both endpoints exactly and spaces x evenly', () => {
    const spline = createMonotoneSpline([10, 20, 40], [900, 400, 100]);
    const samples = sampleSpline(spline, 6);
    expect(samples).toHaveLength(7);
    expect(samples[0]).toEqual({ x: 10, y: 900 });
    expect(samples[6]).toEqual({ x: 40, y: 100 });
    expect(samples.map((s) => s.x)).toEqual([10, 15, 20, 25, 30, 35, 40]);
  });

  it('returns the single point of a one-knot spline', () => {
    expect(sampleSpline(createMonotoneSpline([21], [2232]), 50)).toEqual([{ x: 21, y: 2232 }]);
  });

  it.each([0, -1, 2.5, Number.NaN])('throws RangeError for steps = %s', (steps) => {
    expect(() => sampleSpline(createMonotoneSpline([1, 2], [1, 2]), steps)).toThrow(RangeError);
  });
});
