import type { BenchmarkPoint } from '../../data/schema';
import { X_AXES, type XAxisDefinition } from '../../domain/metrics';
import {
  computeFrontier,
  createSideCurve,
  interactivityX,
  inverseLatencyX,
  type EngineX,
  type ExcludedPoint,
  type ExclusionReason,
  type SideCurve,
  type SidePoint,
} from '../../math';

/** One side of a comparison: its measured points, frontier and curve. */
export interface ComparedSide {
  label: string;
  points: readonly BenchmarkPoint[];
  /** Frontier points, ascending in the engine's x (`engineX`): interactivity up, or latency down. */
  frontier: BenchmarkPoint[];
  frontierIds: ReadonlySet<string>;
  /** The same frontier in the engine's terms. */
  frontierSidePoints: SidePoint[];
  excluded: ExcludedPoint[];
  curve: SideCurve;
  /** The x axis the frontier was computed on; the engine's x is `engineX(axis, point)`. */
  xAxis: XAxisDefinition;
}

/**
 * A point's position on the engine's x axis for `axis`. The engine (`src/math`) only knows
 * "higher x is better, throughput falls as x rises". On interactivity that is the value in
 * tok/s/user (`interactivityX`); for a lower-is-better axis (latency) we hand it x′ = 1/x in
 * 1/s (`inverseLatencyX`): strictly decreasing in x, so "not dominated by a point
 * with lower latency and higher throughput" becomes exactly the engine's "not dominated by a
 * point with higher x′ and higher throughput"; x′ stays finite and > 0, so the spline is well
 * defined, and nothing in `src/math` has to know about latency. (−x would be ≤ 0, which the
 * engine rejects.) Missing or non-positive latency → NaN, which the engine excludes and reports.
 */
export function engineX(axis: XAxisDefinition, point: BenchmarkPoint): EngineX {
  return engineXOf(axis, point.metrics[axis.field]);
}

/** `engineX` of a point whose `axis.field` holds `value` (null or undefined: not measured). */
export function engineXOf(axis: XAxisDefinition, value: number | null | undefined): EngineX {
  if (axis.direction === 'lower-is-better') return inverseLatencyX(value ?? Number.NaN);
  return interactivityX(value !== null && value !== undefined && value > 0 ? value : Number.NaN);
}

/**
 * The chart x of an engine x (tok/s/user, or 1/s on a latency axis; a plain number since the
 * curve samples between knots are): the inverse of `engineX`, in the axis's own unit.
 */
export function chartX(axis: XAxisDefinition, x: number): number {
  return axis.direction === 'higher-is-better' ? x : 1 / x;
}

export function toSidePoint(point: BenchmarkPoint, axis: XAxisDefinition = X_AXES.interactivity): SidePoint {
  return {
    id: point.id,
    x: engineX(axis, point),
    tokPerSecPerGpu: point.metrics.tokPerSecPerGpu,
    outputTokPerSecPerGpu: point.metrics.outputTokPerSecPerGpu,
    inputTokPerSecPerGpu: point.metrics.inputTokPerSecPerGpu,
    concurrency: point.concurrency,
  };
}

/**
 * Builds a side from its points: pooled over every engine and configuration given. The
 * frontier is on throughput against `axis` (interactivity unless given); matched comparisons
 * (`buildComparisonModel`) need an interactivity side.
 */
export function buildSide(
  label: string,
  points: readonly BenchmarkPoint[],
  axis: XAxisDefinition = X_AXES.interactivity,
): ComparedSide {
  const result = computeFrontier(points.map((p) => toSidePoint(p, axis)));
  const byId = new Map(points.map((p) => [p.id, p]));
  const frontier = result.frontier.map((p) => byId.get(p.id)).filter((p): p is BenchmarkPoint => p !== undefined);
  return {
    label,
    points,
    frontier,
    frontierIds: new Set(frontier.map((p) => p.id)),
    frontierSidePoints: result.frontier,
    excluded: result.excluded,
    curve: createSideCurve(result.frontier),
    xAxis: axis,
  };
}

/**
 * Sides already built, per points array and (axis, label). A metric or price switch does not
 * move a point or the frontier, so a page whose points arrays keep their identity across
 * switches (`lastResult` in the view-models) builds each side once per x axis. Sides are
 * never modified after they are built, so sharing them is safe.
 */
const builtSides = new WeakMap<readonly BenchmarkPoint[], Map<string, ComparedSide>>();

