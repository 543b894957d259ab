import type { BenchmarkPoint } from '../../data/schema';
import { computeFrontier, createSideCurve, type ExcludedPoint, type SideCurve, type SidePoint } from '../../math';

/** One side of a comparison: its measured points, frontier and curve. */
export interface ComparedSide {
  label: string;
  points: BenchmarkPoint[];
  /** Frontier points, interactivity ascending. */
  frontier: BenchmarkPoint[];
  frontierIds: ReadonlySet<string>;
  /** The same frontier in the engine's terms. */
  frontierSidePoints: SidePoint[];
  excluded: ExcludedPoint[];
  curve: SideCurve;
}

export function toSidePoint(point: BenchmarkPoint): SidePoint {
  return {
    id: point.id,
    tokPerSecPerUser: point.metrics.tokPerSecPerUser,
    tokPerSecPerGpu: point.metrics.tokPerSecPerGpu,
    outputTokPerSecPerGpu: point.metrics.outputTokPerSecPerGpu,
    inputTokPerSecPerGpu: point.metrics.inputTokPerSecPerGpu,
    concurrency: point.concurrency,
  };
}

/** Builds a side from its points: pooled over every engine and configuration given. */
export function buildSide(label: string, points: BenchmarkPoint[]): ComparedSide {
  const result = computeFrontier(points.map(toSidePoint));
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
  };
}
