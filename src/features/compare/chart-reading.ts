import { formatAxisTick, formatSeconds, formatTokPerSecPerUser } from '../../domain/format';
import type { MetricDefinition, XAxisDefinition } from '../../domain/metrics';
import type { ChartPoint } from './chart-model';

type AxisWords = Pick<XAxisDefinition, 'valueLabel' | 'unit'>;

/** "$0.184/M tok" for money units (the formatted value carries the $), "3417.4 tok/s/GPU" otherwise. */
export function withUnit(value: string, unit: string): string {
  return unit.startsWith('$') ? `${value}${unit.slice(1)}` : `${value} ${unit}`;
}

/** An x value with its unit, as the hover card prints it: interactivity to 2 decimals, latencies in s or ms. */
export function formatX(x: number, axis: AxisWords): string {
  return `${axis.unit === 'tok/s/user' ? formatTokPerSecPerUser(x, 2) : formatSeconds(x)} ${axis.unit}`;
}

/**
 * What a screen reader hears when keyboard focus lands on a point (and what the line under
 * the chart shows): series, position in it, both values, concurrency, frontier or not.
 * `index` counts from 0; `count` is how many points of the series can be reached.
 */
export function pointReading(
  p: ChartPoint & { seriesLabel: string },
  index: number,
  count: number,
  metric: Pick<MetricDefinition, 'format' | 'unit'>,
  axis: AxisWords,
): string {
  const where = `point ${index + 1} of ${count}`;
  const status = p.frontier ? 'on the frontier' : 'dominated';
  return `${p.seriesLabel}, ${where}: ${formatX(p.x, axis)}, ${withUnit(metric.format(p.y), metric.unit)}, concurrency ${p.point.concurrency}, ${status}.`;
}

/** Extent of finite values; null when there is none. */
function extent(values: readonly number[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * The chart described in words for its accessible description: both axes (title, scale and the
 * range the drawn points span), how many series and points are drawn, and the keys.
 */
export function chartDescription(input: {
  metric: Pick<MetricDefinition, 'label' | 'unit'>;
  xLabel: string;
  logX: boolean;
  logY: boolean;
  /** The points each drawn series can be reached at. */
  series: readonly (readonly { x: number; y: number }[])[];
}): string {
  const drawn = input.series.filter((s) => s.length > 0);
  const points = drawn.flat();
  if (points.length === 0) return 'No points are drawn.';
  const xs = extent(points.map((p) => p.x));
  const ys = extent(points.map((p) => p.y));
  const range = (r: [number, number] | null, unit = '') =>
    r ? ` (points from ${formatAxisTick(r[0], unit)} to ${formatAxisTick(r[1], unit)})` : '';
  const log = (on: boolean) => (on ? ', log scale' : '');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `Horizontal axis: ${input.xLabel}${log(input.logX)}${range(xs)}. ` +
    `Vertical axis: ${input.metric.label} in ${input.metric.unit}${log(input.logY)}${range(ys, input.metric.unit)}. ` +
    `${drawn.length} series, ${plural(points.length, 'point')}. ` +
    'Arrow keys move between points: Left and Right along a series, Up and Down to the previous or next series, ' +
    "Home and End to a series' ends. Enter pins the point's details with its run link; Escape closes them."
  );
}
