import type { MouseEvent } from 'react';
import { DefaultZIndexes, ZIndexLayer } from 'recharts';
import type { ChartGeometry } from './chart-geometry';
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
 * one; within each, series order (later series on top). The chart draws them all in one
 * layer (`PointLayer`): with 60 series, Recharts spends most of a redraw on per-element
 * bookkeeping, not on drawing.
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

interface PointLayerProps {
  points: readonly PlottedPoint[];
  geometry: Pick<ChartGeometry, 'x' | 'y'>;
  onPointClick: (point: PlottedPoint) => void;
  onPointEnter: (point: PlottedPoint, event: MouseEvent) => void;
  onPointLeave: () => void;
}

/**
 * Every plotted point as a `PointMark`, at the chart's scales, in one chart child: what a
 * Recharts `<Scatter>` with `shape={PointMark}` drew, without Scatter's code (about 13 KiB gzip
 * of the comparison page's first view) or its bookkeeping. Drawn in Scatter's z-index layer,
 * above the axes, curves and focus ring, as before; the layer keeps Scatter's
 * `recharts-scatter` class, which tests look for. The axes' domains are the chart's own, from
 * the same points (chart-geometry.ts). One handler each for the whole layer: the point is the mark
 * under the pointer (one child per point, in `points` order).
 */
export function PointLayer({ points, geometry, onPointClick, onPointEnter, onPointLeave }: PointLayerProps) {
  const pointAt = (event: MouseEvent): PlottedPoint | undefined => {
    const mark = event.target as Element;
    const layer = event.currentTarget;
    return mark.parentNode === layer ? points[Array.prototype.indexOf.call(layer.children, mark)] : undefined;
  };
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g
        className="recharts-scatter point-layer"
        cursor="pointer"
        onClick={(event) => {
          const p = pointAt(event);
          if (p) onPointClick(p);
        }}
        onMouseOver={(event) => {
          const p = pointAt(event);
          if (p) onPointEnter(p, event);
        }}
        onMouseOut={(event) => {
          if (pointAt(event)) onPointLeave();
        }}
      >
        {points.map((p, i) => {
          const cx = geometry.x(p.x);
          const cy = geometry.y(p.y);
          const finite = Number.isFinite(cx) && Number.isFinite(cy);
          return finite ? <PointMark key={i} cx={cx} cy={cy} payload={p} /> : <g key={i} />;
        })}
      </g>
    </ZIndexLayer>
  );
}
