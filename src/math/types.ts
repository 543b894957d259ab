/**
 * Shared types of the matched-interactivity comparison engine.
 *
 * Units used throughout `src/math`:
 * - interactivity: tok/s/user (tokens per second seen by one user, = 1 / TPOT)
 * - throughput: tok/s/GPU (tokens per second per GPU; "total" = input + output)
 * - cost: USD per million tokens; price assumption in USD per GPU-hour
 * - power: kW per GPU (all-in); efficiency in tok/s per MW and joules per token
 */

/**
 * One measured configuration of one side (one engine setup at one concurrency).
 *
 * `tokPerSecPerUser` and `tokPerSecPerGpu` must be finite and > 0 for the point to be
 * usable; anything else is excluded by `computeFrontier` with a stated reason.
 * `outputTokPerSecPerGpu` / `inputTokPerSecPerGpu` are null when the source did not report
 * the split. `concurrency` is the number of simultaneous requests of the run.
 */
export interface SidePoint {
  id: string;
  tokPerSecPerUser: number;
  tokPerSecPerGpu: number;
  outputTokPerSecPerGpu: number | null;
  inputTokPerSecPerGpu: number | null;
  concurrency: number;
}

/** A closed interval `[lo, hi]` with `lo <= hi` (same unit as the values it bounds). */
export type Range = readonly [lo: number, hi: number];

/** Which side of a comparison: A (first) or B (second). */
export type Side = 'A' | 'B';

/**
 * The interactivity band (tok/s/user) where both sides have a frontier.
 * `overlap` is the intersection of the two frontier ranges (`lo <= hi`; `lo === hi` is a
 * single shared point). `none` means the ranges do not intersect (or a side has no frontier);
 * it carries each side's own range (null when that side has no valid point), never a union.
 */
export type Band = { kind: 'overlap'; lo: number; hi: number } | { kind: 'none'; a: Range | null; b: Range | null };

/** Whether a larger value of a metric is better (throughput) or worse (cost, energy). */
export type Direction = 'higher-is-better' | 'lower-is-better';
