import type { BenchmarkPoint } from '../../data/schema';
import type { MetricDefinition, XAxisDefinition } from '../../domain/metrics';
import type { PlottedPoint } from './point-marks';

/** Where the pointer is over the chart, in pixels from the chart wrapper's top-left corner. */
export interface HoverPosition {
  left: number;
  top: number;
  /** Wrapper width, so the card can open to the left near the right edge. */
  width: number;
}

interface PointTooltipProps {
  hovered: PlottedPoint;
  position: HoverPosition;
  metric: MetricDefinition;
  xAxis: Pick<XAxisDefinition, 'valueLabel' | 'unit'>;
  describe: (point: BenchmarkPoint) => Record<string, string>;
}

const value = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const CARD_WIDTH = 340;
const OFFSET = 14;

/**
 * Hover details of one measured point, next to the pointer (our own card rather than
 * Recharts' Tooltip, which costs 8 KiB of the first view's JavaScript). Click the point to
 * pin the details with the run link.
 */
export function PointTooltip({ hovered, position, metric, xAxis, describe }: PointTooltipProps) {
  const { x, y, point, frontier, seriesLabel } = hovered;
  const opensLeft = position.left + OFFSET + CARD_WIDTH > position.width;
  const left = opensLeft ? Math.max(0, position.left - OFFSET - CARD_WIDTH) : position.left + OFFSET;
  return (
    <div className="chart-tooltip" role="tooltip" style={{ left, top: position.top + OFFSET, width: CARD_WIDTH }}>
      <strong>{seriesLabel}</strong>
      <dl>
        <dt>{xAxis.valueLabel}</dt>
        <dd>
          {value.format(x)} {xAxis.unit}
        </dd>
        {xAxis.unit !== 'tok/s/user' && (
          <>
            <dt>Interactivity</dt>
            <dd>{value.format(point.metrics.tokPerSecPerUser)} tok/s/user</dd>
          </>
        )}
        <dt>{metric.label}</dt>
        <dd>
          {value.format(y)} {metric.unit}
        </dd>
        {Object.entries(describe(point)).map(([k, v]) => (
          <div key={k} className="contents">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{frontier ? 'On the frontier.' : 'Dominated by a frontier point.'} Click to pin.</p>
    </div>
  );
}
