import { isPositiveFinite } from './numeric.ts';
import type { SideCurve, SideSplines } from './side-curve.ts';
import type { Band, Side } from './types.ts';

/** A point where the two compared curves cross inside the band. */
export interface Crossover {
  /**
   * The engine x of the crossing, in the curves' unit (tok/s/user for interactivity, 1/s for
   * 1/latency), to machine precision (see `findCrossovers`).
   */
  x: number;
  /** Side with the larger (weighted) value just below the crossing. */
  winnerBelow: Side;
  /** Side with the larger (weighted) value just above the crossing. */
  winnerAbove: Side;
}

/** What `findCrossovers` compares: one spline of each side, each side's values times its weight. */
export interface CrossoverOptions {
  /** The series compared on both sides; total tok/s/GPU unless given. */
  series?: keyof SideSplines;
  /**
   * Factors (finite, > 0; 1 unless given) applied to A's and B's values before comparing.
   * A derived metric that falls with throughput times a per-side constant compares this way:
   * cost per token is lower for A exactly where tokPerSecPerGpuA / usdA > tokPerSecPerGpuB / usdB,
   * so cost curves cross where the throughput curves weighted by 1 / price cross.
   */
  weightA?: number;
  weightB?: number;
}

/** A difference of two curves at x; null where either is undefined. */
export type Difference = (x: number) => number | null;

/**
 * Differences within this fraction of the curves' values are floating-point noise, not a
 * winner: two curves that agree to a billionth are tied there, and a sign change between
 * such noise is not a crossing.
 */
const TIE_RELATIVE = 1e-9;

/** Sorted, de-duplicated union of both knot sets restricted to [lo, hi], plus lo and hi. */
function scanKnots(a: readonly number[], b: readonly number[], lo: number, hi: number): number[] {
  const merged = [lo];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (x > merged[merged.length - 1]! && x < hi) merged.push(x);
  }
  if (hi > lo) merged.push(hi);
  return merged;
}

/**
 * Interior critical points of the cubic through f at x0 + (x1−x0)·s/3, s = 0..3 (its Newton
 * forward differences give the derivative's quadratic in s), as x positions in (x0, x1).
 */
export function criticalPoints(d: Difference, x0: number, x1: number, f0: number, f3: number): number[] {
  const f1 = d(x0 + (x1 - x0) / 3);
  const f2 = d(x0 + (2 * (x1 - x0)) / 3);
  if (f1 === null || f2 === null) return [];
  const d1 = f1 - f0;
  const d2 = f2 - 2 * f1 + f0;
  const d3 = f3 - 3 * f2 + 3 * f1 - f0;
  const [qa, qb, qc] = [d3 / 2, d2 - d3, d1 - d2 / 2 + d3 / 3];
  let roots: number[];
  if (Math.abs(qa) <= 1e-12 * (Math.abs(qb) + Math.abs(qc))) roots = qb === 0 ? [] : [-qc / qb];
  else {
    const disc = qb * qb - 4 * qa * qc;
    const sq = disc < 0 ? NaN : Math.sqrt(disc);
    roots = [(-qb - sq) / (2 * qa), (-qb + sq) / (2 * qa)];
  }
  return roots
    .filter((s) => s > 0 && s < 3)
    .sort((p, q) => p - q)
    .map((s) => x0 + ((x1 - x0) * s) / 3);
}

/**
 * Visits, in order, samples of the difference such that it is monotone between consecutive
 * ones: every scan knot (each evaluated once) and, before each, the critical points of the cubic
 * on the interval it closes. `evaluate(x)` sets `values` to both weighted values at x and says
 * whether both curves are defined there (they are inside the band); knots where not are skipped.
 * Streamed rather than collected, so a scan of 10⁶ knots keeps no sample list alive.
 */
