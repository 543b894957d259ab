import { isPositiveFinite } from './numeric.ts';
import type { Band, Range, SidePoint } from './types.ts';

/**
 * The x range [min, max] of a frontier, in its points' unit (tok/s/user for interactivity,
 * 1/s for 1/latency), or null when it has no point with a finite, positive `x`. Works for any point order; invalid points are ignored.
 */
export function frontierRange(frontier: readonly SidePoint[]): Range | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const point of frontier) {
    const x = point.x;
    if (!isPositiveFinite(x)) continue;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * The matched band of two sides: the intersection of their frontiers' x ranges, in the
 * points' unit (tok/s/user for matched interactivity; both sides must share one kind of x). Result `overlap` has `lo <= hi`; touching ranges give a
 * single-point band `lo === hi`, which still counts as overlap. When the ranges are disjoint
 * or a frontier is empty the result is `none` with each side's own range (null for an empty
 * frontier) — never the union, because outside the intersection one side has no data.
 */
export function overlapBand(frontierA: readonly SidePoint[], frontierB: readonly SidePoint[]): Band {
  const a = frontierRange(frontierA);
  const b = frontierRange(frontierB);
  if (a === null || b === null) return { kind: 'none', a, b };
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  return lo <= hi ? { kind: 'overlap', lo, hi } : { kind: 'none', a, b };
}

/**
 * Whole-number bounds for labelling a band as "lo–hi tok/s/user": `lo = ceil(band.lo)`,
 * `hi = floor(band.hi)`, so both labelled bounds lie inside the band (a label never promises
 * interactivity one side does not reach). Returns null for a `none` band and when the band
 * contains no whole number (e.g. 3.2–3.8); callers then show the unrounded bounds.
 */
export function bandLabelBounds(band: Band): { lo: number; hi: number } | null {
  if (band.kind !== 'overlap') return null;
  const lo = Math.ceil(band.lo);
  const hi = Math.floor(band.hi);
  return lo <= hi ? { lo, hi } : null;
}
