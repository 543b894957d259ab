import { memo } from 'react';
import { useDrawingWidth } from '../../components/use-drawing-width';
import { wrapText } from '../../components/wrap-text';
import { formatAxisTick } from '../../domain/format';
import { linearTicks } from '../compare/axis-ticks';
import { useChartColors } from '../compare/chart-colors';
import type { RankModel } from './rank-types';
import { RankBarsDownloads } from '../share/rank-bars-downloads';
import { sameData } from '../../components/same-data';

const ROW_PX = 30;
const LABEL_PX = 190;

function estimateWidth(): number {
  const viewport = typeof window === 'undefined' ? 1280 : window.innerWidth;
  return Math.min(viewport, 1280) - 2 * 24 - 2 * 1 - 2 * 8;
}

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

/** Label lines, font size and spacing of the bars' own SVG (px). */
const FONT_PX = 13;
const LINE_PX = 14;
const AXIS_PX = 36;
const PLOT = { top: 4, right: 80, left: 8 + LABEL_PX };
/** Most lines a label gets beside its bar; a longer name ends in "…" and is whole in its title and the table. */
const MAX_LABEL_LINES = 2;
/** Room one value-axis tick label needs. */
const TICK_PX = 56;

/** The label's lines beside its bar: wrapped to the label column, a longer rest cut with "…". */
function labelLines(label: string): string[] {
  const lines = wrapText(label, LABEL_PX - 16, FONT_PX);
  if (lines.length <= MAX_LABEL_LINES) return lines;
  const rest = wrapText(lines.slice(MAX_LABEL_LINES - 1).join(' '), LABEL_PX - 24, FONT_PX);
  return [...lines.slice(0, MAX_LABEL_LINES - 1), `${rest[0]}…`];
}

/**
 * The bars in plain SVG: a label column, one bar per row from zero to its value with the value
 * printed after it, and the value axis below with round ticks (`linearTicks`). Drawn by React
 * alone: Recharts' bar chart measured every label in the DOM and ran its store's selectors
 * again on each switch, most of a /rank redraw.
 */
function Bars({ rank, data }: { rank: RankModel; data: ReturnType<typeof barsOf> }) {
  const colors = useChartColors();
  const { ref, width } = useDrawingWidth<HTMLDivElement>(estimateWidth);
  if (data.length === 0) return null;
  const height = data.length * ROW_PX + AXIS_PX + PLOT.top;
  const values = data.map((d) => d.value);
  const [left, right] = [PLOT.left, Math.max(PLOT.left + 1, width - PLOT.right)];
  // As many ticks as fit their labels (about 56 px each): five on a desktop, two on a phone.
  const tickCount = Math.max(2, Math.min(5, Math.floor((right - left) / TICK_PX) + 1));
  const { domain, ticks } = linearTicks(Math.min(...values), Math.max(...values), tickCount);
  const xOf = (v: number) => left + ((v - domain[0]) / (domain[1] - domain[0])) * (right - left);
  const bottom = PLOT.top + data.length * ROW_PX;
  const tick = rank.metric.unit.startsWith('$') ? usdTick : plainTick;
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
        <svg
          className="rank-bars-chart"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          fontSize={FONT_PX}
          aria-hidden="true"
        >
          {data.map((d, i) => {
            const [x0, x1] = [xOf(0), xOf(d.value)];
            const y = PLOT.top + i * ROW_PX;
            const lines = labelLines(d.label);
            return (
              <g key={d.id} className="rank-bar-row" data-row={d.id}>
                <title>{`${d.label}: ${d.shown}`}</title>
                <text x={left - 8} y={y + ROW_PX / 2} textAnchor="end" fill={colors.text}>
                  {lines.map((line, k) => (
                    <tspan
                      key={k}
                      x={left - 8}
                      dy={k === 0 ? 0.35 * FONT_PX - ((lines.length - 1) * LINE_PX) / 2 : LINE_PX}
                    >
                      {line}
                    </tspan>
                  ))}
                </text>
                {/* Your data is drawn outlined (as its markers are hollow on the chart), and its label says so. */}
                <rect
                  className="rank-bar"
                  x={Math.min(x0, x1)}
                  y={y + ROW_PX * 0.1}
                  width={Math.max(1, Math.abs(x1 - x0))}
                  height={ROW_PX * 0.8}
                  {...(d.own
                    ? { fill: 'none', stroke: colors.b, strokeWidth: 2, strokeDasharray: '4 2', 'data-own': 'true' }
                    : { fill: d.base ? colors.a : colors.b })}
                />
                <text x={Math.max(x0, x1) + 5} y={y + ROW_PX / 2} dy="0.35em" fill={colors.text}>
                  {d.shown}
                </text>
              </g>
            );
          })}
          <g className="rank-bars-axis" stroke={colors.text}>
            <line x1={left} x2={left} y1={PLOT.top} y2={bottom} />
            <line x1={left} x2={right} y1={bottom} y2={bottom} />
            {ticks.map((t) => (
              <g key={t}>
                <line x1={xOf(t)} x2={xOf(t)} y1={bottom} y2={bottom + 6} />
                <text x={xOf(t)} y={bottom + 20} textAnchor="middle" fill={colors.text} stroke="none">
                  {tick(t)}
                </text>
              </g>
            ))}
          </g>
        </svg>
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
