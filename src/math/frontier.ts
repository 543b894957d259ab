import { isFiniteNumber } from './numeric.ts';
import { sweepOrder } from './sweep-order.ts';
import type { SidePoint } from './types.ts';

/** Why a point could not take part in the frontier. */
export type ExclusionReason = 'non-finite' | 'non-positive';

/** A point left out of the frontier computation, with the reason. */
export interface ExcludedPoint {
  id: string;
  reason: ExclusionReason;
}

/** Result of `computeFrontier`. */
export interface FrontierResult {
  /** Pareto-optimal points, `x` strictly rising and throughput strictly falling. */
  frontier: SidePoint[];
  /** Valid points that some frontier point dominates (order: descending `x`). */
  dominatedIds: string[];
  /** Points with an unusable `x` or throughput, in input order. */
  excluded: ExcludedPoint[];
}

/**
 * Classifies a point: null when usable, otherwise why not. Non-finite (NaN, ±Infinity,
 * missing) wins over non-positive when both fields are bad.
 */
function exclusionReason(point: SidePoint): ExclusionReason | null {
  const x: unknown = point.x;
  const y: unknown = point.tokPerSecPerGpu;
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return 'non-finite';
  if (x <= 0 || y <= 0) return 'non-positive';
  return null;
}

/**
 * Upper-left Pareto frontier of one side on (x ↑, tokPerSecPerGpu ↑), where x is the
 * engine's x (`EngineX`: interactivity in tok/s/user, or 1/latency in 1/s).
 *
 * Input: measured points (any order). A point is on the frontier when no other valid point
 * has x ≥ and throughput ≥ it (with one of them strictly greater). Among points with equal x
 * only the highest throughput can survive; among exact duplicates the one with the smallest
 * `id` is kept and the others are reported as dominated.
 *
 * Invariants of the output: `frontier` is sorted by x strictly ascending with throughput
 * strictly descending; every input id appears exactly once in `frontier`, `dominatedIds` or
 * `excluded`. Points whose x or throughput is missing, NaN or ±Infinity (reason
 * `non-finite`) or ≤ 0 (reason `non-positive`) are excluded and listed, never dropped
 * silently. Other fields (output/input split, concurrency) are not checked here: frontier
 * entries are the caller's objects, passed through by reference (so only their x and
 * throughput are guaranteed finite and > 0). Complexity O(n log n) (one
 * sort plus a linear sweep). Empty input → all lists empty.
 */
export function computeFrontier(points: readonly SidePoint[]): FrontierResult {
  const valid: SidePoint[] = [];
  const excluded: ExcludedPoint[] = [];
  // The sort keys, gathered in input order: the sweep then reads a point's object only to keep
  // it on the frontier, and a dominated point only for its id.
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  const ids: string[] = [];
  for (const point of points) {
    const reason = exclusionReason(point);
    if (reason !== null) {
      excluded.push({ id: point.id, reason });
      continue;
    }
    xs[valid.length] = point.x;
    ys[valid.length] = point.tokPerSecPerGpu;
    ids.push(point.id);
    valid.push(point);
  }
  const sorted = sweepOrder(xs.subarray(0, valid.length), ys.subarray(0, valid.length), ids);
  const frontier: SidePoint[] = [];
  const dominatedIds: string[] = [];
  let bestTokPerSecPerGpu = -Infinity;
  for (let k = 0; k < valid.length; k++) {
    const index = sorted.order[k]!;
    if (sorted.ys[k]! > bestTokPerSecPerGpu) {
      frontier.push(valid[index]!);
      bestTokPerSecPerGpu = sorted.ys[k]!;
    } else {
      dominatedIds.push(ids[index]!);
    }
  }
  frontier.reverse();
  return { frontier, dominatedIds, excluded };
}
