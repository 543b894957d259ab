import type { BenchmarkPoint } from '../../data/schema';
import { METRICS, type GpuAssumptions, type MetricKey, type OperatingValues } from '../../domain/metrics';
import { sampleSpline, type MonotoneSpline, type SideValues } from '../../math';
import { chartX, type ComparedSide } from './sides';
import { curvePointsKept } from './thin-points';

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

/**
 * The indexes of the first `n` of `xs` in ascending x, ties in index order (what a stable sort
 * by x gives): as they are when they already ascend, reversed when they strictly descend (a
 * curve on a latency axis, whose chart x is 1/x of the engine's), else sorted.
 */
function ascendingOrder(xs: Float64Array, n: number): Int32Array {
  let [rising, falling] = [true, true];
  for (let i = 1; i < n && (rising || falling); i++) {
    if (xs[i]! < xs[i - 1]!) rising = false;
    if (!(xs[i]! < xs[i - 1]!)) falling = false;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = rising || !falling ? i : n - 1 - i;
  return rising || falling ? order : order.sort((i, j) => xs[i]! - xs[j]! || i - j);
}

/**
 * A curve computed into arrays (its first `n` x and y, in any x order) as the chart's points:
 * in ascending x, thinned for drawing (`curvePointsKept`); an object only for each point kept.
 */
function curvePoints(xs: Float64Array, ys: Float64Array, n: number): { x: number; y: number }[] {
  const order = ascendingOrder(xs, n);
  const [sortedX, sortedY] = [new Float64Array(n), new Float64Array(n)];
  for (let k = 0; k < n; k++) {
    sortedX[k] = xs[order[k]!]!;
    sortedY[k] = ys[order[k]!]!;
  }
  const keep = curvePointsKept(sortedX, sortedY, n);
  const points: { x: number; y: number }[] = [];
  for (let k = 0; k < n; k++) if (!keep || keep[k] === 1) points.push({ x: sortedX[k]!, y: sortedY[k]! });
  return points;
}

/**
 * A side's curve for one metric in chart coordinates (ascending x), thinned for drawing
 * (`curvePointsKept`); null when the side has no frontier or the metric no value along it.
 * What `buildChartSeries` gives as `curve`: a caller keeping curves (your 50,000-point file)
 * builds them ahead and hands one over. Pure.
 */
export function chartCurve(side: ComparedSide, metricKey: MetricKey, gpu: GpuAssumptions): ChartCurve | null {
  const splines = side.curve.splines;
  if (!splines || side.frontier.length === 0) return null;
  const axis = side.xAxis;
  const metric = METRICS[metricKey];
  const measuredOnly = metric.source.kind === 'measured-only';
  if (measuredOnly || (axis.key === 'interactivity' && metric.source.kind === 'spline')) {
    const n = side.frontier.length;
    const [xs, ys] = [new Float64Array(n), new Float64Array(n)];
    for (let i = 0; i < n; i++) {
      const p = side.frontier[i]!;
      const x = p.metrics[axis.field] ?? Number.NaN;
      const y = metric.read(operating(p, scratch), gpu);
      if (y === null || !Number.isFinite(x)) return null;
      xs[i] = x;
      ys[i] = y;
    }
    return { kind: measuredOnly ? 'linear' : 'monotone', points: curvePoints(xs, ys, n) };
  }
  const samples = sampleXs(splines.tokPerSecPerGpu);
  const [xs, ys] = [new Float64Array(samples.length), new Float64Array(samples.length)];
  let n = 0;
  for (const x of samples) {
    const values = side.curve.at(x);
    const y = values ? metric.read(curveValues(values), gpu) : null;
    if (y === null) continue;
    xs[n] = chartX(axis, x);
    ys[n++] = y;
  }
  return n > 0 ? { kind: 'linear', points: curvePoints(xs, ys, n) } : null;
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

/**
 * A metric's value at each of a side's points, in the points' order (so the same on every x
 * axis): `y[i]` where `has[i]` is 1, none (the metric cannot be computed there) where it is 0.
 */
export interface MeasuredValues {
  y: Float64Array;
  has: Uint8Array;
}

/** `metric` at every point of `points` with the prices `gpu` (what `buildChartSeries` plots as y). Pure. */
export function measuredValues(
  points: readonly BenchmarkPoint[],
  metric: MetricKey,
  gpu: GpuAssumptions,
): MeasuredValues {
  const read = METRICS[metric].read;
  const [y, has] = [new Float64Array(points.length), new Uint8Array(points.length)];
  for (let i = 0; i < points.length; i++) {
    const value = read(operating(points[i]!, scratch), gpu);
    if (value === null) continue;
    y[i] = value;
    has[i] = 1;
  }
  return { y, has };
}

/** What a caller already built of a side's chart for one metric and prices (your 50,000-point file, ahead of a switch). */
export interface ChartParts {
  /** `measuredValues` of the side's points. */
  values?: MeasuredValues;
  /** `chartCurve` of the side. */
  curve?: ChartCurve | null;
}

/**
 * Measured points and curve of one side for one metric, on the axis the side was built on, in
 * ascending x; what `built` gives is used as it is, the rest is computed.
 */
export function buildChartSeries(
  key: string,
  side: ComparedSide,
  metric: MetricKey,
  gpu: GpuAssumptions,
  built: ChartParts = {},
): ChartSeries {
  const { values, curve = chartCurve(side, metric, gpu) } = built;
  const measured: ChartPoint[] = [];
  const read = METRICS[metric].read;
  const order = xOrder(side);
  for (let k = 0; k < order.index.length; k++) {
    const i = order.index[k]!;
    const point = side.points[i]!;
    let y: number | null;
    if (!values) y = read(operating(point, scratch), gpu);
    else y = values.has[i] === 1 ? values.y[i]! : null;
    if (y === null) continue;
    measured.push({ x: order.x[k]!, y, frontier: order.frontier[k] === 1, point });
  }
  return {
    key,
    label: side.label,
    measured,
    curve,
    unplotted: side.points.length - measured.length,
  };
}
