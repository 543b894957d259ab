import { criticalPoints } from './crossover.ts';
import { isPositiveFinite } from './numeric.ts';
import type { MonotoneSpline } from './spline.ts';
import type { SideCurve, SideSplines } from './side-curve.ts';

/** Where one curve is the best of a set: `from` ≤ x ≤ `to` (engine x), `curve` its index in the input. */
export interface EnvelopeSegment {
  from: number;
  to: number;
  curve: number;
}

/** What `curveEnvelope` compares: one spline of each curve, each curve's values times its weight. */
export interface EnvelopeOptions {
  /** The spline compared; total tok/s/GPU unless given. */
  series?: keyof SideSplines;
  /**
   * One factor per curve (finite, > 0; 1 unless given), as `findCrossovers` takes: a derived
   * metric such as cost per token is best where tok/s/GPU / price is largest. Null leaves the
   * curve out (its metric cannot be computed). A weight that is neither throws a RangeError.
   */
  weights?: readonly (number | null)[];
  /** 'higher' (default): the upper envelope; 'lower': the lower one. */
  prefer?: 'higher' | 'lower';
}

/** Weighted values within this fraction of each other are tied (the crossovers' tolerance). */
const TIE_RELATIVE = 1e-9;

interface Part {
  index: number;
  spline: MonotoneSpline;
  /** The weight, negated for a lower envelope: the envelope is always the maximum of sign × w × y. */
  factor: number;
}

const valueOf = (part: Part, x: number): number | null => {
  const y = part.spline.at(x);
  return y === null ? null : part.factor * y;
};

/** True when `a` beats `b` beyond the tie tolerance. */
const beats = (a: number, b: number) => a - b > TIE_RELATIVE * (Math.abs(a) + Math.abs(b));

/**
 * Bisection on [lo, hi], where `above` is false at lo and true at hi, until they are
 * neighbouring doubles; returns hi, the first double found where it is true.
 */
