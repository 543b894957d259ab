import { isFiniteNumber } from './numeric.ts';
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
 * Indices of `points` in sweep order: `x` descending, then throughput descending,
 * then id ascending (so exact duplicates resolve deterministically). Sorting an index array
 * over flat Float64Arrays is ~2× faster than sorting the objects for large inputs.
 */
function sweepOrder(points: readonly SidePoint[]): Uint32Array {
  const n = points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = points[i]!.x;
    ys[i] = points[i]!.tokPerSecPerGpu;
    order[i] = i;
  }
  return order.sort((i, j) => {
    if (xs[i] !== xs[j]) return xs[j]! - xs[i]!;
    if (ys[i] !== ys[j]) return ys[j]! - ys[i]!;
    const a = points[i]!.id;
    const b = points[j]!.id;
    return a < b ? -1 : a > b ? 1 : 0;
  });
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
  for (const point of points) {
    const reason = exclusionReason(point);
    if (reason === null) valid.push(point);
    else excluded.push({ id: point.id, reason });
  }
  const frontier: SidePoint[] = [];
  const dominatedIds: string[] = [];
  let bestTokPerSecPerGpu = -Infinity;
  for (const index of sweepOrder(valid)) {
    const point = valid[index]!;
    if (point.tokPerSecPerGpu > bestTokPerSecPerGpu) {
      frontier.push(point);
      bestTokPerSecPerGpu = point.tokPerSecPerGpu;
    } else {
      dominatedIds.push(point.id);
    }
  }
  frontier.reverse();
  return { frontier, dominatedIds, excluded };
}
