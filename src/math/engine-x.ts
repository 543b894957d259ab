import type { EngineX } from './types.ts';

/**
 * The engine's x of a point measured at `tokPerSecPerUser` (interactivity, tok/s/user): the
 * value itself. Any number is accepted; `computeFrontier` excludes a non-finite or ≤ 0 one.
 */
export function interactivityX(tokPerSecPerUser: number): EngineX {
  return tokPerSecPerUser as EngineX;
}

/**
 * The engine's x of a point measured at a latency of `seconds`: 1/seconds, in 1/s. It falls
 * as latency rises, so "lower latency is better" becomes the engine's "higher x is better",
 * and stays finite and > 0. A latency that is not finite and > 0 gives NaN, which
 * `computeFrontier` excludes as non-finite.
 */
export function inverseLatencyX(seconds: number): EngineX {
  return (Number.isFinite(seconds) && seconds > 0 ? 1 / seconds : Number.NaN) as EngineX;
}
