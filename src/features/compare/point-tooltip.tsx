import type { BenchmarkPoint } from '../../data/schema';
import { formatSeconds, formatTokPerSecPerUser } from '../../domain/format';
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

const CARD_WIDTH = 340;

/** "$0.184/M tok" for money units (the formatted value carries the $), "3417.4 tok/s/GPU" otherwise. */
function withUnit(value: string, unit: string): string {
  return unit.startsWith('$') ? `${value}${unit.slice(1)}` : `${value} ${unit}`;
}
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
          {xAxis.unit === 'tok/s/user' ? formatTokPerSecPerUser(x, 2) : formatSeconds(x)} {xAxis.unit}
        </dd>
        {xAxis.unit !== 'tok/s/user' && (
          <>
            <dt>Interactivity</dt>
            <dd>{formatTokPerSecPerUser(point.metrics.tokPerSecPerUser, 2)} tok/s/user</dd>
          </>
        )}
        <dt>{metric.label}</dt>
        <dd>{withUnit(metric.format(y), metric.unit)}</dd>
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