/** `buildSide`, once per points array, axis and label. */
export function sideOf(
  label: string,
  points: readonly BenchmarkPoint[],
  axis: XAxisDefinition = X_AXES.interactivity,
): ComparedSide {
  let byKey = builtSides.get(points);
  if (!byKey) builtSides.set(points, (byKey = new Map()));
  const key = `${axis.key}\u0000${label}`;
  let side = byKey.get(key);
  if (!side) byKey.set(key, (side = buildSide(label, points, axis)));
  return side;
}

/** Sides built elsewhere (`sideFromFrontier`) put where `sideOf` finds them: it then builds none of them again. */
export function keepSide(side: ComparedSide): void {
  let byKey = builtSides.get(side.points);
  if (!byKey) builtSides.set(side.points, (byKey = new Map()));
  byKey.set(`${side.xAxis.key}\u0000${side.label}`, side);
}

/** The side `sideOf` would return if it is built already, else undefined (nothing is built here). */
export function builtSide(
  label: string,
  points: readonly BenchmarkPoint[],
  axis: XAxisDefinition = X_AXES.interactivity,
): ComparedSide | undefined {
  return builtSides.get(points)?.get(`${axis.key}\u0000${label}`);
}

/**
 * A frontier as positions in the points it was computed from: `frontier`, the frontier points'
 * indexes in ascending engine x; `excluded`, the excluded points' indexes in input order, each
 * with `nonPositive[k]` 1 for reason `non-positive`, 0 for `non-finite`. Typed arrays, so a
 * worker hands them over without copying.
 */
export interface FrontierIndexes {
  frontier: Uint32Array;
  excluded: Uint32Array;
  nonPositive: Uint8Array;
}

/**
 * `computeFrontier(sidePoints)` as indexes into `sidePoints`. Ids must be unique (a file's
 * points' are): an excluded point is found by its id, in input order. Pure.
 */
export function frontierIndexes(sidePoints: readonly SidePoint[]): FrontierIndexes {
  const result = computeFrontier(sidePoints);
  const at = new Map<SidePoint, number>();
  for (const p of result.frontier) at.set(p, -1);
  const excluded = new Uint32Array(result.excluded.length);
  const nonPositive = new Uint8Array(result.excluded.length);
  let k = 0;
  for (let i = 0; i < sidePoints.length; i++) {
    const p = sidePoints[i]!;
    if (at.has(p)) at.set(p, i);
    else if (k < excluded.length && result.excluded[k]!.id === p.id) {
      excluded[k] = i;
      nonPositive[k] = result.excluded[k++]!.reason === 'non-positive' ? 1 : 0;
    }
  }
  if (k !== excluded.length) throw new Error('frontierIndexes: an excluded point has no unique id');
  return { frontier: Uint32Array.from(result.frontier, (p) => at.get(p)!), excluded, nonPositive };
}

const REASONS: readonly ExclusionReason[] = ['non-finite', 'non-positive'];

/**
 * The side `buildSide(label, points, axis)` builds, from its frontier found elsewhere (a worker
 * ran `frontierIndexes` on `toSidePoint` of these points, on this axis): the frontier points and
 * their engine terms are taken from `points`, and only the frontier's curve is built here
 * (linear in the frontier). Ids must be unique, as `frontierIndexes` needs. Pure.
 */
export function sideFromFrontier(
  label: string,
  points: readonly BenchmarkPoint[],
  axis: XAxisDefinition,
  found: FrontierIndexes,
): ComparedSide {
  const steps = sideFromFrontierSteps(label, points, axis, found);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `sideFromFrontier` in three steps (a 50,000-point frontier: tens of ms
 * each), so a caller can give the page a task between two (`yield` says one step is done).
 */
export function* sideFromFrontierSteps(
  label: string,
  points: readonly BenchmarkPoint[],
  axis: XAxisDefinition,
  found: FrontierIndexes,
): Generator<void, ComparedSide, void> {
  const frontier: BenchmarkPoint[] = [];
  const frontierSidePoints: SidePoint[] = [];
  for (const i of found.frontier) {
    const p = points[i]!;
    frontier.push(p);
    frontierSidePoints.push(toSidePoint(p, axis));
  }
  yield;
  const frontierIds = new Set<string>();
  for (const p of frontier) frontierIds.add(p.id);
  const excluded: ExcludedPoint[] = [];
  for (let k = 0; k < found.excluded.length; k++) {
    excluded.push({ id: points[found.excluded[k]!]!.id, reason: REASONS[found.nonPositive[k]!]! });
  }
  yield;
  const curve = createSideCurve(frontierSidePoints);
  return { label, points, frontier, frontierIds, frontierSidePoints, excluded, curve, xAxis: axis };
}
