import type { BenchmarkPoint } from '../../data/schema';
import { METRICS, type GpuAssumptions, type MetricKey, type OperatingValues } from '../../domain/metrics';
import { sampleSpline, type MonotoneSpline, type SideValues } from '../../math';
import { chartX, type ComparedSide } from './sides';
import { thinCurvePoints } from './thin-points';

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

/** The curve's values at one x as a metric reads them (no latency there), in `scratch`: no object per sample. */
function curveValues(values: SideValues): OperatingValues {
  scratch.tokPerSecPerGpu = values.tokPerSecPerGpu;
  scratch.outputTokPerSecPerGpu = values.outputTokPerSecPerGpu;
  scratch.inputTokPerSecPerGpu = values.inputTokPerSecPerGpu;
  scratch.concurrency = values.concurrency;
  scratch.medianE2eSec = null;
  return scratch;
}

/**
 * Even samples of the engine's x range plus every knot, so the line passes through the frontier
 * markers: both ascending, merged once (a 50,000-knot frontier: no set, no sort), each x once.
 */
function sampleXs(spline: MonotoneSpline): number[] {
  const even = sampleSpline(spline, DERIVED_CURVE_SAMPLES).map((s) => s.x);
  const knots = spline.knotXs;
  const xs: number[] = [];
  let [i, k] = [0, 0];
  while (i < even.length || k < knots.length) {
    const x = k >= knots.length || (i < even.length && even[i]! <= knots[k]!) ? even[i++]! : knots[k++]!;
    if (xs.length === 0 || x !== xs[xs.length - 1]) xs.push(x);
  }
  return xs;
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
      .map((p) => ({ x: p.metrics[axis.field] ?? Number.NaN, y: metric.read(operating(p, scratch), gpu) }))
      .filter((p): p is { x: number; y: number } => p.y !== null && Number.isFinite(p.x))
      .sort(byX);
    if (points.length !== side.frontier.length) return null;
    return { kind: measuredOnly ? 'linear' : 'monotone', points: thinCurvePoints(points) };
  }
  const points: { x: number; y: number }[] = [];
  for (const x of sampleXs(splines.tokPerSecPerGpu)) {
    const values = side.curve.at(x);
    const y = values ? metric.read(curveValues(values), gpu) : null;
    if (y !== null) points.push({ x: chartX(axis, x), y });
  }
  return points.length > 0 ? { kind: 'linear', points: thinCurvePoints(points.sort(byX)) } : null;
}

/**
 * A side's points that have an x, in ascending x (ties in the side's order, as a stable sort
 * keeps them): their indexes, their x and whether each is on the frontier. Kept per side
 * object, so a metric switch on a side built once (your 50,000-point file) neither sorts nor
 * looks ids up again; the metric changes neither x nor the frontier.
 */
export interface XOrder {
  index: Int32Array;
  x: Float64Array;
  frontier: Uint8Array;
}

const xOrders = new WeakMap<ComparedSide, XOrder>();

/**
 * The x order of points whose x on the side's axis are `xs` (NaN: none, as null is in a
 * point) and whose frontier is the points at `frontier` (indexes): what `buildChartSeries`
 * computes of a side, found elsewhere (the worker that found the frontier). Pure.
 */
export function xOrderOf(xs: Float64Array, frontier: ArrayLike<number>): XOrder {
  const having: number[] = [];
  for (let i = 0; i < xs.length; i++) if (!Number.isNaN(xs[i]!)) having.push(i);
  const index = Int32Array.from(having).sort((i, j) => xs[i]! - xs[j]! || i - j);
  const on = new Uint8Array(xs.length);
  for (let k = 0; k < frontier.length; k++) on[frontier[k]!] = 1;
  return { index, x: Float64Array.from(index, (i) => xs[i]!), frontier: Uint8Array.from(index, (i) => on[i]!) };
}

/** A side's x order found elsewhere (`xOrderOf` on its points and frontier): `buildChartSeries` then sorts nothing. */
export function keepXOrder(side: ComparedSide, order: XOrder): void {
  xOrders.set(side, order);
}

function xOrder(side: ComparedSide): XOrder {
  let order = xOrders.get(side);
  if (order) return order;
  const field = side.xAxis.field;
  const xs = new Float64Array(side.points.length);
  const having: number[] = [];
  let sorted = true;
  for (let i = 0; i < side.points.length; i++) {
    const x = side.points[i]!.metrics[field];
    if (x === null) continue;
    xs[i] = x;
    if (having.length > 0 && x < xs[having[having.length - 1]!]!) sorted = false;
    having.push(i);
  }
  const index = Int32Array.from(having);
  if (!sorted) index.sort((i, j) => xs[i]! - xs[j]! || i - j);
  order = {
    index,
    x: Float64Array.from(index, (i) => xs[i]!),
    frontier: Uint8Array.from(index, (i) => (side.frontierIds.has(side.points[i]!.id) ? 1 : 0)),
  };
  xOrders.set(side, order);
  return order;
}

/** Chart series built per side, by key, metric and assumptions (see `keptChartSeries`). */
const keptSeries = new WeakMap<ComparedSide, Map<string, ChartSeries>>();
/** Per side: every metric at a couple of prices, and no more (a long-lived side must not grow without bound). */
const SERIES_KEPT_PER_SIDE = 24;

/**
 * `buildChartSeries`, kept per side while the side lives: the series is a pure function of the
 * side, the key, the metric and the GPU's price and power, and a metric or price switch (and a
 * switch back) otherwise rebuilds every shown series' points and derived curve, half of
 * /inference's view model. The series is shared: callers must not change it.
 */
export function keptChartSeries(key: string, side: ComparedSide, metric: MetricKey, gpu: GpuAssumptions): ChartSeries {
  let bySide = keptSeries.get(side);
  if (!bySide) keptSeries.set(side, (bySide = new Map()));
  const id = `${key}|${metric}|${gpu.usdPerGpuHour}|${gpu.kwPerGpu}`;
  let series = bySide.get(id);
  if (series === undefined) {
    series = buildChartSeries(key, side, metric, gpu);
    if (bySide.size >= SERIES_KEPT_PER_SIDE) bySide.delete(bySide.keys().next().value!);
  } else bySide.delete(id);
  bySide.set(id, series);
  return series;
}

/** Measured points and curve of one side for one metric, on the axis the side was built on, in ascending x. */
export function buildChartSeries(key: string, side: ComparedSide, metric: MetricKey, gpu: GpuAssumptions): ChartSeries {
  const measured: ChartPoint[] = [];
  const read = METRICS[metric].read;
  const order = xOrder(side);
  for (let k = 0; k < order.index.length; k++) {
    const point = side.points[order.index[k]!]!;
    const y = read(operating(point, scratch), gpu);
    if (y === null) continue;
    measured.push({ x: order.x[k]!, y, frontier: order.frontier[k] === 1, point });
  }
  return {
    key,
    label: side.label,
    measured,
    curve: sideCurve(side, metric, gpu),
    unplotted: side.points.length - measured.length,
  };
}
