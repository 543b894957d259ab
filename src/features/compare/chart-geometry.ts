import { fitTicks, insideTicks, logTicks } from './axis-ticks';

/**
 * Where the comparison chart draws: the plot area inside the chart's margins and axes, each
 * axis' domain and ticks, and the scales from data to pixels. Computed here from the points
 * the chart plots, not read back from Recharts: the chart hands Recharts these very domains
 * and ticks for its axes and no data, so Recharts draws the axes alone and the layers
 * (curves, points, marks) are drawn once per change, with the right scales, instead of once
 * with the old scales and again when Recharts' store has caught up. Pure.
 */

/** The chart's margins and the room its axes take, px (the same numbers the chart gives Recharts). */
export const CHART_MARGIN = { top: 16, right: 24, bottom: 28, left: 16 } as const;
export const Y_AXIS_WIDTH = 72;
/** Recharts' default height of an x axis, which the chart keeps. */
export const X_AXIS_HEIGHT = 30;
/** At most this many ticks on a linear axis. */
export const LINEAR_TICK_COUNT = 6;

export interface AxisSpec {
  domain: [number, number];
  ticks: number[];
  log: boolean;
}

export interface PlotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartGeometry {
  plot: PlotArea;
  xAxis: AxisSpec;
  yAxis: AxisSpec;
  /** Pixel x of a value; NaN when the axis cannot show it (≤ 0 on a log axis, not finite). */
  x: (value: number) => number;
  /** Pixel y of a value; NaN as for x. */
  y: (value: number) => number;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot area of a chart `width` × `height` px with these margins, a y axis on the left and an x axis below. */
export function plotArea(width: number, height: number, margin: Margin = CHART_MARGIN): PlotArea {
  const x = margin.left + Y_AXIS_WIDTH;
  const y = margin.top;
  return {
    x,
    y,
    width: Math.max(0, width - x - margin.right),
    height: Math.max(0, height - y - margin.bottom - X_AXIS_HEIGHT),
  };
}

/**
 * An axis over values from `lo` to `hi`: on a log axis 1, 2 and 5 times each power of ten
 * (positive values only); on a linear one 4 to 6 ticks at the round step that wastes the least
 * room (`fitTicks`), from zero when `fromZero`. With nothing to show (no values, or none a log
 * axis can show), a default axis: [0, 1] linear, [1, 10] log.
 */
export function axisFor(lo: number, hi: number, { log, fromZero }: { log: boolean; fromZero: boolean }): AxisSpec {
  if (log) {
    const ticks = logTicks(lo, hi) ?? logTicks(1, 10)!;
    return { ...ticks, log };
  }
  if (!(lo <= hi)) return { domain: [0, 1], ticks: [0, 1], log };
  return { ...fitTicks(lo, hi, { fromZero, maxTicks: LINEAR_TICK_COUNT }), log };
}

/** The smallest and largest value of `pick` over `points` (positive values only, for a log axis). */
export function extent<P>(points: readonly P[], pick: (p: P) => number, positiveOnly: boolean): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    const v = pick(p);
    if (!Number.isFinite(v) || (positiveOnly && v <= 0)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** A scale from `domain` onto the pixel range [from, to] (to < from for a y axis: up is less). */
export function scaleOf(axis: Pick<AxisSpec, 'domain' | 'log'>, from: number, to: number): (value: number) => number {
  const t = axis.log ? Math.log10 : (v: number) => v;
  const d0 = t(axis.domain[0]);
  const d1 = t(axis.domain[1]);
  const span = d1 - d0;
  return (value) => {
    if (!Number.isFinite(value) || (axis.log && value <= 0)) return Number.NaN;
    // A domain of one value draws it in the middle.
    return span === 0 ? (from + to) / 2 : from + ((t(value) - d0) / span) * (to - from);
  };
}

/**
 * An axis that spans exactly `lo` to `hi` (run dates), with up to `maxTicks` round ticks
 * inside it (`insideTicks`); one value gets a unit either side.
 */
export function exactAxis(lo: number, hi: number, maxTicks = LINEAR_TICK_COUNT): AxisSpec {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return { domain: [0, 1], ticks: [0, 1], log: false };
  const [from, to] = hi > lo ? [lo, hi] : [lo - 1, hi + 1];
  return { domain: [from, to], ticks: insideTicks(from, to, maxTicks), log: false };
}

/** The chart's geometry at its size and margins, for its axes. */
export function chartGeometry(
  width: number,
  height: number,
  xAxis: AxisSpec,
  yAxis: AxisSpec,
  margin: Margin = CHART_MARGIN,
): ChartGeometry {
  const plot = plotArea(width, height, margin);
  return {
    plot,
    xAxis,
    yAxis,
    x: scaleOf(xAxis, plot.x, plot.x + plot.width),
    y: scaleOf(yAxis, plot.y + plot.height, plot.y),
  };
}
