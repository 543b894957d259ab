import type { BenchmarkPoint } from '../../data/schema';
import { formatTokPerSecPerUser } from '../../domain/format';
import type { MetricDefinition, XAxisDefinition } from '../../domain/metrics';
import { formatX, withUnit } from './chart-reading';
import type { PlottedPoint } from './point-marks';

/** Where the pointer is over the chart, in pixels from the chart wrapper's top-left corner. */
export interface HoverPosition {
  left: number;
  top: number;
  /** Wrapper width, so the card can open to the left near the right edge. */
  width: number;
  /** Wrapper height, so the card can open upwards in the lower half. */
  height: number;
}

interface PointTooltipProps {
  hovered: PlottedPoint;
  position: HoverPosition;
  metric: MetricDefinition;
  xAxis: Pick<XAxisDefinition, 'valueLabel' | 'unit'>;
  describe: (point: BenchmarkPoint) => Record<string, string>;
  /** Keep the card while the pointer is on it. */
  onMouseEnter: () => void;
  onMouseLeave: () => void;
}

const CARD_WIDTH = 340;
const OFFSET = 14;

/**
 * Where the card goes: beside the pointer, to the left near the right edge, above it in the
 * lower half of the chart; never wider than the chart nor past its left or right edge (a phone's
 * chart is narrower than the card).
 */
export function cardPlacement(position: HoverPosition): { left: number; width: number; top?: number; bottom?: number } {
  const width = Math.min(CARD_WIDTH, position.width);
  const opensLeft = position.left + OFFSET + width > position.width;
  const wanted = opensLeft ? position.left - OFFSET - width : position.left + OFFSET;
  const left = Math.max(0, Math.min(wanted, position.width - width));
  return position.top > position.height / 2
    ? { left, width, bottom: position.height - position.top + OFFSET }
    : { left, width, top: position.top + OFFSET };
}

/**
 * Hover details of one measured point, next to the pointer (our own card rather than
 * Recharts' Tooltip, which costs 8 KiB of the first view's JavaScript). Click the point to
 * pin the details with the run link.
 */
export function PointTooltip(props: PointTooltipProps) {
  const { hovered, position, metric, xAxis, describe } = props;
  const { x, y, point, frontier, seriesLabel } = hovered;
  return (
    // The pointer may rest on the card without it closing (hoverable content, WCAG 1.4.13).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="chart-tooltip"
      role="tooltip"
      style={cardPlacement(position)}
      onMouseEnter={props.onMouseEnter}
      onMouseLeave={props.onMouseLeave}
    >
      <strong>{seriesLabel}</strong>
      <dl>
        <dt>{xAxis.valueLabel}</dt>
        <dd>{formatX(x, xAxis)}</dd>
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
      <p className="muted">
        {frontier ? 'On the frontier.' : 'Dominated by a frontier point.'} Click to pin; Escape closes.
      </p>
    </div>
  );
}
