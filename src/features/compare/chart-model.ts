import type { BenchmarkPoint } from '../../data/schema';
import { METRICS, type GpuAssumptions, type MetricKey, type OperatingValues } from '../../domain/metrics';
import { sampleSpline, type MonotoneSpline } from '../../math';
import { chartX, type ComparedSide } from './sides';

export interface ChartPoint {
  /** The side's x axis value: interactivity (tok/s/user) or a latency (s). */
  x: number;
  /** The plotted metric's value. */
  y: number;
  frontier: boolean;
  point: BenchmarkPoint;
}

/**
 * A side's curve in chart coordinates. 'monotone': the knots of the engine's monotone spline
 * (interactivity axis, measured metric), drawn as that spline. 'linear': drawn point to
 * point — dense samples of the engine's curve for a derived metric (cost, power) or a latency
 * axis, or the measured frontier points of a measured-only metric.
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
  /** Points whose x or metric value cannot be computed (e.g. no p90 latency, no output split). */
  unplotted: number;
}

/** Samples per derived curve: enough that a straight chord is within a pixel at 1280 px. */
const DERIVED_CURVE_SAMPLES = 160;

function operating(p: BenchmarkPoint): OperatingValues {
  return {
    tokPerSecPerGpu: p.metrics.tokPerSecPerGpu,
    outputTokPerSecPerGpu: p.metrics.outputTokPerSecPerGpu,
    inputTokPerSecPerGpu: p.metrics.inputTokPerSecPerGpu,
    concurrency: p.concurrency,
    medianE2eSec: p.metrics.medianE2eSec,
  };
}

/** Even samples of the engine's x range plus every knot, so the line passes through the frontier markers. */
function sampleXs(spline: MonotoneSpline): number[] {
  const xs = new Set([...sampleSpline(spline, DERIVED_CURVE_SAMPLES).map((s) => s.x), ...spline.knotXs]);
  return [...xs].sort((a, b) => a - b);
}

function byX(p: { x: number }, q: { x: number }): number {
  return p.x - q.x;
}

function sideCurve(side: ComparedSide, metricKey: MetricKey, gpu: GpuAssumptions): ChartCurve | null {
  const splines = side.curve.splines;
  if (!splines || side.frontier.length === 0) return null;
  const axis = side.xAxis;
  const metric = METRICS[metricKey];
  const measuredOnly = metric.source.kind === 'measured-only';
  if (measuredOnly || (axis.key === 'interactivity' && metric.source.kind === 'spline')) {
    const points = side.frontier
      .map((p) => ({ x: p.metrics[axis.field] ?? Number.NaN, y: metric.read(operating(p), gpu) }))
      .filter((p): p is { x: number; y: number } => p.y !== null && Number.isFinite(p.x))
      .sort(byX);
    if (points.length !== side.frontier.length) return null;
    return { kind: measuredOnly ? 'linear' : 'monotone', points };
  }
  const points: { x: number; y: number }[] = [];
  for (const x of sampleXs(splines.tokPerSecPerGpu)) {
    const values = side.curve.at(x);
    const y = values ? metric.read({ ...values, medianE2eSec: null }, gpu) : null;
    if (y !== null) points.push({ x: chartX(axis, x), y });
  }
  return points.length > 0 ? { kind: 'linear', points: points.sort(byX) } : null;
}

/** Measured points and curve of one side for one metric, on the axis the side was built on. */
export function buildChartSeries(key: string, side: ComparedSide, metric: MetricKey, gpu: GpuAssumptions): ChartSeries {
  const measured: ChartPoint[] = [];
  for (const point of side.points) {
    const x = point.metrics[side.xAxis.field];
    const y = METRICS[metric].read(operating(point), gpu);
    if (x === null || y === null) continue;
    measured.push({ x, y, frontier: side.frontierIds.has(point.id), point });
  }
  measured.sort(byX);
  return {
    key,
    label: side.label,
    measured,
    curve: sideCurve(side, metric, gpu),
    unplotted: side.points.length - measured.length,
  };
}
