import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandLabelBounds, overlapBand } from './band.ts';
import { compareAt, type Comparison } from './compare.ts';
import { findCrossovers } from './crossover.ts';
import { relativeDelta } from './delta.ts';
import { joulesPerToken, tokPerSecPerMegawatt, usdPerMillionTokens } from './derived.ts';
import { computeFrontier } from './frontier.ts';
import { createSideCurve } from './side-curve.ts';
import { sampleSpline } from './spline.ts';
import { checkTargets, defaultTargets } from './targets.ts';
import { interactivityX } from './engine-x.ts';
import type { SidePoint } from './types.ts';

const SPECIAL = [Number.NaN, Infinity, -Infinity, 0, -0, -1, -1e308, 1e308, Number.MIN_VALUE, Number.MAX_VALUE];

/** Mostly realistic magnitudes, sometimes hostile values, sometimes any double at all. */
const anyNumber = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0.5, max: 20000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.double() },
);
const realistic = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const maybe = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: null });

const hostilePoint = fc.record({
  x: anyNumber.map(interactivityX),
  tokPerSecPerGpu: anyNumber,
  outputTokPerSecPerGpu: maybe(anyNumber),
  inputTokPerSecPerGpu: maybe(anyNumber),
  concurrency: anyNumber,
});
const realisticPoint = fc.record({
  x: realistic(1, 300).map(interactivityX),
  tokPerSecPerGpu: realistic(5, 20000),
  outputTokPerSecPerGpu: maybe(realistic(1, 5000)),
  inputTokPerSecPerGpu: maybe(realistic(1, 15000)),
  concurrency: realistic(1, 1024),
});

const withIds =
  (prefix: string) =>
  (points: Omit<SidePoint, 'id'>[]): SidePoint[] =>
    points.map((p, i) => ({ id: `${prefix}${i}`, ...p }));
const hostileSide = (prefix: string) => fc.array(hostilePoint, { maxLength: 25 }).map(withIds(prefix));
const realisticSide = (prefix: string) =>
  fc.array(realisticPoint, { minLength: 1, maxLength: 25 }).map(withIds(prefix));
const assumptions = fc.record({
  usdPerGpuHourA: anyNumber,
  usdPerGpuHourB: anyNumber,
  kwPerGpuA: anyNumber,
  kwPerGpuB: anyNumber,
});

/** Paths of every NaN or ±Infinity anywhere inside `value` (functions are skipped). */
function nonFinitePaths(value: unknown, path = 'result'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFinitePaths(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => nonFinitePaths(item, `${path}.${key}`));
  }
  return [];
}

/**
 * Runs the whole pipeline and returns every public output. Frontier points are the caller's
 * own objects passed through by reference (their optional fields may hold whatever the caller
 * put there), so only their ids, interactivity and throughput are checked; every value the
 * engine computes is checked in full.
 */
function pipeline(a: SidePoint[], b: SidePoint[], extraTarget: number, costs: Parameters<typeof compareAt>[3]) {
  const frontierA = computeFrontier(a);
  const frontierB = computeFrontier(b);
  const curveA = createSideCurve(frontierA.frontier);
  const curveB = createSideCurve(frontierB.frontier);
  const band = overlapBand(frontierA.frontier, frontierB.frontier);
  const defaults = defaultTargets(band);
  const targets = [...defaults, extraTarget];
  const check = checkTargets(band, targets);
  const comparisons = targets.map((t) => compareAt(curveA, curveB, t, costs));
  const crossovers = findCrossovers(curveA, curveB, band);
  const samples = curveA.splines ? sampleSpline(curveA.splines.tokPerSecPerGpu, 16) : [];
  const values = [curveA.domain, curveB.domain, curveA.knotXs, curveB.knotXs];
  const frontierValues = [...frontierA.frontier, ...frontierB.frontier].map((p) => [p.x, p.tokPerSecPerGpu]);
  const lists = [frontierA.dominatedIds, frontierA.excluded, frontierB.dominatedIds, frontierB.excluded];
  return {
    frontierValues,
    lists,
    band,
    label: bandLabelBounds(band),
    defaults,
    check,
    comparisons,
    crossovers,
    samples,
    values,
  };
}

