import { describe, expect, it } from 'vitest';
import { PAGE_MTP, PAGE_OFF } from './__fixtures__/published-page.ts';
import { overlapBand } from './band.ts';
import { findCrossovers } from './crossover.ts';
import { createSideCurve } from './side-curve.ts';
import type { Band, SidePoint } from './types.ts';

function side(...knots: [number, number][]): SidePoint[] {
  return knots.map(([x, y], i) => ({
    id: `k${i}`,
    tokPerSecPerUser: x,
    tokPerSecPerGpu: y,
    outputTokPerSecPerGpu: null,
    inputTokPerSecPerGpu: null,
    concurrency: 1,
  }));
}

function crossings(a: SidePoint[], b: SidePoint[], resolution?: number) {
  return findCrossovers(createSideCurve(a), createSideCurve(b), overlapBand(a, b), resolution);
}

describe('findCrossovers', () => {
  it('reports no crossing where the curves agree to floating-point noise (found by the property test)', () => {
    // Frontiers (after dominated points are dropped) of a fast-check counterexample: both
    // sides run at 20000 tok/s/GPU to within 1e-12, so A − B flips sign on rounding alone.
    const a = side([1, 19999.999999998974], [6.9615473222637405, 19999.999999996224]);
    const b = side([1, 19999.999999999985], [3.7984369099090385, 19999.99999999712]);
    expect(crossings(a, b)).toEqual([]);
  });

  it('still finds a crossing by a relative margin just above the noise', () => {
    const a = side([1, 20000], [10, 20000 * (1 - 1e-6)]);
    const b = side([1, 20000 * (1 - 1e-6)], [10, 20000]);
    const [crossing, ...rest] = crossings(a, b);
    expect(rest).toEqual([]);
    expect(crossing).toMatchObject({ winnerBelow: 'A', winnerAbove: 'B' });
    expect(crossing!.tokPerSecPerUser).toBeCloseTo(5.5, 1);
  });

  it('finds the single crossing of the page curves between 21 and 39 tok/s/user', () => {
    const result = crossings(PAGE_MTP, PAGE_OFF);
    expect(result).toHaveLength(1);
    const [crossing] = result;
    expect(crossing!.winnerBelow).toBe('B');
    expect(crossing!.winnerAbove).toBe('A');
    expect(crossing!.tokPerSecPerUser).toBeGreaterThan(21);
    expect(crossing!.tokPerSecPerUser).toBeLessThan(39);
    // The true root lies within 0.005 of the reported value: the difference changes sign there.
    const mtp = createSideCurve(PAGE_MTP);
    const off = createSideCurve(PAGE_OFF);
    const diff = (x: number) => mtp.at(x)!.tokPerSecPerGpu - off.at(x)!.tokPerSecPerGpu;
    expect(diff(crossing!.tokPerSecPerUser - 0.005)).toBeLessThanOrEqual(0);
    expect(diff(crossing!.tokPerSecPerUser + 0.005)).toBeGreaterThanOrEqual(0);
  });

  it.each([
    {
      name: 'two straight lines crossing at 30',
      a: side([10, 1000], [50, 200]),
      b: side([10, 800], [50, 400]),
      expected: [{ x: 30, below: 'A', above: 'B' }],
    },
    {
      name: 'crossing exactly on a shared knot',
      a: side([10, 1000], [30, 600], [50, 200]),
      b: side([10, 800], [30, 600], [50, 400]),
      expected: [{ x: 30, below: 'A', above: 'B' }],
    },
    {
      name: 'four crossings against a stepped curve',
      a: side([10, 1000], [50, 200]),
      b: side([10, 900], [20, 850], [30, 500], [40, 450], [50, 100]),
      // Knot values of B − A: −100, +50, −100, +50, −100 → one root per knot interval.
      expected: [
        { x: 16.03, below: 'A', above: 'B' },
        { x: 24.08, below: 'B', above: 'A' },
        { x: 36.45, below: 'A', above: 'B' },
        { x: 46.09, below: 'B', above: 'A' },
      ],
    },
    { name: 'parallel curves', a: side([10, 1000], [50, 200]), b: side([10, 900], [50, 100]), expected: [] },
    { name: 'identical curves', a: side([10, 1000], [50, 200]), b: side([10, 1000], [50, 200]), expected: [] },
    {
      name: 'touching at the band edge only',
      a: side([10, 1000], [30, 600]),
      b: side([10, 900], [30, 600]),
      expected: [],
    },
  ])('$name', ({ a, b, expected }) => {
    const result = crossings(a, b);
    expect(result.map((c) => [c.winnerBelow, c.winnerAbove])).toEqual(expected.map((e) => [e.below, e.above]));
    const curveA = createSideCurve(a);
    const curveB = createSideCurve(b);
    const diff = (x: number) => curveA.at(x)!.tokPerSecPerGpu - curveB.at(x)!.tokPerSecPerGpu;
    result.forEach((c, i) => {
      expect(Math.abs(c.tokPerSecPerUser - expected[i]!.x)).toBeLessThanOrEqual(0.01);
      // Independent check: A − B really changes sign within ±0.005 of the reported crossing.
      const below = diff(c.tokPerSecPerUser - 0.005);
      const above = diff(c.tokPerSecPerUser + 0.005);
      expect(below * above).toBeLessThanOrEqual(0);
      expect(Math.sign(above) || Math.sign(-below)).toBe(c.winnerAbove === 'A' ? 1 : -1);
    });
  });

  it('refines to the requested resolution', () => {
    const [c] = crossings(side([10, 1000], [50, 200]), side([10, 800], [50, 400]), 1e-6);
    expect(Math.abs(c!.tokPerSecPerUser - 30)).toBeLessThanOrEqual(5e-7);
  });

  it('only reports crossings inside the band', () => {
    // B covers only 30–50; the lines would cross at 20, outside the band.
    const a = side([10, 1000], [50, 200]);
    const b = side([30, 700], [50, 300]);
    expect(overlapBand(a, b)).toEqual({ kind: 'overlap', lo: 30, hi: 50 });
    expect(crossings(a, b)).toEqual([]);
  });

  it.each([
    { name: 'no overlap', band: { kind: 'none', a: [10, 50], b: [60, 70] } as Band },
    { name: 'single-point band', band: { kind: 'overlap', lo: 30, hi: 30 } as Band },
  ])('returns [] for $name', ({ band }) => {
    const curve = createSideCurve(side([10, 1000], [50, 200]));
    expect(findCrossovers(curve, curve, band)).toEqual([]);
  });

  it('returns [] for an empty curve', () => {
    const curve = createSideCurve(side([10, 1000], [50, 200]));
    expect(findCrossovers(curve, createSideCurve([]), { kind: 'overlap', lo: 10, hi: 50 })).toEqual([]);
  });

  it.each([0, -0.01, Number.NaN, Infinity])('throws RangeError for resolution %s', (resolution) => {
    const curve = createSideCurve(side([10, 1000], [50, 200]));
    expect(() => findCrossovers(curve, curve, { kind: 'overlap', lo: 10, hi: 50 }, resolution)).toThrow(RangeError);
  });
});
