import type { ChartPoint } from './chart-model';
import { markerPath } from './marker-path';
import type { SeriesStyle } from './series-styles';

/** A measured point with what the chart needs to draw it and name it in the tooltip. */
export interface PlottedPoint extends ChartPoint {
  seriesLabel: string;
  style: SeriesStyle;
}

/**
 * Every series' measured points in drawing order: dominated points first (left out when
 * `frontierOnly`), then frontier points, so a frontier point is never hidden under a faded
 * one; within each, series order (later series on top). The chart draws them all with one
 * Scatter: with 60 series, Recharts spends most of a redraw on per-element bookkeeping, not
 * on drawing.
 */
export function plottedPoints(
  series: readonly { label: string; style: SeriesStyle; measured: readonly ChartPoint[] }[],
  frontierOnly = false,
): PlottedPoint[] {
  const dominated: PlottedPoint[] = [];
  const frontier: PlottedPoint[] = [];
  for (const s of series) {
    for (const p of s.measured) {
      if (p.frontier) frontier.push({ ...p, seriesLabel: s.label, style: s.style });
      else if (!frontierOnly) dominated.push({ ...p, seriesLabel: s.label, style: s.style });
    }
  }
  return [...dominated, ...frontier];
}

/** Marker area in square pixels (a circle 9 px across). */
const MARKER_AREA = 64;

/** One measured point in its series' marker shape and colour; dominated points faded. */
export function PointMark(props: { cx?: number; cy?: number; payload?: unknown }) {
  const p = props.payload as PlottedPoint | undefined;
  if (!p || props.cx === undefined || props.cy === undefined) return <g />;
  const { style } = p;
  const opacity = p.frontier ? (style.opacity ?? (style.muted ? 0.6 : 1)) : 0.28 * (style.opacity ?? 1);
  const d = markerPath(style.shape, props.cx, props.cy, MARKER_AREA);
  if (style.hollow) {
    // An outline; the interior is painted fully transparent so it still takes the pointer.
    return (
      <path
        className="point-mark point-mark-hollow"
        d={d}
        fill={style.color}
        fillOpacity={0}
        stroke={style.color}
        strokeWidth={1.75}
        strokeOpacity={opacity}
      />
    );
  }
  if (!p.frontier) {
    // Faded, yet seen: a light fill inside an outline in the series' own colour (3:1 against the chart).
    return (
      <path
        className="point-mark point-mark-dominated"
        d={d}
        fill={style.color}
        fillOpacity={opacity}
        stroke={style.color}
        strokeWidth={1.25}
        strokeOpacity={style.opacity ?? (style.muted ? 0.6 : 1)}
      />
    );
  }
  return <path className="point-mark" d={d} fill={style.color} fillOpacity={opacity} />;
}
