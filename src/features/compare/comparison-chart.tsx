import { memo, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ComposedChart, XAxis, YAxis } from 'recharts';
import { afterPaint, deferredComponent } from '../../components/use-after-first-commit';
import { useDrawingWidth } from '../../components/use-drawing-width';
import type { BenchmarkPoint, Manifest, SequenceKey } from '../../data/schema';
import { formatCount } from '../../domain/format';
import { X_AXES, type MetricDefinition, type XAxisDefinition } from '../../domain/metrics';
import type { ChartSeries } from './chart-model';
import type { ComparisonModel } from './comparison-model';
import {
  axisFor,
  CHART_MARGIN,
  chartGeometry,
  extent,
  plotArea,
  Y_AXIS_WIDTH,
  type ChartGeometry,
} from './chart-geometry';
import { axisProps, useTickFormatter } from './recharts-axis';
import { AxisTitles } from './axis-titles';
import { ChartMarks, FocusRing } from './chart-marks';
import { chartDescription, pointReading } from './chart-reading';
import { CurveLayer } from './curve-layer';
import { plottedPoints, PointLayer } from './point-marks';
import { PointHistoryLink } from './history-link';
import { describePoint } from './point-details';
import { thinForDrawing } from './thin-points';
import { plainTick } from './plain-tick';
import { useChartKeyboard } from './use-chart-keyboard';
import { useNarrow } from './use-narrow';
import { usePointHover } from './use-point-hover';
import type { SeriesStyle } from './series-styles';

export type { SeriesStyle, SymbolShape } from './series-styles';

// Shown only once a point is hovered or picked: their code loads after the chart is drawn, not with it.
const PointTooltip = deferredComponent(async () => (await import('./point-tooltip')).PointTooltip);
const PickedPoint = deferredComponent(async () => (await import('./picked-point')).PickedPoint);

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
  /** The matched comparison whose band, targets and crossovers are marked, if any. */
  comparison: ComparisonModel | null;
  colors: { grid: string; text: string; band: string; target: string };
  /** Labels for point details (engine and precision names). */
  manifest: Pick<Manifest, 'engines' | 'precisions'>;
  /** With both, a picked point's card links to its setup's history at this model and sequence. */
  historyModel?: string;
  historySequence?: SequenceKey;
  /** Where a point comes from when it is not published ("your data: run.jsonl"), for hover and pinned cards; null for published points. */
  pointSource?: (point: BenchmarkPoint) => string | null;
}

const NO_VALUES: readonly number[] = [];

const CHART_HEIGHT = 440;

/**
 * The chart's geometry (chart-geometry.ts) for the points it plots: each axis from their
 * extent (y from zero on a linear axis). An axis is the same object while its extent is the
 * same, so Recharts, which re-registers an axis whose domain or ticks are new arrays, is not
 * given new ones on a redraw that leaves the axis as it was.
 */
function useGeometry(
  plotted: readonly { x: number; y: number }[],
  { width, height, logX, logY }: { width: number; height: number; logX: boolean; logY: boolean },
): ChartGeometry {
  const [xLo, xHi] = useMemo(() => extent(plotted, (p) => p.x, logX), [plotted, logX]);
  const [yLo, yHi] = useMemo(() => extent(plotted, (p) => p.y, logY), [plotted, logY]);
  const xAxis = useMemo(() => axisFor(xLo, xHi, { log: logX, fromZero: false }), [xLo, xHi, logX]);
  const yAxis = useMemo(() => axisFor(yLo, yHi, { log: logY, fromZero: true }), [yLo, yHi, logY]);
  return useMemo(() => chartGeometry(width, height, xAxis, yAxis), [width, height, xAxis, yAxis]);
}

/** "Drawn: 2,140 of 50,000 points; …": said under a thinned chart and in its description. */
function thinNote({ drawn, total }: { drawn: number; total: number }): string {
  return `Drawn: ${formatCount(drawn)} of ${formatCount(total)} points (close points share one mark); every point is in the points CSV and the tables.`;
}
/** On a phone the chart is shorter, so that it starts in the first screen and its axes fit one view. */
const NARROW_CHART_HEIGHT = 320;

