import { formatTokPerSecPerUser } from '../../domain/format';
import type { ReactNode } from 'react';
import type { ChartGeometry } from './chart-geometry';
import { spreadLabels } from './spread-labels';

/** Room a target label needs: about this many px per digit at the chart's font size, plus padding. */
const LABEL_CHAR_PX = 9;
const LABEL_PADDING_PX = 6;
/** A crossover this close to the y axis gets its mark on the right of its line. */
const CROSS_ROOM_PX = 20;

interface ChartMarksProps {
  /** The band both sides reach, in x-axis units; null when the sides do not overlap. */
  band: { lo: number; hi: number } | null;
  /** Target interactivities, drawn as dashed lines labelled with their value. */
  targets: readonly number[];
  /** Interactivities where the two sides cross, drawn as dotted lines marked "×". */
  crossovers: readonly number[];
  colors: { grid: string; text: string; band: string; target: string };
  geometry: ChartGeometry;
}

/**
 * What is drawn behind the curves and points: grid lines at the axes' ticks, the shaded band,
 * the target lines and the crossovers. One chart child drawn at the chart's own geometry (the
 * domains and ticks it gives the axes), instead of a CartesianGrid, a ReferenceArea and a
 * ReferenceLine per mark: each of those registers itself with the chart's store, and on a deep
 * link those registrations cost 10–25 ms of the first draw in our measurements. Marks outside
 * the x domain are not drawn (a band edge is clipped to the plot area).
 */
export function ChartMarks({ band, targets, crossovers, colors, geometry }: ChartMarksProps) {
  const { plot, x: xScale } = geometry;
  const left = plot.x;
  const right = plot.x + plot.width;
  const top = plot.y;
  const bottom = plot.y + plot.height;
  /** Pixel x of a value, or null when it falls outside the plot area. */
  const xOf = (value: number): number | null => {
    const x = xScale(value);
    return !Number.isFinite(x) || x < left - 0.5 || x > right + 0.5 ? null : x;
  };
  const bandBox = band && bandPixels(band, xScale, left, right);
  const targetXs = targets.map(xOf);
  // Target labels sit above the plot; on a narrow chart close targets would overlap, so their
  // labels are spread apart (each line stays exactly at its value).
  const drawn = targetXs.flatMap((x, i) => (x === null ? [] : [{ x, i }]));
  const longest = Math.max(0, ...targets.map((t) => formatTokPerSecPerUser(t).length));
  const spread = spreadLabels(
    drawn.map((d) => d.x),
    LABEL_CHAR_PX * longest + LABEL_PADDING_PX,
  );
  /** The label's offset from its line, by target index. */
  const labelDx = new Map(drawn.map((d, k) => [d.i, spread[k]! - d.x]));
  return (
    <g className="chart-marks" aria-hidden="true">
      {geometry.yAxis.ticks.map((t) => (
        <line
          key={`ygrid-${t}`}
          className="chart-grid"
          x1={left}
          x2={right}
          y1={geometry.y(t)}
          y2={geometry.y(t)}
          stroke={colors.grid}
          strokeDasharray="2 4"
        />
      ))}
      {geometry.xAxis.ticks.map((t) => (
        <line
          key={`xgrid-${t}`}
          className="chart-grid"
          x1={xScale(t)}
          x2={xScale(t)}
          y1={top}
          y2={bottom}
          stroke={colors.grid}
          strokeDasharray="2 4"
        />
      ))}
      {bandBox && (
        <rect
          className="chart-band"
          x={bandBox.x}
          y={top}
          width={bandBox.width}
          height={bottom - top}
          fill={colors.band}
        />
      )}
      {targets.map((t, i) => (
        <XMark
          key={`t-${t}`}
          className="chart-target"
          x={targetXs[i] ?? null}
          top={top}
          bottom={bottom}
          stroke={colors.target}
          dash="4 3"
        >
          <text x={labelDx.get(i) ?? 0} y={-5} textAnchor="middle" fill={colors.text}>
            {formatTokPerSecPerUser(t)}
          </text>
        </XMark>
      ))}
      {crossovers.map((c) => {
        const x = xOf(c);
        // The "×" sits inside the plot beside its line, on the side with room for it.
        const onRight = x !== null && x - left < CROSS_ROOM_PX;
        return (
          <XMark
            key={`c-${c}`}
            className="chart-crossover"
            x={x}
            top={top}
            bottom={bottom}
            stroke={colors.text}
            dash="1 3"
          >
            <text x={onRight ? 4 : -4} y={14} textAnchor={onRight ? 'start' : 'end'} fill={colors.text}>
              ×
            </text>
          </XMark>
        );
      })}
    </g>
  );
}

/**
 * A vertical line across the plot at pixel `x` (nothing when `x` is null: off the axis), with
 * its label; the label's coordinates are relative to the line's top end.
 */
function XMark(props: {
  className: string;
  x: number | null;
  top: number;
  bottom: number;
  stroke: string;
  dash: string;
  children: ReactNode;
}) {
  const { x, top } = props;
  if (x === null) return null;
  return (
    <g className={props.className}>
      <line x1={x} x2={x} y1={top} y2={props.bottom} stroke={props.stroke} strokeDasharray={props.dash} />
      <g transform={`translate(${x},${top})`}>{props.children}</g>
    </g>
  );
}

/** The band's pixel extent, clipped to the plot area; null when it lies wholly outside. */
function bandPixels(
  band: { lo: number; hi: number },
  xScale: (value: number) => number,
  left: number,
  right: number,
): { x: number; width: number } | null {
  const a = xScale(band.lo);
  const b = xScale(band.hi);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const x0 = Math.max(left, Math.min(a, b));
  const x1 = Math.min(right, Math.max(a, b));
  return x1 > x0 ? { x: x0, width: x1 - x0 } : null;
}

/** Radius of the keyboard focus ring, px: clear of a 9 px marker with a gap. */
const FOCUS_RING_RADIUS = 10;

/**
 * The ring around the keyboard-focused point: a dark (light, in the dark theme) ring inside a
 * ring of the chart's background, so it stands out on any series colour and on the band.
 */
export function FocusRing({
  point,
  colors,
  geometry,
}: {
  point: { x: number; y: number } | null;
  colors: { text: string };
  geometry: ChartGeometry;
}) {
  if (!point) return null;
  const cx = geometry.x(point.x);
  const cy = geometry.y(point.y);
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  return (
    <g className="chart-focus-ring" aria-hidden="true" pointerEvents="none">
      <circle cx={cx} cy={cy} r={FOCUS_RING_RADIUS} fill="none" style={{ stroke: 'var(--surface)' }} strokeWidth={5} />
      <circle cx={cx} cy={cy} r={FOCUS_RING_RADIUS} fill="none" stroke={colors.text} strokeWidth={2.5} />
    </g>
  );
}
