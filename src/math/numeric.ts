/**
 * Tiny numeric guards shared by the engine. Every public function of `src/math` funnels its
 * results through these so that NaN and ±Infinity never leave the module.
 */

/** True when `x` is a finite number strictly greater than zero (rejects NaN, ±Infinity, 0, -0). */
export function isPositiveFinite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x > 0;
}

/** True when `x` is a finite number (rejects NaN, ±Infinity, non-numbers such as null). */
export function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Returns `x` when it is finite, otherwise null. Used as the last step of every computation. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
