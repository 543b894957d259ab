import { isPositiveFinite } from './numeric.ts';
import type { Direction, Side } from './types.ts';

/** Two values whose larger/smaller ratio is below 1 + TIE_FRACTION are a tie (±1 %). */
export const TIE_FRACTION = 0.01;

/** How A compares with B on one metric. */
export interface RelativeDelta {
  direction: Direction;
  /** The better side, or 'tie' when larger/smaller − 1 < TIE_FRACTION. */
  winner: Side | 'tie';
  /**
   * Advantage of the better side, as a fraction (0.946 = 94.6 %), ≥ 0:
   * higher-is-better: better/worse − 1 (unbounded, "delivers X % more");
   * lower-is-better: 1 − better/worse (always < 1, "costs X % less").
   * Reported for ties too (then it is below TIE_FRACTION-ish and should not be claimed).
   */
  magnitudeFraction: number;
  /** `magnitudeFraction` seen from A: > 0 when A is better, < 0 when B is, 0 when equal. */
  signedFraction: number;
  /** The comparative the magnitude goes with: 'more' (higher-is-better) or 'less'. */
  wording: 'more' | 'less';
}

/**
 * Relative difference of two values of the same metric, `a` for side A and `b` for side B
 * (same unit, finite and > 0; otherwise, or if their ratio overflows, → null).
 *
 * higher-is-better: if A wins, "A delivers X % more" with X = A/B − 1; if B wins, B/A − 1.
 * lower-is-better: if A is lower, "A costs X % less" with X = 1 − A/B; if B, 1 − B/A — so
 * X never reaches 100 %. Tie when max/min − 1 < 1 % (symmetric form of |A/B − 1| < 0.01, so
 * the verdict does not depend on argument order). Antisymmetric: swapping a and b swaps the
 * winner, negates `signedFraction` and leaves `magnitudeFraction` bit-for-bit unchanged.
 */
export function relativeDelta(a: number, b: number, direction: Direction): RelativeDelta | null {
  if (!isPositiveFinite(a) || !isPositiveFinite(b)) return null;
  const larger = Math.max(a, b);
  const smaller = Math.min(a, b);
  const ratio = larger / smaller;
  if (!Number.isFinite(ratio)) return null;
  const higherIsBetter = direction === 'higher-is-better';
  const magnitudeFraction = higherIsBetter ? ratio - 1 : 1 - smaller / larger;
  const aIsBetter = higherIsBetter ? a > b : a < b;
  const signedFraction = a === b ? 0 : aIsBetter ? magnitudeFraction : -magnitudeFraction;
  const isTie = ratio - 1 < TIE_FRACTION;
  const winner: RelativeDelta['winner'] = isTie ? 'tie' : aIsBetter ? 'A' : 'B';
  return { direction, winner, magnitudeFraction, signedFraction, wording: higherIsBetter ? 'more' : 'less' };
}