function bisectAbove(above: (x: number) => boolean, lo: number, hi: number): number {
  for (let iteration = 0; iteration < 2200; iteration++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (above(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The first x in [pos, x1] where `challenger` beats `leader`, or null. Both are single cubics
 * on [pos, x1] (no knot of either inside), so their difference is monotone between its
 * critical points: scanning those and the ends misses no overtaking.
 */
function firstOvertake(challenger: Part, leader: Part, pos: number, x1: number): number | null {
  const d = (x: number) => {
    const c = valueOf(challenger, x);
    const l = valueOf(leader, x);
    return c === null || l === null ? null : c - l;
  };
  const above = (x: number) => {
    const c = valueOf(challenger, x);
    const l = valueOf(leader, x);
    return c !== null && l !== null && beats(c, l);
  };
  const d0 = d(pos);
  const d1 = d(x1);
  if (d0 === null || d1 === null) return null;
  const samples = [pos, ...(x1 > pos ? criticalPoints(d, pos, x1, d0, d1) : []), x1];
  let previous: number | null = null;
  for (const x of samples) {
    // The change point is where the difference changes sign, to neighbouring doubles.
    if (above(x)) return previous === null ? x : bisectAbove((t) => (d(t) ?? 0) > 0, previous, x);
    previous = x;
  }
  return null;
}

/** The best of `parts` on [x0, x1], where each is one cubic: segments in order, leader changes bisected. */
function sweepInterval(parts: readonly Part[], x0: number, x1: number): EnvelopeSegment[] {
  // Leader at x0; ties go to the curve ahead just inside the interval.
  const nudge = x0 + (x1 - x0) * 1e-6;
  let leader = parts[0]!;
  for (const part of parts.slice(1)) {
    const p = valueOf(part, x0)!;
    const l = valueOf(leader, x0)!;
    if (beats(p, l) || (!beats(l, p) && valueOf(part, nudge)! > valueOf(leader, nudge)!)) leader = part;
  }
  const segments: EnvelopeSegment[] = [];
  let pos = x0;
  // Each change moves to a curve that beats the leader there, so the loop ends; the bound is a guard.
  for (let step = 0; step <= 4 * parts.length * parts.length + 8; step++) {
    let change: number | null = null;
    let next: Part | null = null;
    for (const part of parts) {
      if (part === leader) continue;
      const x = firstOvertake(part, leader, pos, x1);
      if (x === null) continue;
      const probe = x + (x1 - x) / 2;
      if (change === null || x < change || (x === change && valueOf(part, probe)! > valueOf(next!, probe)!)) {
        change = x;
        next = part;
      }
    }
    if (change === null || next === null) break;
    if (change > pos) segments.push({ from: pos, to: change, curve: leader.index });
    pos = change;
    leader = next;
  }
  segments.push({ from: pos, to: x1, curve: leader.index });
  return segments.filter((s) => s.to > s.from || x0 === x1);
}

/**
 * The envelope of a set of curves (the best curve at each engine x): for each x that some
 * curve reaches (its knot domain, never extrapolated), which curve has the largest weighted
 * value of `options.series` (or the smallest, with `prefer: 'lower'`). Returned as segments
 * ascending in x, adjacent ones of one curve merged; where one curve takes over from another
 * inside a knot interval the change point is bisected to neighbouring doubles (the first
 * double where the new curve is ahead; a lead within a 1e-9 relative tie is not a change). Where one curve ends
 * (its domain's edge) the next best takes over at that knot, so two segments share it. A
 * curve of a single knot, better there than every other curve reaching it, is a segment of
 * zero width. Regions no curve reaches are gaps between segments.
 *
 * Ties within the tolerance keep the curve already leading. Curves without the spline (an
 * empty curve, or a series it cannot interpolate) and curves of null weight take no part.
 * Weights must be finite and > 0 (RangeError otherwise).
 */
export function curveEnvelope(curves: readonly SideCurve[], options: EnvelopeOptions = {}): EnvelopeSegment[] {
  const { series = 'tokPerSecPerGpu', weights, prefer = 'higher' } = options;
  const sign = prefer === 'lower' ? -1 : 1;
  const parts: Part[] = [];
  curves.forEach((curve, index) => {
    const weight = weights ? weights[index] : 1;
    if (weight === null) return;
    if (!isPositiveFinite(weight)) {
      throw new RangeError(`curveEnvelope: weights must be finite and > 0 or null, got ${weight}`);
    }
    const spline = curve.splines?.[series];
    if (spline) parts.push({ index, spline, factor: sign * weight });
  });
  const breaks = [...new Set(parts.flatMap((p) => p.spline.knotXs))].sort((a, b) => a - b);
  const segments: EnvelopeSegment[] = [];
  for (let k = 0; k + 1 < breaks.length; k++) {
    const x0 = breaks[k]!;
    const x1 = breaks[k + 1]!;
    const active = parts.filter((p) => p.spline.domain[0] <= x0 && p.spline.domain[1] >= x1);
    if (active.length > 0) segments.push(...sweepInterval(active, x0, x1));
  }
  // A knot where the best curve reaching it leads no segment touching it (a one-knot curve).
  for (const x of breaks) {
    const reaching = parts.filter((p) => p.spline.domain[0] <= x && x <= p.spline.domain[1]);
    const best = reaching.reduce((b, p) => (valueOf(p, x)! > valueOf(b, x)! ? p : b), reaching[0]!);
    const bestValue = valueOf(best, x)!;
    const touching = segments.filter((s) => s.from <= x && x <= s.to);
    const covered = touching.some(
      (s) =>
        !beats(
          bestValue,
          valueOf(
            parts.find((p) => p.index === s.curve)!,
            x,
          )!,
        ),
    );
    if (!covered) segments.push({ from: x, to: x, curve: best.index });
  }
  segments.sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: EnvelopeSegment[] = [];
  for (const s of segments) {
    const last = merged[merged.length - 1];
    if (last && last.curve === s.curve && last.to === s.from) last.to = s.to;
    else merged.push({ ...s });
  }
  return merged;
}
