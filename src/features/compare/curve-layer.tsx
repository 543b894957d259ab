import { useMemo } from 'react';
import { createMonotoneSpline } from '../../math';
import type { ChartGeometry } from './chart-geometry';
import type { ChartCurve } from './chart-model';
import type { SeriesStyle } from './series-styles';

/**
 * Chords per knot interval of a monotone curve. Sampling each interval on its own keeps every
 * knot (a measured frontier point) exactly on the drawn path, even where knots crowd together
 * and the curve turns sharply; at chart size 12 chords per interval read as the spline. An
 * interval narrower than 24 px gets one chord per 2 px (at least one): a frontier of 50,000
 * points then makes a path of about 50,000 vertices, not 600,000, and still passes through
 * every knot.
 */
const CHORDS_PER_INTERVAL = 12;
const PX_PER_CHORD = 2;

/** The curve as data points to join: the engine's own spline sampled, or the given points. */
function dataPoints(curve: ChartCurve, xPx: (x: number) => number): readonly { x: number; y: number }[] {
  if (curve.kind === 'linear' || curve.points.length < 3) return curve.points;
  const xs = curve.points.map((p) => p.x);
  const spline = createMonotoneSpline(
    xs,
    curve.points.map((p) => p.y),
  );
  const out: { x: number; y: number }[] = [curve.points[0]!];
  for (let i = 1; i < xs.length; i++) {
    const x0 = xs[i - 1]!;
    const widthPx = Math.abs(xPx(xs[i]!) - xPx(x0));
    const chords = Number.isFinite(widthPx)
      ? Math.min(CHORDS_PER_INTERVAL, Math.max(1, Math.ceil(widthPx / PX_PER_CHORD)))
      : CHORDS_PER_INTERVAL;
    const step = (xs[i]! - x0) / chords;
    for (let k = 1; k < chords; k++) {
      const y = spline.at(x0 + step * k);
      if (y !== null) out.push({ x: x0 + step * k, y });
    }
    out.push(curve.points[i]!);
  }
  return out;
}

/**
 * Every series' curve as one SVG path each, in a single chart child drawn at the chart's own
 * scales (chart-geometry.ts). One Recharts `<Line>` per series cost ~1 ms of bookkeeping each
 * per redraw, which with 60 series made a metric switch take twice as long; plain paths do not. Sampling
 * in data space and then scaling also keeps a monotone curve exactly the engine's spline on
 * a log axis (Recharts' monotoneX would interpolate the already-scaled pixels). The paths
 * carry Recharts' `recharts-line-curve` class, which tests and the page benchmark look for.
 * Curves do not widen the axes: every curve lies within its measured points' range.
 */
export function CurveLayer({
  series,
  xScale,
  yScale,
}: {
  series: readonly { key: string; label: string; curve: ChartCurve | null; style: SeriesStyle }[];
  xScale: ChartGeometry['x'];
  yScale: ChartGeometry['y'];
}) {
  const curves = useMemo(
    () =>
      series.flatMap((s) => (s.curve && s.curve.points.length > 1 ? [{ s, points: dataPoints(s.curve, xScale) }] : [])),
    [series, xScale],
  );
  return (
    <g className="frontier-curves">
      {curves.map(({ s, points }) => {
        let d = '';
        let last = '';
        for (const p of points) {
          const x = xScale(p.x);
          const y = yScale(p.y);
          if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
          // A vertex the same as the last at the path's precision adds nothing to the drawing.
          const vertex = `${x.toFixed(1)},${y.toFixed(1)}`;
          if (vertex === last) continue;
          d += `${d ? 'L' : 'M'}${vertex}`;
          last = vertex;
        }
        return (
          <path
            key={s.key}
            className="frontier-curve recharts-line-curve"
            d={d}
            fill="none"
            stroke={s.style.color}
            strokeWidth={s.style.strokeWidth ?? (s.style.muted ? 1.5 : 2.5)}
            strokeOpacity={s.style.opacity ?? (s.style.muted ? 0.55 : 1)}
            strokeDasharray={s.style.dash}
            strokeLinejoin="round"
          >
            <title>{s.label}</title>
          </path>
        );
      })}
    </g>
  );
}
