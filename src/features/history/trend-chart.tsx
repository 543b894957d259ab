import { memo, useMemo } from 'react';
import { ComposedChart, XAxis, YAxis } from 'recharts';
import { useDrawingWidth } from '../../components/use-drawing-width';
import { formatTokPerSecPerUser } from '../../domain/format';
import { AxisTitles } from '../compare/axis-titles';
import { ChartMarks } from '../compare/chart-marks';
import {
  axisFor,
  chartGeometry,
  exactAxis,
  extent,
  plotArea,
  Y_AXIS_WIDTH,
  type ChartGeometry,
} from '../compare/chart-geometry';
import { plainTick } from '../compare/plain-tick';
import { axisProps, useTickFormatter } from '../compare/recharts-axis';
import { dateOfDay, dayOfDate, trendLines, type TrendTable } from './trend';

const HEIGHT = 280;
const DOT_RADIUS = 3;
/** Room per date tick: a label of ten characters and a gap. */
const DATE_TICK_PX = 100;

function estimateWidth(): number {
  const viewport = typeof window === 'undefined' ? 1280 : window.innerWidth;
  return Math.min(viewport, 1280) - 2 * 24 - 2 * 1 - 2 * 8;
}

const MARGIN = { top: 12, right: 24, bottom: 24, left: 16 };
const NO_MARKS: readonly number[] = [];

/** A colour per target, low targets warm, high ones cool. */
const targetColor = (i: number, n: number) => `hsl(${Math.round(20 + (220 * i) / Math.max(1, n - 1))} 70% 45%)`;

type Lines = ReturnType<typeof trendLines>;

/**
 * Each target's line and its dots, in one chart child at the chart's own scales: a Recharts
 * `<Line>` per target measured its own path (`getTotalLength`) and registered itself with the
 * chart's store on every redraw, about a fifth of a metric switch on the history page.
 */
function TrendLayer({ lines, geometry }: { lines: Lines; geometry: ChartGeometry }) {
  const px = (p: { x: number; y: number }) => {
    const x = geometry.x(p.x);
    const y = geometry.y(p.y);
    return !Number.isFinite(x) || !Number.isFinite(y) ? null : { x, y };
  };
  return (
    <g className="trend-lines">
      {lines.map(({ target, pieces }, i) => {
        const color = targetColor(i, lines.length);
        const drawn = pieces.map((piece) => piece.map(px).filter((p) => p !== null));
        const d = drawn
          .filter((piece) => piece.length > 1)
          .map((piece) => piece.map((p, k) => `${k === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(''))
          .join('');
        return (
          <g key={target} className="trend-line" data-target={target}>
            {d && <path d={d} fill="none" stroke={color} strokeWidth={2} strokeLinejoin="round" />}
            {drawn.flat().map((p) => (
              <circle key={p.x} className="trend-dot" cx={p.x} cy={p.y} r={DOT_RADIUS} fill={color} />
            ))}
          </g>
        );
      })}
    </g>
  );
}

/**
 * The trend table as a chart: the metric against run date (days to scale), one line per
 * target; a date whose frontier does not reach the target leaves a gap (nothing is drawn there).
 * The axes span every run date (a date no target reaches included) and zero up to the values.
 */
export const TrendChart = memo(function TrendChart({
  table,
  colors,
}: {
  table: TrendTable;
  colors: { grid: string; text: string; band: string; target: string };
}) {
  const { ref, width } = useDrawingWidth<HTMLDivElement>(estimateWidth);
  const lines = useMemo(() => trendLines(table), [table]);
  // The axes, computed here and given to Recharts with no data: x spans every run date (dates no
  // target reaches included), y runs from zero to the largest value at a round step.
  const geometry = useMemo(() => {
    const values = lines.flatMap((l) => l.pieces.flat());
    const days = extent(table.rows, (r) => dayOfDate(r.date), false);
    const [, yHi] = extent(values, (p) => p.y, false);
    // As many date ticks as fit their labels ("2026-01-07"), so none need measuring to be thinned out.
    const maxTicks = Math.max(2, Math.min(6, Math.floor(plotArea(width, HEIGHT, MARGIN).width / DATE_TICK_PX)));
    const xAxis = values.length === 0 ? exactAxis(Infinity, -Infinity) : exactAxis(...days, maxTicks);
    const yAxis = axisFor(0, values.length === 0 ? 0 : yHi, { log: false, fromZero: true });
    return chartGeometry(width, HEIGHT, xAxis, yAxis, MARGIN);
  }, [lines, table, width]);
  const { xAxis, yAxis } = geometry;
  const unit = table.metric.unit;
  const yTick = useTickFormatter(yAxis, unit);
  return (
    <div ref={ref} className="chart-wrapper" data-testid="trend-chart" style={{ minHeight: HEIGHT }}>
      <ComposedChart width={width} height={HEIGHT} margin={MARGIN} accessibilityLayer={false}>
        <XAxis {...axisProps(xAxis, 'x')} tickFormatter={dateOfDay} tick={plainTick} stroke={colors.text} />
        <YAxis
          {...axisProps(yAxis, 'y')}
          stroke={colors.text}
          width={Y_AXIS_WIDTH}
          tickFormatter={yTick}
          tick={plainTick}
        />
        <ChartMarks band={null} targets={NO_MARKS} crossovers={NO_MARKS} colors={colors} geometry={geometry} />
        <TrendLayer lines={lines} geometry={geometry} />
        <AxisTitles plot={geometry.plot} x="Run date" y={unit} xOffset={-14} fill={colors.text} />
      </ComposedChart>
      <p className="chart-legend muted">
        {table.targets.map((t, i) => (
          <span key={t} className="legend-key">
            <span className="line-swatch" style={{ borderColor: targetColor(i, table.targets.length) }} />
            {formatTokPerSecPerUser(t)} tok/s/user{' '}
          </span>
        ))}
      </p>
    </div>
  );
});
