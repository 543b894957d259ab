/**
 * Knot tangents of the monotone cubic interpolant of Steffen (1990), with the same
 * conventions as d3-shape's `curveMonotoneX` so that our curves match the charts that
 * popularised this view:
 *
 * - interior knot: t = (sgn(s0) + sgn(s1)) · min(|s0|, |s1|, ½|p|), p = (s0·h1 + s1·h0)/(h0 + h1),
 *   where s0/s1 are the secant slopes of the intervals left/right of the knot and h0/h1 their
 *   widths; sgn(0) counts as +1 (harmless: the min is then 0); a NaN result becomes 0.
 * - end knots: t = (3·s − t_neighbour) / 2 with s the end interval's secant.
 * - two knots: both tangents equal the secant (the curve is the straight segment).
 * - one knot: tangent 0 (the curve is a single point).
 */

/** Sign with the d3 convention: negative → −1, everything else (including 0) → +1. */
function signOf(x: number): number {
  return x < 0 ? -1 : 1;
}

/**
 * Steffen tangent at an interior knot. Inputs: widths `h0`, `h1` (> 0, x units) of the
 * intervals left and right of the knot and their secant slopes `s0`, `s1` (y per x unit).
 * Output: the tangent slope (y per x unit); 0 when the secants change sign or one is 0, so
 * local extrema stay flat and the curve never overshoots its knots. NaN (e.g. from
 * overflowing inputs) is mapped to 0; ±Infinity is passed through.
 */
export function steffenInteriorTangent(h0: number, h1: number, s0: number, s1: number): number {
  const p = (s0 * h1 + s1 * h0) / (h0 + h1);
  const magnitude = Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p));
  const tangent = (signOf(s0) + signOf(s1)) * magnitude;
  return Number.isNaN(tangent) ? 0 : tangent;
}

/**
 * End-knot tangent from the end interval's secant `secant` and the tangent of its only
 * neighbouring knot: (3·secant − neighbourTangent) / 2 (d3's one-sided estimate).
 */
export function endTangent(secant: number, neighbourTangent: number): number {
  return (3 * secant - neighbourTangent) / 2;
}

/**
 * All knot tangents for knots `xs` (strictly increasing, finite) and values `ys` (finite),
 * same length n ≥ 1. Output: a new array of n slopes (y per x unit). Callers validate the
 * inputs; this function does not.
 */
export function steffenTangents(xs: ArrayLike<number>, ys: ArrayLike<number>): number[] {
  const n = xs.length;
  const tangents: number[] = [];
  for (let i = 0; i < n; i++) tangents.push(0);
  if (n < 2) return tangents;
  const secant = (i: number): number => (ys[i + 1]! - ys[i]!) / (xs[i + 1]! - xs[i]!);
  if (n === 2) {
    tangents[0] = tangents[1] = secant(0);
    return tangents;
  }
  for (let i = 1; i < n - 1; i++) {
    const h0 = xs[i]! - xs[i - 1]!;
    const h1 = xs[i + 1]! - xs[i]!;
    tangents[i] = steffenInteriorTangent(h0, h1, secant(i - 1), secant(i));
  }
  tangents[0] = endTangent(secant(0), tangents[1]!);
  tangents[n - 1] = endTangent(secant(n - 2), tangents[n - 2]!);
  return tangents;
}