function visitMonotoneSamples(
  evaluate: (x: number) => boolean,
  values: { a: number; b: number },
  knots: readonly number[],
  visit: (x: number, a: number, b: number) => void,
): void {
  const d: Difference = (x) => (evaluate(x) ? values.a - values.b : null);
  let previousX = 0;
  let previousV = 0;
  let started = false;
  for (const x1 of knots) {
    if (!evaluate(x1)) continue;
    const { a, b } = values;
    if (started) {
      for (const x of criticalPoints(d, previousX, x1, previousV, a - b)) {
        if (evaluate(x)) visit(x, values.a, values.b);
      }
    }
    visit(x1, a, b);
    previousX = x1;
    previousV = a - b;
    started = true;
  }
}

/**
 * Bisection on [lo, hi] where sign(d(lo)) = signLo ≠ sign(d(hi)), until lo and hi are
 * neighbouring doubles (about 55 halvings for a band within 1–1000 tok/s/user); returns the
 * midpoint. The printed crossover (2 decimals) is then the root's own rounding.
 */
function bisect(d: Difference, lo: number, hi: number, signLo: number): number {
  for (let iteration = 0; iteration < 2200; iteration++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const v = d(mid);
    if (v !== null && Math.sign(v) === signLo) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}

/**
 * Every engine x inside the band (the curves' unit: tok/s/user at matched interactivity) where the compared curves of A and B
 * cross — total throughput unless `options.series` names another spline, each side's values
 * multiplied by its weight — i.e. where wA·A − wB·B changes sign (touching without changing
 * sign is not a crossing, and neither is a sign change within floating-point noise:
 * |wA·A − wB·B| ≤ 1e-9 · (|wA·A| + |wB·B|) counts as a tie), ascending, each with the side
 * whose weighted value is larger below and above it.
 *
 * Method: between consecutive knots of either frontier (within the band) both curves are
 * single cubics, so wA·A − wB·B is one cubic with at most 3 roots. Each such interval is
 * split at the cubic's critical points (found from 4 samples), making the difference
 * monotone on every piece; each sign change is then refined by bisection to machine
 * precision (neighbouring doubles), so rounding the result to 0.01 gives the root's own
 * digits. No root is missed. `none` bands, single-point bands, empty curves and a series a
 * side cannot interpolate give []. Weights must be finite and > 0 (RangeError otherwise).
 */
export function findCrossovers(
  curveA: SideCurve,
  curveB: SideCurve,
  band: Band,
  options: CrossoverOptions = {},
): Crossover[] {
  const { series = 'tokPerSecPerGpu', weightA = 1, weightB = 1 } = options;
  if (!isPositiveFinite(weightA) || !isPositiveFinite(weightB)) {
    throw new RangeError(`findCrossovers: weights must be finite and > 0, got ${weightA} and ${weightB}`);
  }
  const splineA = curveA.splines?.[series];
  const splineB = curveB.splines?.[series];
  if (band.kind !== 'overlap' || band.hi <= band.lo || !splineA || !splineB) return [];
  const values = { a: 0, b: 0 };
  const evaluate = (x: number): boolean => {
    const a = splineA.at(x);
    const b = splineB.at(x);
    if (a === null || b === null) return false;
    values.a = weightA * a;
    values.b = weightB * b;
    return true;
  };
  const d: Difference = (x) => (evaluate(x) ? values.a - values.b : null);
  const knots = scanKnots(splineA.knotXs, splineB.knotXs, band.lo, band.hi);
  const crossovers: Crossover[] = [];
  let last: { x: number; sign: number } | null = null;
  visitMonotoneSamples(evaluate, values, knots, (x, a, b) => {
    // The sign of the difference, 0 for a tie (a difference within noise).
    const v = a - b;
    const sign = Math.abs(v) <= TIE_RELATIVE * (Math.abs(a) + Math.abs(b)) ? 0 : Math.sign(v);
    if (sign === 0) return;
    if (last !== null && sign !== last.sign) {
      crossovers.push({
        x: bisect(d, last.x, x, last.sign),
        winnerBelow: last.sign > 0 ? 'A' : 'B',
        winnerAbove: sign > 0 ? 'A' : 'B',
      });
    }
    last = { x, sign };
  });
  return crossovers;
}