/**
 * The chart card's inner width as the stylesheet lays it out (main column at most 1280 px
 * with 24 px padding, 12 px on a phone, card border 1 px and padding 8 px), from the window width alone.
 */
function estimateChartWidth(): number {
  const viewport = typeof window === 'undefined' ? 1280 : window.innerWidth;
  const padding = viewport <= 600 ? 12 : 24;
  return Math.min(viewport, 1280) - 2 * padding - 2 * 1 - 2 * 8;
}

/**
 * The metric against interactivity (or another x axis): each series' measured points
 * (frontier points solid, dominated ones faded or left out) and its curve from the engine;
 * the band, targets and crossovers marked. Hovering a point shows its configuration; a
 * click pins it below the chart with its run link. Animation is off: a metric switch
 * redraws at once.
 */
export const ComparisonChart = memo(function ComparisonChart(props: ComparisonChartProps) {
  const { series, metric, logScale, comparison, colors, manifest } = props;
  const band = comparison?.band.kind === 'overlap' ? comparison.band : null;
  const targets = comparison?.targets.values ?? NO_VALUES;
  // Where the drawn curves cross: the shown metric's crossings when it has its own (cost across
  // GPUs with different prices), else the throughput curves'.
  const crossovers = useMemo(
    () => (comparison?.metricCrossovers ?? comparison?.crossovers)?.map((c) => c.tokPerSecPerUser) ?? NO_VALUES,
    [comparison],
  );
  const { pointSource } = props;
  const describe = useCallback(
    (p: BenchmarkPoint) => {
      const source = pointSource?.(p);
      return source ? { Source: source, ...describePoint(p, manifest) } : describePoint(p, manifest);
    },
    [manifest, pointSource],
  );
  const { ref: wrapper, width } = useDrawingWidth<HTMLDivElement>(estimateChartWidth);
  const height = useNarrow() ? NARROW_CHART_HEIGHT : CHART_HEIGHT;
  const { width: plotWidth, height: plotHeight } = plotArea(width, height);
  // What is drawn of the measured points: all of them, unless there are thousands (thin-points.ts).
  const thinned = useMemo(
    () =>
      thinForDrawing(series, {
        widthPx: plotWidth,
        heightPx: plotHeight,
        logX: Boolean(props.logX),
        logY: logScale,
        frontierOnly: props.frontierOnly ?? false,
      }),
    [series, plotWidth, plotHeight, props.logX, logScale, props.frontierOnly],
  );
  const drawn = thinned.series;
  const plotted = useMemo(() => plottedPoints(drawn, props.frontierOnly), [drawn, props.frontierOnly]);
  const geometry = useGeometry(plotted, { width, height, logX: Boolean(props.logX), logY: logScale });
  const { xAxis: xSpec, yAxis: ySpec } = geometry;
  const xTickFormatter = useTickFormatter(xSpec);
  const yTickFormatter = useTickFormatter(ySpec, metric.unit);
  // The pinned and the hovered point are kept by id and read from what is drawn now: a metric,
  // axis or sequence change while one is open shows its current values, or closes it when the
  // point is no longer drawn.
  const drawnPoint = (id: string | undefined) =>
    id === undefined ? undefined : plotted.find((p) => p.point.id === id);
  const [pickedId, setPickedId] = useState<string>();
  const picked = drawnPoint(pickedId);
  const { hover, onPointEnter, onPointLeave, cardHandlers } = usePointHover(wrapper);
  useEffect(
    () =>
      afterPaint(() => {
        void PointTooltip.preload().catch(() => {});
        void PickedPoint.preload().catch(() => {});
      }),
    [],
  );
  const hovered = drawnPoint(hover?.id);
  // The chart is one tab stop (the focusable element below); what had focus when a point was
  // pinned gets it back when the panel closes.
  const focusTarget = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const pick = (id: string) => {
    if (pickedId === undefined && document.activeElement instanceof HTMLElement) {
      returnFocus.current = document.activeElement;
    }
    setPickedId(id);
  };
  const closePicked = () => {
    setPickedId(undefined);
    const back = returnFocus.current?.isConnected ? returnFocus.current : focusTarget.current;
    back?.focus();
  };
  const keyboard = useChartKeyboard({
    series: drawn,
    frontierOnly: props.frontierOnly ?? false,
    logX: Boolean(props.logX),
    onPick: pick,
    onEscape: () => pickedId !== undefined && closePicked(),
  });
  const { focused } = keyboard;
  const xAxis = props.xAxis ?? X_AXES.interactivity;
  const descriptionId = useId();
  const description = useMemo(
    () =>
      chartDescription({
        metric,
        xLabel: props.xLabel,
        logX: Boolean(props.logX),
        logY: logScale,
        series: keyboard.reachable,
      }),
    [metric, props.xLabel, props.logX, logScale, keyboard.reachable],
  );
  return (
    <div className="chart-wrapper" ref={wrapper} style={{ minHeight: height }}>
      {/* One tab stop for the whole chart; arrow keys walk its points (role application: a screen
          reader passes the arrow keys on instead of reading on). */}
      <div
        ref={focusTarget}
        className="chart-focus"
        role="application"
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- its arrow keys make it a widget
        tabIndex={0}
        aria-label={`Chart: ${metric.label} against ${props.xLabel}`}
        aria-describedby={descriptionId}
        data-testid="chart-focus"
        {...keyboard.handlers}
      >
        {/* Recharts draws the axes alone, at the domains and ticks the chart computed
          (chart-geometry.ts, recharts-axis.ts), and is given no data: the layers draw the band,
          curves and points at the same scales. */}
        <ComposedChart width={width} height={height} margin={CHART_MARGIN} accessibilityLayer={false}>
          <XAxis
            {...axisProps(xSpec, 'x')}
            tickFormatter={xTickFormatter}
            tick={plainTick}
            stroke={colors.text}
            allowDuplicatedCategory={false}
          />
          <YAxis
            {...axisProps(ySpec, 'y')}
            tickFormatter={yTickFormatter}
            tick={plainTick}
            stroke={colors.text}
            width={Y_AXIS_WIDTH}
          />
          <AxisTitles plot={geometry.plot} x={props.xLabel} y={metric.unit} xOffset={-16} fill={colors.text} />
          <ChartMarks band={band} targets={targets} crossovers={crossovers} colors={colors} geometry={geometry} />
          <CurveLayer series={series} xScale={geometry.x} yScale={geometry.y} />
          <PointLayer
            points={plotted}
            geometry={geometry}
            onPointClick={(p) => {
              keyboard.focusPoint(p.point.id);
              pick(p.point.id);
            }}
            onPointEnter={onPointEnter}
            onPointLeave={onPointLeave}
          />
          <FocusRing point={focused?.point ?? null} colors={colors} geometry={geometry} />
        </ComposedChart>
      </div>
      <p id={descriptionId} className="visually-hidden">
        {description}
        {thinned.drawn < thinned.total && ` ${thinNote(thinned)}`}
      </p>
      {thinned.drawn < thinned.total && (
        <p className="muted chart-thinned" data-testid="chart-thinned">
          {thinNote(thinned)}
        </p>
      )}
      <p className="chart-reading" aria-live="assertive" aria-atomic="true" data-testid="chart-reading">
        {focused && pointReading(focused.point, focused.index, focused.count, metric, xAxis)}
        {focused && ' Enter: details.'}
      </p>
      {hover && hovered && (
        <Suspense fallback={null}>
          <PointTooltip
            hovered={hovered}
            position={hover.position}
            metric={metric}
            xAxis={xAxis}
            describe={describe}
            {...cardHandlers}
          />
        </Suspense>
      )}
      {picked && (
        <Suspense fallback={null}>
          <PickedPoint
            key={picked.point.id}
            point={picked.point}
            label={picked.seriesLabel}
            describe={describe}
            onClose={closePicked}
            extra={
              props.historyModel &&
              props.historySequence &&
              !pointSource?.(picked.point) && (
                <PointHistoryLink model={props.historyModel} sequence={props.historySequence} point={picked.point} />
              )
            }
          />
        </Suspense>
      )}
    </div>
  );
});
