import { memo, useCallback, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { useDrawingWidth } from '../../components/use-drawing-width';
import { formatAxisTick, formatTokPerSecPerUser } from '../../domain/format';
import type { TrendTable } from './trend';

const HEIGHT = 280;
const DAY_MS = 86_400_000;

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function estimateWidth(): number {
  const viewport = typeof window === 'undefined' ? 1280 : window.innerWidth;
  return Math.min(viewport, 1280) - 2 * 24 - 2 * 1 - 2 * 8;
}

// Axis and line props that keep their identity across redraws: Recharts re-registers an axis
// (and recomputes the chart's selectors) whenever one of its props is a new object.
const X_DOMAIN = ['dataMin', 'dataMax'];
const DOT = { r: 3 };

/** A colour per target, low targets warm, high ones cool. */
const targetColor = (i: number, n: number) => `hsl(${Math.round(20 + (220 * i) / Math.max(1, n - 1))} 70% 45%)`;

/**
 * The trend table as a chart: the metric against run date (days to scale), one line per
 * target; a date whose frontier does not reach the target leaves a gap (nothing is drawn there).
 */
export const TrendChart = memo(function TrendChart({ table, text }: { table: TrendTable; text: string }) {
  const { ref, width } = useDrawingWidth<HTMLDivElement>(estimateWidth);
  const data = useMemo(
    () =>
      table.rows.map((row) => ({
        day: dayOf(row.date),
        ...Object.fromEntries(row.cells.map((c, i) => [`t${i}`, c.status === 'value' ? c.value : null])),
      })),
    [table],
  );
  const unit = table.metric.unit;
  const xLabel = useMemo(
    () => ({ value: 'Run date', position: 'insideBottom' as const, offset: -14, fill: text }),
    [text],
  );
  const yLabel = useMemo(
    () => ({ value: unit, angle: -90, position: 'insideLeft' as const, fill: text }),
    [unit, text],
  );
  const yTick = useCallback((v: number) => formatAxisTick(v, unit), [unit]);
  return (
    <div ref={ref} className="chart-wrapper" data-testid="trend-chart" style={{ minHeight: HEIGHT }}>
      <LineChart width={width} height={HEIGHT} data={data} margin={{ top: 12, right: 24, bottom: 24, left: 16 }}>
        <CartesianGrid stroke="currentColor" strokeOpacity={0.12} />
        <XAxis type="number" dataKey="day" domain={X_DOMAIN} tickFormatter={dateOf} stroke={text} label={xLabel} />
        <YAxis type="number" stroke={text} width={72} tickFormatter={yTick} label={yLabel} />
        {table.targets.map((t, i) => (
          <Line
            key={t}
            dataKey={`t${i}`}
            name={`${formatTokPerSecPerUser(t)} tok/s/user`}
            stroke={targetColor(i, table.targets.length)}
            strokeWidth={2}
            dot={DOT}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
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
