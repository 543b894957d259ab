import { useMemo, useRef, type MouseEvent } from 'react';
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

/**
 * A run of consecutive plotted points of one series, all on its frontier or all off it, drawn as
 * one `<path>` whose outline is every point's marker: `points[start]` to
 * `points[start + count - 1]`, in order.
 */
export interface MarkGroup {
  start: number;
  count: number;
  /** Frontier points are solid (an outline for a hollow style); dominated ones faded. */
  frontier: boolean;
  style: SeriesStyle;
  /** Every marker's outline, in point order (one `M…Z` per point); points off the scales are left out. */
  d: string;
  /** The drawn points' indices in `points` and their centres, in pixels. */
  drawn: { index: number; cx: number; cy: number }[];
}

/**
 * The plotted points as mark groups, in drawing order: a new group starts wherever the series
 * or the frontier flag changes, so each point is painted where, and above what, it was when
 * every point had an element of its own. One difference: marks of one group that overlap are
 * one shape, so a faded overlap is no darker than the rest, and each outline shows whole.
 */
export function markGroups(points: readonly PlottedPoint[], geometry: Pick<ChartGeometry, 'x' | 'y'>): MarkGroup[] {
  const groups: MarkGroup[] = [];
  let last: MarkGroup | undefined;
  let outlines: string[] = [];
  points.forEach((p, index) => {
    if (!last || p.style !== last.style || p.frontier !== last.frontier) {
      if (last) last.d = outlines.join('');
      outlines = [];
      last = { start: index, count: 0, frontier: p.frontier, style: p.style, d: '', drawn: [] };
      groups.push(last);
    }
    last.count += 1;
    const cx = geometry.x(p.x);
    const cy = geometry.y(p.y);
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) return;
    last.drawn.push({ index, cx, cy });
    outlines.push(markerPath(p.style.shape, cx, cy, MARKER_AREA));
  });
  if (last) last.d = outlines.join('');
  return groups;
}

/** The index (in the plotted points) of `group`'s drawn point nearest (x, y) px; a tie goes to the later one, drawn on top. */
export function nearestDrawn(group: MarkGroup, x: number, y: number): number | undefined {
  let best: { index: number; distance: number } | undefined;
  for (const { index, cx, cy } of group.drawn) {
    const distance = (cx - x) ** 2 + (cy - y) ** 2;
    if (!best || distance <= best.distance) best = { index, distance };
  }
  return best?.index;
}

/** One mark group in its series' marker shape and colour; dominated points faded. */
function GroupMarks({ group }: { group: MarkGroup }) {
  const { style, d } = group;
  const full = style.opacity ?? (style.muted ? 0.6 : 1);
  const opacity = group.frontier ? full : 0.28 * (style.opacity ?? 1);
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
        data-points={group.drawn.length}
      />
    );
  }
  if (!group.frontier) {
    // Faded, yet seen: a light fill inside an outline in the series' own colour (3:1 against the chart).
    return (
      <path
        className="point-mark point-mark-dominated"
        d={d}
        fill={style.color}
        fillOpacity={opacity}
        stroke={style.color}
        strokeWidth={1.25}
        strokeOpacity={full}
        data-points={group.drawn.length}
      />
    );
  }
  return (
    <path className="point-mark" d={d} fill={style.color} fillOpacity={opacity} data-points={group.drawn.length} />
  );
}

interface PointLayerProps {
  points: readonly PlottedPoint[];
  geometry: Pick<ChartGeometry, 'x' | 'y'>;
  onPointClick: (point: PlottedPoint) => void;
  onPointEnter: (point: PlottedPoint, event: MouseEvent) => void;
  onPointLeave: () => void;
}

/**
 * Every plotted point at the chart's scales, in one chart child: a path per mark group
 * (`markGroups`), not an element per point, so a switch that moves every point rewrites a few
 * dozen paths rather than hundreds (the elements, not the drawing, were most of a redraw). Drawn
 * in Scatter's z-index layer, above the axes, curves and focus ring; the layer keeps Scatter's
 * `recharts-scatter` class, which tests look for. One handler each for the whole layer: the
 * browser tells which group's marks are under the pointer, and the point is that group's
 * nearest to the pointer.
 */
export function PointLayer({ points, geometry, onPointClick, onPointEnter, onPointLeave }: PointLayerProps) {
  const groups = useMemo(() => markGroups(points, geometry), [points, geometry]);
  const entered = useRef<PlottedPoint | undefined>(undefined);
  const pointAt = (event: MouseEvent): PlottedPoint | undefined => {
    const mark = event.target as SVGGraphicsElement;
    const layer = event.currentTarget;
    if (mark.parentNode !== layer) return undefined;
    const group = groups[Array.prototype.indexOf.call(layer.children, mark)];
    const toLocal = mark.getScreenCTM?.()?.inverse();
    if (!group || !toLocal) return undefined;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(toLocal);
    const index = nearestDrawn(group, at.x, at.y);
    return index === undefined ? undefined : points[index];
  };
  const enter = (event: MouseEvent) => {
    const p = pointAt(event);
    if (!p || p === entered.current) return;
    entered.current = p;
    onPointEnter(p, event);
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
        onMouseOver={enter}
        onMouseMove={enter}
        onMouseOut={(event) => {
          if (!entered.current || (event.target as Element).parentNode !== event.currentTarget) return;
          entered.current = undefined;
          onPointLeave();
        }}
      >
        {groups.map((g) => (
          <GroupMarks key={g.start} group={g} />
        ))}
      </g>
    </ZIndexLayer>
  );
}
