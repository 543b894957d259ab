import type { BenchmarkPoint } from '../../data/schema';
import type { MetricKey } from '../../domain/metrics';
import { sampleSpline } from '../../math';
import { isSplinedDirectly, metricValue, type GpuAssumptions } from './metric-values';
import type { ComparedSide } from './sides';

export interface ChartPoint {
  /** Interactivity, tok/s/user. */
  x: number;
  /** The plotted metric's value. */
  y: number;
  frontier: boolean;
  point: BenchmarkPoint;
}

/**
 * A side's curve in chart coordinates. 'monotone': draw with Recharts' monotoneX through
 * these knots, which is exactly the engine's spline. 'linear': dense samples of a metric
 * derived from the spline (cost, power), drawn point to point.
 */
export interface ChartCurve {
  kind: 'monotone' | 'linear';
  points: { x: number; y: number }[];
}

export interface ChartSeries {
  key: string;
  label: string;
  measured: ChartPoint[];
  curve: ChartCurve | null;
  /** Points whose metric value cannot be computed (e.g. no output split), with the count. */
  unplotted: number;
}

/** Samples per derived curve: enough that a straight chord is within a pixel at 1280 px. */
const DERIVED_CURVE_SAMPLES = 160;

function sideCurve(side: ComparedSide, metric: MetricKey, gpu: GpuAssumptions): ChartCurve | null {
  const splines = side.curve.splines;
  if (!splines || side.frontier.length === 0) return null;
  if (isSplinedDirectly(metric)) {
    const points = side.frontier
      .map((p) => ({ x: p.metrics.tokPerSecPerUser, y: metricValue(metric, operating(p), gpu) }))
      .filter((p): p is { x: number; y: number } => p.y !== null);
    return points.length === side.frontier.length ? { kind: 'monotone', points } : null;
  }
  const points: { x: number; y: number }[] = [];
  for (const { x } of sampleSpline(splines.tokPerSecPerGpu, DERIVED_CURVE_SAMPLES)) {
    const values = side.curve.at(x);
    const y = values ? metricValue(metric, values, gpu) : null;
    if (y !== null) points.push({ x, y });
  }
  return points.length > 0 ? { kind: 'linear', points } : null;
}

function operating(p: BenchmarkPoint) {
  return {
    tokPerSecPerGpu: p.metrics.tokPerSecPerGpu,
    outputTokPerSecPerGpu: p.metrics.outputTokPerSecPerGpu,
    concurrency: p.concurrency,
  };
}

/** Measured points and curve of one side for one metric. */
export function buildChartSeries(key: string, side: ComparedSide, metric: MetricKey, gpu: GpuAssumptions): ChartSeries {
  const measured: ChartPoint[] = [];
  for (const point of side.points) {
    const y = metricValue(metric, operating(point), gpu);
    if (y === null) continue;
    measured.push({ x: point.metrics.tokPerSecPerUser, y, frontier: side.frontierIds.has(point.id), point });
  }
  measured.sort((p, q) => p.x - q.x);
  return {
    key,
    label: side.label,
    measured,
    curve: sideCurve(side, metric, gpu),
    unplotted: side.points.length - measured.length,
  };
}
