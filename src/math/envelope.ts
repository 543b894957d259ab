import { criticalPoints, type Difference } from './crossover.ts';
import { isPositiveFinite } from './numeric.ts';
import type { MonotoneSpline } from './spline.ts';

/** One curve of an envelope: a spline (any x unit shared by all curves) and a factor (finite, > 0). */
export interface EnvelopeCurve {
  spline: MonotoneSpline;
  /**
   * The curve's values are compared as `weight × spline(x)`. A derived metric that falls with
   * throughput (cost: weight 1 / price) is compared this way, like `findCrossovers` does.
   */
  weight: number;
}

/** Where one curve is the largest: `[from, to]` in the curves' x unit, `index` into the input. */
export interface EnvelopeSegment {
  from: number;
  to: number;
  index: number;
}

/** Values within this fraction of each other are tied: a tie never changes the lead. */
const TIE_RELATIVE = 1e-9;

function valueAt(curve: EnvelopeCurve, x: number): number | null {
  const y = curve.spline.at(x);
  return y === null ? null : curve.weight * y;
}

/** True when `c` exceeds `l` by more than a tie. */
function clearlyAbove(c: number, l: number): boolean {
  return c - l > TIE_RELATIVE * (Math.abs(l) + Math.abs(c));
}

/** Sorted, de-duplicated knots of the given curves. */
function breakpoints(curves: readonly EnvelopeCurve[], indices: readonly number[]): number[] {
  const all = indices.flatMap((i) => curves[i]!.spline.knotXs).sort((p, q) => p - q);
  return all.filter((x, i) => i === 0 || x > all[i - 1]!);
}

/** Bisects [lo, hi] (ahead(lo) false, ahead(hi) true) to neighbouring doubles; the midpoint. */
function bisect(ahead: (x: number) => boolean, lo: number, hi: number): number {
  for (let iteration = 0; iteration < 2200; iteration++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (ahead(mid)) hi = mid;
    else lo = mid;
  }
  return lo + (hi - lo) / 2;
}

/**
 * The first x in [pos, b] where `challenger` is above `leader` by more than a tie, both being
 * single cubics on [pos, b]: the difference is sampled at its critical points (monotone
 * between samples), and the first sign change is bisected on the raw difference.
 */
function overtake(leader: EnvelopeCurve, challenger: EnvelopeCurve, pos: number, b: number): number | null {
  const pair = (x: number): [number, number] | null => {
    const l = valueAt(leader, x);
    const c = valueAt(challenger, x);
    return l === null || c === null ? null : [l, c];
  };
  const d: Difference = (x) => {
    const values = pair(x);
    return values === null ? null : values[1] - values[0];
  };
  const clearlyAhead = (x: number): boolean => {
    const values = pair(x);
    return values !== null && clearlyAbove(values[1], values[0]);
  };
  if (clearlyAhead(pos)) return pos;
  const f0 = d(pos);
  const f3 = d(b);
  if (pos >= b || f0 === null || f3 === null) return null;
  let last = pos;
  for (const x of [...criticalPoints(d, pos, b, f0, f3), b]) {
    if (clearlyAhead(x)) return bisect((t) => (d(t) ?? 0) > 0, last, x);
    last = x;
  }
  return null;
}

/** The index (among `active`) with the largest value at x; the first of those tied. */
function largestAt(curves: readonly EnvelopeCurve[], active: readonly number[], x: number): number {
  let best = active[0]!;
  for (const i of active) {
    if (clearlyAbove(valueAt(curves[i]!, x) ?? -Infinity, valueAt(curves[best]!, x) ?? -Infinity)) best = i;
  }
  return best;
}

/** Leader segments on [a, b], where every active curve is one cubic. */
function sweep(curves: readonly EnvelopeCurve[], active: readonly number[], a: number, b: number): EnvelopeSegment[] {
  const out: EnvelopeSegment[] = [];
  let pos = a;
  let leader = largestAt(curves, active, a);
  for (let guard = 0; guard < 10_000; guard++) {
    let next: { x: number; index: number } | null = null;
    for (const i of active) {
      if (i === leader) continue;
      const x = overtake(curves[leader]!, curves[i]!, pos, b);
      if (x !== null && (next === null || x < next.x)) next = { x, index: i };
    }
    if (next === null) break;
    if (next.x > pos) out.push({ from: pos, to: next.x, index: leader });
    pos = next.x;
    leader = next.index;
  }
  out.push({ from: pos, to: b, index: leader });
  return out;
}

/** Joins touching segments of the same curve. */
function merge(segments: readonly EnvelopeSegment[]): EnvelopeSegment[] {
  const out: EnvelopeSegment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.index === s.index && last.to === s.from) last.to = s.to;
    else out.push({ ...s });
  }
  return out;
}

/**
 * The upper envelope of several curves: which curve has the largest `weight × value` at each
 * x of the union of their domains, as ascending segments. Input: splines sharing one x unit,
 * weights finite and > 0 (RangeError otherwise). Output: segments `[from, to]`, consecutive
 * ones touching (`to === next.from`) where the lead passes, apart where no curve is defined
 * (a gap between domains). No extrapolation: a curve competes only inside its own domain.
 *
 * Change points are exact: where a domain starts or ends, the knot itself; where two curves
 * cross, the root of their difference bisected to neighbouring doubles (as `findCrossovers`).
 * Between consecutive knots of all curves each one is a single cubic, so every difference with
 * the leader is split at its critical points and no crossing is missed. Values within 1e-9
 * relative of each other are tied and a tie never passes the lead (the earlier index keeps
 * it). A one-knot curve is defined at a single x: it makes a zero-width segment there only
 * where no wider curve is defined (a lead at one point is not a region). Empty input → [].
 */
export function upperEnvelope(curves: readonly EnvelopeCurve[]): EnvelopeSegment[] {
  curves.forEach((c, i) => {
    if (!isPositiveFinite(c.weight)) throw new RangeError(`upperEnvelope: weight ${i} must be finite and > 0`);
  });
  const wide = curves.flatMap((c, i) => (c.spline.knotXs.length >= 2 ? [i] : []));
  const covered = (x: number) => wide.some((i) => curves[i]!.spline.domain[0] <= x && x <= curves[i]!.spline.domain[1]);
  const segments: EnvelopeSegment[] = [];
  const knots = breakpoints(curves, wide);
  for (let k = 0; k + 1 < knots.length; k++) {
    const [a, b] = [knots[k]!, knots[k + 1]!];
    const active = wide.filter((i) => curves[i]!.spline.domain[0] <= a && curves[i]!.spline.domain[1] >= b);
    if (active.length > 0) segments.push(...sweep(curves, active, a, b));
  }
  const narrow = curves.flatMap((c, i) => (c.spline.knotXs.length === 1 && !covered(c.spline.domain[0]) ? [i] : []));
  for (const x of breakpoints(curves, narrow)) {
    const here = narrow.filter((i) => curves[i]!.spline.domain[0] === x);
    segments.push({ from: x, to: x, index: largestAt(curves, here, x) });
  }
  return merge(segments.sort((p, q) => p.from - q.from || p.to - q.to));
}
