import { useMemo } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import { createMonotoneSpline, sampleSpline } from '../../math';
import type { ChartCurve } from './chart-model';
import type { SeriesStyle } from './series-styles';

/** Samples of a monotone curve: at chart size a 48-chord polyline is indistinguishable from the spline. */
const MONOTONE_SAMPLES = 48;

/** The curve as data points to join: the engine's own spline sampled, or the given points. */
function dataPoints(curve: ChartCurve): readonly { x: number; y: number }[] {
  if (curve.kind === 'linear' || curve.points.length < 3) return curve.points;
  const spline = createMonotoneSpline(
    curve.points.map((p) => p.x),
    curve.points.map((p) => p.y),
  );
  return sampleSpline(spline, MONOTONE_SAMPLES);
}

/**
 * Every series' curve as one SVG path each, in a single chart child that reads the axes'
 * scales. One Recharts `<Line>` per series cost ~1 ms of bookkeeping each per redraw, which
 * with 60 series made a metric switch take twice as long; plain paths do not. Sampling
 * in data space and then scaling also keeps a monotone curve exactly the engine's spline on
 * a log axis (Recharts' monotoneX would interpolate the already-scaled pixels). The paths
 * carry Recharts' `recharts-line-curve` class, which tests and the page benchmark look for.
 * Curves do not widen the axes: every curve lies within its measured points' range.
 */
export function CurveLayer({
  series,
}: {
  series: readonly { key: string; label: string; curve: ChartCurve | null; style: SeriesStyle }[];
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const curves = useMemo(
    () => series.flatMap((s) => (s.curve && s.curve.points.length > 1 ? [{ s, points: dataPoints(s.curve) }] : [])),
    [series],
  );
  if (!xScale || !yScale) return null;
  return (
    <g className="frontier-curves">
      {curves.map(({ s, points }) => {
        let d = '';
        for (const p of points) {
          const x = xScale(p.x);
          const y = yScale(p.y);
          if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue;
          d += `${d ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
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
