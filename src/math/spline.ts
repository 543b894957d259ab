import { finiteOrNull, isFiniteNumber } from './numeric.ts';
import { steffenTangents } from './tangents.ts';
import type { Range } from './types.ts';

/** A monotone cubic interpolant over a fixed set of knots. Immutable. */
export interface MonotoneSpline {
  /** `[first knot x, last knot x]`; `lo === hi` for a one-knot spline. */
  readonly domain: Range;
  /** Knot x positions, strictly increasing (a copy; mutating it has no effect). */
  readonly knotXs: readonly number[];
  /** Knot tangents (y per x unit) in knot order, as described in `tangents.ts`. */
  readonly tangents: readonly number[];
  /**
   * Value at `x`. Returns null for x outside `domain` (no extrapolation, no clamping), for a
   * non-finite x, and in the (overflow-only) case where the result is not finite. At a knot
   * it returns that knot's y exactly.
   */
  at(x: number): number | null;
}

/** Throws a RangeError unless xs/ys are equal-length, non-empty, finite, xs strictly rising. */
function validateKnots(xs: readonly number[], ys: readonly number[]): void {
  if (xs.length !== ys.length) {
    throw new RangeError(`spline: ${xs.length} x values but ${ys.length} y values`);
  }
  if (xs.length === 0) throw new RangeError('spline: at least one knot is required');
  for (let i = 0; i < xs.length; i++) {
    if (!isFiniteNumber(xs[i]) || !isFiniteNumber(ys[i])) {
      throw new RangeError(`spline: knot ${i} is not finite`);
    }
    if (i > 0 && !(xs[i]! > xs[i - 1]!)) {
      throw new RangeError(`spline: x values must be strictly increasing (index ${i})`);
    }
  }
}

/**
 * Index i of the interval [xs[i], xs[i+1]] containing x, for x within [xs[0], xs[n-1]], n ≥ 2:
 * the largest i ≤ n − 2 with xs[i] ≤ x (unique, as xs strictly rises).
 */
function locateInterval(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! <= x) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Cubic Hermite value on [x0, x0 + h] at fraction u ∈ [0, 1] (basis form: exact at u = 0, 1). */
function hermite(y0: number, y1: number, m0: number, m1: number, h: number, u: number): number {
  const u2 = u * u;
  const u3 = u2 * u;
  const h00 = 2 * u3 - 3 * u2 + 1;
  const h10 = u3 - 2 * u2 + u;
  const h01 = -2 * u3 + 3 * u2;
  const h11 = u3 - u2;
  return h00 * y0 + h01 * y1 + h * (h10 * m0 + h11 * m1);
}

/**
 * Monotone cubic Hermite spline through (xs[i], ys[i]) with Steffen/d3-curveMonotoneX
 * tangents (see `tangents.ts`): between two knots the curve stays within their y values and
 * is monotone when the data is. Inputs: `xs` strictly increasing and finite, `ys` finite,
 * same length ≥ 1 (any unit). Two knots give the straight segment; one knot is defined only
 * at its own x. Throws RangeError on invalid input. Evaluation is O(log n) (binary search), O(1)
 * in or next to the previous call's interval.
 */
export function createMonotoneSpline(xs: readonly number[], ys: readonly number[]): MonotoneSpline {
  validateKnots(xs, ys);
  const kx = xs.slice();
  const ky = ys.slice();
  const m = steffenTangents(kx, ky);
  const lo = kx[0]!;
  const hi = kx[kx.length - 1]!;
  const lastInterval = kx.length - 2;
  // The interval of the previous call, tried first (then its right neighbour): a caller that
  // walks along x (a crossover scan, a drawn curve) finds each in O(1) instead of O(log n). The
  // test is locateInterval's definition, so the interval, and the value, are the same.
  let hint = 0;
  const holds = (i: number, x: number) => kx[i]! <= x && (i === lastInterval || x < kx[i + 1]!);
  const at = (x: number): number | null => {
    if (!(x >= lo && x <= hi)) return null;
    if (kx.length === 1) return ky[0]!;
    if (!holds(hint, x)) hint = hint < lastInterval && holds(hint + 1, x) ? hint + 1 : locateInterval(kx, x);
    const i = hint;
    const h = kx[i + 1]! - kx[i]!;
    const u = (x - kx[i]!) / h;
    return finiteOrNull(hermite(ky[i]!, ky[i + 1]!, m[i]!, m[i + 1]!, h, u));
  };
  return { domain: [lo, hi], knotXs: kx.slice(), tangents: m.slice(), at };
}

/**
 * Dense samples of `spline` for drawing: `steps + 1` points at evenly spaced x from domain lo
 * to domain hi, both endpoints included exactly. `steps` must be an integer ≥ 1 (RangeError
 * otherwise). A one-knot spline yields its single point. Never returns null y values: points
 * whose value is not representable (overflow only) are omitted.
 */
export function sampleSpline(spline: MonotoneSpline, steps: number): { x: number; y: number }[] {
  if (!Number.isInteger(steps) || steps < 1) {
    throw new RangeError(`sampleSpline: steps must be an integer ≥ 1, got ${steps}`);
  }
  const [lo, hi] = spline.domain;
  const count = lo === hi ? 1 : steps + 1;
  const samples: { x: number; y: number }[] = [];
  for (let k = 0; k < count; k++) {
    const x = k === count - 1 ? hi : Math.min(hi, lo + (hi - lo) * (k / steps));
    const y = spline.at(x);
    if (y !== null) samples.push({ x, y });
  }
  return samples;
}
