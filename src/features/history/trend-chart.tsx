import { memo, useMemo } from 'react';
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
  return (
    <div ref={ref} className="chart-wrapper" data-testid="trend-chart" style={{ minHeight: HEIGHT }}>
      <LineChart width={width} height={HEIGHT} data={data} margin={{ top: 12, right: 24, bottom: 24, left: 16 }}>
        <CartesianGrid stroke="currentColor" strokeOpacity={0.12} />
        <XAxis
          type="number"
          dataKey="day"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(d: number) => dateOf(d)}
          stroke={text}
          label={{ value: 'Run date', position: 'insideBottom', offset: -14, fill: text }}
        />
        <YAxis
          type="number"
          stroke={text}
          width={72}
          tickFormatter={(v: number) => formatAxisTick(v, table.metric.unit)}
          label={{ value: table.metric.unit, angle: -90, position: 'insideLeft', fill: text }}
        />
        {table.targets.map((t, i) => (
          <Line
            key={t}
            dataKey={`t${i}`}
            name={`${formatTokPerSecPerUser(t)} tok/s/user`}
            stroke={targetColor(i, table.targets.length)}
            strokeWidth={2}
            dot={{ r: 3 }}
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
