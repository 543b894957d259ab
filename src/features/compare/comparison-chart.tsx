import { memo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BenchmarkPoint } from '../../data/schema';
import { X_AXES, type MetricDefinition, type XAxisDefinition } from '../../domain/metrics';
import type { ChartPoint, ChartSeries } from './chart-model';
import { PointTooltip } from './point-tooltip';

export type SymbolShape = 'circle' | 'triangle' | 'square' | 'diamond' | 'cross' | 'star' | 'wye';

/** How a series is drawn: colour plus a dash pattern and a marker shape, so it never relies on colour alone. */
export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  shape: SymbolShape;
  /** Extra series (other precisions) are drawn lighter than the compared pair. */
  muted: boolean;
  /** Line width in px; by default 1.5 when muted, else 2.5. */
  strokeWidth?: number;
  /** Opacity of the line and frontier markers; by default 0.55 (line) and 0.6 (markers) when muted, else 1. */
  opacity?: number;
}

export interface StyledSeries extends ChartSeries {
  style: SeriesStyle;
}

interface ComparisonChartProps {
  series: StyledSeries[];
  metric: MetricDefinition;
  /** Log scale on the y axis. */
  logScale: boolean;
  /** Log scale on the x axis too (for latencies, which span orders of magnitude). */
  logX?: boolean;
  xLabel: string;
  /** What x is, for tooltips; interactivity unless given. */
  xAxis?: Pick<XAxisDefinition, 'valueLabel' | 'unit'>;
  /** Leave dominated points out, drawing only each series' frontier points. */
  frontierOnly?: boolean;
  band: { lo: number; hi: number } | null;
  targets: readonly number[];
  crossovers: readonly number[];
  colors: { grid: string; text: string; band: string; target: string };
  onPickPoint: (point: BenchmarkPoint, seriesLabel: string) => void;
  describe: (point: BenchmarkPoint) => Record<string, string>;
}

const compact = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/**
 * Ticks for a log axis over [lo, hi] (both > 0): 1, 2 and 5 times each power of ten, with
 * the domain widened to the nearest such ticks. Recharts' own log ticks bunch up at one end.
 */
export function logTicks(lo: number, hi: number): { domain: [number, number]; ticks: number[] } | null {
  if (!(lo > 0) || !(hi >= lo) || !Number.isFinite(hi)) return null;
  const all: number[] = [];
  for (let k = Math.floor(Math.log10(lo)) - 1; k <= Math.ceil(Math.log10(hi)); k++) {
    for (const m of [1, 2, 5]) all.push(Number((m * 10 ** k).toPrecision(12)));
  }
  const first = all.findLast((t) => t <= lo) ?? lo;
  const last = all.find((t) => t >= hi) ?? hi;
  return { domain: [first, last], ticks: all.filter((t) => t >= first && t <= last) };
}

function xRange(series: readonly StyledSeries[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (const p of [...s.measured, ...(s.curve?.points ?? [])]) {
      if (p.x < lo) lo = p.x;
      if (p.x > hi) hi = p.x;
    }
  }
  return [lo, hi];
}

export function formatTick(value: number, metric: MetricDefinition): string {
  const text = Math.abs(value) >= 10_000 ? `${compact.format(value / 1000)}k` : compact.format(value);
  return metric.unit.startsWith('$') ? `$${text}` : text;
}

/**
 * The metric against interactivity (or another x axis): each series' measured points
 * (frontier points solid, dominated ones faded or left out) and its curve from the engine;
 * the band, targets and crossovers marked. Animation is off: a metric switch redraws at once.
 */
export const ComparisonChart = memo(function ComparisonChart(props: ComparisonChartProps) {
  const { series, metric, logScale, band, targets, crossovers, colors } = props;
  const kinds = props.frontierOnly ? (['frontier'] as const) : (['frontier', 'dominated'] as const);
  const xLog = props.logX ? logTicks(...xRange(series)) : null;
  return (
    <ResponsiveContainer width="100%" height={440}>
      <ComposedChart margin={{ top: 16, right: 24, bottom: 28, left: 16 }}>
        <CartesianGrid stroke={colors.grid} strokeDasharray="2 4" />
        <XAxis
          type="number"
          dataKey="x"
          scale={xLog ? 'log' : 'linear'}
          domain={xLog ? xLog.domain : ['auto', 'auto']}
          ticks={xLog?.ticks}
          tickFormatter={(v: number) => compact.format(v)}
          stroke={colors.text}
          label={{ value: props.xLabel, position: 'insideBottom', offset: -16, fill: colors.text }}
          allowDuplicatedCategory={false}
        />
        <YAxis
          type="number"
          dataKey="y"
          scale={logScale ? 'log' : 'linear'}
          domain={logScale ? ['auto', 'auto'] : [0, 'auto']}
          allowDataOverflow={false}
          tickFormatter={(v: number) => formatTick(v, metric)}
          stroke={colors.text}
          width={72}
          label={{ value: metric.unit, angle: -90, position: 'insideLeft', fill: colors.text }}
        />
        {band && <ReferenceArea x1={band.lo} x2={band.hi} fill={colors.band} fillOpacity={1} ifOverflow="hidden" />}
        {targets.map((t) => (
          <ReferenceLine
            key={`t-${t}`}
            x={t}
            stroke={colors.target}
            strokeDasharray="4 3"
            label={{ value: `${t}`, position: 'top', fill: colors.text }}
          />
        ))}
        {crossovers.map((x) => (
          <ReferenceLine
            key={`c-${x}`}
            x={x}
            stroke={colors.text}
            strokeDasharray="1 3"
            label={{ value: '×', position: 'insideTopRight', fill: colors.text }}
          />
        ))}
        {series.map(
          (s) =>
            s.curve && (
              <Line
                key={`curve-${s.key}`}
                data={s.curve.points}
                dataKey="y"
                name={`${s.label} frontier`}
                type={s.curve.kind === 'monotone' ? 'monotoneX' : 'linear'}
                stroke={s.style.color}
                strokeWidth={s.style.strokeWidth ?? (s.style.muted ? 1.5 : 2.5)}
                strokeOpacity={s.style.opacity ?? (s.style.muted ? 0.55 : 1)}
                strokeDasharray={s.style.dash}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                legendType="none"
                tooltipType="none"
              />
            ),
        )}
        {series.flatMap((s) =>
          kinds.map((kind) => (
            <Scatter
              key={`${kind}-${s.key}`}
              data={s.measured.filter((p) => p.frontier === (kind === 'frontier'))}
              name={kind === 'frontier' ? s.label : `${s.label} (dominated)`}
              shape={s.style.shape}
              fill={s.style.color}
              fillOpacity={
                kind === 'frontier' ? (s.style.opacity ?? (s.style.muted ? 0.6 : 1)) : 0.28 * (s.style.opacity ?? 1)
              }
              isAnimationActive={false}
              onClick={(entry: { payload?: ChartPoint }) =>
                entry.payload && props.onPickPoint(entry.payload.point, s.label)
              }
              cursor="pointer"
            />
          )),
        )}
        <Tooltip
          cursor={false}
          isAnimationActive={false}
          content={
            <PointTooltip metric={metric} xAxis={props.xAxis ?? X_AXES.interactivity} describe={props.describe} />
          }
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
});
