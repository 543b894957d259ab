import { memo } from 'react';
import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { useDrawingWidth } from '../../components/use-drawing-width';
import { formatAxisTick } from '../../domain/format';
import { useChartColors } from '../compare/chart-colors';
import type { RankModel } from './rank-types';
import { RankBarsDownloads } from '../share/rank-bars-downloads';
import { sameData } from './same-data';

const ROW_PX = 30;
const LABEL_PX = 190;

function estimateWidth(): number {
  const viewport = typeof window === 'undefined' ? 1280 : window.innerWidth;
  return Math.min(viewport, 1280) - 2 * 24 - 2 * 1 - 2 * 8;
}

// Constant props: Recharts registers an axis again (and recomputes the chart) when one changes.
const MARGIN = { top: 4, right: 80, bottom: 4, left: 8 };
const plainTick = (v: number) => formatAxisTick(v, '');
const usdTick = (v: number) => formatAxisTick(v, '$');

/** The bars drawn: the rows in range with a value, in the table's order. */
function barsOf(rank: RankModel) {
  return rank.rows
    .filter((r) => r.inRange && r.value !== null)
    .map((r) => ({
      id: r.id,
      label: r.label,
      value: r.value!,
      shown: r.shown,
      base: r === rank.baseline,
      own: r.own,
    }));
}

/** The ranked rows in range as horizontal bars, best at the top, the baseline in the other colour. */
export const RankBars = memo(
  function RankBars({ rank }: { rank: RankModel }) {
    return <Bars rank={rank} data={barsOf(rank)} />;
  },
  // A switch that leaves every bar as it was (a price, while the metric is throughput) draws none again.
  (p, n) =>
    p.rank.metric === n.rank.metric && p.rank.target === n.rank.target && sameData(barsOf(p.rank), barsOf(n.rank)),
);

function Bars({ rank, data }: { rank: RankModel; data: ReturnType<typeof barsOf> }) {
  const colors = useChartColors();
  const { ref, width } = useDrawingWidth<HTMLDivElement>(estimateWidth);
  if (data.length === 0) return null;
  return (
    <section className="card chart-card" aria-labelledby="rank-bars-title">
      <h2 id="rank-bars-title">
        {rank.metric.tableLabel} at {rank.target} tok/s/user
      </h2>
      <div
        ref={ref}
        data-testid="rank-bars"
        role="img"
        aria-label={`${data.length} bars, best first: ${data.map((d) => `${d.label} ${d.shown}`).join('; ')}`}
      >
        <BarChart width={width} height={data.length * ROW_PX + 40} data={data} layout="vertical" margin={MARGIN}>
          <XAxis
            type="number"
            tickFormatter={rank.metric.unit.startsWith('$') ? usdTick : plainTick}
            stroke={colors.text}
          />
          <YAxis type="category" dataKey="label" width={LABEL_PX} stroke={colors.text} interval={0} />
          <Bar dataKey="value" isAnimationActive={false}>
            {/* Your data is drawn outlined (as its markers are hollow on the chart), and its label says so. */}
            {data.map((d) =>
              d.own ? (
                <Cell key={d.id} fill="none" stroke={colors.b} strokeWidth={2} strokeDasharray="4 2" data-own="true" />
              ) : (
                <Cell key={d.id} fill={d.base ? colors.a : colors.b} />
              ),
            )}
            <LabelList dataKey="shown" position="right" fill={colors.text} />
          </Bar>
        </BarChart>
      </div>
      <p className="chart-legend muted">
        <span style={{ color: colors.a }}>■ baseline</span> · <span style={{ color: colors.b }}>■ other setups</span> ·
        {data.some((d) => d.own) && (
          <>
            {' '}
            <span style={{ color: colors.b }}>□ your data (outlined, “· your data”)</span> ·
          </>
        )}{' '}
        only setups that reach the target are drawn
      </p>
      <RankBarsDownloads rank={rank} />
    </section>
  );
}