describe('properties', () => {
  it('frontier: strictly monotone, dominates every valid point, accounts for every id', () => {
    fc.assert(
      fc.property(hostileSide('p'), (points) => {
        const { frontier, dominatedIds, excluded } = computeFrontier(points);
        for (let i = 1; i < frontier.length; i++) {
          expect(frontier[i]!.x).toBeGreaterThan(frontier[i - 1]!.x);
          expect(frontier[i]!.tokPerSecPerGpu).toBeLessThan(frontier[i - 1]!.tokPerSecPerGpu);
        }
        const excludedIds = new Set(excluded.map((e) => e.id));
        for (const p of points) {
          if (excludedIds.has(p.id)) continue;
          const covered = frontier.some((q) => q.x >= p.x && q.tokPerSecPerGpu >= p.tokPerSecPerGpu);
          expect(covered).toBe(true);
        }
        const all = [...frontier.map((p) => p.id), ...dominatedIds, ...excludedIds];
        expect(all.sort()).toEqual(points.map((p) => p.id).sort());
      }),
    );
  });

  it('interpolated throughput stays between the neighbouring frontier knots', () => {
    fc.assert(
      fc.property(realisticSide('p'), fc.double({ min: 0, max: 1, noNaN: true }), (points, where) => {
        const { frontier } = computeFrontier(points);
        const curve = createSideCurve(frontier);
        const [lo, hi] = curve.domain!;
        const x = Math.min(hi, lo + (hi - lo) * where); // lo + (hi − lo) can round above hi
        const y = curve.at(x)!.tokPerSecPerGpu;
        const i = Math.max(0, frontier.findIndex((p) => p.x >= x) - 1);
        const right = frontier[Math.min(i + 1, frontier.length - 1)]!.tokPerSecPerGpu;
        const left = frontier[i]!.tokPerSecPerGpu;
        const slack = 1e-9 * Math.max(left, right);
        expect(y).toBeLessThanOrEqual(Math.max(left, right) + slack);
        expect(y).toBeGreaterThanOrEqual(Math.min(left, right) - slack);
      }),
    );
  });

  it('swapping A and B mirrors every side value and delta', () => {
    const swap = { A: 'B', B: 'A', tie: 'tie' } as const;
    fc.assert(
      fc.property(
        realisticSide('a'),
        realisticSide('b'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        assumptions,
        (a, b, where, costs) => {
          const curveA = createSideCurve(computeFrontier(a).frontier);
          const curveB = createSideCurve(computeFrontier(b).frontier);
          const band = overlapBand(computeFrontier(a).frontier, computeFrontier(b).frontier);
          const target =
            band.kind === 'overlap' ? Math.min(band.hi, band.lo + (band.hi - band.lo) * where) : 10 + 100 * where;
          const mirrored = {
            usdPerGpuHourA: costs.usdPerGpuHourB,
            usdPerGpuHourB: costs.usdPerGpuHourA,
            kwPerGpuA: costs.kwPerGpuB,
            kwPerGpuB: costs.kwPerGpuA,
          };
          const ab: Comparison = compareAt(curveA, curveB, target, costs);
          const ba: Comparison = compareAt(curveB, curveA, target, mirrored);
          expect(ba.a).toEqual(ab.b);
          expect(ba.b).toEqual(ab.a);
          expect(Object.keys(ba.deltas).sort()).toEqual(Object.keys(ab.deltas).sort());
          for (const [metric, delta] of Object.entries(ab.deltas)) {
            const other = ba.deltas[metric as keyof typeof ab.deltas]!;
            expect(other.winner).toBe(swap[delta.winner]);
            expect(other.magnitudeFraction).toBe(delta.magnitudeFraction);
            expect(other.signedFraction + delta.signedFraction).toBe(0);
          }
        },
      ),
    );
  });

  it('crossovers: every sign change seen by a dense scan is reported, and every report is a real sign change (differences within 1e-9 relative are ties)', () => {
    fc.assert(
      fc.property(realisticSide('a'), realisticSide('b'), (a, b) => {
        const frontierA = computeFrontier(a).frontier;
        const frontierB = computeFrontier(b).frontier;
        const curveA = createSideCurve(frontierA);
        const curveB = createSideCurve(frontierB);
        const band = overlapBand(frontierA, frontierB);
        const crossovers = findCrossovers(curveA, curveB, band);
        if (band.kind !== 'overlap' || band.hi === band.lo) return;
        // A − B, with differences within floating-point noise of the values read as 0 (a tie).
        const diff = (x: number) => {
          const clamped = Math.min(band.hi, Math.max(band.lo, x));
          const ya = curveA.at(clamped)!.tokPerSecPerGpu;
          const yb = curveB.at(clamped)!.tokPerSecPerGpu;
          return Math.abs(ya - yb) <= 1e-9 * (Math.abs(ya) + Math.abs(yb)) ? 0 : ya - yb;
        };
        for (const c of crossovers) expect(diff(c.x - 0.005) * diff(c.x + 0.005)).toBeLessThanOrEqual(0);
        const steps = 1000;
        const missed: number[] = [];
        let previous = { x: band.lo, v: diff(band.lo) };
        for (let k = 1; k <= steps; k++) {
          const x = k === steps ? band.hi : band.lo + (band.hi - band.lo) * (k / steps);
          const v = diff(x);
          const from = previous.x - 0.01;
          const reported = crossovers.some((c) => c.x >= from && c.x <= x + 0.01);
          if (v * previous.v < 0 && !reported) missed.push(x);
          if (v !== 0) previous = { x, v };
        }
        expect(missed).toEqual([]);
      }),
    );
  });

  it('no NaN or ±Infinity ever leaves the engine, whatever the input', () => {
    fc.assert(
      fc.property(hostileSide('a'), hostileSide('b'), anyNumber, assumptions, (a, b, target, costs) => {
        expect(nonFinitePaths(pipeline(a, b, target, costs))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('derived metrics and deltas never return NaN or ±Infinity', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, (x, y) => {
        const derived = [usdPerMillionTokens(x, y), tokPerSecPerMegawatt(x, y), joulesPerToken(x, y)];
        const deltas = [relativeDelta(x, y, 'higher-is-better'), relativeDelta(x, y, 'lower-is-better')];
        expect(nonFinitePaths([derived, deltas])).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
