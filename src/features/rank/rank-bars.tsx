import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { useDrawingWidth } from '../../components/use-drawing-width';
import { formatAxisTick } from '../../domain/format';
import { useChartColors } from '../compare/chart-colors';
import type { RankModel } from './rank-types';
import { RankBarsDownloads } from '../share/rank-bars-downloads';

const ROW_PX = 30;
const LABEL_PX = 190;

function estimateWidth(): number {
  const viewport = typeof window === 'undefined' ? 1280 : window.innerWidth;
  return Math.min(viewport, 1280) - 2 * 24 - 2 * 1 - 2 * 8;
}

/** The ranked rows in range as horizontal bars, best at the top, the baseline in the other colour. */
export function RankBars({ rank }: { rank: RankModel }) {
  const colors = useChartColors();
  const { ref, width } = useDrawingWidth<HTMLDivElement>(estimateWidth);
  const data = rank.rows
    .filter((r) => r.inRange && r.value !== null)
    .map((r) => ({
      id: r.id,
      label: r.label,
      value: r.value!,
      shown: r.shown,
      base: r === rank.baseline,
      own: r.own,
    }));
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
        <BarChart
          width={width}
          height={data.length * ROW_PX + 40}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 80, bottom: 4, left: 8 }}
        >
          <XAxis
            type="number"
            tickFormatter={(v: number) => formatAxisTick(v, rank.metric.unit.startsWith('$') ? '$' : '')}
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
