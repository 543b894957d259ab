import { bandLabelBounds } from './band.ts';
import { isFiniteNumber } from './numeric.ts';
import type { Band } from './types.ts';

/** Fractions of the band at which the default targets sit. */
const DEFAULT_TARGET_FRACTIONS = [0.25, 0.5, 0.75] as const;

/**
 * Default interactivity targets (tok/s/user) for a band: round(lo + (hi − lo)·q) for
 * q = ¼, ½, ¾ (Math.round, halves up). Each value is clamped into [ceil(lo), floor(hi)] so it
 * stays inside the band even when rounding would push it out (e.g. band 3.2–4.0 gives
 * round(3.4) = 3 → 4). Duplicates are removed, so a narrow band yields 1 or 2 targets; the
 * result is strictly ascending. A band containing no whole number (e.g. 3.2–3.8) yields the
 * single unrounded midpoint. A `none` band yields [].
 */
export function defaultTargets(band: Band): number[] {
  if (band.kind !== 'overlap') return [];
  const bounds = bandLabelBounds(band);
  if (bounds === null) return [band.lo + (band.hi - band.lo) / 2];
  const targets: number[] = [];
  for (const q of DEFAULT_TARGET_FRACTIONS) {
    const rounded = Math.round(band.lo + (band.hi - band.lo) * q);
    const clamped = Math.min(bounds.hi, Math.max(bounds.lo, rounded));
    if (targets[targets.length - 1] !== clamped) targets.push(clamped);
  }
  return targets;
}

/** Why a requested target cannot be compared. */
export type TargetRejection = 'outside-band' | 'not-a-number';

/** A target that cannot be compared: its position in the input, its value, and why. */
export interface RejectedTarget {
  /** Index in the `targets` argument. */
  index: number;
  /** The requested value, or null when it was not a finite number (NaN never leaks out). */
  value: number | null;
  reason: TargetRejection;
}

/** Result of `checkTargets`: inputs split into usable and unusable, each in input order. */
export interface TargetCheck {
  accepted: number[];
  rejected: RejectedTarget[];
}

/**
 * Splits requested interactivity targets (tok/s/user) into those inside the band
 * (lo ≤ t ≤ hi, bounds inclusive, the unrounded band — not the whole-number label) and the
 * rest. NaN and ±Infinity (and non-numbers) are rejected as `not-a-number` with value null; finite values outside the band, and
 * every finite value when the band is `none`, as `outside-band`. Duplicates are kept as given.
 */
export function checkTargets(band: Band, targets: readonly number[]): TargetCheck {
  const result: TargetCheck = { accepted: [], rejected: [] };
  targets.forEach((value, index) => {
    if (!isFiniteNumber(value)) {
      result.rejected.push({ index, value: null, reason: 'not-a-number' });
    } else if (band.kind === 'overlap' && value >= band.lo && value <= band.hi) {
      result.accepted.push(value);
    } else {
      result.rejected.push({ index, value, reason: 'outside-band' });
    }
  });
  return result;
}
