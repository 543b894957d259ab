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
import type { MetricDefinition } from '../../domain/metrics';
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
}

export interface StyledSeries extends ChartSeries {
  style: SeriesStyle;
}

interface ComparisonChartProps {
  series: StyledSeries[];
  metric: MetricDefinition;
  logScale: boolean;
  xLabel: string;
  band: { lo: number; hi: number } | null;
  targets: readonly number[];
  crossovers: readonly number[];
  colors: { grid: string; text: string; band: string; target: string };
  onPickPoint: (point: BenchmarkPoint, seriesLabel: string) => void;
  describe: (point: BenchmarkPoint) => Record<string, string>;
}

const compact = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

export function formatTick(value: number, metric: MetricDefinition): string {
  const text = Math.abs(value) >= 10_000 ? `${compact.format(value / 1000)}k` : compact.format(value);
  return metric.unit.startsWith('$') ? `$${text}` : text;
}

/**
 * The metric against interactivity: each series' measured points (frontier points solid,
 * dominated ones faded) and its curve from the engine; the band, targets and crossovers
 * marked. Animation is off: a metric switch redraws at once.
 */
export const ComparisonChart = memo(function ComparisonChart(props: ComparisonChartProps) {
  const { series, metric, logScale, band, targets, crossovers, colors } = props;
  return (
    <ResponsiveContainer width="100%" height={440}>
      <ComposedChart margin={{ top: 16, right: 24, bottom: 28, left: 16 }}>
        <CartesianGrid stroke={colors.grid} strokeDasharray="2 4" />
        <XAxis
          type="number"
          dataKey="x"
          domain={['auto', 'auto']}
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
                strokeWidth={s.style.muted ? 1.5 : 2.5}
                strokeOpacity={s.style.muted ? 0.55 : 1}
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
          (['frontier', 'dominated'] as const).map((kind) => (
            <Scatter
              key={`${kind}-${s.key}`}
              data={s.measured.filter((p) => p.frontier === (kind === 'frontier'))}
              name={kind === 'frontier' ? s.label : `${s.label} (dominated)`}
              shape={s.style.shape}
              fill={s.style.color}
              fillOpacity={kind === 'frontier' ? (s.style.muted ? 0.6 : 1) : 0.28}
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
          content={<PointTooltip metric={metric} describe={props.describe} />}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
});
