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

/** A point's operating values, written into `into` when given (a metric's `read` keeps nothing of them). */
export function operating(p: BenchmarkPoint, into?: OperatingValues): OperatingValues {
  const values = into ?? { ...scratch };
  values.tokPerSecPerGpu = p.metrics.tokPerSecPerGpu;
  values.outputTokPerSecPerGpu = p.metrics.outputTokPerSecPerGpu;
  values.inputTokPerSecPerGpu = p.metrics.inputTokPerSecPerGpu;
  values.concurrency = p.concurrency;
  values.medianE2eSec = p.metrics.medianE2eSec;
  return values;
}

/** One object reused while a series' points are read (50,000 points: no object per point). */
const scratch: OperatingValues = {
  tokPerSecPerGpu: 0,
  outputTokPerSecPerGpu: null,
  inputTokPerSecPerGpu: null,
  concurrency: 0,
  medianE2eSec: null,
};

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

/**
 * Indexes of a side's points that have an x, in ascending x (ties in the side's order, as a
 * stable sort keeps them). Kept per side object, so a metric switch on a side built once (your
 * 50,000-point file) does not sort again; the metric does not change x.
 */
const xOrders = new WeakMap<ComparedSide, Int32Array>();

function xOrder(side: ComparedSide): Int32Array {
  let order = xOrders.get(side);
  if (order) return order;
  const xs = side.points.map((p) => p.metrics[side.xAxis.field]);
  const having: number[] = [];
  for (let i = 0; i < xs.length; i++) if (xs[i] !== null) having.push(i);
  having.sort((i, j) => xs[i]! - xs[j]! || i - j);
  order = Int32Array.from(having);
  xOrders.set(side, order);
  return order;
}

/** Measured points and curve of one side for one metric, on the axis the side was built on, in ascending x. */
export function buildChartSeries(key: string, side: ComparedSide, metric: MetricKey, gpu: GpuAssumptions): ChartSeries {
  const measured: ChartPoint[] = [];
  const read = METRICS[metric].read;
  for (const i of xOrder(side)) {
    const point = side.points[i]!;
    const y = read(operating(point, scratch), gpu);
    if (y === null) continue;
    measured.push({ x: point.metrics[side.xAxis.field]!, y, frontier: side.frontierIds.has(point.id), point });
  }
  return {
    key,
    label: side.label,
    measured,
    curve: sideCurve(side, metric, gpu),
    unplotted: side.points.length - measured.length,
  };
}
