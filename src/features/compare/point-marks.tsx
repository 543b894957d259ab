import type { ChartPoint } from './chart-model';
import { markerPath } from './marker-path';
import type { SeriesStyle } from './series-styles';

/** A measured point with what the chart needs to draw it and name it in the tooltip. */
export interface PlottedPoint extends ChartPoint {
  seriesLabel: string;
  style: SeriesStyle;
}

/**
 * Every series' measured points in two lists, frontier and dominated, in series order (later
 * series drawn on top). The chart draws them with two Scatter elements for all series rather
 * than two per series: with 60 series, Recharts spends most of a redraw on per-element
 * bookkeeping, not on drawing.
 */
export function plottedPoints(
  series: readonly { label: string; style: SeriesStyle; measured: readonly ChartPoint[] }[],
): Record<'frontier' | 'dominated', PlottedPoint[]> {
  const out: Record<'frontier' | 'dominated', PlottedPoint[]> = { frontier: [], dominated: [] };
  for (const s of series) {
    for (const p of s.measured) {
      out[p.frontier ? 'frontier' : 'dominated'].push({ ...p, seriesLabel: s.label, style: s.style });
    }
  }
  return out;
}

/** Marker area in square pixels (a circle 9 px across). */
const MARKER_AREA = 64;

/** One measured point in its series' marker shape and colour; dominated points faded. */
export function PointMark(props: { cx?: number; cy?: number; payload?: unknown }) {
  const p = props.payload as PlottedPoint | undefined;
  if (!p || props.cx === undefined || props.cy === undefined) return <g />;
  const { style } = p;
  const opacity = p.frontier ? (style.opacity ?? (style.muted ? 0.6 : 1)) : 0.28 * (style.opacity ?? 1);
  return (
    <path
      className="point-mark"
      d={markerPath(style.shape, props.cx, props.cy, MARKER_AREA)}
      fill={style.color}
      fillOpacity={opacity}
    />
  );
}
