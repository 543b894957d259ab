/**
 * Shared types of the matched-interactivity comparison engine.
 *
 * Units used throughout `src/math`:
 * - the engine's x (`EngineX`): higher is better and throughput falls as it rises. Either
 *   interactivity in tok/s/user (tokens per second seen by one user, = 1 / TPOT), or
 *   1/latency in 1/s. Everything the engine returns on that axis (frontier ranges, bands,
 *   spline knots and domains, targets, crossovers) is in the unit of the points' `x`.
 * - throughput: tok/s/GPU (tokens per second per GPU; "total" = input + output)
 * - cost: USD per million tokens; price assumption in USD per GPU-hour
 * - power: kW per GPU (all-in); efficiency in tok/s per MW and joules per token
 */

declare const engineXUnit: unique symbol;

/**
 * A position on the engine's x axis, where higher is better: interactivity in tok/s/user
 * (`interactivityX`), or 1/latency in 1/s (`inverseLatencyX`). Branded so that a plain
 * number — a latency in seconds, say — is a type error where an x is expected; make one only
 * with those two constructors. It reads as a plain number.
 */
export type EngineX = number & { readonly [engineXUnit]: 'tok/s/user or 1/s' };

/**
 * One measured configuration of one side (one engine setup at one concurrency).
 *
 * `x` (the engine's x: tok/s/user, or 1/latency in 1/s) and `tokPerSecPerGpu` must be finite
 * and > 0 for the point to be usable; anything else is excluded by `computeFrontier` with a
 * stated reason. All points compared with each other must share one kind of x.
 * `outputTokPerSecPerGpu` / `inputTokPerSecPerGpu` are null when the source did not report
 * the split. `concurrency` is the number of simultaneous requests of the run.
 */
export interface SidePoint {
  id: string;
  x: EngineX;
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
