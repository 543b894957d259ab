import { describe, expect, it } from 'vitest';
import { PAGE_MTP, PAGE_OFF } from './__fixtures__/published-page.ts';
import { overlapBand } from './band.ts';
import { findCrossovers, type CrossoverOptions } from './crossover.ts';
import { usdPerMillionTokens } from './derived.ts';
import { createSideCurve } from './side-curve.ts';
import { interactivityX } from './engine-x.ts';
import type { Band, SidePoint } from './types.ts';

function side(...knots: ([number, number] | [number, number, number])[]): SidePoint[] {
  return knots.map(([x, y, output], i) => ({
    id: `k${i}`,
    x: interactivityX(x),
    tokPerSecPerGpu: y,
    outputTokPerSecPerGpu: output ?? null,
    inputTokPerSecPerGpu: null,
    concurrency: 1,
  }));
}

function crossings(a: SidePoint[], b: SidePoint[], options?: CrossoverOptions) {
  return findCrossovers(createSideCurve(a), createSideCurve(b), overlapBand(a, b), options);
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
    expect(crossing!.x).toBeCloseTo(5.5, 1);
  });

  it('finds the single crossing of the page curves between 21 and 39 tok/s/user', () => {
    const result = crossings(PAGE_MTP, PAGE_OFF);
    expect(result).toHaveLength(1);
    const [crossing] = result;
    expect(crossing!.winnerBelow).toBe('B');
    expect(crossing!.winnerAbove).toBe('A');
    expect(crossing!.x).toBeGreaterThan(21);
    expect(crossing!.x).toBeLessThan(39);
    // The true root lies within 0.005 of the reported value: the difference changes sign there.
    const mtp = createSideCurve(PAGE_MTP);
    const off = createSideCurve(PAGE_OFF);
    const diff = (x: number) => mtp.at(x)!.tokPerSecPerGpu - off.at(x)!.tokPerSecPerGpu;
    expect(diff(crossing!.x - 0.005)).toBeLessThanOrEqual(0);
    expect(diff(crossing!.x + 0.005)).toBeGreaterThanOrEqual(0);
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
      expect(Math.abs(c.x - expected[i]!.x)).toBeLessThanOrEqual(0.01);
      // Independent check: A − B really changes sign within ±0.005 of the reported crossing.
      const below = diff(c.x - 0.005);
      const above = diff(c.x + 0.005);
      expect(below * above).toBeLessThanOrEqual(0);
      expect(Math.sign(above) || Math.sign(-below)).toBe(c.winnerAbove === 'A' ? 1 : -1);
    });
  });

  it('solves to machine precision, so the printed digits are the root’s own', () => {
    // A − B = 200.06 − 10·(x − 10) on two straight lines: the root is 30.006 by hand, which
    // prints "30.01". Bisecting [10, 50] only until the bracket is ≤ 0.01 stops at
    // [30, 30.009765625] and reports its midpoint 30.0048828125, printed "30.00".
    const [c, ...rest] = crossings(side([10, 1000], [50, 200]), side([10, 799.94], [50, 399.94]));
    expect(rest).toEqual([]);
    expect(Math.abs(c!.x - 30.006)).toBeLessThan(1e-9);
    expect(c!.x.toFixed(2)).toBe('30.01');
  });

  it('finds where cost curves cross for different prices: tput_A / usd_A = tput_B / usd_B', () => {
    // A = 1200 − 25u, B = 800 − 10u with u = x − 10. Throughput: 400 = 15u → x = 36.67.
    // At $1 vs $1.50 per GPU-hour: A − B/1.5 = 666.67 − 18.33u = 0 → u = 400/11, x = 46.3636…
    const a = side([10, 1200], [50, 200]);
    const b = side([10, 800], [50, 400]);
    const [throughput] = crossings(a, b);
    expect(throughput!.x).toBeCloseTo(10 + 80 / 3, 9);
    const [cost, ...rest] = crossings(a, b, { weightA: 1 / 1, weightB: 1 / 1.5 });
    expect(rest).toEqual([]);
    expect(cost!.x).toBeCloseTo(10 + 400 / 11, 9);
    // Below, A is cheaper (the better, larger weighted value); above, B.
    expect(cost).toMatchObject({ winnerBelow: 'A', winnerAbove: 'B' });
    // Independent check through the cost formula: both costs agree at the reported root.
    const x = cost!.x;
    const [tputA, tputB] = [1200 - 25 * (x - 10), 800 - 10 * (x - 10)];
    expect(usdPerMillionTokens(tputA, 1)!).toBeCloseTo(usdPerMillionTokens(tputB, 1.5)!, 9);
  });

  it('compares the named series: output throughput crosses where total throughput does not', () => {
    const a = side([10, 1000, 100], [50, 900, 20]);
    const b = side([10, 500, 80], [50, 400, 40]);
    expect(crossings(a, b)).toEqual([]);
    const [c, ...rest] = crossings(a, b, { series: 'outputTokPerSecPerGpu' });
    expect(rest).toEqual([]);
    expect(c!.x).toBeCloseTo(30, 9);
    expect(c).toMatchObject({ winnerBelow: 'A', winnerAbove: 'B' });
  });

  it('returns [] for a series a side cannot interpolate', () => {
    const a = side([10, 1000, 100], [50, 900, 20]);
    const b = side([10, 500], [50, 400]);
    expect(crossings(a, b, { series: 'outputTokPerSecPerGpu' })).toEqual([]);
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

  it.each([0, -0.01, Number.NaN, Infinity])('throws RangeError for weight %s', (weight) => {
    const curve = createSideCurve(side([10, 1000], [50, 200]));
    const band: Band = { kind: 'overlap', lo: 10, hi: 50 };
    expect(() => findCrossovers(curve, curve, band, { weightA: weight })).toThrow(RangeError);
    expect(() => findCrossovers(curve, curve, band, { weightB: weight })).toThrow(RangeError);
  });
});
